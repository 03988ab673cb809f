import { recordAudit } from '../db/audit';
import { notifyMatrixEvent } from '../db/queries/matrix-events';
import {
  getProblem,
  getSolution,
  insertIndicator,
  lockIndicator,
  type NewIndicator,
  updateIndicatorRow,
} from '../db/queries/problems';
import { AppError, invalid } from '../domain/errors';
import { auditActor, type CommandContext, inTransaction } from './context';

export interface IndicatorInput {
  name: string;
  unit: string;
  direction: 'lower_is_better' | 'higher_is_better';
  /** The solution the indicator measures, when it is about one solution rather than the problem. */
  solutionId?: string | null;
  baselineValue?: number | null;
  baselineOn?: string | null;
  targetValue?: number | null;
  currentValue?: number | null;
  currentOn?: string | null;
  source?: string | null;
  /** When it was recorded; now by default. Indicators are listed in the order they were recorded. */
  occurredAt?: Date;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

async function indicatorValues(
  ctx: CommandContext,
  problemId: string,
  input: Partial<IndicatorInput>,
): Promise<Partial<NewIndicator>> {
  const values: Partial<NewIndicator> = {};
  for (const key of ['name', 'unit'] as const) {
    const value = input[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !value.trim()) invalid(key, 'fields.required');
    values[key] = value.trim();
  }
  if (input.direction !== undefined) {
    if (input.direction !== 'lower_is_better' && input.direction !== 'higher_is_better') {
      invalid('direction', 'fields.directionValues');
    }
    values.direction = input.direction;
  }
  if (input.solutionId !== undefined) {
    if (input.solutionId) {
      const solution = await getSolution(ctx.db, input.solutionId);
      if (!solution || solution.problemId !== problemId)
        invalid('solutionId', 'fields.notASolutionOfTheProblem');
    }
    values.solutionId = input.solutionId;
  }
  for (const key of ['baselineValue', 'targetValue', 'currentValue'] as const) {
    const value = input[key];
    if (value === undefined) continue;
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value)))
      invalid(key, 'fields.notANumber');
    values[key] = value;
  }
  for (const key of ['baselineOn', 'currentOn'] as const) {
    const value = input[key];
    if (value === undefined) continue;
    if (value !== null && (!isoDate.test(value) || Number.isNaN(Date.parse(value))))
      invalid(key, 'fields.notADate');
    values[key] = value;
  }
  if (input.source !== undefined) values.source = input.source?.trim() || null;
  return values;
}

/** Adds an outcome indicator (before → after) to a problem or one of its solutions. */
export function addIndicator(
  ctx: CommandContext,
  problemId: string,
  input: IndicatorInput,
): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const problem = await getProblem(tx.db, problemId);
    if (!problem) throw new AppError('NOT_FOUND');
    if (input.name === undefined) invalid('name', 'fields.required');
    if (input.unit === undefined) invalid('unit', 'fields.required');
    if (input.direction === undefined) invalid('direction', 'fields.required');
    const { occurredAt, ...fields } = input;
    const values = await indicatorValues(tx, problemId, fields);
    const when = occurredAt ?? new Date();
    const row = await insertIndicator(tx.db, {
      ...values,
      createdAt: when,
      updatedAt: when,
      name: values.name!,
      unit: values.unit!,
      direction: values.direction!,
      problemId,
    });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'indicator',
      entityId: row.id,
      mesaId: problem.mesaId,
      action: 'create',
      after: row,
      requestId: tx.requestId,
    });
    await notifyMatrixEvent(tx.db, problem.mesaId, {
      type: 'indicator.changed',
      problemId,
      visibility: problem.visibility,
    });
    return { id: row.id };
  });
}

/** Edits an indicator, typically its current value and date as results come in. */
export function updateIndicator(
  ctx: CommandContext,
  id: string,
  changes: Partial<IndicatorInput>,
): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockIndicator(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    const problem = await getProblem(tx.db, before.problemId);
    const values = await indicatorValues(tx, before.problemId, changes);
    const after = await updateIndicatorRow(tx.db, id, values);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'indicator',
      entityId: id,
      mesaId: problem?.mesaId ?? null,
      action: 'update',
      before,
      after,
      requestId: tx.requestId,
    });
    if (problem) {
      await notifyMatrixEvent(tx.db, problem.mesaId, {
        type: 'indicator.changed',
        problemId: problem.id,
        visibility: problem.visibility,
      });
    }
  });
}
