import { recordAudit } from '../db/audit';
import {
  type Escalation,
  insertEscalation,
  insertEscalationEvent,
  lockEscalation,
  pendingEscalationOf,
  updateEscalationRow,
} from '../db/queries/escalations';
import { getPerson } from '../db/queries/people';
import { lockProblem } from '../db/queries/problems';
import { canSee } from '../domain/access';
import { AppError, assertVersion, invalid } from '../domain/errors';
import {
  assertEscalationTransition,
  defaultEscalationVisibility,
  type EscalationEventKind,
  type EscalationReason,
  type EscalationStatus,
  requiredText,
  validateDecision,
  validateEscalationDraft,
  widerThan,
} from '../domain/escalations';
import type { Visibility } from '../domain/roles';
import { auditActor, type CommandContext, inTransaction } from './context';

/**
 * Escalations to the high-level body. Each command writes the escalation, one entry of its exchange
 * (escalation_events) and its audit event in one transaction. A problem has at most one escalation
 * waiting (open or returned) at a time.
 */

export interface EscalationInput {
  reason: EscalationReason;
  brief: string;
  options?: readonly string[];
  /** Never wider than the problem's; by default `members` (or the problem's, when narrower). */
  visibility?: Visibility;
}

/** Writes one entry of the exchange (escalation_events), by the actor, and the audit record of the change. */
async function record(
  tx: CommandContext,
  entry: { escalationId: string; mesaId: string; kind: EscalationEventKind; text: string; now: Date },
  audit: { action: string; before?: Escalation; after: Escalation },
) {
  await insertEscalationEvent(tx.db, {
    escalationId: entry.escalationId,
    kind: entry.kind,
    text: entry.text,
    personId: tx.actor.personId,
    createdBy: tx.actor.userId || null,
    createdAt: entry.now,
  });
  await recordAudit(tx.db, {
    actor: auditActor(tx),
    entityType: 'escalation',
    entityId: entry.escalationId,
    mesaId: entry.mesaId,
    action: audit.action,
    before: audit.before,
    after: audit.after,
    requestId: tx.requestId,
  });
}

/** Escalates a problem to the high-level body: why, a short brief and the options. */
export function createEscalation(
  ctx: CommandContext,
  problemId: string,
  input: EscalationInput,
  now: Date = new Date(),
): Promise<Escalation> {
  return inTransaction(ctx, async (tx) => {
    // The problem row is locked: two escalations of one problem cannot be created at once.
    const problem = await lockProblem(tx.db, problemId);
    if (!problem) throw new AppError('NOT_FOUND');
    const draft = validateEscalationDraft({ brief: input.brief, options: input.options ?? [] });
    const visibility = input.visibility ?? defaultEscalationVisibility(problem.visibility);
    if (widerThan(visibility, problem.visibility)) invalid('visibility', 'fields.widerThanProblem');
    if (!canSee(tx.actor, visibility, problem.mesaId)) invalid('visibility', 'fields.notVisibleToYou');
    const pending = await pendingEscalationOf(tx.db, problemId);
    if (pending) throw new AppError('CONFLICT', { escalationId: pending.id, status: pending.status });
    const row = await insertEscalation(tx.db, {
      mesaId: problem.mesaId,
      problemId,
      reason: input.reason,
      brief: draft.brief,
      options: draft.options,
      visibility,
      escalatedAt: now,
      escalatedBy: tx.actor.userId || null,
      createdAt: now,
      updatedAt: now,
    });
    await record(
      tx,
      { escalationId: row.id, mesaId: row.mesaId, kind: 'escalated', text: draft.brief, now },
      { action: 'create', after: row },
    );
    return row;
  });
}

/** What a step of the exchange changes: the status it moves to, the event it records, its audit action. */
interface Move {
  to: EscalationStatus;
  event: EscalationEventKind;
  action: string;
}

/**
 * A command that takes one step of the exchange: the status change, its event, its audit record.
 * `prepare` checks the input (after the transition is known to be legal) and returns the event text
 * and the changes.
 */
function stepCommand<I extends { version?: number }>(
  move: Move,
  prepare: (
    input: I,
    now: Date,
    tx: CommandContext,
  ) => Promise<{ text: string; values?: Partial<Escalation> }>,
) {
  return (ctx: CommandContext, id: string, input: I, now: Date = new Date()): Promise<Escalation> =>
    inTransaction(ctx, async (tx) => {
      const before = await lockEscalation(tx.db, id);
      if (!before) throw new AppError('NOT_FOUND');
      assertVersion(before.version, input.version);
      assertEscalationTransition(before.status, move.to);
      const { text, values } = await prepare(input, now, tx);
      const after = await updateEscalationRow(tx.db, id, { ...values, status: move.to });
      await record(
        tx,
        { escalationId: id, mesaId: before.mesaId, kind: move.event, text, now },
        { action: move.action, before, after },
      );
      return after;
    });
}

export interface DecisionInput {
  decision: string;
  /** The day it was taken (YYYY-MM-DD, not in the future); today by default. */
  decidedOn?: string | null;
  /** Who took it (e.g. the minister); by default the person recording it. */
  decidedByPersonId?: string | null;
  version?: number;
}

/** The high-level body's decision: its text, the day it was taken and who took it. */
export const decideEscalation = stepCommand<DecisionInput>(
  { to: 'decided', event: 'decided', action: 'decide' },
  async (input, now, tx) => {
    const { decision, decidedOn } = validateDecision(input, now, tx.timeZone ?? 'UTC');
    const decidedByPersonId = input.decidedByPersonId ?? tx.actor.personId;
    if (input.decidedByPersonId && !(await getPerson(tx.db, input.decidedByPersonId))) {
      invalid('decidedByPersonId', 'fields.unknownPerson');
    }
    return {
      text: decision,
      values: {
        decision,
        decidedOn,
        decidedAt: now,
        decidedByPersonId: decidedByPersonId ?? null,
        decidedBy: tx.actor.userId || null,
        closedAt: now,
      },
    };
  },
);

/** The high-level body returns it to the team with questions. */
export const returnEscalation = stepCommand<{ questions: string; version?: number }>(
  { to: 'returned', event: 'returned', action: 'return' },
  async (input) => ({ text: requiredText(input.questions, 'questions') }),
);

/** The team answers the questions: the escalation waits for a decision again. */
export const answerEscalation = stepCommand<{ text: string; version?: number }>(
  { to: 'open', event: 'answered', action: 'answer' },
  async (input) => ({ text: requiredText(input.text, 'text') }),
);

/** The team withdraws it (solved at its level, or no longer needed), saying why. */
export const withdrawEscalation = stepCommand<{ reason: string; version?: number }>(
  { to: 'withdrawn', event: 'withdrawn', action: 'withdraw' },
  async (input, now) => ({ text: requiredText(input.reason, 'reason'), values: { closedAt: now } }),
);
