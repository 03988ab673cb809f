import { recordAudit } from '../db/audit';
import { getOrganization } from '../db/queries/organizations';
import { getPerson, insertPerson, type NewPerson, updatePerson as updateRow } from '../db/queries/people';
import { AppError } from '../domain/errors';
import { auditActor, type CommandContext, inTransaction } from './context';
import { rethrowUnique } from './unique';

export type PersonInput = Omit<NewPerson, 'id' | 'createdAt' | 'updatedAt'>;

async function assertOrganization(ctx: CommandContext, id: string | null | undefined, field: string) {
  if (id && !(await getOrganization(ctx.db, id))) {
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: field, key: 'fields.unknownOrganization' }] });
  }
}

export function createPerson(ctx: CommandContext, input: PersonInput) {
  return inTransaction(ctx, async (tx) => {
    await assertOrganization(tx, input.organizationId, 'organizationId');
    const row = await insertPerson(tx.db, input).catch(rethrowUnique('email'));
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'person',
      entityId: row.id,
      action: 'create',
      after: row,
      requestId: tx.requestId,
    });
    return row;
  });
}

export function updatePerson(ctx: CommandContext, id: string, input: Partial<PersonInput>) {
  return inTransaction(ctx, async (tx) => {
    const before = await getPerson(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    await assertOrganization(tx, input.organizationId, 'organizationId');
    const after = await updateRow(tx.db, id, input).catch(rethrowUnique('email'));
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'person',
      entityId: id,
      action: 'update',
      before,
      after,
      requestId: tx.requestId,
    });
    return after!;
  });
}
