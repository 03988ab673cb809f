import { recordAudit } from '../db/audit';
import { getProblem, insertFieldFeedback } from '../db/queries/problems';
import { AppError } from '../domain/errors';
import { auditActor, type CommandContext, inTransaction } from './context';
import { invalid } from './problems';
import { personOfMesa } from './references';

export interface FieldFeedbackInput {
  verdict: 'works' | 'partly' | 'not_applied';
  text: string;
  /** Who observed it; the caller's own person by default. */
  personId?: string | null;
  observedOn?: string | null;
  occurredAt?: Date;
}

const verdicts = ['works', 'partly', 'not_applied'];

/**
 * Records whether an enacted fix is applied on the ground. Negative feedback (`partly`,
 * `not_applied`) on an enacted or verified problem offers to reopen it.
 */
export function reportFieldFeedback(
  ctx: CommandContext,
  problemId: string,
  input: FieldFeedbackInput,
): Promise<{ id: string; offerReopen: boolean }> {
  return inTransaction(ctx, async (tx) => {
    const problem = await getProblem(tx.db, problemId);
    if (!problem) throw new AppError('NOT_FOUND');
    if (!verdicts.includes(input.verdict)) invalid('verdict', 'fields.verdictValues');
    if (typeof input.text !== 'string' || !input.text.trim()) invalid('text', 'fields.required');
    if (
      input.observedOn &&
      (!/^\d{4}-\d{2}-\d{2}$/.test(input.observedOn) || Number.isNaN(Date.parse(input.observedOn)))
    ) {
      invalid('observedOn', 'fields.notADate');
    }
    const personId = input.personId === undefined ? tx.actor.personId : input.personId;
    if (input.personId) await personOfMesa(tx, problem.mesaId, input.personId);
    const row = await insertFieldFeedback(tx.db, {
      problemId,
      personId: personId ?? null,
      verdict: input.verdict,
      text: input.text.trim(),
      observedOn: input.observedOn ?? null,
      createdBy: tx.actor.userId || null,
      ...(input.occurredAt ? { createdAt: input.occurredAt } : {}),
    });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'field_feedback',
      entityId: row.id,
      mesaId: problem.mesaId,
      action: 'create',
      after: row,
      requestId: tx.requestId,
    });
    const offerReopen =
      input.verdict !== 'works' && (problem.status === 'enacted' || problem.status === 'verified');
    return { id: row.id, offerReopen };
  });
}
