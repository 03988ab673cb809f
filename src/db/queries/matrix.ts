import { aliasedTable, and, asc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, QueryBuilder } from 'drizzle-orm/pg-core';
import { compareMatrixRows } from '../../domain/prioritization';
import type { Visibility } from '../../domain/roles';
import { latestSolution } from '../../domain/solutions';
import type { Db } from '../client';
import { jsonRows } from '../json-rows';
import { prepared } from '../prepared';
import { readAll } from '../read-all';
import {
  auditEvents,
  barrierCategories,
  commitments,
  fieldFeedback,
  mesas,
  organizations,
  outcomeIndicators,
  people,
  problemEntities,
  problems,
  solutions,
  solutionVersions,
} from '../schema';
import { circlingFlags } from './agenda';
import { currentSolutionVersion, latestFeedbackFirst, latestSolutionFirst, overdueSql } from './predicates';
import { type Indicator, type Problem, problemSelection, raisedByOrg } from './problems';
import { matchesSearch } from './search';

/**
 * The open commitment on a problem due first (ties: the one recorded first), as the Matrix shows it next
 * to the problem: what, by when, whether that day has passed in the Mesa's time zone, and who answers
 * for it (the person and the entity, as commitments name them).
 */
export interface NextCommitment {
  id: string;
  text: string;
  /** The due day, YYYY-MM-DD. */
  dueDate: string;
  overdue: boolean;
  person: { id: string; fullName: string } | null;
  organization: { id: string; name: string; acronym: string | null } | null;
}

