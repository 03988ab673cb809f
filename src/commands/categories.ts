import { recordAudit } from '../db/audit';
import {
  type BarrierCategory,
  insertCategory,
  listCategories,
  lockCategory,
  updateCategory as updateRow,
} from '../db/queries/categories';
import { notifyMatrixEvent } from '../db/queries/matrix-events';
import { AppError, invalid } from '../domain/errors';
import { auditActor, type CommandContext, inTransaction } from './context';
import { rethrowUnique } from './unique';

export interface CategoryInput {
  key: string;
  nameEs: string;
  nameEn: string;
  /** Display order; after the last category by default. */
  position?: number;
}

export interface CategoryChanges {
  nameEs?: string;
  nameEn?: string;
  position?: number;
  /** Archive (true) or restore (false). Categories are never deleted: problems keep theirs. */
  archived?: boolean;
}

function checkNames(input: { nameEs?: string; nameEn?: string }) {
  for (const key of ['nameEs', 'nameEn'] as const) {
    if (input[key] !== undefined && !input[key]?.trim()) invalid(key, 'fields.required');
  }
}

/** Adds a barrier category to the deployment's taxonomy. */
export function createCategory(ctx: CommandContext, input: CategoryInput): Promise<BarrierCategory> {
  return inTransaction(ctx, async (tx) => {
    if (!/^[a-z][a-z0-9_]{1,49}$/.test(input.key ?? '')) {
      invalid('key', 'fields.categoryKeyFormat');
    }
    checkNames(input);
    const position =
      input.position ??
      Math.max(0, ...(await listCategories(tx.db, { includeArchived: true })).map((c) => c.position)) + 1;
    const row = await insertCategory(tx.db, {
      key: input.key,
      nameEs: input.nameEs.trim(),
      nameEn: input.nameEn.trim(),
      position,
    }).catch(rethrowUnique('key'));
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'category',
      entityId: row.id,
      action: 'create',
      after: row,
      requestId: tx.requestId,
    });
    // Every Matrix lists the categories and names each problem's.
    await notifyMatrixEvent(tx.db, null, { type: 'directory.changed' });
    return row;
  });
}

/** Renames, reorders, archives or restores a barrier category. */
export function updateCategory(
  ctx: CommandContext,
  id: string,
  changes: CategoryChanges,
): Promise<BarrierCategory> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockCategory(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    checkNames(changes);
    const after = await updateRow(tx.db, id, {
      ...(changes.nameEs !== undefined ? { nameEs: changes.nameEs.trim() } : {}),
      ...(changes.nameEn !== undefined ? { nameEn: changes.nameEn.trim() } : {}),
      ...(changes.position !== undefined ? { position: changes.position } : {}),
      ...(changes.archived !== undefined
        ? { archivedAt: changes.archived ? (before.archivedAt ?? new Date()) : null }
        : {}),
    });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'category',
      entityId: id,
      action: 'update',
      before,
      after,
      requestId: tx.requestId,
    });
    await notifyMatrixEvent(tx.db, null, { type: 'directory.changed' });
    return after;
  });
}
