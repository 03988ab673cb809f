import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { CommitmentStatus } from '../../domain/commitments';
import type { Visibility } from '../../domain/roles';
import type { Db } from '../client';
import {
  commitmentDueChanges,
  commitmentReports,
  commitments,
  meetings,
  mesas,
  organizations,
  participations,
  people,
  problems,
  solutions,
  users,
} from '../schema';
import { overdueSql } from './predicates';

export type Commitment = typeof commitments.$inferSelect;
export type NewCommitment = typeof commitments.$inferInsert;
export type CommitmentReport = typeof commitmentReports.$inferSelect;
export type CommitmentDueChange = typeof commitmentDueChanges.$inferSelect;

// ── Reading ───────────────────────────────────────────────────────────────────────────────────────

/** Which commitments a list wants; every condition is optional and they all apply. */
export interface CommitmentFilter {
  id?: string;
  mesaId?: string;
  personId?: string;
  organizationId?: string;
  problemId?: string;
  meetingId?: string;
  status?: CommitmentStatus;
  /** Only open commitments whose due day is before this day (YYYY-MM-DD): the overdue ones. */
  dueBefore?: string;
  /** Only records of these visibilities (the caller's, within one Mesa). */
  visibilities?: readonly Visibility[];
}

const reportStats = sql<{ count: number; lastOn: string | null; lastText: string | null }>`(
  select json_build_object(
    'count', count(*)::int,
    'lastOn', (array_agg(r.reported_on::text order by r.reported_on desc, r.created_at desc))[1],
    'lastText', (array_agg(r.text order by r.reported_on desc, r.created_at desc))[1]
  )
  from ${commitmentReports} r where r.commitment_id = ${commitments.id}
)`;

/** Who a commitment's owner is (person, entity) and its problem, as left joins give them. */
const ownerAndProblemColumns = {
  person: { id: people.id, fullName: people.fullName },
  organization: { id: organizations.id, name: organizations.name, acronym: organizations.acronym },
  problem: {
    id: problems.id,
    number: problems.number,
    title: problems.title,
    visibility: problems.visibility,
  },
};

/**
 * Commitments with what a list shows of them: the Mesa, the person and entity, the problem and the
 * meeting (with their own visibility, for the presenter to hide what the caller may not see), and the
 * number and latest of the progress reports. Ordered by due day; the domain core sorts them for display.
 */
export async function listCommitments(db: Db, filter: CommitmentFilter) {
  const conditions: (SQL | undefined)[] = [
    filter.id ? eq(commitments.id, filter.id) : undefined,
    filter.mesaId ? eq(commitments.mesaId, filter.mesaId) : undefined,
    filter.personId ? eq(commitments.personId, filter.personId) : undefined,
    filter.organizationId ? eq(commitments.organizationId, filter.organizationId) : undefined,
    filter.problemId ? eq(commitments.problemId, filter.problemId) : undefined,
    filter.meetingId ? eq(commitments.meetingId, filter.meetingId) : undefined,
    filter.status ? eq(commitments.status, filter.status) : undefined,
    filter.dueBefore ? overdueSql(commitments.status, commitments.dueOn, filter.dueBefore) : undefined,
    filter.visibilities ? inArray(commitments.visibility, [...filter.visibilities]) : undefined,
  ];
  return db
    .select({
      commitment: commitments,
      mesa: {
        id: mesas.id,
        slug: mesas.slug,
        name: mesas.name,
        visibility: mesas.visibility,
        timeZone: mesas.timeZone,
      },
      ...ownerAndProblemColumns,
      meeting: {
        id: meetings.id,
        kind: meetings.kind,
        number: meetings.number,
        title: meetings.title,
        startsAt: meetings.startsAt,
        state: meetings.state,
        visibility: meetings.visibility,
        publicSectorOnly: meetings.publicSectorOnly,
      },
      reports: reportStats,
    })
    .from(commitments)
    .innerJoin(mesas, eq(mesas.id, commitments.mesaId))
    .leftJoin(people, eq(people.id, commitments.personId))
    .leftJoin(organizations, eq(organizations.id, commitments.organizationId))
    .leftJoin(problems, eq(problems.id, commitments.problemId))
    .leftJoin(meetings, eq(meetings.id, commitments.meetingId))
    .where(and(...conditions))
    .orderBy(asc(commitments.dueOn), asc(commitments.createdAt));
}

