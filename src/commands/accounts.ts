import { hashPassword } from '../auth/passwords';
import { API_TOKEN_PREFIX, hashToken, newToken } from '../auth/tokens';
import { recordAudit } from '../db/audit';
import {
  endSessionsOf,
  findAccountByEmail,
  getAccount,
  insertAccount,
  insertApiToken,
  revokeApiToken as revokeRow,
  updateAccount as updateRow,
} from '../db/queries/accounts';
import { getOrganization } from '../db/queries/organizations';
import { getPerson, insertPerson } from '../db/queries/people';
import { AppError } from '../domain/errors';
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
      if (!(await getPerson(tx.db, personId))) {
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'personId', key: 'fields.unknownPerson' }],
        });
      }
    } else {
      if (!input.fullName) {
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'fullName', key: 'fields.requiredWithoutPersonId' }],
        });
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
      ...(changes.password ? { passwordHash: await hashPassword(changes.password) } : {}),
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
    return after;
  });
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
