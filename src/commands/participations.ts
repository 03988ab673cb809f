import { recordAudit } from '../db/audit';
import { notifyMatrixEvent } from '../db/queries/matrix-events';
import { getOrganization } from '../db/queries/organizations';
import {
  deleteParticipation,
  findParticipation,
  getParticipation,
  insertParticipation,
  type NewParticipation,
  updateParticipation as updateRow,
} from '../db/queries/participations';
import { getPerson } from '../db/queries/people';
import { AppError, invalid } from '../domain/errors';
import { auditActor, type CommandContext, inTransaction } from './context';

export type ParticipationInput = Omit<NewParticipation, 'id' | 'mesaId' | 'createdAt' | 'updatedAt'>;
export type ParticipationChanges = Partial<Omit<ParticipationInput, 'personId'>>;

async function checkReferences(ctx: CommandContext, input: ParticipationChanges & { personId?: string }) {
  if (input.personId && !(await getPerson(ctx.db, input.personId)))
    invalid('personId', 'fields.unknownPerson');
  if (input.designatedById && !(await getOrganization(ctx.db, input.designatedById))) {
    invalid('designatedById', 'fields.unknownOrganization');
  }
  if (input.startedOn && input.endedOn && input.endedOn < input.startedOn)
    invalid('endedOn', 'fields.beforeStartedOn');
}

export function addParticipation(ctx: CommandContext, mesaId: string, input: ParticipationInput) {
  return inTransaction(ctx, async (tx) => {
    await checkReferences(tx, input);
    if (await findParticipation(tx.db, mesaId, input.personId, input.role)) {
      throw new AppError('CONFLICT', {
        fields: [{ path: 'personId', key: 'fields.alreadyHasRole' }],
      });
    }
    const row = await insertParticipation(tx.db, { ...input, mesaId });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'participation',
      entityId: row.id,
      mesaId,
      action: 'create',
      after: row,
      requestId: tx.requestId,
    });
    // What the participants may see in the Matrix depends on their roles: open streams check again.
    await notifyMatrixEvent(tx.db, mesaId, { type: 'access.changed' });
    return row;
  });
}

export function updateParticipation(
  ctx: CommandContext,
  mesaId: string,
  id: string,
  changes: ParticipationChanges,
) {
  return inTransaction(ctx, async (tx) => {
    const before = await getParticipation(tx.db, mesaId, id);
    if (!before) throw new AppError('NOT_FOUND');
    await checkReferences(tx, {
      ...changes,
      startedOn: changes.startedOn ?? before.startedOn,
      endedOn: changes.endedOn === undefined ? before.endedOn : changes.endedOn,
    });
    if (
      changes.role &&
      changes.role !== before.role &&
      (await findParticipation(tx.db, mesaId, before.personId, changes.role))
    ) {
      throw new AppError('CONFLICT', {
        fields: [{ path: 'role', key: 'fields.alreadyHasRole' }],
      });
    }
    const after = await updateRow(tx.db, id, changes);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'participation',
      entityId: id,
      mesaId,
      action: 'update',
      before,
      after,
      requestId: tx.requestId,
    });
    await notifyMatrixEvent(tx.db, mesaId, { type: 'access.changed' });
    return after;
  });
}

/** Removes a participation entered by mistake. People who leave a Mesa get an end date instead. */
export function removeParticipation(ctx: CommandContext, mesaId: string, id: string) {
  return inTransaction(ctx, async (tx) => {
    const before = await getParticipation(tx.db, mesaId, id);
    if (!before) throw new AppError('NOT_FOUND');
    await deleteParticipation(tx.db, id);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'participation',
      entityId: id,
      mesaId,
      action: 'delete',
      before,
      requestId: tx.requestId,
    });
    await notifyMatrixEvent(tx.db, mesaId, { type: 'access.changed' });
  });
}