export interface MatrixRow {
  id: string;
  mesaId: string;
  number: number;
  title: string;
  description: string;
  category: { id: string; key: string; nameEs: string; nameEn: string } | null;
  ownerType: Problem['ownerType'];
  raisedByPerson: { id: string; fullName: string } | null;
  raisedByOrganization: { id: string; name: string; acronym: string | null } | null;
  entities: { id: string; name: string; acronym: string | null }[];
  impact: number;
  ease: number;
  inFocus: boolean;
  tags: string[];
  visibility: Visibility;
  status: Problem['status'];
  statusReason: string | null;
  statusChangedAt: Date;
  filterFlags: string[];
  /** Filter flags the text suggests that the team dismissed. */
  dismissedFlags: string[];
  latestSolution: {
    id: string;
    text: string;
    instrument: (typeof solutions.$inferSelect)['instrument'];
    version: number;
    filterFlags: string[];
    revisedAt: Date;
  } | null;
  solutionCount: number;
  /** Commitments on the problem still open, of those the reader may see. */
  openCommitmentCount: number;
  /**
   * The open commitment due first of those the reader may see, or null; absent where it is not read
   * (the problem page).
   */
  nextCommitment?: NextCommitment | null;
  /** Set when the problem circles: on three or more session agendas without progress. */
  circling: { sessions: number; since: Date | null } | null;
  indicators: Indicator[];
  latestFeedback: {
    id: string;
    verdict: (typeof fieldFeedback.$inferSelect)['verdict'];
    text: string;
    observedOn: string | null;
    person: { id: string; fullName: string } | null;
    createdAt: Date;
  } | null;
  /**
   * Negative field feedback on the enacted (or verified) fix not yet answered by a reopen or a later
   * positive report: the report's verdict and when it came.
   */
  fieldAlert: {
    feedbackId: string;
    verdict: (typeof fieldFeedback.$inferSelect)['verdict'];
    reportedOn: Date;
  } | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The report a problem's field alert points to, joined to the problem's own row. */
export const alertFeedback = aliasedTable(fieldFeedback, 'field_alert');

/**
 * The Mesa's today (its time zone, else the deployment's as `tally_settings` holds it) at the
 * database's clock: the Matrix's revision and its overdue commitments read the same day.
 */
export const mesaToday = sql<string>`((now() at time zone coalesce(${mesas.timeZone}, (select time_zone from tally_settings), 'UTC'))::date)`;

/** A problem's open commitments in the order the Matrix shows the first: due first, then recorded first. */
export const nextCommitmentFirst = sql`${commitments.dueOn}, ${commitments.createdAt}, ${commitments.id}`;

/** The commitments the Matrix counts as open on the given problems, for an audience of these visibilities. */
export function openCommitmentsOf(ofProblems: (column: AnyPgColumn) => SQL, levels: readonly Visibility[]) {
  return and(
    ofProblems(commitments.problemId),
    eq(commitments.status, 'open'),
    inArray(commitments.visibility, [...levels]),
  );
}

/**
 * The open commitments of each problem of the given visibilities, in one grouped statement: how many,
 * and the one due first (ties: the one recorded first) with its owner and entity.
 */
function openCommitments(db: Db, ofProblems: (column: AnyPgColumn) => SQL, levels: readonly Visibility[]) {
  const next = sql<NextCommitment>`(array_agg(json_build_object(
      'id', ${commitments.id},
      'text', ${commitments.text},
      'dueDate', ${commitments.dueOn},
      'overdue', ${overdueSql(commitments.status, commitments.dueOn, mesaToday)},
      'person', case when ${people.id} is null then null
        else json_build_object('id', ${people.id}, 'fullName', ${people.fullName}) end,
      'organization', case when ${organizations.id} is null then null
        else json_build_object('id', ${organizations.id}, 'name', ${organizations.name}, 'acronym', ${organizations.acronym}) end
    ) order by ${nextCommitmentFirst}))[1]`;
  return db
    .select({
      problemId: sql<string>`${commitments.problemId}`,
      count: sql<number>`count(*)::int`,
      next,
    })
    .from(commitments)
    .innerJoin(mesas, eq(mesas.id, commitments.mesaId))
    .leftJoin(people, eq(people.id, commitments.personId))
    .leftJoin(organizations, eq(organizations.id, commitments.organizationId))
    .where(openCommitmentsOf(ofProblems, levels))
    .groupBy(commitments.problemId);
}

/** The columns of a problem the Matrix shows, with its category, who raised it and its field alert. */
const matrixHead = jsonRows({
  id: problems.id,
  mesaId: problems.mesaId,
  number: problems.number,
  title: problems.title,
  description: problems.description,
  ownerType: problems.ownerType,
  impact: problems.impact,
  ease: problems.ease,
  inFocus: problems.inFocus,
  tags: problems.tags,
  visibility: problems.visibility,
  status: problems.status,
  statusReason: problems.statusReason,
  statusChangedAt: problems.statusChangedAt,
  filterFlags: problems.filterFlags,
  dismissedFlags: problems.dismissedFlags,
  version: problems.version,
  createdAt: problems.createdAt,
  updatedAt: problems.updatedAt,
  category: problemSelection.category,
  raisedByPerson: problemSelection.raisedByPerson,
  raisedByOrganization: problemSelection.raisedByOrganization,
  fieldAlert: {
    feedbackId: alertFeedback.id,
    verdict: alertFeedback.verdict,
    reportedOn: alertFeedback.createdAt,
  },
});

const entityRow = jsonRows({
  problemId: problemEntities.problemId,
  id: organizations.id,
  name: organizations.name,
  acronym: organizations.acronym,
});

/**
 * A solution's current version, looked up by the unique (solution, number) index for each solution:
 * joined plainly, the planner preferred hashing the whole `solution_versions` table.
 */
export const currentVersion = new QueryBuilder()
  .select({ text: solutionVersions.text, createdAt: solutionVersions.createdAt })
  .from(solutionVersions)
  .where(currentSolutionVersion)
  .limit(1)
  .as('current_version');

const solutionRow = jsonRows({
  problemId: solutions.problemId,
  id: solutions.id,
  instrument: solutions.instrument,
  filterFlags: solutions.filterFlags,
  version: solutions.currentVersion,
  text: currentVersion.text,
  revisedAt: currentVersion.createdAt,
  createdAt: solutions.createdAt,
});

const indicatorRow = jsonRows(getTableColumns(outcomeIndicators));

const feedbackRow = jsonRows({
  problemId: fieldFeedback.problemId,
  id: fieldFeedback.id,
  verdict: fieldFeedback.verdict,
  text: fieldFeedback.text,
  observedOn: fieldFeedback.observedOn,
  createdAt: fieldFeedback.createdAt,
  person: { id: people.id, fullName: people.fullName },
});

/**
 * What the Matrix shows of each problem besides its own row, read by problem id: one statement per
 * kind of record whatever the number of problems, each an index lookup on the table's problem_id. Rows
 * are read as JSON (`jsonRows`).
 */
function byProblem(db: Db, ids: string[], levels: readonly Visibility[]) {
  const ofProblems = (column: AnyPgColumn) => sql`${column} = any(${sql.param(ids)}::uuid[])`;
  return readAll(db, [
    () =>
      entityRow.read(
        db
          .select({ rows: entityRow.all(asc(organizations.name)) })
          .from(problemEntities)
          .innerJoin(organizations, eq(organizations.id, problemEntities.organizationId))
          .where(ofProblems(problemEntities.problemId)),
      ),
    () =>
      solutionRow.read(
        db
          .select({ rows: solutionRow.all(...latestSolutionFirst(currentVersion.createdAt)) })
          .from(solutions)
          .innerJoinLateral(currentVersion, sql`true`)
          .where(ofProblems(solutions.problemId)),
      ),
    () =>
      indicatorRow.read(
        db
          .select({ rows: indicatorRow.all(asc(outcomeIndicators.createdAt), asc(outcomeIndicators.id)) })
          .from(outcomeIndicators)
          .where(ofProblems(outcomeIndicators.problemId)),
      ),
    async () =>
      feedbackRow.decodeAll(
        await db
          .selectDistinctOn([fieldFeedback.problemId], { row: feedbackRow.row })
          .from(fieldFeedback)
          .leftJoin(people, eq(people.id, fieldFeedback.personId))
          .where(ofProblems(fieldFeedback.problemId))
          .orderBy(fieldFeedback.problemId, ...latestFeedbackFirst)
          .then((rows) => rows.map((r) => r.row)),
      ),
    () => openCommitments(db, ofProblems, levels),
  ]);
}

/** The problems a Matrix shows: the Mesa's, of the given visibilities, those the search finds if any. */
export function matrixProblemsOf(
  mesaId: string,
  visibleLevels: readonly Visibility[],
  q: string | undefined,
) {
  return and(
    eq(problems.mesaId, mesaId),
    inArray(problems.visibility, [...visibleLevels]),
    q ? matchesSearch(q) : undefined,
  );
}

/**
 * The whole Matrix of a Mesa: the problems of the given visibilities with their category, who raised
 * them, responsible entities, latest solution, indicators, latest field feedback and open commitments
 * (of the same visibilities: how many, and the one due next), in the Matrix order. With `q`, only the problems the full-text search finds (as in the search across Mesas:
 * Spanish and English, accent-insensitive); an empty `q` filters nothing. Always five SQL statements (the
 * problems, then their entities, solutions, indicators and feedback by problem id), whatever the
 * number of problems; one when no problem is visible.
 */
export async function loadMatrix(
  db: Db,
  mesaId: string,
  visibleLevels: Visibility[],
  options: { q?: string } = {},
): Promise<MatrixRow[]> {
  if (!visibleLevels.length) return [];
  const q = options.q?.trim();
  const heads = await matrixHead.read(
    db
      .select({ rows: matrixHead.all() })
      .from(problems)
      .leftJoin(alertFeedback, eq(alertFeedback.id, problems.fieldAlertFeedbackId))
      .leftJoin(barrierCategories, eq(barrierCategories.id, problems.categoryId))
      .leftJoin(people, eq(people.id, problems.raisedByPersonId))
      .leftJoin(raisedByOrg, eq(raisedByOrg.id, problems.raisedByOrganizationId))
      .where(matrixProblemsOf(mesaId, visibleLevels, q)),
  );
  // The rest is read by problem id, one statement per kind of record whatever the number of problems:
  // index lookups on each table's problem_id instead of a join the planner may answer with a scan.
  const ids = heads.map((h) => h.id);
  const [[entities, current, indicators, feedback, open], circling] = await readAll(db, [
    () => (ids.length ? byProblem(db, ids, visibleLevels) : ([[], [], [], [], []] as const)),
    () => (ids.length ? circlingFlags(db, mesaId, visibleLevels) : []),
  ]);
  const group = <T extends { problemId: string }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(row.problemId);
      if (list) list.push(row);
      else map.set(row.problemId, [row]);
    }
    return map;
  };
  const entitiesBy = group(entities);
  const solutionsBy = group(current);
  const indicatorsBy = group(indicators);
  const feedbackBy = new Map(feedback.map((f) => [f.problemId, f]));
  const openBy = new Map(open.map((c) => [c.problemId, c]));
  const circlingBy = new Map(circling.map((c) => [c.problemId, c]));

  const rows = heads.map((p): MatrixRow => {
    const sols = solutionsBy.get(p.id) ?? [];
    const latest = latestSolution(sols, (s) => s.revisedAt);
    const fb = feedbackBy.get(p.id);
    return {
      id: p.id,
      mesaId: p.mesaId,
      number: p.number,
      title: p.title,
      description: p.description,
      category: p.category,
      ownerType: p.ownerType,
      raisedByPerson: p.raisedByPerson,
      raisedByOrganization: p.raisedByOrganization,
      entities: (entitiesBy.get(p.id) ?? []).map(({ id, name, acronym }) => ({ id, name, acronym })),
      impact: p.impact,
      ease: p.ease,
      inFocus: p.inFocus,
      tags: p.tags,
      visibility: p.visibility,
      status: p.status,
      statusReason: p.statusReason,
      statusChangedAt: p.statusChangedAt,
      filterFlags: p.filterFlags,
      dismissedFlags: p.dismissedFlags,
      latestSolution: latest
        ? {
            id: latest.id,
            text: latest.text,
            instrument: latest.instrument,
            version: latest.version,
            filterFlags: latest.filterFlags,
            revisedAt: latest.revisedAt,
          }
        : null,
      solutionCount: sols.length,
      openCommitmentCount: openBy.get(p.id)?.count ?? 0,
      nextCommitment: openBy.get(p.id)?.next ?? null,
      circling: circlingBy.has(p.id)
        ? { sessions: circlingBy.get(p.id)!.sessions, since: circlingBy.get(p.id)!.since }
        : null,
      indicators: indicatorsBy.get(p.id) ?? [],
      latestFeedback: fb
        ? {
            id: fb.id,
            verdict: fb.verdict,
            text: fb.text,
            observedOn: fb.observedOn,
            person: fb.person,
            createdAt: fb.createdAt,
          }
        : null,
      fieldAlert: p.fieldAlert,
      version: p.version,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    };
  });
  return rows.sort((a, b) => compareMatrixRows(a, b) || a.number - b.number);
}

const mesaAndRevision = prepared((db) =>
  db
    .select({
      mesa: mesas,
      revision: sql<string>`coalesce((select max(${auditEvents.seq}) from ${auditEvents} where ${auditEvents.mesaId} = ${mesas.id}), 0)
        || '.' || coalesce((select max(${auditEvents.seq}) from ${auditEvents} where ${auditEvents.mesaId} is null), 0)
        || '@' || ${mesaToday}`,
    })
    .from(mesas)
    .where(eq(mesas.id, sql.placeholder('id')))
    .prepare('matrix_mesa_and_revision'),
);

/**
 * Where the Matrix of a Mesa stands: the sequence number of the latest audit event of the Mesa and of
 * the latest one about no Mesa (categories, organizations, people, whose names the Matrix shows), and
 * the Mesa's today (whether a commitment is overdue changes with the day alone). Every change records
 * its audit event in its own transaction, and the audit chain's lock orders them by commit, so equal
 * revisions mean an unchanged Matrix. Two index lookups, read with the Mesa's row in one statement;
 * null if there is no such Mesa.
 */
export async function mesaWithMatrixRevision(db: Db, mesaId: string) {
  const [row] = await mesaAndRevision(db).execute({ id: mesaId });
  return row ?? null;
}
