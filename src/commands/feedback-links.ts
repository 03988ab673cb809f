import { createHash, randomBytes } from 'node:crypto';
import { recordAudit } from '../db/audit';
import { personInMesa } from '../db/queries/commitments';
import {
  type FeedbackLink,
  feedbackLinkByHash,
  feedbackLinkProblem,
  insertFeedbackLink,
  personForMail,
  touchFeedbackLink,
} from '../db/queries/field-feedback';
import { getMesa } from '../db/queries/mesas';
import { getProblem } from '../db/queries/problems';
import { type Actor, canSee } from '../domain/access';
import { AppError, invalid } from '../domain/errors';
import { feedbackLinkExpiry } from '../domain/field-alert';
import { renderFeedbackLink } from '../mail/field-feedback';
import { mailLinks } from '../mail/links';
import { queueMail } from '../mail/outbox';
import { auditActor, type CommandContext, inTransaction } from './context';
import { type FieldFeedbackInput, reportFieldFeedback } from './field-feedback';

/** A new link token: 128 random bits, base64url (22 characters). Only its hash is stored. */
export function newFeedbackLinkToken(): string {
  return randomBytes(16).toString('base64url');
}

/** The SHA-256 of a link token, hex: what `field_feedback_links.token_hash` holds. */
export function hashFeedbackLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Who a link's person is for the authorization table, in the link's Mesa: their current roles there
 * and their account's global role. What the link shows is what this actor may see.
 */
async function personActor(ctx: Pick<CommandContext, 'db'>, mesaId: string, personId: string) {
  const person = await personInMesa(ctx.db, mesaId, personId);
  if (!person) return null;
  const actor: Actor = {
    userId: '',
    personId,
    globalRole: person.globalRole ?? null,
    mesaRoles: new Map([[mesaId, person.participations.map((p) => p.role)]]),
  };
  return { person, actor };
}

/** Whether the actor may see the problem and its Mesa. */
const seesProblem = (
  actor: Actor,
  p: {
    visibility: 'public' | 'members' | 'team';
    mesa: { id: string; visibility: 'public' | 'members' | 'team' };
  },
) => canSee(actor, p.mesa.visibility, p.mesa.id) && canSee(actor, p.visibility, p.mesa.id);

export interface FeedbackLinkRequest {
  /** The participant asked to report. */
  personId: string;
  /** Also e-mail the link to the person, in their language. */
  send?: boolean;
  now?: Date;
}

/**
 * Makes a link for one participant to report field feedback on one enacted (or verified) problem from
 * a phone, without signing in: a random token whose SHA-256 alone is stored, valid thirty days. The
 * person must take part in the Mesa and be allowed to see the problem. With `send`, the link is also
 * mailed to them (when they have an address). The token leaves only in the answer (and the mail).
 */
export function createFeedbackLink(
  ctx: CommandContext,
  problemId: string,
  input: FeedbackLinkRequest,
): Promise<{ id: string; url: string; expiresAt: Date; mailed: boolean }> {
  return inTransaction(ctx, async (tx) => {
    const problem = await getProblem(tx.db, problemId);
    const mesa = problem ? await getMesa(tx.db, problem.mesaId) : null;
    if (!problem || !mesa) throw new AppError('NOT_FOUND');
    if (problem.status !== 'enacted' && problem.status !== 'verified') {
      invalid('status', 'fields.onlyEnactedProblems');
    }
    const found = await personActor(tx, problem.mesaId, input.personId);
    if (!found) invalid('personId', 'fields.unknownPerson');
    if (found.person.participations.length === 0) invalid('personId', 'fields.doesNotTakePart');
    const scope = {
      visibility: problem.visibility,
      mesa: { id: mesa.mesa.id, visibility: mesa.mesa.visibility },
    };
    if (!seesProblem(found.actor, scope)) invalid('personId', 'fields.personCannotSeeProblem');
    const now = input.now ?? new Date();
    const token = newFeedbackLinkToken();
    const link = await insertFeedbackLink(tx.db, {
      tokenHash: hashFeedbackLinkToken(token),
      problemId,
      personId: input.personId,
      expiresAt: feedbackLinkExpiry(now),
      createdBy: tx.actor.userId || null,
      createdAt: now,
    });
    const url = mailLinks.feedbackLink(tx.publicUrl ?? '', token);
    let mailed = false;
    if (input.send) {
      const person = await personForMail(tx.db, input.personId);
      if (person?.email) {
        const locale = person.userLocale ?? mesa.mesa.locale;
        const mail = renderFeedbackLink({
          locale,
          recipientName: person.fullName,
          mesaName: mesa.mesa.name,
          problem,
          url,
          expiresAt: link.expiresAt,
          timeZone: mesa.mesa.timeZone ?? tx.timeZone ?? 'UTC',
        });
        mailed = await queueMail(tx.db, {
          dedupeKey: `feedback-link:${link.id}`,
          kind: 'field_feedback_link',
          to: person.email,
          locale,
          ...mail,
          mesaId: problem.mesaId,
          personId: person.id,
        });
      }
    }
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'field_feedback_link',
      entityId: link.id,
      mesaId: problem.mesaId,
      action: 'create',
      after: { problemId, personId: input.personId, expiresAt: link.expiresAt, mailed },
      requestId: tx.requestId,
    });
    return { id: link.id, url, expiresAt: link.expiresAt, mailed };
  });
}

/**
 * What a link opens: the link, its person (as an actor) and the problem as the person may see it.
 * Null — the caller answers 404 — for an unknown or expired token, a person no longer in the Mesa
 * and a problem (or Mesa) the person may not see.
 */
export async function openFeedbackLink(ctx: Pick<CommandContext, 'db'>, token: string, now = new Date()) {
  const link = await feedbackLinkByHash(ctx.db, hashFeedbackLinkToken(token));
  if (!link || link.expiresAt.getTime() <= now.getTime()) return null;
  const problem = await feedbackLinkProblem(ctx.db, link.problemId);
  if (!problem) return null;
  const found = await personActor(ctx, problem.mesa.id, link.personId);
  if (!found || found.person.participations.length === 0 || !seesProblem(found.actor, problem)) return null;
  const person = await personForMail(ctx.db, link.personId);
  return { link, problem, actor: found.actor, person: person! };
}

/**
 * Records a report made through a link, as the link's person (same command as signed-in feedback;
 * the audit event names the link). Unknown or expired token, or nothing the person may see: 404.
 */
export async function reportThroughLink(
  ctx: Omit<CommandContext, 'actor' | 'actorLabel'>,
  token: string,
  input: Pick<FieldFeedbackInput, 'verdict' | 'text'>,
  now = new Date(),
): Promise<{ id: string; link: FeedbackLink }> {
  const opened = await openFeedbackLink(ctx, token, now);
  if (!opened) throw new AppError('NOT_FOUND');
  const { link, actor, person } = opened;
  const result = await reportFieldFeedback(
    { ...ctx, actor, actorLabel: `${person.fullName} (field feedback link)` },
    link.problemId,
    { verdict: input.verdict, text: input.text, personId: link.personId, viaLinkId: link.id },
  );
  await touchFeedbackLink(ctx.db, link.id, now);
  return { id: result.id, link };
}
