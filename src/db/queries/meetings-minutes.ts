import { eq, inArray } from 'drizzle-orm';
import { type AgendaItemKind, agendaItemKinds } from '../../domain/agenda';
import { audienceVisibilities } from '../../domain/meeting-audience';
import type { MinutesRecord } from '../../domain/minutes';
import { problemCode } from '../../domain/problem-code';
import type { Locale } from '../../domain/roles';
import type { Db } from '../client';
import { readAll } from '../read-all';
import { mesas, people, problems } from '../schema';
import {
  listAgendaItems,
  listDecisions,
  listMeetingCommitments,
  listMeetingParticipants,
  type Meeting,
  problemStatusChangesBetween,
} from './meetings';

/**
 * The record of a meeting as its minutes show it, in the Mesa's language. Only what the meeting's
 * whole audience may see goes in: agenda items, decisions and commitments about records of a stricter
 * visibility than the meeting's are left out. Problems updated are the status changes of the Mesa's
 * problems (new ones included) while the meeting was held.
 */
export async function loadMinutesRecord(
  db: Db,
  meeting: Meeting,
  now = new Date(),
): Promise<{ record: MinutesRecord; locale: Locale }> {
  const levels = audienceVisibilities(meeting.visibility);
  const visible = (v: string | null | undefined) => !v || (levels as string[]).includes(v);
  const [[mesa], [moderator], attendance, agenda, decisionRows, commitmentRows] = await readAll(db, [
    () =>
      db.select({ name: mesas.name, locale: mesas.locale }).from(mesas).where(eq(mesas.id, meeting.mesaId)),
    () =>
      meeting.moderatorPersonId
        ? db
            .select({ fullName: people.fullName })
            .from(people)
            .where(eq(people.id, meeting.moderatorPersonId))
        : Promise.resolve([]),
    () => listMeetingParticipants(db, meeting.id),
    () => listAgendaItems(db, meeting.id),
    () => listDecisions(db, meeting.id),
    () => listMeetingCommitments(db, meeting.id),
  ]);
  const from = meeting.startedAt ?? meeting.startsAt;
  const to = meeting.closedAt ?? now;
  const changes = await problemStatusChangesBetween(db, meeting.mesaId, from, to, levels);
  const problemIds = new Set([...agenda.map((a) => a.problemId), ...decisionRows.map((d) => d.problemId)]);
  const titles = await problemTitles(
    db,
    [...problemIds].filter((id): id is string => Boolean(id)),
  );
  const hidden = new Set([...titles].filter(([, p]) => !visible(p.visibility)).map(([id]) => id));
  return {
    locale: mesa?.locale ?? 'es',
    record: {
      mesaName: mesa?.name ?? '',
      meeting: {
        kind: meeting.kind,
        number: meeting.number,
        title: meeting.title,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        startedAt: meeting.startedAt,
        closedAt: meeting.closedAt,
        timeZone: meeting.timeZone,
        place: meeting.place,
        onlineUrl: meeting.onlineUrl,
        moderatorName: moderator?.fullName ?? null,
        state: meeting.state,
      },
      attendance: attendance
        .filter((a) => a.attendance !== null)
        .map((a) => ({
          personId: a.personId,
          personName: a.fullName,
          organizationId: a.organization?.id ?? null,
          organizationName: a.organization?.id
            ? a.organization.acronym
              ? `${a.organization.name} (${a.organization.acronym})`
              : a.organization.name
            : null,
          status: a.attendance!,
        })),
      agenda: agenda
        .filter((a) => !a.problemId || !hidden.has(a.problemId))
        .map((a) => ({ kind: kindOf(a.kind), title: a.title, notes: a.notes })),
      decisions: decisionRows
        .filter((d) => !d.problemId || !hidden.has(d.problemId))
        .map((d) => ({
          text: d.text,
          problemTitle: d.problemId ? (titles.get(d.problemId)?.label ?? null) : null,
        })),
      commitments: commitmentRows
        .filter((c) => visible(c.visibility))
        .map((c) => ({
          text: c.text,
          ownerName: c.person?.fullName ?? null,
          entityName: c.organization?.id
            ? c.organization.acronym
              ? c.organization.acronym
              : c.organization.name
            : null,
          dueOn: c.dueOn,
        })),
      problemsUpdated: changes.map((c) => ({
        title: `${problemCode(c.number)} ${c.title}`,
        from: c.from,
        to: c.to,
        note: c.reason,
      })),
    },
  };
}

const kindOf = (kind: string): AgendaItemKind =>
  (agendaItemKinds as readonly string[]).includes(kind) ? (kind as AgendaItemKind) : 'custom';

async function problemTitles(db: Db, ids: readonly string[]) {
  if (!ids.length) return new Map<string, { label: string; visibility: string }>();
  const rows = await db
    .select({
      id: problems.id,
      number: problems.number,
      title: problems.title,
      visibility: problems.visibility,
    })
    .from(problems)
    .where(inArray(problems.id, [...ids]));
  return new Map(
    rows.map((r) => [r.id, { label: `${problemCode(r.number)} ${r.title}`, visibility: r.visibility }]),
  );
}
