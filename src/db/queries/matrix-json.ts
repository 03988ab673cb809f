import { asc, eq, type SQL, type Subquery, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { filterFlags as knownFlags } from '../../domain/filters';
import { compareMatrixRows } from '../../domain/prioritization';
import type { ProblemStatus } from '../../domain/problem-status';
import type { Visibility } from '../../domain/roles';
import type { Db } from '../client';
import { isoInstant, jsonArray, jsonObject } from '../json-text';
import { readAll } from '../read-all';
import {
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
} from '../schema';
import { circlingFlags } from './agenda';
import {
  alertFeedback,
  currentVersion,
  matrixProblemsOf,
  mesaToday,
  nextCommitmentFirst,
  openCommitmentsOf,
} from './matrix';
import { latestFeedbackFirst, latestSolutionFirst, overdueSql } from './predicates';
import { raisedByOrg } from './problems';

/**
 * The Matrix of a Mesa as `loadMatrix` reads it, with each problem's records written as JSON by the
 * database (`src/db/json-text.ts`), for the Matrix's API to send as they are: a 2,000-problem Matrix is
 * about 4 MiB of JSON, and parsing it into objects only to write it out again cost the server twice
 * what its statements took. What the server derives from a problem (its code, priority, suggested
 * flags…) is read beside the JSON: the columns the Matrix order and the domain's rules need. The
 * answers are held to what `loadMatrix` and the presenter give: on every Matrix request of the test
 * suite (`sameAsPresented`), and on hostile text, ties and audiences in test/data/matrix-json.test.ts.
 */
export interface MatrixJsonRow {
  id: string;
  number: number;
  title: string;
  description: string;
  impact: number;
  ease: number;
  inFocus: boolean;
  status: ProblemStatus;
  filterFlags: string[];
  dismissedFlags: string[];
  /**
   * The rest of the problem as the Matrix sends it: JSON members (`"key":value`, comma-separated, no
   * braces), from `mesaId` to `circling`.
   */
  members: string;
}

type Head = [
  ...[id: string, number: number, title: string, description: string, impact: number, ease: number],
  ...[inFocus: boolean, status: ProblemStatus, filterFlags: string[], dismissedFlags: string[], json: string],
  ...[categoryId: string | null, key: string, nameEs: string, nameEn: string],
  ...[
    personId: string | null,
    fullName: string,
    organizationId: string | null,
    name: string,
    acronym: string | null,
  ],
  ...[alertId: string | null, verdict: string, reportedOn: string],
];

const person = (table: typeof people) =>
  jsonObject({ id: table.id, fullName: table.fullName }, sql`${table.id} is null`);
const organization = (table: typeof organizations) =>
  jsonObject({ id: table.id, name: table.name, acronym: table.acronym }, sql`${table.id} is null`);

/**
 * A problem's own columns as JSON. Its category, who raised it and its field alert are read as columns
 * and written by the server: objects within an object the database writes take it longer than that.
 */
const headJson = jsonObject({
  mesaId: problems.mesaId,
  ownerType: problems.ownerType,
  tags: problems.tags,
  visibility: problems.visibility,
  statusReason: problems.statusReason,
  statusChangedAt: problems.statusChangedAt,
  version: problems.version,
  createdAt: problems.createdAt,
  updatedAt: problems.updatedAt,
});

/** Flags the domain knows, in the order they were recorded: what the Matrix shows of a solution's. */
const knownFlagsOf = (flags: AnyPgColumn) =>
  sql`array(select f from unnest(${flags}) with ordinality as u(f, n) where f = any(${sql.param([...knownFlags])}::text[]) order by n)`;

/** A select's rows as one JSON array of arrays of the given values. */
const rowsOf = <T extends unknown[]>(...values: SQL[]) =>
  sql<T[]>`coalesce(json_agg(json_build_array(${sql.join(values, sql`, `)})), '[]'::json)`;

/** The rows of a subquery grouped by problem, read as one JSON value: `[problemId, …values]` each. */
async function groupedRows<T extends unknown[]>(db: Db, grouped: Subquery, ...values: SQL[]): Promise<T[]> {
  const [result] = await db.select({ rows: rowsOf<T>(...values) }).from(grouped);
  return result?.rows ?? [];
}

function byProblem(db: Db, ids: string[], levels: readonly Visibility[]) {
  const ofProblems = (column: AnyPgColumn) => sql`${column} = any(${sql.param(ids)}::uuid[])`;
  const entities = db
    .select({
      problemId: problemEntities.problemId,
      json: jsonArray(organization(organizations), asc(organizations.name)).as('json'),
    })
    .from(problemEntities)
    .innerJoin(organizations, eq(organizations.id, problemEntities.organizationId))
    .where(ofProblems(problemEntities.problemId))
    .groupBy(problemEntities.problemId)
    .as('entities');
  const latest = jsonObject({
    id: solutions.id,
    text: currentVersion.text,
    instrument: solutions.instrument,
    version: solutions.currentVersion,
    filterFlags: knownFlagsOf(solutions.filterFlags),
    revisedAt: isoInstant(currentVersion.createdAt),
  });
  const solutionsOf = db
    .select({
      problemId: solutions.problemId,
      count: sql<number>`count(*)::int`.as('count'),
      json: sql<string>`(array_agg(${latest}::text order by ${sql.join([...latestSolutionFirst(currentVersion.createdAt)], sql`, `)}))[1]`.as(
        'json',
      ),
    })
    .from(solutions)
    .innerJoinLateral(currentVersion, sql`true`)
    .where(ofProblems(solutions.problemId))
    .groupBy(solutions.problemId)
    .as('solutions_of');
  const i = outcomeIndicators;
  const indicator = jsonObject({
    id: i.id,
    problemId: i.problemId,
    solutionId: i.solutionId,
    name: i.name,
    unit: i.unit,
    direction: i.direction,
    baselineValue: i.baselineValue,
    baselineOn: i.baselineOn,
    targetValue: i.targetValue,
    currentValue: i.currentValue,
    currentOn: i.currentOn,
    source: i.source,
    updatedAt: i.updatedAt,
  });
  const indicators = db
    .select({ problemId: i.problemId, json: jsonArray(indicator, asc(i.createdAt), asc(i.id)).as('json') })
    .from(i)
    .where(ofProblems(i.problemId))
    .groupBy(i.problemId)
    .as('indicators');
  const feedback = jsonObject({
    id: fieldFeedback.id,
    verdict: fieldFeedback.verdict,
    text: fieldFeedback.text,
    observedOn: fieldFeedback.observedOn,
    person: person(people),
    createdAt: fieldFeedback.createdAt,
  });
  const next = jsonObject({
    id: commitments.id,
    text: commitments.text,
    dueDate: commitments.dueOn,
    overdue: overdueSql(commitments.status, commitments.dueOn, mesaToday),
    person: person(people),
    organization: organization(organizations),
  });
  const open = db
    .select({
      problemId: commitments.problemId,
      count: sql<number>`count(*)::int`.as('count'),
      json: sql<string>`(array_agg(${next}::text order by ${nextCommitmentFirst}))[1]`.as('json'),
    })
    .from(commitments)
    .innerJoin(mesas, eq(mesas.id, commitments.mesaId))
    .leftJoin(people, eq(people.id, commitments.personId))
    .leftJoin(organizations, eq(organizations.id, commitments.organizationId))
    .where(openCommitmentsOf(ofProblems, levels))
    .groupBy(commitments.problemId)
    .as('open_commitments');
  return readAll(db, [
    () => groupedRows<[string, string]>(db, entities, sql`${entities.problemId}`, sql`${entities.json}`),
    () =>
      groupedRows<[string, number, string]>(
        db,
        solutionsOf,
        sql`${solutionsOf.problemId}`,
        sql`${solutionsOf.count}`,
        sql`${solutionsOf.json}`,
      ),
    () =>
      groupedRows<[string, string]>(db, indicators, sql`${indicators.problemId}`, sql`${indicators.json}`),
    async () =>
      (
        await db
          .selectDistinctOn([fieldFeedback.problemId], {
            row: sql<[string, string]>`json_build_array(${fieldFeedback.problemId}, ${feedback}::text)`,
          })
          .from(fieldFeedback)
          .leftJoin(people, eq(people.id, fieldFeedback.personId))
          .where(ofProblems(fieldFeedback.problemId))
          .orderBy(fieldFeedback.problemId, ...latestFeedbackFirst)
      ).map((r) => r.row),
    () =>
      groupedRows<[string, number, string]>(
        db,
        open,
        sql`${open.problemId}`,
        sql`${open.count}`,
        sql`${open.json}`,
      ),
  ]);
}

/**
 * The visible problems of a Mesa's Matrix, in the Matrix order, each with its JSON (`MatrixJsonRow`):
 * the same statements as `loadMatrix`, the same problems and records, whatever the number of problems.
 */
export async function loadMatrixJson(
  db: Db,
  mesaId: string,
  visibleLevels: Visibility[],
  options: { q?: string } = {},
): Promise<MatrixJsonRow[]> {
  if (!visibleLevels.length) return [];
  const q = options.q?.trim();
  const [head] = await db
    .select({
      rows: rowsOf<Head>(
        sql`${problems.id}`,
        sql`${problems.number}`,
        sql`${problems.title}`,
        sql`${problems.description}`,
        sql`${problems.impact}`,
        sql`${problems.ease}`,
        sql`${problems.inFocus}`,
        sql`${problems.status}`,
        sql`${problems.filterFlags}`,
        sql`${problems.dismissedFlags}`,
        sql`${headJson}::text`,
        sql`${barrierCategories.id}`,
        sql`${barrierCategories.key}`,
        sql`${barrierCategories.nameEs}`,
        sql`${barrierCategories.nameEn}`,
        sql`${people.id}`,
        sql`${people.fullName}`,
        sql`${raisedByOrg.id}`,
        sql`${raisedByOrg.name}`,
        sql`${raisedByOrg.acronym}`,
        sql`${alertFeedback.id}`,
        sql`${alertFeedback.verdict}`,
        isoInstant(alertFeedback.createdAt),
      ),
    })
    .from(problems)
    .leftJoin(alertFeedback, eq(alertFeedback.id, problems.fieldAlertFeedbackId))
    .leftJoin(barrierCategories, eq(barrierCategories.id, problems.categoryId))
    .leftJoin(people, eq(people.id, problems.raisedByPersonId))
    .leftJoin(raisedByOrg, eq(raisedByOrg.id, problems.raisedByOrganizationId))
    .where(matrixProblemsOf(mesaId, visibleLevels, q));
  const heads = head?.rows ?? [];
  const ids = heads.map((h) => h[0]);
  const [[entities, solutionsOf, indicators, feedback, open], circling] = await readAll(db, [
    () => (ids.length ? byProblem(db, ids, visibleLevels) : ([[], [], [], [], []] as const)),
    () => (ids.length ? circlingFlags(db, mesaId, visibleLevels) : []),
  ]);
  const entitiesBy = new Map(entities);
  const solutionsBy = new Map(solutionsOf.map(([id, count, json]) => [id, { count, json }]));
  const indicatorsBy = new Map(indicators);
  const feedbackBy = new Map(feedback);
  const openBy = new Map(open.map(([id, count, json]) => [id, { count, json }]));
  const circlingBy = new Map(circling.map((c) => [c.problemId, c]));
  const rows = heads.map((h): MatrixJsonRow => {
    const id = h[0];
    const sols = solutionsBy.get(id);
    const next = openBy.get(id);
    const flag = circlingBy.get(id);
    const category = h[11] ? { id: h[11], key: h[12], nameEs: h[13], nameEn: h[14] } : null;
    const raisedByPerson = h[15] ? { id: h[15], fullName: h[16] } : null;
    const raisedByOrganization = h[17] ? { id: h[17], name: h[18], acronym: h[19] } : null;
    const fieldAlert = h[20] ? { feedbackId: h[20], verdict: h[21], reportedOn: h[22] } : null;
    const members = [
      h[10].slice(1, -1),
      JSON.stringify({ category, raisedByPerson, raisedByOrganization, fieldAlert }).slice(1, -1),
      `"entities":${entitiesBy.get(id) ?? '[]'}`,
      `"latestSolution":${sols?.json ?? 'null'}`,
      `"solutionCount":${sols?.count ?? 0}`,
      `"indicators":${indicatorsBy.get(id) ?? '[]'}`,
      `"latestFeedback":${feedbackBy.get(id) ?? 'null'}`,
      `"openCommitmentCount":${next?.count ?? 0}`,
      `"nextCommitment":${next?.json ?? 'null'}`,
      `"circling":${flag ? JSON.stringify({ sessions: flag.sessions, since: flag.since }) : 'null'}`,
    ].join(',');
    return {
      id,
      number: h[1],
      title: h[2],
      description: h[3],
      impact: h[4],
      ease: h[5],
      inFocus: h[6],
      status: h[7],
      filterFlags: h[8],
      dismissedFlags: h[9],
      members,
    };
  });
  return rows.sort((a, b) => compareMatrixRows(a, b) || a.number - b.number);
}
