import type { listMesaEvents, listMesas } from '../../db/queries/mesas';
import type { listParticipations } from '../../db/queries/participations';
import { type Actor, isAllowed, rolesIn } from '../../domain/access';
import { allowedMesaTransitions } from '../../domain/mesa-lifecycle';
import { compositionChecks, compositionWarnings, groupParticipants } from '../../domain/participation';
import { ref } from './ref';

export type MesaRow = Awaited<ReturnType<typeof listMesas>>[number];
type Participants = Awaited<ReturnType<typeof listParticipations>>;
type Events = Awaited<ReturnType<typeof listMesaEvents>>;

export function presentMesa(row: MesaRow, actor: Actor | null) {
  const { mesa } = row;
  return {
    id: mesa.id,
    slug: mesa.slug,
    name: mesa.name,
    kind: mesa.kind,
    sector: mesa.sector,
    description: mesa.description,
    status: mesa.status,
    host: row.host,
    cadence: mesa.cadence,
    cadenceDays: mesa.cadenceDays,
    timeZone: mesa.timeZone,
    visibility: mesa.visibility,
    locale: mesa.locale,
    launchedOn: mesa.launchedOn,
    focusLimit: mesa.focusLimit,
    reminderDaysBefore: mesa.reminderDaysBefore,
    reminderDaysAfter: mesa.reminderDaysAfter,
    published: mesa.published,
    publishedAt: mesa.publishedAt,
    participantCount: row.participantCount,
    myRoles: [...rolesIn(actor, mesa.id)],
    version: mesa.version,
    updatedAt: mesa.updatedAt,
  };
}

export function presentParticipant(p: Participants[number]) {
  return { ...p, organization: ref(p.organization), designatedBy: ref(p.designatedBy) };
}

export function presentMesaDetail(
  row: MesaRow,
  events: Events,
  participants: Participants,
  actor: Actor | null,
) {
  const current = participants.filter((p) => p.endedOn === null).map(presentParticipant);
  return {
    ...presentMesa(row, actor),
    events: events.map((e) => ({ ...e, fromHost: ref(e.fromHost), toHost: ref(e.toHost) })),
    participants: groupParticipants(current),
    formerParticipants: participants.filter((p) => p.endedOn !== null).map(presentParticipant),
    compositionWarnings: compositionWarnings(participants),
    composition: compositionChecks(participants),
    allowedTransitions: [...allowedMesaTransitions(row.mesa.status)],
    can: {
      update: isAllowed(actor, 'mesa.update', row.mesa.id),
      transition: isAllowed(actor, 'mesa.transition', row.mesa.id),
      manageParticipants: isAllowed(actor, 'participation.manage', row.mesa.id),
    },
  };
}
