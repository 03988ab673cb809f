import { and, asc, eq, inArray, isNotNull, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { addDays, instantInZone, todayIn } from '../../domain/calendar-days';
import type { CirclingFlag } from '../../domain/circling';
import { dateInZone } from '../../domain/dates';
import {
  activePeriods,
  type CadencePoint,
  type CadenceStanding,
  type ContinuityPoint,
  cadenceSeries,
  continuity,
  continuitySummary,
  type EscalationAgeBucket,
  escalationsByAge,
  type MomentumPoint,
  type MomentumTally,
  momentumSeries,
  momentumTotals,
  monthOf,
  monthsBefore,
  type PrivateDesignation,
  type ScorecardRow,
  type StatusChange,
  scorecard,
  sessionsAgainstCadence,
  type TimelinessTally,
  type TimeToStatus,
  timeToStatus,
  waitingEscalationStatuses,
} from '../../domain/metrics';
import type { VisibilityScope } from '../../domain/portfolio';
import type { Visibility } from '../../domain/roles';
import type { Db } from '../client';
import { readAll } from '../read-all';
import {
  commitments,
  commitmentTallies,
  escalations,
  meetingParticipants,
  meetings,
  mesaEvents,
  mesas,
  organizations,
  participations,
  people,
  problemStatusEvents,
  problems,
} from '../schema';
import { circlingFlags } from './agenda';
import { syncTallyTimeZone } from './commitment-tallies';
import type { Mesa } from './mesas';
import { mesaTodaySql, overdueOnRecordSql } from './predicates';

/**
 * The figures of the momentum dashboards, read with a fixed number of statements whatever the size of
 * the data: the database tallies (GROUP BY) and the domain core (src/domain/metrics.ts) computes.
 * Only records of the visibilities the caller may see count. The independent reads of one request run
 * together on the pool (`readAll`): the request takes as long as its slowest read.
 */

/** Months of momentum shown on a Mesa's dashboards and on the portfolio. */
export const MESA_MOMENTUM_MONTHS = 24;
export const PORTFOLIO_MOMENTUM_MONTHS = 12;
/** Months of the sessions-against-cadence series of a Mesa. */
export const CADENCE_SERIES_MONTHS = 24;

const uuids = (ids: readonly string[]) => sql`${sql.param([...ids])}::uuid[]`;

/** SQL: a record of visibility `visibility` in Mesa `mesaId` is visible within the scope. */
export function visibleIn(
  visibility: AnyPgColumn,
  mesaId: AnyPgColumn,
  scope: VisibilityScope,
): SQL | undefined {
  if (scope.members === 'all' && scope.team === 'all') return undefined;
  const level = (v: 'members' | 'team', ids: 'all' | readonly string[]) =>
    ids === 'all'
      ? sql`${visibility} = ${v}`
      : sql`(${visibility} = ${v} and ${mesaId} = any(${uuids(ids)}))`;
  return sql`(${visibility} = 'public' or ${level('members', scope.members)} or ${level('team', scope.team)})`;
}

const tz = (timeZone: string) => sql`${timeZone}::text`;
const monthExpr = (column: AnyPgColumn, timeZone: string) =>
  sql<string>`to_char(${column} at time zone ${tz(timeZone)}, 'YYYY-MM')`;

/**
 * SQL mirror of `timeliness` (src/domain/metrics.ts) over commitments not cancelled: done on time
 * (before the start of the day after the due day in the time zone, computed once per done row), done
 * with a known time, overdue and pending. The due day is the one first agreed (`recordDueOn`): a moved
 * deadline counts at its original date. `tally` turns a row of these counts into a tally.
 */
function timelinessCounts(timeZone: string, today: string) {
  const dueOn = sql`coalesce(${commitments.originalDueOn}, ${commitments.dueOn})`;
  const deadline = sql`((${dueOn} + 1)::timestamp at time zone ${tz(timeZone)})`;
  const overdue = overdueOnRecordSql(commitments.status, commitments.dueOn, commitments.originalDueOn, today);
  return {
    onTime: sql<number>`(count(*) filter (where ${commitments.status} = 'done' and ${commitments.completedAt} < ${deadline}))::int`,
    done: sql<number>`(count(*) filter (where ${commitments.status} = 'done' and ${commitments.completedAt} is not null))::int`,
    overdue: sql<number>`(count(*) filter (where ${overdue}))::int`,
    pending: sql<number>`(count(*) filter (where ${commitments.status} = 'open' and not ${overdue}))::int`,
  };
}

function tally(
  key: string | null,
  r: { onTime: number; done: number; overdue: number; pending: number },
): TimelinessTally {
  return { key, onTime: r.onTime, late: r.done - r.onTime, overdue: r.overdue, pending: r.pending };
}

export interface EntityRef {
  id: string;
  name: string;
  acronym: string | null;
  kind: (typeof organizations.$inferSelect)['kind'];
}

export type EntityScore = Omit<ScorecardRow, 'key'> & { entity: EntityRef | null };

/** Scorecard rows with the entities they are about (null: commitments without a responsible entity). */
export function entityScores(
  tallies: readonly TimelinessTally[],
  entities: ReadonlyMap<string, EntityRef>,
): EntityScore[] {
  return scorecard(tallies).map(({ key, ...row }) => ({
    ...row,
    entity: key ? (entities.get(key) ?? null) : null,
  }));
}

// ── Statements shared by the Mesa and the portfolio ───────────────────────────────────────────────

/** Dated status changes of Mesas (their lifecycle), by Mesa. */
export async function statusChanges(db: Db, mesaId?: string): Promise<Map<string, StatusChange[]>> {
  const rows = await db
    .select({ mesaId: mesaEvents.mesaId, on: mesaEvents.occurredOn, to: mesaEvents.toStatus })
    .from(mesaEvents)
    .where(
      and(
        eq(mesaEvents.kind, 'status'),
        isNotNull(mesaEvents.toStatus),
        mesaId ? eq(mesaEvents.mesaId, mesaId) : undefined,
      ),
    )
    .orderBy(asc(mesaEvents.occurredOn), asc(mesaEvents.recordedAt));
  const byMesa = new Map<string, StatusChange[]>();
  for (const r of rows) byMesa.set(r.mesaId, [...(byMesa.get(r.mesaId) ?? []), { on: r.on, to: r.to! }]);
  return byMesa;
}

/**
 * The organizations taking part in each Mesa, one per participation, with its role and the days it
 * lasted: the domain (`expectedOrganizations`) decides which are expected at a session.
 */
export async function privateDesignations(db: Db, mesaId?: string) {
  const rows = await db
    .select({
      mesaId: participations.mesaId,
      organizationId: sql<
        string | null
      >`coalesce(${participations.designatedById}, ${people.organizationId})`,
      role: participations.role,
      occasional: participations.isOccasional,
      startedOn: participations.startedOn,
      endedOn: participations.endedOn,
    })
    .from(participations)
    .innerJoin(people, eq(people.id, participations.personId))
    .where(mesaId ? eq(participations.mesaId, mesaId) : undefined);
  const byMesa = new Map<string, PrivateDesignation[]>();
  for (const r of rows) {
    if (!r.organizationId) continue;
    const list = byMesa.get(r.mesaId) ?? [];
    list.push({
      organizationId: r.organizationId,
      role: r.role,
      occasional: r.occasional,
      startedOn: r.startedOn,
      endedOn: r.endedOn,
    });
    byMesa.set(r.mesaId, list);
  }
  return byMesa;
}

/** Entities by id, for the scorecards. */
function entityMap(
  rows: readonly {
    id: string | null;
    name: string | null;
    acronym: string | null;
    kind: EntityRef['kind'] | null;
  }[],
) {
  const map = new Map<string, EntityRef>();
  for (const r of rows)
    if (r.id && r.name && r.kind) map.set(r.id, { id: r.id, name: r.name, acronym: r.acronym, kind: r.kind });
  return map;
}

// ── One Mesa ──────────────────────────────────────────────────────────────────────────────────────

/**
 * A Mesa's sessions of the visibilities given, oldest first, each with the organizations present; the
 * conditions given narrow them further (closed ones, a period).
 */
export function sessionAttendance(
  db: Db,
  mesaId: string,
  levels: readonly Visibility[],
  includePublicSectorOnly: boolean,
  ...narrower: (SQL | undefined)[]
) {
  return db
    .select({
      id: meetings.id,
      number: meetings.number,
      state: meetings.state,
      startsAt: meetings.startsAt,
      present: sql<
        string[] | null
      >`array_agg(distinct ${meetingParticipants.organizationId}) filter (where ${meetingParticipants.attendance} = 'present' and ${meetingParticipants.organizationId} is not null)`,
    })
    .from(meetings)
    .leftJoin(meetingParticipants, eq(meetingParticipants.meetingId, meetings.id))
    .where(
      and(
        eq(meetings.mesaId, mesaId),
        eq(meetings.kind, 'session'),
        inArray(meetings.visibility, [...levels]),
        includePublicSectorOnly ? undefined : eq(meetings.publicSectorOnly, false),
        ...narrower,
      ),
    )
    .groupBy(meetings.id)
    .orderBy(asc(meetings.startsAt));
}

export interface MesaMetricsOptions {
  /** The visibilities of the Mesa's records the caller may see. */
  levels: readonly Visibility[];
  /** Whether the caller may see meetings among public entities only. */
  includePublicSectorOnly: boolean;
  now: Date;
  timeZone: string;
}

export interface CirclingProblem extends CirclingFlag {
  number: number;
  title: string;
}

export interface MesaMetrics {
  momentum: { months: MomentumPoint[]; totals: { enacted: number; verified: number } };
  continuity: { sessions: ContinuityPoint[]; latest: number | null; recentAverage: number | null };
  scorecard: EntityScore[];
  cadence: { standing: CadenceStanding; months: CadencePoint[] };
  timeToStatus: { enacted: TimeToStatus; verified: TimeToStatus };
  escalations: {
    buckets: { bucket: EscalationAgeBucket; count: number }[];
    open: number;
    oldestDays: number | null;
  };
  circling: CirclingProblem[];
}

/**
 * Every figure of a Mesa's dashboards: ten statements at most (momentum, milestones, commitments,
 * sessions with attendance, designations, lifecycle, escalations, the two of circling detection and
 * the circling problems' titles), the independent ones run together (`readAll`).
 */
export async function mesaMetrics(db: Db, mesa: Mesa, options: MesaMetricsOptions): Promise<MesaMetrics> {
  const { now, timeZone } = options;
  const levels = [...options.levels];
  const today = todayIn(now, timeZone);
  const thisMonth = today.slice(0, 7);
  const momentumFrom = monthsBefore(thisMonth, MESA_MOMENTUM_MONTHS - 1);
  const momentumSince = instantInZone(`${momentumFrom}-01`, '00:00', timeZone);
  const none = !levels.length;

  const mine = and(eq(problems.mesaId, mesa.id), inArray(problems.visibility, levels));
  const [tallies, milestones, commitmentRows, sessions, designationsBy, changesBy, waiting, circling] =
    await readAll(db, [
      () =>
        none
          ? []
          : db
              .select({
                month: monthExpr(problemStatusEvents.occurredAt, timeZone),
                status: sql<'enacted' | 'verified'>`${problemStatusEvents.toStatus}`,
                problems: sql<number>`count(distinct ${problemStatusEvents.problemId})::int`,
              })
              .from(problemStatusEvents)
              .innerJoin(problems, eq(problems.id, problemStatusEvents.problemId))
              .where(
                and(
                  mine,
                  inArray(problemStatusEvents.toStatus, ['enacted', 'verified']),
                  sql`${problemStatusEvents.occurredAt} >= ${momentumSince.toISOString()}::timestamptz`,
                ),
              )
              .groupBy(sql`1`, sql`2`),
      () =>
        none
          ? []
          : db
              .select({
                identifiedAt:
                  sql<Date>`coalesce(min(${problemStatusEvents.occurredAt}) filter (where ${problemStatusEvents.toStatus} = 'identified'), ${problems.createdAt})`.mapWith(
                    problems.createdAt,
                  ),
                enactedAt:
                  sql<Date | null>`min(${problemStatusEvents.occurredAt}) filter (where ${problemStatusEvents.toStatus} = 'enacted')`.mapWith(
                    problems.createdAt,
                  ),
                verifiedAt:
                  sql<Date | null>`min(${problemStatusEvents.occurredAt}) filter (where ${problemStatusEvents.toStatus} = 'verified')`.mapWith(
                    problems.createdAt,
                  ),
              })
              .from(problems)
              .leftJoin(problemStatusEvents, eq(problemStatusEvents.problemId, problems.id))
              .where(mine)
              .groupBy(problems.id),
      () =>
        none
          ? []
          : db
              .select({
                id: organizations.id,
                name: organizations.name,
                acronym: organizations.acronym,
                kind: organizations.kind,
                ...timelinessCounts(timeZone, today),
              })
              .from(commitments)
              .leftJoin(organizations, eq(organizations.id, commitments.organizationId))
              .where(
                and(
                  eq(commitments.mesaId, mesa.id),
                  inArray(commitments.visibility, levels),
                  ne(commitments.status, 'cancelled'),
                ),
              )
              .groupBy(organizations.id),
      () => (none ? [] : sessionAttendance(db, mesa.id, levels, options.includePublicSectorOnly)),
      () => privateDesignations(db, mesa.id),
      () => statusChanges(db, mesa.id),
      () =>
        none
          ? []
          : db
              .select({ escalatedAt: escalations.escalatedAt })
              .from(escalations)
              .where(
                and(
                  eq(escalations.mesaId, mesa.id),
                  inArray(escalations.status, [...waitingEscalationStatuses]),
                  inArray(escalations.visibility, levels),
                ),
              ),
      async () => {
        const flags = none ? [] : await circlingFlags(db, mesa.id, levels);
        const titles = flags.length
          ? await db
              .select({ id: problems.id, number: problems.number, title: problems.title })
              .from(problems)
              .where(
                inArray(
                  problems.id,
                  flags.map((f) => f.problemId),
                ),
              )
          : [];
        return { flags, titles };
      },
    ]);
  const read = {
    tallies,
    milestones,
    commitmentRows,
    sessions,
    designations: designationsBy.get(mesa.id) ?? [],
    changes: changesBy.get(mesa.id) ?? [],
    waiting,
    flags: circling.flags,
    titles: circling.titles,
  };

  const closed = read.sessions.filter((s) => s.state === 'closed');
  const points = continuity(
    closed.map((s) => ({
      meetingId: s.id,
      number: s.number,
      heldOn: dateInZone(s.startsAt, timeZone),
      presentOrganizationIds: s.present ?? [],
    })),
    read.designations,
  );
  const summary = continuitySummary(points);
  const lastHeld = closed.at(-1)?.startsAt ?? null;
  const nextScheduled = read.sessions.find((s) => s.state !== 'closed' && s.startsAt > now)?.startsAt ?? null;
  const standing = sessionsAgainstCadence({
    cadence: mesa.cadence,
    customDays: mesa.cadenceDays,
    status: mesa.status,
    launchedOn: mesa.launchedOn,
    changes: read.changes,
    held: closed.length,
    lastHeldAt: lastHeld,
    nextScheduledAt: nextScheduled,
    now,
    timeZone,
  });
  const periods = activePeriods(
    { status: mesa.status, launchedOn: mesa.launchedOn, changes: read.changes },
    today,
  );
  const firstMonth = [
    periods[0]?.from.slice(0, 7),
    mesa.launchedOn?.slice(0, 7),
    monthOf(mesa.createdAt, timeZone),
  ]
    .filter((m): m is string => Boolean(m))
    .sort()[0]!;
  const earliest = monthsBefore(thisMonth, CADENCE_SERIES_MONTHS - 1);
  const momentumMonths = momentumSeries(read.tallies as MomentumTally[], momentumFrom, thisMonth);
  const titleOf = new Map(read.titles.map((t) => [t.id, t]));

  return {
    momentum: { months: momentumMonths, totals: momentumTotals(momentumMonths) },
    continuity: { sessions: points, latest: summary.latest, recentAverage: summary.recentAverage },
    scorecard: entityScores(
      read.commitmentRows.map((r) => tally(r.id, r)),
      entityMap(read.commitmentRows),
    ),
    cadence: {
      standing,
      months: cadenceSeries({
        periods,
        intervalDays: standing.intervalDays,
        heldOn: closed.map((s) => dateInZone(s.startsAt, timeZone)),
        from: [firstMonth, earliest].sort()[1]!,
        today,
      }),
    },
    timeToStatus: timeToStatus(read.milestones, timeZone),
    escalations: escalationsByAge(read.waiting, now, timeZone),
    circling: read.flags.map((f) => ({
      ...f,
      number: titleOf.get(f.problemId)?.number ?? 0,
      title: titleOf.get(f.problemId)?.title ?? '',
    })),
  };
}

// ── The portfolio ─────────────────────────────────────────────────────────────────────────────────

/**
 * The commitments of the portfolio by Mesa and entity, summed from `commitment_tallies` (migration
 * 0012) instead of grouping every commitment: done on time or late as the tallies judged them in each
 * Mesa's zone; pending, the open ones first due on that Mesa's "today" (in its zone, the deployment's
 * for a Mesa without one) or later; overdue, the rest of its open ones. Only the per-group totals and
 * the open rows due from yesterday (UTC) on are read, and each Mesa's today is computed once. When the
 * tallies were judged in another deployment zone than `timeZone` (`tally_settings`), they are rebuilt
 * first and read again.
 */
async function portfolioCommitments(
  db: Db,
  options: { scope: VisibilityScope; now: Date; timeZone: string },
  rebuilt = false,
): Promise<PortfolioCommitmentRow[]> {
  const { scope, now, timeZone } = options;
  const t = commitmentTallies;
  const scoped = visibleIn(t.visibility, t.mesaId, scope);
  const since = addDays(todayIn(now, 'UTC'), -1);
  const sum = (where: SQL) => sql`coalesce(sum(${t.count}) filter (where ${where}), 0)::int`;
  const pending = sum(sql`${t.outcome} = 'open' and ${t.dueOn} >= m.today`);
  const { rows } = (await db.execute(sql`
    with m as materialized (
      select ${mesas.id} as id,
        ${mesaTodaySql(now, timeZone)} as today
      from ${mesas}
    )
    select ${t.mesaId} as "mesaId", ${t.organizationId} as "organizationId",
      ${sum(sql`${t.outcome} = 'on_time'`)} as "onTime",
      ${sum(sql`${t.outcome} in ('on_time', 'late')`)} as "done",
      ${sum(sql`${t.outcome} = 'open_total'`)} - ${pending} as "overdue",
      ${pending} as "pending",
      (select time_zone from tally_settings) as "judgedIn"
    from ${t} join m on m.id = ${t.mesaId}
    where (${t.outcome} in ('on_time', 'late', 'done_undated', 'open_total')
        or (${t.outcome} = 'open' and ${t.dueOn} >= ${since}::date))
      ${scoped ? sql`and ${scoped}` : sql``}
    group by ${t.mesaId}, ${t.organizationId}`)) as unknown as {
    rows: (PortfolioCommitmentRow & { judgedIn: string | null })[];
  };
  if (rows.some((r) => r.judgedIn !== timeZone) && !rebuilt) {
    await syncTallyTimeZone(db, timeZone);
    return portfolioCommitments(db, options, true);
  }
  return rows.map(({ judgedIn: _judgedIn, ...row }) => row);
}

interface PortfolioCommitmentRow {
  mesaId: string;
  organizationId: string | null;
  onTime: number;
  done: number;
  overdue: number;
  pending: number;
}

interface LastSessionRow {
  mesa_id: string;
  id: string;
  number: number | null;
  starts_at: string;
  present: string[] | null;
}

export interface PortfolioReads {
  team: { mesaId: string; personId: string; fullName: string }[];
  sessions: Map<string, { held: number; lastHeldAt: Date | null; nextScheduledAt: Date | null }>;
  changes: Map<string, StatusChange[]>;
  momentum: { mesaId: string; month: string; status: 'enacted' | 'verified'; problems: number }[];
  waiting: { mesaId: string; escalatedAt: Date }[];
  commitments: (TimelinessTally & { mesaId: string })[];
  entities: Map<string, EntityRef>;
  lastSessions: Map<string, { meetingId: string; number: number | null; startsAt: Date; present: string[] }>;
  designations: Map<string, PrivateDesignation[]>;
}

/**
 * What the portfolio needs of every Mesa, tallied by Mesa in SQL: nine statements whatever the number
 * of Mesas (team members, sessions, lifecycle, momentum, waiting escalations, commitments by Mesa and
 * entity, each Mesa's last session with its attendance, private designations), run together on the
 * pool (`readAll`). Records outside `scope` are left out.
 */
export async function portfolioReads(
  db: Db,
  options: { scope: VisibilityScope; now: Date; timeZone: string },
): Promise<PortfolioReads> {
  const { scope, now, timeZone } = options;
  const today = todayIn(now, timeZone);
  const from = monthsBefore(today.slice(0, 7), PORTFOLIO_MOMENTUM_MONTHS - 1);
  const since = instantInZone(`${from}-01`, '00:00', timeZone);
  const sessionScope = visibleIn(meetings.visibility, meetings.mesaId, scope);
  // Each Mesa's figures are in its own time zone, the deployment's for a Mesa without one.
  const mesaZone = sql`coalesce(${mesas.timeZone}, ${tz(timeZone)})`;

  const [team, sessionRows, changes, momentum, waiting, commitmentPart, last, designations] = await readAll(
    db,
    [
      () =>
        db
          .select({ mesaId: participations.mesaId, personId: people.id, fullName: people.fullName })
          .from(participations)
          .innerJoin(people, eq(people.id, participations.personId))
          .where(and(inArray(participations.role, ['team', 'moderator']), isNull(participations.endedOn))),
      () =>
        db
          .select({
            mesaId: meetings.mesaId,
            held: sql<number>`(count(*) filter (where ${meetings.state} = 'closed'))::int`,
            lastHeldAt:
              sql<Date | null>`max(${meetings.startsAt}) filter (where ${meetings.state} = 'closed')`.mapWith(
                meetings.startsAt,
              ),
            nextScheduledAt:
              sql<Date | null>`min(${meetings.startsAt}) filter (where ${meetings.state} <> 'closed' and ${meetings.startsAt} > ${now.toISOString()}::timestamptz)`.mapWith(
                meetings.startsAt,
              ),
          })
          .from(meetings)
          .where(and(eq(meetings.kind, 'session'), sessionScope))
          .groupBy(meetings.mesaId),
      () => statusChanges(db),
      () =>
        db
          .select({
            mesaId: problems.mesaId,
            month: sql<string>`to_char(${problemStatusEvents.occurredAt} at time zone ${mesaZone}, 'YYYY-MM')`,
            status: sql<'enacted' | 'verified'>`${problemStatusEvents.toStatus}`,
            problems: sql<number>`count(distinct ${problemStatusEvents.problemId})::int`,
          })
          .from(problemStatusEvents)
          .innerJoin(problems, eq(problems.id, problemStatusEvents.problemId))
          .innerJoin(mesas, eq(mesas.id, problems.mesaId))
          .where(
            and(
              inArray(problemStatusEvents.toStatus, ['enacted', 'verified']),
              // A month early: a Mesa in another zone may be a month behind at the turn of a month.
              sql`${problemStatusEvents.occurredAt} >= ${since.toISOString()}::timestamptz - interval '1 month'`,
              visibleIn(problems.visibility, problems.mesaId, scope),
            ),
          )
          .groupBy(problems.mesaId, sql`2`, sql`3`),
      () =>
        db
          .select({ mesaId: escalations.mesaId, escalatedAt: escalations.escalatedAt })
          .from(escalations)
          .where(
            and(
              inArray(escalations.status, [...waitingEscalationStatuses]),
              visibleIn(escalations.visibility, escalations.mesaId, scope),
            ),
          ),
      async () => {
        const rows = await portfolioCommitments(db, options);
        const entityIds = [...new Set(rows.map((r) => r.organizationId).filter((id): id is string => !!id))];
        const entityRows = entityIds.length
          ? await db
              .select({
                id: organizations.id,
                name: organizations.name,
                acronym: organizations.acronym,
                kind: organizations.kind,
              })
              .from(organizations)
              .where(inArray(organizations.id, entityIds))
          : [];
        return { rows, entityRows };
      },
      async () =>
        (await db.execute(sql`
      with last as (
        select distinct on (${meetings.mesaId}) ${meetings.id} as id, ${meetings.mesaId} as mesa_id,
          ${meetings.number} as number, ${meetings.startsAt} as starts_at
        from ${meetings}
        where ${meetings.kind} = 'session' and ${meetings.state} = 'closed'
          ${sessionScope ? sql`and ${sessionScope}` : sql``}
        order by ${meetings.mesaId}, ${meetings.startsAt} desc
      )
      select last.mesa_id, last.id, last.number, to_char(last.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as starts_at,
        attended.present
      from last
      -- Each last session's attendance through the index on meeting_id, not a scan of all attendance.
      cross join lateral (
        select array_agg(distinct mp.organization_id) filter (where mp.attendance = 'present' and mp.organization_id is not null) as present
        from ${meetingParticipants} mp where mp.meeting_id = last.id
      ) attended`)) as unknown as { rows: LastSessionRow[] },
      () => privateDesignations(db),
    ],
  );
  return {
    team,
    sessions: new Map(sessionRows.map((r) => [r.mesaId, r])),
    changes,
    momentum,
    waiting,
    commitments: commitmentPart.rows.map((r) => ({ mesaId: r.mesaId, ...tally(r.organizationId, r) })),
    entities: entityMap(commitmentPart.entityRows),
    lastSessions: new Map(
      last.rows.map((r) => [
        r.mesa_id,
        { meetingId: r.id, number: r.number, startsAt: new Date(r.starts_at), present: r.present ?? [] },
      ]),
    ),
    designations,
  };
}
