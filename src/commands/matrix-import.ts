import { recordAudit } from '../db/audit';
import { notifyMatrixEvent } from '../db/queries/matrix-events';
import { type ImportedProblem, statusPath } from '../exports/matrix-import';
import { auditActor, type CommandContext, inTransaction } from './context';
import { addIndicator } from './indicators';
import { createProblem, transitionProblem } from './problems';
import { proposeSolution } from './solutions';

export interface MatrixImportResult {
  problems: { id: string; number: number }[];
  solutions: number;
  transitions: number;
  indicators: number;
}

/**
 * Adds the problems of a checked spreadsheet to a Mesa's Matrix in one transaction: each problem (with
 * who raised it), its first solution, its outcome indicators, and the legal status moves from
 * `identified` to the status the sheet gives (each move explained by `reason`). Any refusal rolls the
 * whole import back.
 */
export function importMatrix(
  ctx: CommandContext,
  mesaId: string,
  rows: readonly ImportedProblem[],
  reason: string,
): Promise<MatrixImportResult> {
  return inTransaction(ctx, async (tx) => {
    const result: MatrixImportResult = { problems: [], solutions: 0, transitions: 0, indicators: 0 };
    // One transaction has one now(): each indicator gets its own, later, time so their order is kept.
    let last = 0;
    const tick = () => {
      last = Math.max(Date.now(), last + 1);
      return new Date(last);
    };
    for (const row of rows) {
      const { solution, status, indicators, ...fields } = row;
      const created = await createProblem(tx, mesaId, fields);
      result.problems.push(created);
      if (solution) {
        await proposeSolution(tx, created.id, solution);
        result.solutions++;
      }
      for (const indicator of indicators) {
        await addIndicator(tx, created.id, { ...indicator, occurredAt: tick() });
        result.indicators++;
      }
      for (const to of statusPath(status)) {
        await transitionProblem(tx, created.id, { to, reason });
        result.transitions++;
      }
    }
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'mesa',
      entityId: mesaId,
      mesaId,
      action: 'import_matrix',
      after: {
        problems: result.problems.map((p) => p.id),
        solutions: result.solutions,
        transitions: result.transitions,
        indicators: result.indicators,
      },
      requestId: tx.requestId,
    });
    // Each problem added was announced as it was written; this tells that the import is whole.
    await notifyMatrixEvent(tx.db, mesaId, { type: 'matrix.imported' });
    return result;
  });
}
