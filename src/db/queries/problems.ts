import { aliasedTable, and, asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { readAll } from '../read-all';
import {
  barrierCategories,
  commitments,
  fieldFeedback,
  organizations,
  outcomeIndicators,
  people,
  problemEntities,
  problemStatusEvents,
  problems,
  solutions,
  solutionVersions,
  users,
} from '../schema';
import { circlingFlags } from './agenda';
import { currentSolutionVersion, latestFeedbackFirst } from './predicates';

/**
 * The columns of a problem row that the application reads: everything but the parsed search vectors,
 * which only the database uses (matching and ranking).
 */
const { searchEs: _es, searchEn: _en, ...problemColumns } = getTableColumns(problems);

export { problemColumns };

/** The columns lists and pages show: also without the search document, the longest of them. */
const { searchDocument: _doc, ...problemListColumns } = problemColumns;

export type Problem = Omit<typeof problems.$inferSelect, 'searchEs' | 'searchEn'>;
export type NewProblem = typeof problems.$inferInsert;
export type Solution = typeof solutions.$inferSelect;
export type NewSolution = typeof solutions.$inferInsert;
export type SolutionVersion = typeof solutionVersions.$inferSelect;
export type Indicator = typeof outcomeIndicators.$inferSelect;
export type NewIndicator = typeof outcomeIndicators.$inferInsert;
export type FieldFeedback = typeof fieldFeedback.$inferSelect;

// ── Problems ──────────────────────────────────────────────────────────────────────────────────────

export async function getProblem(db: Db, id: string) {
  const [row] = await db.select(problemColumns).from(problems).where(eq(problems.id, id));
  return row ?? null;
}

/** The problem row locked for update, for commands that check its version or status. */
export async function lockProblem(db: Db, id: string) {
  const [row] = await db.select(problemColumns).from(problems).where(eq(problems.id, id)).for('update');
  return row ?? null;
}

/** The next problem number in a Mesa; call with the Mesa row locked (the unique index guards too). */
export async function nextProblemNumber(db: Db, mesaId: string) {
  const [row] = await db
    .select({ next: sql<number>`coalesce(max(${problems.number}), 0)::int + 1` })
    .from(problems)
    .where(eq(problems.mesaId, mesaId));
  return row?.next ?? 1;
}

export async function insertProblem(db: Db, values: NewProblem) {
  const [row] = await db.insert(problems).values(values).returning(problemColumns);
  return row!;
}

/** Updates a problem and increments its version. */
export async function updateProblemRow(db: Db, id: string, values: Partial<NewProblem>) {
  const [row] = await db
    .update(problems)
    .set({ ...values, version: sql`${problems.version} + 1`, updatedAt: new Date() })
    .where(eq(problems.id, id))
    .returning(problemColumns);
  return row!;
}

/** Derived data that is not an edit (the search document): the version stays as it is. */
export async function setSearchDocument(db: Db, id: string, searchDocument: string) {
  await db.update(problems).set({ searchDocument }).where(eq(problems.id, id));
}

export async function listProblemEntityIds(db: Db, problemId: string) {
  const rows = await db
    .select({ id: problemEntities.organizationId })
    .from(problemEntities)
    .where(eq(problemEntities.problemId, problemId));
  return rows.map((r) => r.id);
}

export async function replaceProblemEntities(db: Db, problemId: string, organizationIds: readonly string[]) {
  await db.delete(problemEntities).where(eq(problemEntities.problemId, problemId));
  if (organizationIds.length) {
    await db
      .insert(problemEntities)
      .values(organizationIds.map((organizationId) => ({ problemId, organizationId })));
  }
}

/** The ids among `ids` that name existing organizations. */
export async function existingOrganizationIds(db: Db, ids: readonly string[]) {
  if (!ids.length) return new Set<string>();
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(inArray(organizations.id, [...ids]));
  return new Set(rows.map((r) => r.id));
}

export async function insertStatusEvent(db: Db, values: typeof problemStatusEvents.$inferInsert) {
  const [row] = await db.insert(problemStatusEvents).values(values).returning();
  return row!;
}

// ── Solutions ─────────────────────────────────────────────────────────────────────────────────────

export async function getSolution(db: Db, id: string) {
  const [row] = await db.select().from(solutions).where(eq(solutions.id, id));
  return row ?? null;
}

export async function lockSolution(db: Db, id: string) {
  const [row] = await db.select().from(solutions).where(eq(solutions.id, id)).for('update');
  return row ?? null;
}

export async function insertSolution(db: Db, values: NewSolution) {
  const [row] = await db.insert(solutions).values(values).returning();
  return row!;
}

/** Edits a solution's own fields (instrument, flags); its text changes only through new versions. */
export async function updateSolutionRow(db: Db, id: string, values: Partial<NewSolution>) {
  const [row] = await db
    .update(solutions)
    .set({ ...values, version: sql`${solutions.version} + 1`, updatedAt: new Date() })
    .where(eq(solutions.id, id))
    .returning();
  return row!;
}

export async function setSolutionCurrentVersion(db: Db, id: string, currentVersion: number) {
  const [row] = await db
    .update(solutions)
    .set({ currentVersion, version: sql`${solutions.version} + 1`, updatedAt: new Date() })
    .where(eq(solutions.id, id))
    .returning();
  return row!;
}

export async function insertSolutionVersion(db: Db, values: typeof solutionVersions.$inferInsert) {
  const [row] = await db.insert(solutionVersions).values(values).returning();
  return row!;
}

/** The current text of every solution of a problem, oldest solution first. */
export async function currentSolutionTexts(db: Db, problemId: string) {
  const rows = await db
    .select({ text: solutionVersions.text })
    .from(solutions)
    .innerJoin(solutionVersions, currentSolutionVersion)
    .where(eq(solutions.problemId, problemId))
    .orderBy(asc(solutions.createdAt), asc(solutions.id));
  return rows.map((r) => r.text);
}

// ── Indicators and field feedback ─────────────────────────────────────────────────────────────────

export async function getIndicator(db: Db, id: string) {
  const [row] = await db.select().from(outcomeIndicators).where(eq(outcomeIndicators.id, id));
  return row ?? null;
}

export async function lockIndicator(db: Db, id: string) {
  const [row] = await db.select().from(outcomeIndicators).where(eq(outcomeIndicators.id, id)).for('update');
  return row ?? null;
}

export async function insertIndicator(db: Db, values: NewIndicator) {
  const [row] = await db.insert(outcomeIndicators).values(values).returning();
  return row!;
}

export async function updateIndicatorRow(db: Db, id: string, values: Partial<NewIndicator>) {
  const [row] = await db
    .update(outcomeIndicators)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(outcomeIndicators.id, id))
    .returning();
  return row!;
}

