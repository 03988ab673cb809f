import { recordAudit } from '../db/audit';
import { latestSolutionId, setFieldAlert } from '../db/queries/field-feedback';
import { notifyMatrixEvent } from '../db/queries/matrix-events';
import { notifyLiveMeetingsOfMesa } from '../db/queries/meetings-events';
import { getSolution, insertFieldFeedback, lockProblem } from '../db/queries/problems';
import { AppError, assertVersion, invalid, invalidFields } from '../domain/errors';
import { fieldAlertAfterReport } from '../domain/field-alert';
import { allowedProblemTransitions, assertProblemTransition, isReopening } from '../domain/problem-status';
import { queueFieldFeedbackAlert } from '../mail/field-feedback';
import { auditActor, type CommandContext, inTransaction } from './context';
import { transitionProblem } from './problems';
import { personOfMesa } from './references';
import { proposeSolution, reviseSolution } from './solutions';

export interface FieldFeedbackInput {
  verdict: 'works' | 'partly' | 'not_applied';
  text: string;
  /** Who observed it; the caller's own person by default. */
  personId?: string | null;
  observedOn?: string | null;
  occurredAt?: Date;
  /** Reported through a field-feedback link (no sign-in): its id, recorded in the audit event. */
  viaLinkId?: string;
}

const verdicts = ['works', 'partly', 'not_applied'];

/**
 * Records whether an enacted fix is applied on the ground. Negative feedback (`partly`,
 * `not_applied`) on an enacted or verified problem raises its field alert in the same transaction
 * (the Matrix marks it, the next agenda lists it), mails the Mesa's dedicated team and offers to
 * reopen it; a later `works` report clears the alert.
 */
export function reportFieldFeedback(
  ctx: CommandContext,
  problemId: string,
  input: FieldFeedbackInput,
): Promise<{ id: string; offerReopen: boolean }> {
  return inTransaction(ctx, async (tx) => {
    // Locked: two reports at once settle the alert one after the other.
    const problem = await lockProblem(tx.db, problemId);
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
      after: input.viaLinkId ? { ...row, via: 'link', linkId: input.viaLinkId } : row,
      requestId: tx.requestId,
    });
    const change = fieldAlertAfterReport(problem.status, input.verdict, problem.fieldAlertFeedbackId);
    if (change !== 'keep') {
      const next = change === 'raise' ? row.id : null;
      await setFieldAlert(tx.db, problemId, next);
      await recordAudit(tx.db, {
        actor: auditActor(tx),
        entityType: 'problem',
        entityId: problemId,
        mesaId: problem.mesaId,
        action: change === 'raise' ? 'field_alert' : 'field_alert_clear',
        before: { fieldAlertFeedbackId: problem.fieldAlertFeedbackId },
        after: { fieldAlertFeedbackId: next },
        requestId: tx.requestId,
      });
      // A report recorded after the fact (dated: the demo, an import) flags the problem but is no news.
      if (change === 'raise' && !input.occurredAt) await queueFieldFeedbackAlert(tx, problem, row);
      await notifyLiveMeetingsOfMesa(tx.db, problem.mesaId, {
        type: 'problem.updated',
        problemId,
        visibility: problem.visibility,
      });
    }
    // The Matrix shows the latest report and the field alert.
    await notifyMatrixEvent(tx.db, problem.mesaId, {
      type: 'feedback.created',
      problemId,
      visibility: problem.visibility,
    });
    return { id: row.id, offerReopen: change === 'raise' };
  });
}

export interface ReopenInput {
  /** Why the fix goes back to work ("not applied on the ground: …"); required. */
  reason: string;
  /**
   * The new version of the solution: of `solutionId`, else of the solution most recently proposed
   * or revised; a first solution when the problem has none.
   */
  solution: { text: string; solutionId?: string | null };
  /** The problem's edit version the reopen was decided from (409 STALE_WRITE when stale). */
  version?: number;
}

/**
 * Reopens an enacted or verified problem with a new solution version, in one transaction: the
 * reopening transition (reason required; it clears the field alert) and the new version, whose
 * reason is the same. Each records its own audit event. Bad input changes nothing.
 */
export function reopenWithSolution(
  ctx: CommandContext,
  problemId: string,
  input: ReopenInput,
): Promise<{ solutionId: string; solutionVersion: number }> {
  return inTransaction(ctx, async (tx) => {
    const problem = await lockProblem(tx.db, problemId);
    if (!problem) throw new AppError('NOT_FOUND');
    assertVersion(problem.version, input.version);
    const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
    const text = typeof input.solution?.text === 'string' ? input.solution.text.trim() : '';
    const fields = [
      ...(reason ? [] : [{ path: 'reason', key: 'fields.required' as const }]),
      ...(text ? [] : [{ path: 'solution.text', key: 'fields.required' as const }]),
    ];
    if (fields.length) invalidFields(fields);
    // Only a fix that was enacted (or verified) is reopened; anything else is an ordinary move.
    if (!isReopening(problem.status, 'in_progress')) {
      throw new AppError('ILLEGAL_TRANSITION', {
        from: problem.status,
        to: 'in_progress',
        allowed: allowedProblemTransitions(problem.status),
      });
    }
    assertProblemTransition(problem.status, 'in_progress', reason);
    let target = input.solution.solutionId ?? null;
    if (target) {
      const found = await getSolution(tx.db, target);
      if (!found || found.problemId !== problemId)
        invalid('solution.solutionId', 'fields.notASolutionOfTheProblem');
    } else {
      target = await latestSolutionId(tx.db, problemId);
    }
    await transitionProblem(tx, problemId, { to: 'in_progress', reason });
    if (target) {
      const { number } = await reviseSolution(tx, target, { text, reason });
      return { solutionId: target, solutionVersion: number };
    }
    const { id } = await proposeSolution(tx, problemId, { text });
    return { solutionId: id, solutionVersion: 1 };
  });
}
