import { hashPassword, verifyPassword } from '../auth/passwords';
import { API_TOKEN_PREFIX, hashToken, newToken } from '../auth/tokens';
import { recordAudit } from '../db/audit';
import type { Db } from '../db/client';
import {
  endOtherSessionsOf,
  endSessionsOf,
  findAccountByEmail,
  getAccount,
  insertAccount,
  insertApiToken,
  passwordHashOf,
  revokeApiToken as revokeRow,
  updateAccount as updateRow,
} from '../db/queries/accounts';
import { notifyMatrixEvent } from '../db/queries/matrix-events';
import { getOrganization } from '../db/queries/organizations';
import { getPerson, insertPerson } from '../db/queries/people';
import { AppError, invalidFields } from '../domain/errors';
import { passwordWeakness } from '../domain/password-strength';
import type { GlobalRole, Locale } from '../domain/roles';
import { auditActor, type CommandContext, inTransaction } from './context';
import { rethrowUnique } from './unique';

export interface AccountInput {
  email: string;
  password: string;
  globalRole: GlobalRole | null;
  locale: Locale;
  /** An existing person, or the name of a new one to create with the account. */
  personId?: string;
  fullName?: string;
  organizationId?: string | null;
  /** Only for the demo seed, whose accounts share a published password: everyone else's must be strong. */
  weakPasswordAllowed?: boolean;
}

/** Refuses a password that is easy to guess, for this account (its e-mail, the person's name) or any. */
export function requireStrongPassword(
  password: string,
  account: { email: string; fullName?: string | null },
  path = 'password',
) {
  const weakness = passwordWeakness(password, [account.email, account.fullName], path);
  if (weakness) invalidFields([weakness]);
}

/** Audit rows never carry password hashes. */
function redact<T extends { passwordHash?: unknown }>(row: T) {
  const { passwordHash: _omit, ...rest } = row;
  return rest;
}

export function createAccount(ctx: CommandContext, input: AccountInput) {
  return inTransaction(ctx, async (tx) => {
    if (await findAccountByEmail(tx.db, input.email)) {
      throw new AppError('CONFLICT', { fields: [{ path: 'email', key: 'fields.alreadyExists' }] });
    }
    let personId = input.personId;
    if (personId) {
      const person = await getPerson(tx.db, personId);
      if (!person) {
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'personId', key: 'fields.unknownPerson' }],
        });
      }
      if (!input.weakPasswordAllowed) {
        requireStrongPassword(input.password, { email: input.email, fullName: person.fullName });
      }
    } else {
      if (!input.fullName) {
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'fullName', key: 'fields.requiredWithoutPersonId' }],
        });
      }
      if (!input.weakPasswordAllowed) {
        requireStrongPassword(input.password, { email: input.email, fullName: input.fullName });
      }
      if (input.organizationId && !(await getOrganization(tx.db, input.organizationId))) {
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'organizationId', key: 'fields.unknownOrganization' }],
        });
      }
      const person = await insertPerson(tx.db, {
        fullName: input.fullName,
        email: input.email,
        organizationId: input.organizationId ?? null,
      }).catch(rethrowUnique('email'));
      personId = person.id;
    }
    const values = {
      personId,
      email: input.email,
      passwordHash: await hashPassword(input.password),
      globalRole: input.globalRole,
      locale: input.locale,
    };
    const { id } = await insertAccount(tx.db, values).catch(rethrowUnique('personId'));
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'account',
      entityId: id,
      action: 'create',
      after: redact(values),
      requestId: tx.requestId,
    });
    return (await getAccount(tx.db, id))!;
  });
}

export interface AccountChanges {
  globalRole?: GlobalRole | null;
  locale?: Locale;
  password?: string;
  disabled?: boolean;
}

