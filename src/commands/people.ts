import { createHash, randomBytes } from 'node:crypto';
import { recordAudit } from '../db/audit';
import { notifyMatrixEvent } from '../db/queries/matrix-events';
import { getOrganization } from '../db/queries/organizations';
import {
  dropPendingEmailChanges,
  emailTaken,
  getPerson,
  insertEmailChange,
  insertPerson,
  lockEmailChange,
  markEmailChangeConfirmed,
  type NewPerson,
  setAccountEmail,
  updatePerson as updateRow,
} from '../db/queries/people';
import { AppError, invalid } from '../domain/errors';
import type { Locale } from '../domain/roles';
import { emailChangeLink, renderEmailChange } from '../mail/email-change';
import { queueMail } from '../mail/outbox';
import { auditActor, type CommandContext, inTransaction } from './context';
import { rethrowUnique } from './unique';

export type PersonInput = Omit<NewPerson, 'id' | 'createdAt' | 'updatedAt'>;

async function assertOrganization(ctx: CommandContext, id: string | null | undefined, field: string) {
  if (id && !(await getOrganization(ctx.db, id))) invalid(field, 'fields.unknownOrganization');
}

const sameAddress = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/** Records a change to a person in the audit log, in the transaction that makes it. */
function auditPerson(
  tx: CommandContext,
  personId: string,
  action: string,
  change: { before?: unknown; after?: unknown },
) {
  return recordAudit(tx.db, {
    actor: auditActor(tx),
    entityType: 'person',
    entityId: personId,
    action,
    ...change,
    requestId: tx.requestId,
  });
}

export function createPerson(ctx: CommandContext, input: PersonInput) {
  return inTransaction(ctx, async (tx) => {
    await assertOrganization(tx, input.organizationId, 'organizationId');
    const row = await insertPerson(tx.db, input).catch(rethrowUnique('email'));
    await auditPerson(tx, row.id, 'create', { after: row });
    return row;
  });
}

/**
 * Edits a person of the directory (the caller was authorized for this person, and for changing the
 * address when it changes). A new address is also the sign-in address of their account, if any.
 */
export function updatePerson(ctx: CommandContext, id: string, input: Partial<PersonInput>) {
  return inTransaction(ctx, async (tx) => {
    const before = await getPerson(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    await assertOrganization(tx, input.organizationId, 'organizationId');
    const after = await updateRow(tx.db, id, input).catch(rethrowUnique('email'));
    if (input.email && !sameAddress(input.email, before.email)) {
      await setAccountEmail(tx.db, id, input.email).catch(rethrowUnique('email'));
    }
    await auditPerson(tx, id, 'update', { before, after });
    // Matrices name who raised each problem and who reported field feedback.
    if (after?.fullName !== before.fullName) {
      await notifyMatrixEvent(tx.db, null, { type: 'directory.changed' });
    }
    return after!;
  });
}

/** How long a confirmation link of an e-mail change works. */
export const EMAIL_CHANGE_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * The link's token is 256 random bits, so a plain SHA-256 of it is what is stored: the table never
 * holds a usable link.
 */
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A signed-in person asks to change their own e-mail address: nothing changes yet; a confirmation
 * link is mailed to the new address (in their language), and opening it applies the change. A new
 * request withdraws the earlier ones.
 */
export function requestEmailChange(
  ctx: CommandContext,
  input: { email: string; locale: Locale },
  now = new Date(),
): Promise<{ expiresAt: Date }> {
  return inTransaction(ctx, async (tx) => {
    const personId = tx.actor.personId;
    const person = personId ? await getPerson(tx.db, personId) : null;
    if (!person) throw new AppError('NOT_FOUND');
    const email = input.email.trim();
    if (sameAddress(email, person.email)) invalid('email', 'fields.emailUnchanged');
    if (await emailTaken(tx.db, email, person.id)) {
      throw new AppError('CONFLICT', { fields: [{ path: 'email', key: 'fields.alreadyExists' }] });
    }
    await dropPendingEmailChanges(tx.db, person.id);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + EMAIL_CHANGE_TTL_MS);
    const request = await insertEmailChange(tx.db, {
      personId: person.id,
      newEmail: email,
      tokenHash: tokenHash(token),
      createdAt: now,
      expiresAt,
    });
    const mail = renderEmailChange({
      locale: input.locale,
      recipientName: person.fullName,
      from: person.email ?? '',
      token,
      link: emailChangeLink(tx.publicUrl, token),
    });
    await queueMail(tx.db, {
      dedupeKey: `email-change:${request.id}`,
      kind: 'email_change',
      to: email,
      locale: input.locale,
      personId: person.id,
      ...mail,
    });
    await auditPerson(tx, person.id, 'email_change_requested', {
      before: { email: person.email },
      after: { email, expiresAt: expiresAt.toISOString() },
    });
    return { expiresAt };
  });
}

/**
 * Applies a requested e-mail change from its link: the person's address and their account's sign-in
 * address change together. A link works once, until it expires, and only for the person who asked.
 */
export function confirmEmailChange(ctx: CommandContext, token: string, now = new Date()) {
  return inTransaction(ctx, async (tx) => {
    const request = await lockEmailChange(tx.db, tokenHash(token));
    if (
      !request ||
      request.confirmedAt ||
      request.expiresAt.getTime() <= now.getTime() ||
      request.personId !== tx.actor.personId
    ) {
      invalid('token', 'fields.emailChangeLinkInvalid');
    }
    const before = await getPerson(tx.db, request.personId);
    if (!before) invalid('token', 'fields.emailChangeLinkInvalid');
    if (await emailTaken(tx.db, request.newEmail, before.id)) {
      throw new AppError('CONFLICT', { fields: [{ path: 'email', key: 'fields.alreadyExists' }] });
    }
    const after = await updateRow(tx.db, before.id, { email: request.newEmail }).catch(
      rethrowUnique('email'),
    );
    await setAccountEmail(tx.db, before.id, request.newEmail).catch(rethrowUnique('email'));
    await markEmailChangeConfirmed(tx.db, request.id, now);
    await auditPerson(tx, before.id, 'email_change', {
      before: { email: before.email },
      after: { email: after!.email },
    });
    return after!;
  });
}