export type CommitmentRow = Awaited<ReturnType<typeof listCommitments>>[number];

/** One commitment as lists show it, or null. */
export async function getCommitmentRow(db: Db, id: string): Promise<CommitmentRow | null> {
  const [row] = await listCommitments(db, { id });
  return row ?? null;
}

export async function getCommitment(db: Db, id: string) {
  const [row] = await db.select().from(commitments).where(eq(commitments.id, id));
  return row ?? null;
}

/** The commitment row locked for update, for commands that check its version or status. */
export async function lockCommitment(db: Db, id: string) {
  const [row] = await db.select().from(commitments).where(eq(commitments.id, id)).for('update');
  return row ?? null;
}

/** The progress log of a commitment, oldest first, with who reported and at which meeting. */
export async function listCommitmentReports(db: Db, commitmentId: string) {
  return db
    .select({
      id: commitmentReports.id,
      text: commitmentReports.text,
      reportedOn: commitmentReports.reportedOn,
      createdAt: commitmentReports.createdAt,
      person: { id: people.id, fullName: people.fullName },
      meeting: {
        id: meetings.id,
        kind: meetings.kind,
        number: meetings.number,
        title: meetings.title,
        startsAt: meetings.startsAt,
        visibility: meetings.visibility,
        publicSectorOnly: meetings.publicSectorOnly,
      },
    })
    .from(commitmentReports)
    .leftJoin(people, eq(people.id, commitmentReports.personId))
    .leftJoin(meetings, eq(meetings.id, commitmentReports.meetingId))
    .where(eq(commitmentReports.commitmentId, commitmentId))
    .orderBy(asc(commitmentReports.reportedOn), asc(commitmentReports.createdAt));
}

export type CommitmentReportRow = Awaited<ReturnType<typeof listCommitmentReports>>[number];

/** Every move of a commitment's deadline, oldest first, with who moved it. */
export async function listDueChanges(db: Db, commitmentId: string) {
  return db
    .select({
      id: commitmentDueChanges.id,
      fromDueOn: commitmentDueChanges.fromDueOn,
      toDueOn: commitmentDueChanges.toDueOn,
      reason: commitmentDueChanges.reason,
      changedAt: commitmentDueChanges.changedAt,
      person: { id: people.id, fullName: people.fullName },
    })
    .from(commitmentDueChanges)
    .leftJoin(users, eq(users.id, commitmentDueChanges.changedBy))
    .leftJoin(people, eq(people.id, users.personId))
    .where(eq(commitmentDueChanges.commitmentId, commitmentId))
    .orderBy(asc(commitmentDueChanges.changedAt), asc(commitmentDueChanges.id));
}

export type DueChangeRow = Awaited<ReturnType<typeof listDueChanges>>[number];

/**
 * Every commitment of a Mesa that a board shows, of the given visibilities, in one statement: only what
 * the board needs (owner, entity and problem with its visibility), oldest due first. Cancelled ones are
 * left out. The board filters, counts and groups them (a Mesa has hundreds to a few thousand).
 */
export async function listBoardCommitments(db: Db, mesaId: string, visibilities: readonly Visibility[]) {
  return db
    .select({
      id: commitments.id,
      text: commitments.text,
      dueOn: commitments.dueOn,
      originalDueOn: commitments.originalDueOn,
      status: commitments.status,
      completedAt: commitments.completedAt,
      visibility: commitments.visibility,
      ...ownerAndProblemColumns,
    })
    .from(commitments)
    .leftJoin(people, eq(people.id, commitments.personId))
    .leftJoin(organizations, eq(organizations.id, commitments.organizationId))
    .leftJoin(problems, eq(problems.id, commitments.problemId))
    .where(
      and(
        eq(commitments.mesaId, mesaId),
        inArray(commitments.status, ['open', 'done']),
        inArray(commitments.visibility, [...visibilities]),
      ),
    )
    .orderBy(asc(commitments.dueOn), asc(commitments.createdAt));
}

export type BoardCommitmentRow = Awaited<ReturnType<typeof listBoardCommitments>>[number];

/**
 * The open commitments of a Mesa past their due day (`today` in the Mesa's time zone) with an owner,
 * with what the chase tells the owner: their address and language and the roles that decide what
 * they may see. Oldest due first.
 */
