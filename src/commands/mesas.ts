import { recordAudit } from '../db/audit';
import { notifyMatrixEvent } from '../db/queries/matrix-events';
import {
  insertMesa,
  insertMesaEvent,
  lockMesa,
  type NewMesa,
  slugExists,
  updateMesa as updateRow,
} from '../db/queries/mesas';
import { getOrganization } from '../db/queries/organizations';
import { isTimeZone } from '../domain/calendar-days';
import { dateInZone } from '../domain/dates';
import { AppError, assertVersion, invalid } from '../domain/errors';
import { assertMesaTransition, type MesaStatus } from '../domain/mesa-lifecycle';
import { slugify } from '../domain/slug';
import { auditActor, type CommandContext, inTransaction } from './context';
import { rethrowUnique } from './unique';

export type MesaInput = Omit<NewMesa, 'id' | 'slug' | 'version' | 'createdAt' | 'updatedAt'> & {
  slug?: string;
};

function today(ctx: CommandContext) {
  return dateInZone(new Date(), ctx.timeZone ?? 'UTC');
}

async function assertHost(ctx: CommandContext, id: string, field: string) {
  const host = await getOrganization(ctx.db, id);
  if (!host) invalid(field, 'fields.unknownOrganization');
}

/** A Mesa's own time zone must be one the runtime knows (null: the deployment's). */
function assertTimeZone(timeZone: string | null | undefined) {
  if (timeZone && !isTimeZone(timeZone)) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'timeZone', key: 'fields.unknownTimeZone' }],
    });
  }
}

async function freeSlug(ctx: CommandContext, wanted: string) {
  let slug = wanted;
  for (let n = 2; await slugExists(ctx.db, slug); n++) slug = `${wanted}-${n}`;
  return slug;
}

export function createMesa(ctx: CommandContext, input: MesaInput & { createdOn?: string }) {
  return inTransaction(ctx, async (tx) => {
    await assertHost(tx, input.hostOrganizationId, 'hostOrganizationId');
    assertTimeZone(input.timeZone);
    const { createdOn, ...values } = input;
    values.timeZone = values.timeZone || null;
    const slug = input.slug ?? (await freeSlug(tx, slugify(input.name)));
    const mesa = await insertMesa(tx.db, { ...values, slug }).catch(rethrowUnique('slug'));
    await insertMesaEvent(tx.db, {
      mesaId: mesa.id,
      kind: 'status',
      fromStatus: null,
      toStatus: mesa.status,
      toHostId: mesa.hostOrganizationId,
      occurredOn: createdOn ?? mesa.launchedOn ?? today(tx),
      reason: 'created',
      recordedBy: tx.actor.userId || null,
    });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'mesa',
      entityId: mesa.id,
      mesaId: mesa.id,
      action: 'create',
      after: mesa,
      requestId: tx.requestId,
    });
    return mesa;
  });
}

export type MesaChanges = Partial<
  Pick<
    NewMesa,
    | 'name'
    | 'sector'
    | 'description'
    | 'cadence'
    | 'cadenceDays'
    | 'timeZone'
    | 'visibility'
    | 'locale'
    | 'kind'
    | 'focusLimit'
    | 'reminderDaysBefore'
    | 'reminderDaysAfter'
    | 'published'
  >
>;

/** Edits a Mesa's details; `version` must match the stored one or nothing is written (409 STALE_WRITE). */
export function updateMesa(ctx: CommandContext, id: string, version: number, changes: MesaChanges) {
  return inTransaction(ctx, async (tx) => {
    const before = await lockMesa(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    assertVersion(before.version, version);
    assertTimeZone(changes.timeZone);
    if (changes.timeZone === '') changes.timeZone = null;
    // Publishing stamps the day it went public; withdrawing keeps when it last was.
    const published = changes.published === true && !before.published ? { publishedAt: new Date() } : {};
    const after = await updateRow(tx.db, id, { ...changes, ...published });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'mesa',
      entityId: id,
      mesaId: id,
      action: 'update',
      before,
      after,
      requestId: tx.requestId,
    });
    // Its Matrix shows its name and focus limit; who may read it depends on its visibility.
    await notifyMatrixEvent(tx.db, id, { type: 'mesa.updated' });
    return after;
  });
}

export interface MesaTransition {
  to: MesaStatus;
  reason: string;
  /** A new host institution, when the Mesa moves (e.g. reinstalled at another ministry). */
  host?: string;
  occurredOn?: string;
}

/** Moves a Mesa along its lifecycle and/or to a new host, recording dated, explained events. */
export function transitionMesa(ctx: CommandContext, id: string, t: MesaTransition) {
  return inTransaction(ctx, async (tx) => {
    const before = await lockMesa(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    const hostChanges = t.host !== undefined && t.host !== before.hostOrganizationId;
    if (t.to !== before.status || !hostChanges) assertMesaTransition(before.status, t.to);
    if (t.host) await assertHost(tx, t.host, 'host');
    // "Today" is the Mesa's own: a Mesa in Tunis is launched on Tunis's day.
    const occurredOn = t.occurredOn ?? dateInZone(new Date(), before.timeZone ?? tx.timeZone ?? 'UTC');
    const recordedBy = tx.actor.userId || null;
    if (t.to !== before.status) {
      await insertMesaEvent(tx.db, {
        mesaId: id,
        kind: 'status',
        fromStatus: before.status,
        toStatus: t.to,
        occurredOn,
        reason: t.reason,
        recordedBy,
      });
    }
    if (hostChanges) {
      await insertMesaEvent(tx.db, {
        mesaId: id,
        kind: 'host',
        fromHostId: before.hostOrganizationId,
        toHostId: t.host,
        occurredOn,
        reason: t.reason,
        recordedBy,
      });
    }
    const after = await updateRow(tx.db, id, {
      status: t.to,
      ...(hostChanges ? { hostOrganizationId: t.host } : {}),
      ...(t.to === 'active' && !before.launchedOn ? { launchedOn: occurredOn } : {}),
    });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'mesa',
      entityId: id,
      mesaId: id,
      action: 'transition',
      before: { status: before.status, hostOrganizationId: before.hostOrganizationId },
      after: {
        status: after.status,
        hostOrganizationId: after.hostOrganizationId,
        reason: t.reason,
        occurredOn,
      },
      requestId: tx.requestId,
    });
    await notifyMatrixEvent(tx.db, id, { type: 'mesa.updated' });
    return after;
  });
}
