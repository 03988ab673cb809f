import { and, asc, eq, gt, inArray, isNotNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import {
  type AgendaInput,
  type AgendaItem,
  type AgendaItemKind,
  agendaItemKinds,
  applyAgendaEdits,
  draftAgenda,
} from '../../domain/agenda';
import { type CirclingFlag, type CirclingInput, circlingProblems } from '../../domain/circling';
import { isSession } from '../../domain/meetings';
import type { Visibility } from '../../domain/roles';
import type { Db } from '../client';
import { readAll } from '../read-all';
import {
  agendaItems,
  commitments,
  fieldFeedback,
  meetings,
  organizations,
  people,
  problems,
} from '../schema';
import { escalationDecisionsSince } from './escalations';
import {
  type AgendaItemRow,
  listAgendaItems,
  listMeetingProblems,
  type Meeting,
  previousHeldSession,
} from './meetings';

/**
 * Circling detection fed from the agendas of a Mesa's closed sessions: every problem that was on the
 * agenda of a closed session (started before `before`, when given) with when its status last changed
 * and when its commitments were completed. Only problems of the given visibilities are considered.
 */
export async function circlingInputs(
  db: Db,
  mesaId: string,
  visibilities: readonly Visibility[],
  before?: Date,
): Promise<CirclingInput[]> {
  if (!visibilities.length) return [];
  // When each session was held (its start), not when it was scheduled.
  const heldAt = sql<Date>`coalesce(${meetings.startedAt}, ${meetings.startsAt})`;
  const discussed = await db
    .select({
      problemId: agendaItems.problemId,
      statusChangedAt: problems.statusChangedAt,
      sessions: sql<
        string[]
      >`array_agg(distinct to_char(${heldAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`,
    })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(problems, eq(problems.id, agendaItems.problemId))
    .where(
      and(
        eq(meetings.mesaId, mesaId),
        eq(meetings.kind, 'session'),
        eq(meetings.state, 'closed'),
        isNotNull(agendaItems.problemId),
        inArray(problems.visibility, [...visibilities]),
        before ? lt(heldAt, before) : undefined,
      ),
    )
    .groupBy(agendaItems.problemId, problems.statusChangedAt);
  if (!discussed.length) return [];
  const ids = discussed.map((d) => d.problemId!);
  const done = await db
    .select({ problemId: commitments.problemId, completedAt: commitments.completedAt })
    .from(commitments)
    .where(
      and(
        inArray(commitments.problemId, ids),
        eq(commitments.status, 'done'),
        isNotNull(commitments.completedAt),
      ),
    );
  const completedAt = new Map<string, Date[]>();
  for (const c of done)
    completedAt.set(c.problemId!, [...(completedAt.get(c.problemId!) ?? []), c.completedAt!]);
  return discussed.map((d) => ({
    problemId: d.problemId!,
    sessionsDiscussedAt: d.sessions.map((s) => new Date(s)),
    lastStatusChangeAt: d.statusChangedAt,
    commitmentsCompletedAt: completedAt.get(d.problemId!) ?? [],
  }));
}

/** The problems of a Mesa that are circling (on three or more session agendas without progress). */
export async function circlingFlags(
  db: Db,
  mesaId: string,
  visibilities: readonly Visibility[],
  before?: Date,
): Promise<CirclingFlag[]> {
  return circlingProblems(await circlingInputs(db, mesaId, visibilities, before));
}

/** Problems as the agenda reads them: what the draft is built from and what an item shows. */
function agendaProblems(db: Db, where: SQL | undefined) {
  return db
    .select({
      id: problems.id,
      number: problems.number,
      title: problems.title,
      status: problems.status,
      visibility: problems.visibility,
      impact: problems.impact,
      ease: problems.ease,
      inFocus: problems.inFocus,
      createdAt: problems.createdAt,
      fieldAlertFeedbackId: problems.fieldAlertFeedbackId,
    })
    .from(problems)
    .where(where);
}

/** Commitments as the agenda reads them: deadline and state, with who owes them (person and entity). */
function commitmentsWithOwners(db: Db, where: SQL | undefined) {
  return db
    .select({
      id: commitments.id,
      text: commitments.text,
      problemId: commitments.problemId,
      status: commitments.status,
      dueOn: commitments.dueOn,
      completedAt: commitments.completedAt,
      visibility: commitments.visibility,
      person: { id: people.id, fullName: people.fullName },
      organization: { id: organizations.id, name: organizations.name, acronym: organizations.acronym },
    })
    .from(commitments)
    .leftJoin(people, eq(people.id, commitments.personId))
    .leftJoin(organizations, eq(organizations.id, commitments.organizationId))
    .where(where);
}

/**
 * What the draft agenda of a meeting is generated from, read from the Matrix: the Mesa's problems,
 * its commitments (not cancelled), field feedback since the previous session was held (and the report
 * each flagged problem is flagged for, whenever it came), and circling
 * problems. Only records of `visibilities` (what the meeting's whole audience may see) are read.
 */
export async function agendaSources(
  db: Db,
  meeting: Meeting,
  options: { timeZone: string; now: Date; visibilities: readonly Visibility[] },
): Promise<AgendaInput & { references: AgendaReferences }> {
  const levels = [...options.visibilities];
  const last = await previousHeldSession(db, meeting);
  const lastSessionAt = last?.startedAt ?? null;
  const [problemRows, commitmentRows, feedbackRows, circling, decisionRows] = await readAll(db, [
    () => agendaProblems(db, and(eq(problems.mesaId, meeting.mesaId), inArray(problems.visibility, levels))),
    () =>
      commitmentsWithOwners(
        db,
        and(
          eq(commitments.mesaId, meeting.mesaId),
          ne(commitments.status, 'cancelled'),
          inArray(commitments.visibility, levels),
        ),
      ).orderBy(asc(commitments.dueOn), asc(commitments.createdAt)),
    () =>
      db
        .select({
          id: fieldFeedback.id,
          problemId: fieldFeedback.problemId,
          verdict: fieldFeedback.verdict,
          receivedAt: fieldFeedback.createdAt,
        })
        .from(fieldFeedback)
        .innerJoin(problems, eq(problems.id, fieldFeedback.problemId))
        .where(
          and(
            eq(problems.mesaId, meeting.mesaId),
            inArray(problems.visibility, levels),
            // Since the last session, and the report a problem is still flagged for, however old.
            lastSessionAt
              ? or(
                  gt(fieldFeedback.createdAt, lastSessionAt),
                  eq(problems.fieldAlertFeedbackId, fieldFeedback.id),
                )
              : undefined,
          ),
        )
        .orderBy(asc(fieldFeedback.createdAt)),
    () => circlingFlags(db, meeting.mesaId, levels, meeting.startedAt ?? options.now),
    () => escalationDecisionsSince(db, meeting.mesaId, levels, lastSessionAt),
  ]);
  return {
    sessionStartsAt: meeting.startsAt,
    timeZone: options.timeZone,
    lastSessionAt,
    heldAt: meeting.startedAt,
    now: options.now,
    problems: problemRows,
    commitments: commitmentRows,
    feedback: feedbackRows,
    escalationDecisions: decisionRows,
    circlingProblemIds: circling.map((c) => c.problemId),
    // What the draft's items are about, for display, read in the same statements.
    references: {
      problems: new Map(problemRows.map((p) => [p.id, p])),
      commitments: new Map(commitmentRows.map((c) => [c.id, c])),
    },
  };
}

/** An agenda item as stored or drafted, with what it is about for display. */
export interface LoadedAgendaItem extends AgendaItem {
  /** The stored item's id; null while the agenda is a draft not saved yet. */
  id: string | null;
  position: number;
  notes: string;
  discussedAt: Date | null;
}

const isKind = (kind: string): kind is AgendaItemKind =>
  (agendaItemKinds as readonly string[]).includes(kind);

/** A stored agenda row as a domain agenda item (its reasons are not stored: its kind stands for them). */
export function storedAgendaItem(row: AgendaItemRow): LoadedAgendaItem {
  const kind = isKind(row.kind) ? row.kind : 'custom';
  return {
    id: row.id,
    position: row.position,
    key: row.key ?? `item:${row.id}`,
    kind,
    title: row.title,
    problemId: row.problemId,
    commitmentId: row.commitmentId,
    feedbackId: row.feedbackId,
    escalationId: row.escalationId,
    minutes: row.minutes,
    reasons: [kind],
    notes: row.notes,
    discussedAt: row.discussedAt,
  };
}

/**
 * A meeting's agenda: the stored one once saved (by an edit or when the meeting started), else the
 * draft generated from the Matrix as of `now` (always the draft with `fresh`).
 */
export async function loadAgenda(
  db: Db,
  meeting: Meeting,
  options: { timeZone: string; now: Date; visibilities: readonly Visibility[]; fresh?: boolean },
): Promise<{ generated: boolean; items: LoadedAgendaItem[]; references?: AgendaReferences }> {
  const stored = options.fresh ? [] : await listAgendaItems(db, meeting.id);
  if (stored.length > 0) return { generated: false, items: stored.map(storedAgendaItem) };
  const loaded = (items: AgendaItem[]) =>
    items.map((item, position) => ({ ...item, id: null, position, notes: '', discussedAt: null }));
  if (!isSession(meeting.kind)) {
    return { generated: true, items: loaded(await problemsAgenda(db, meeting, options.visibilities)) };
  }
  const sources = await agendaSources(db, meeting, options);
  return { generated: true, items: loaded(draftAgenda(sources)), references: sources.references };
}

/**
 * The draft agenda of a meeting other than a session (inter-sessional, high-level, preliminary): one
 * item per problem it is about, in Matrix number order. Only sessions get the agenda generated from
 * the whole Matrix.
 */
async function problemsAgenda(db: Db, meeting: Meeting, visibilities: readonly Visibility[]) {
  const linked = (await listMeetingProblems(db, meeting.id)).filter((p) =>
    visibilities.includes(p.visibility),
  );
  return applyAgendaEdits(
    [],
    linked.map((p) => ({ op: 'add' as const, title: p.title, problemId: p.id })),
  );
}

/** What agenda items are about, for display: their problems and commitments, by id. */
export interface AgendaReferences {
  problems: ReadonlyMap<string, Awaited<ReturnType<typeof agendaProblems>>[number]>;
  commitments: ReadonlyMap<string, Awaited<ReturnType<typeof commitmentsWithOwners>>[number]>;
}

/** What the agenda items are about, for display: their problems and commitments, by id. */
export async function agendaReferences(
  db: Db,
  problemIds: readonly string[],
  commitmentIds: readonly string[],
): Promise<AgendaReferences> {
  const [problemRows, commitmentRows] = await readAll(db, [
    () => (problemIds.length ? agendaProblems(db, inArray(problems.id, [...problemIds])) : []),
    () =>
      commitmentIds.length ? commitmentsWithOwners(db, inArray(commitments.id, [...commitmentIds])) : [],
  ]);
  return {
    problems: new Map(problemRows.map((p) => [p.id, p])),
    commitments: new Map(commitmentRows.map((c) => [c.id, c])),
  };
}