export async function listLateForChase(db: Db, mesaId: string, today: string) {
  return db
    .select({
      id: commitments.id,
      text: commitments.text,
      dueOn: commitments.dueOn,
      visibility: commitments.visibility,
      personId: people.id,
      fullName: people.fullName,
      email: people.email,
      userLocale: users.locale,
      globalRole: users.globalRole,
      problem: { id: problems.id, number: problems.number, visibility: problems.visibility },
    })
    .from(commitments)
    .innerJoin(people, eq(people.id, commitments.personId))
    .leftJoin(users, and(eq(users.personId, people.id), isNull(users.disabledAt)))
    .leftJoin(problems, eq(problems.id, commitments.problemId))
    .where(and(eq(commitments.mesaId, mesaId), overdueSql(commitments.status, commitments.dueOn, today)))
    .orderBy(asc(people.fullName), asc(people.id), asc(commitments.dueOn), asc(commitments.createdAt));
}

export type LateForChaseRow = Awaited<ReturnType<typeof listLateForChase>>[number];

// ── Writing ───────────────────────────────────────────────────────────────────────────────────────

export async function insertCommitment(db: Db, values: NewCommitment) {
  const [row] = await db.insert(commitments).values(values).returning();
  return row!;
}

/** Updates a commitment and increments its version. */
export async function updateCommitmentRow(db: Db, id: string, values: Partial<NewCommitment>) {
  const [row] = await db
    .update(commitments)
    .set({ ...values, version: sql`${commitments.version} + 1`, updatedAt: new Date() })
    .where(eq(commitments.id, id))
    .returning();
  return row!;
}

/** Records a move of a commitment's deadline; the history is never updated or deleted. */
export async function insertDueChange(db: Db, values: typeof commitmentDueChanges.$inferInsert) {
  const [row] = await db.insert(commitmentDueChanges).values(values).returning();
  return row!;
}

/** Appends a progress report; reports are never updated or deleted. */
export async function insertCommitmentReport(db: Db, values: typeof commitmentReports.$inferInsert) {
  const [row] = await db.insert(commitmentReports).values(values).returning();
  return row!;
}

// ── What commands check ───────────────────────────────────────────────────────────────────────────

/**
 * A person's current roles in a Mesa with the organization each participation represents, and the
 * person's own organization and account role: to check that the person takes part in the Mesa, to
 * find the entity they commit for, and to check that they could see the commitment.
 */
export async function personInMesa(db: Db, mesaId: string, personId: string) {
  const [person] = await db
    .select({
      id: people.id,
      organizationId: people.organizationId,
      globalRole: users.globalRole,
    })
    .from(people)
    .leftJoin(users, and(eq(users.personId, people.id), isNull(users.disabledAt)))
    .where(eq(people.id, personId));
  if (!person) return null;
  const roles = await db
    .select({ role: participations.role, designatedById: participations.designatedById })
    .from(participations)
    .where(
      and(
        eq(participations.mesaId, mesaId),
        eq(participations.personId, personId),
        isNull(participations.endedOn),
      ),
    )
    .orderBy(asc(participations.createdAt));
  return { ...person, participations: roles };
}

/** The Mesa and visibility of a problem, or null. */
export async function problemRef(db: Db, id: string) {
  const [row] = await db
    .select({ id: problems.id, mesaId: problems.mesaId, visibility: problems.visibility })
    .from(problems)
    .where(eq(problems.id, id));
  return row ?? null;
}

/** The problem and Mesa of a solution, or null. */
export async function solutionRef(db: Db, id: string) {
  const [row] = await db
    .select({ id: solutions.id, problemId: solutions.problemId, mesaId: problems.mesaId })
    .from(solutions)
    .innerJoin(problems, eq(problems.id, solutions.problemId))
    .where(eq(solutions.id, id));
  return row ?? null;
}

/** What a commitment needs to know about the meeting it is created in, or null. */
export async function meetingRef(db: Db, id: string) {
  const [row] = await db
    .select({
      id: meetings.id,
      mesaId: meetings.mesaId,
      state: meetings.state,
      visibility: meetings.visibility,
      publicSectorOnly: meetings.publicSectorOnly,
    })
    .from(meetings)
    .where(eq(meetings.id, id));
  return row ?? null;
}
