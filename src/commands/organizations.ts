import { recordAudit } from '../db/audit';
import { notifyMatrixEvent } from '../db/queries/matrix-events';
import {
  getOrganization,
  insertOrganization,
  type NewOrganization,
  updateOrganization as updateRow,
} from '../db/queries/organizations';
import { AppError } from '../domain/errors';
import { auditActor, type CommandContext, inTransaction } from './context';
import { rethrowUnique } from './unique';

export type OrganizationInput = Omit<NewOrganization, 'id' | 'createdAt' | 'updatedAt'>;

async function assertParent(ctx: CommandContext, parentId: string | null | undefined) {
  if (parentId && !(await getOrganization(ctx.db, parentId))) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'parentId', key: 'fields.unknownOrganization' }],
    });
  }
}

export function createOrganization(ctx: CommandContext, input: OrganizationInput) {
  return inTransaction(ctx, async (tx) => {
    await assertParent(tx, input.parentId);
    const row = await insertOrganization(tx.db, input).catch(rethrowUnique('name'));
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'organization',
      entityId: row.id,
      action: 'create',
      after: row,
      requestId: tx.requestId,
    });
    return row;
  });
}

export function updateOrganization(ctx: CommandContext, id: string, input: Partial<OrganizationInput>) {
  return inTransaction(ctx, async (tx) => {
    const before = await getOrganization(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    if (input.parentId === id) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'parentId', key: 'fields.cannotBeItself' }],
      });
    }
    await assertParent(tx, input.parentId);
    const after = await updateRow(tx.db, id, input).catch(rethrowUnique('name'));
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'organization',
      entityId: id,
      action: 'update',
      before,
      after,
      requestId: tx.requestId,
    });
    // Matrices name the responsible entities and who raised each problem.
    if (after?.name !== before.name || after?.acronym !== before.acronym) {
      await notifyMatrixEvent(tx.db, null, { type: 'directory.changed' });
    }
    return after!;
  });
}