export function updateAccount(ctx: CommandContext, id: string, changes: AccountChanges) {
  return inTransaction(ctx, async (tx) => {
    const before = await getAccount(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    if (changes.password) requireStrongPassword(changes.password, before);
    if (
      id === tx.actor.userId &&
      (changes.disabled || (changes.globalRole !== undefined && changes.globalRole !== 'admin'))
    ) {
      // An administrator cannot lock themselves out; another administrator must do it.
      throw new AppError('CONFLICT', {
        fields: [{ path: 'globalRole', key: 'fields.cannotRemoveOwnAdmin' }],
      });
    }
    await updateRow(tx.db, id, {
      ...(changes.globalRole !== undefined ? { globalRole: changes.globalRole } : {}),
      ...(changes.locale ? { locale: changes.locale } : {}),
      ...(changes.password
        ? { passwordHash: await hashPassword(changes.password), passwordChangedAt: new Date() }
        : {}),
      ...(changes.disabled !== undefined ? { disabledAt: changes.disabled ? new Date() : null } : {}),
    });
    if (changes.password || changes.disabled) await endSessionsOf(tx.db, id);
    const after = (await getAccount(tx.db, id))!;
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'account',
      entityId: id,
      action: changes.password ? 'update_with_password' : 'update',
      before,
      after,
      requestId: tx.requestId,
    });
    // A new global role, or sessions ended: open Matrix streams check again who may read them.
    if (changes.globalRole !== undefined || changes.password || changes.disabled !== undefined) {
      await notifyMatrixEvent(tx.db, null, { type: 'access.changed' });
    }
    return after;
  });
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  /** The session making the change (kept signed in), or null when it comes with an API token. */
  keepSessionTokenHash: string | null;
}

/**
 * The actor changes their own password. The current one is required, so a session left open on a
 * shared computer cannot take the account over; every other session ends (whoever else was signed in
 * must sign in again), personal API tokens stay.
 */
export async function changeOwnPassword(ctx: CommandContext, change: PasswordChange) {
  const userId = ctx.actor.userId;
  const account = await getAccount(ctx.db, userId);
  const stored = account && (await passwordHashOf(ctx.db, userId));
  if (!account || !stored) throw new AppError('NOT_FOUND');
  if (!(await verifyPassword(change.currentPassword, stored))) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'currentPassword', key: 'fields.wrongCurrentPassword' }],
    });
  }
  if (change.newPassword === change.currentPassword) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'newPassword', key: 'fields.sameAsCurrentPassword' }],
    });
  }
  requireStrongPassword(change.newPassword, account, 'newPassword');
  const passwordHash = await hashPassword(change.newPassword);
  return inTransaction(ctx, async (tx) => {
    const passwordChangedAt = new Date();
    await updateRow(tx.db, userId, { passwordHash, passwordChangedAt });
    const sessionsEnded = await endOtherSessionsOf(tx.db, userId, change.keepSessionTokenHash);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'account',
      entityId: userId,
      action: 'change_own_password',
      after: { passwordChangedAt, sessionsEnded },
      requestId: tx.requestId,
    });
    return { passwordChangedAt, sessionsEnded };
  });
}

/**
 * A refused sign-in, in the audit log: the e-mail tried and the client's address (never the password),
 * and why: the password did not match (or the account is unknown or disabled), or the e-mail was
 * blocked after repeated failures. Recorded under the e-mail so every attempt on an account, known or
 * not, reads together.
 */
export function recordFailedSignIn(
  db: Db,
  attempt: {
    emailKey: string;
    address: string;
    reason: 'invalid_credentials' | 'throttled';
    requestId: string;
  },
) {
  return db.transaction((tx) =>
    recordAudit(tx, {
      actor: { userId: null, label: 'anonymous' },
      entityType: 'sign_in',
      entityId: attempt.emailKey,
      action: 'sign_in_failed',
      after: { email: attempt.emailKey, address: attempt.address, reason: attempt.reason },
      requestId: attempt.requestId,
    }),
  );
}

/** A personal API token for the actor; the secret is returned once and only its hash is kept. */
export function createApiToken(ctx: CommandContext, secret: string, userId: string, name: string) {
  return inTransaction(ctx, async (tx) => {
    const token = newToken(API_TOKEN_PREFIX);
    const row = await insertApiToken(tx.db, { userId, name, tokenHash: hashToken(token, secret) });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'api_token',
      entityId: row.id,
      action: 'create',
      after: { userId, name },
      requestId: tx.requestId,
    });
    return { id: row.id, name, createdAt: row.createdAt, token };
  });
}

export function revokeApiToken(ctx: CommandContext, id: string) {
  return inTransaction(ctx, async (tx) => {
    if (!(await revokeRow(tx.db, tx.actor.userId, id))) throw new AppError('NOT_FOUND');
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'api_token',
      entityId: id,
      action: 'revoke',
      requestId: tx.requestId,
    });
  });
}