export async function insertFieldFeedback(db: Db, values: typeof fieldFeedback.$inferInsert) {
  const [row] = await db.insert(fieldFeedback).values(values).returning();
  return row!;
}

// ── The full problem, for its page ────────────────────────────────────────────────────────────────

export const raisedByOrg = aliasedTable(organizations, 'raised_by_org');
const proposedByOrg = aliasedTable(organizations, 'proposed_by_org');
const reviser = aliasedTable(people, 'reviser');
const reporter = aliasedTable(people, 'reporter');
const recorder = aliasedTable(people, 'recorder');

/** The columns of a problem row as lists and pages show it (category and who raised it joined). */
export const problemSelection = {
  problem: problemListColumns,
  category: {
    id: barrierCategories.id,
    key: barrierCategories.key,
    nameEs: barrierCategories.nameEs,
    nameEn: barrierCategories.nameEn,
  },
  raisedByPerson: { id: people.id, fullName: people.fullName },
  raisedByOrganization: { id: raisedByOrg.id, name: raisedByOrg.name, acronym: raisedByOrg.acronym },
};

/**
 * A problem with everything its page shows: responsible entities, solutions with every version,
 * indicators, field feedback and status history. A fixed number of statements.
 */
export async function getProblemDetail(db: Db, id: string) {
  const [head] = await db
    .select(problemSelection)
    .from(problems)
    .leftJoin(barrierCategories, eq(barrierCategories.id, problems.categoryId))
    .leftJoin(people, eq(people.id, problems.raisedByPersonId))
    .leftJoin(raisedByOrg, eq(raisedByOrg.id, problems.raisedByOrganizationId))
    .where(eq(problems.id, id));
  if (!head) return null;
  const [entities, solutionRows, versionRows, indicators, feedback, history, open, circling] = await readAll(
    db,
    [
      () =>
        db
          .select({ id: organizations.id, name: organizations.name, acronym: organizations.acronym })
          .from(problemEntities)
          .innerJoin(organizations, eq(organizations.id, problemEntities.organizationId))
          .where(eq(problemEntities.problemId, id))
          .orderBy(asc(organizations.name)),
      () =>
        db
          .select({
            solution: solutions,
            proposedByOrganization: {
              id: proposedByOrg.id,
              name: proposedByOrg.name,
              acronym: proposedByOrg.acronym,
            },
          })
          .from(solutions)
          .leftJoin(proposedByOrg, eq(proposedByOrg.id, solutions.proposedByOrganizationId))
          .where(eq(solutions.problemId, id))
          .orderBy(asc(solutions.createdAt), asc(solutions.id)),
      () =>
        db
          .select({
            version: solutionVersions,
            revisedBy: { id: reviser.id, fullName: reviser.fullName },
          })
          .from(solutionVersions)
          .innerJoin(solutions, eq(solutions.id, solutionVersions.solutionId))
          .leftJoin(users, eq(users.id, solutionVersions.revisedBy))
          .leftJoin(reviser, eq(reviser.id, users.personId))
          .where(eq(solutions.problemId, id))
          .orderBy(asc(solutionVersions.solutionId), asc(solutionVersions.number)),
      () =>
        db
          .select()
          .from(outcomeIndicators)
          .where(eq(outcomeIndicators.problemId, id))
          .orderBy(asc(outcomeIndicators.createdAt), asc(outcomeIndicators.id)),
      () =>
        db
          .select({ feedback: fieldFeedback, person: { id: reporter.id, fullName: reporter.fullName } })
          .from(fieldFeedback)
          .leftJoin(reporter, eq(reporter.id, fieldFeedback.personId))
          .where(eq(fieldFeedback.problemId, id))
          .orderBy(...latestFeedbackFirst),
      () =>
        db
          .select({
            event: problemStatusEvents,
            recordedBy: { id: recorder.id, fullName: recorder.fullName },
          })
          .from(problemStatusEvents)
          .leftJoin(users, eq(users.id, problemStatusEvents.recordedBy))
          .leftJoin(recorder, eq(recorder.id, users.personId))
          .where(eq(problemStatusEvents.problemId, id))
          .orderBy(
            asc(problemStatusEvents.occurredAt),
            asc(sql`${problemStatusEvents.fromStatus} is not null`),
            asc(problemStatusEvents.id),
          ),
      () =>
        db
          .select({ count: sql<number>`count(*)::int` })
          .from(commitments)
          .where(and(eq(commitments.problemId, id), eq(commitments.status, 'open'))),
      () => circlingFlags(db, head.problem.mesaId, ['public', 'members', 'team']),
    ],
  );
  const versionsBySolution = new Map<string, (typeof versionRows)[number][]>();
  for (const v of versionRows) {
    const list = versionsBySolution.get(v.version.solutionId) ?? [];
    list.push(v);
    versionsBySolution.set(v.version.solutionId, list);
  }
  return {
    ...head,
    entities,
    solutions: solutionRows.map((s) => ({ ...s, versions: versionsBySolution.get(s.solution.id) ?? [] })),
    indicators,
    feedback,
    history,
    openCommitmentCount: open[0]?.count ?? 0,
    circling: circling.find((c) => c.problemId === id) ?? null,
  };
}

export type ProblemDetail = NonNullable<Awaited<ReturnType<typeof getProblemDetail>>>;
