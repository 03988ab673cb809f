import { recordAudit } from '../db/audit';
import {
  deleteMatrixView as deleteRow,
  insertMatrixView,
  lockMatrixView,
  type MatrixViewRow,
  updateMatrixView as updateRow,
} from '../db/queries/matrix-views';
import { AppError, assertVersion, invalid } from '../domain/errors';
import { normalViewQuery, VIEW_NAME_MAX, viewName } from '../domain/saved-views';
import { auditActor, type CommandContext, inTransaction } from './context';
import { pgErrorCode } from './unique';

export interface MatrixViewInput {
  name: string;
  /** The view's query string, as the Matrix page has it in its address. */
  query: Record<string, unknown>;
}

export interface MatrixViewChanges {
  name?: string;
  query?: Record<string, unknown>;
  /** The version the caller read; a stale one answers 409 STALE_WRITE and nothing is written. */
  version?: number;
}

/** The name as it is kept, or 400 naming the field. */
function checkedName(name: string): string {
  const kept = viewName(name ?? '');
  if (!kept) invalid('name', 'fields.required');
  if (kept.length > VIEW_NAME_MAX) invalid('name', 'fields.viewNameTooLong', { max: VIEW_NAME_MAX });
  return kept;
}

/** Another view of the Mesa with the same name (case aside) answers 409, naming the field. */
function rethrowNameTaken(error: unknown): never {
  if (pgErrorCode(error) === '23505')
    throw new AppError('CONFLICT', { fields: [{ path: 'name', key: 'fields.viewNameTaken' }] });
  throw error;
}

/** Saves a named view of a Mesa's Matrix, shared by its team. */
export function createMatrixView(
  ctx: CommandContext,
  mesaId: string,
  input: MatrixViewInput,
): Promise<MatrixViewRow> {
  return inTransaction(ctx, async (tx) => {
    const row = await insertMatrixView(tx.db, {
      mesaId,
      name: checkedName(input.name),
      query: normalViewQuery(input.query ?? {}),
      createdBy: tx.actor.userId || null,
    }).catch(rethrowNameTaken);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'matrix_view',
      entityId: row.id,
      mesaId,
      action: 'create',
      after: row,
      requestId: tx.requestId,
    });
    return row;
  });
}

/** Renames a saved view or replaces the view it keeps. */
export function updateMatrixView(
  ctx: CommandContext,
  id: string,
  changes: MatrixViewChanges,
): Promise<MatrixViewRow> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockMatrixView(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    assertVersion(before.version, changes.version);
    if (changes.name === undefined && changes.query === undefined) invalid('body', 'fields.nothingToChange');
    const after = await updateRow(tx.db, id, {
      ...(changes.name !== undefined ? { name: checkedName(changes.name) } : {}),
      ...(changes.query !== undefined ? { query: normalViewQuery(changes.query) } : {}),
    }).catch(rethrowNameTaken);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'matrix_view',
      entityId: id,
      mesaId: before.mesaId,
      action: 'update',
      before,
      after,
      requestId: tx.requestId,
    });
    return after;
  });
}

/** Deletes a saved view; the audit trail keeps what it was. */
export function deleteMatrixView(ctx: CommandContext, id: string): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockMatrixView(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    await deleteRow(tx.db, id);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'matrix_view',
      entityId: id,
      mesaId: before.mesaId,
      action: 'delete',
      before,
      requestId: tx.requestId,
    });
  });
}
