import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { compareMatrixRows } from '../../domain/prioritization';
import type { Visibility } from '../../domain/roles';
import type { Db } from '../client';
import {
  barrierCategories,
  fieldFeedback,
  organizations,
  outcomeIndicators,
  people,
  problemEntities,
  problems,
  solutions,
  solutionVersions,
} from '../schema';
import { type Indicator, type Problem, problemSelection, raisedByOrg } from './problems';
import { matchesSearch } from './search';

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
  latestSolution: {
    id: string;
    text: string;
    instrument: (typeof solutions.$inferSelect)['instrument'];
    version: number;
    filterFlags: string[];
    revisedAt: Date;
  } | null;
  solutionCount: number;
  indicators: Indicator[];
  latestFeedback: {
    id: string;
    verdict: (typeof fieldFeedback.$inferSelect)['verdict'];
    text: string;
    observedOn: string | null;
    person: { id: string; fullName: string } | null;
    createdAt: Date;
  } | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * The whole Matrix of a Mesa: the problems of the given visibilities with their category, who raised
 * them, responsible entities, latest solution, indicators and latest field feedback, in the Matrix
 * order. With `q`, only the problems the full-text search finds (as in the search across Mesas:
 * Spanish and English, accent-insensitive); an empty `q` filters nothing. Always five SQL statements,
 * whatever the number of problems.
 */
export async function loadMatrix(
  db: Db,
  mesaId: string,
  visibleLevels: Visibility[],
  options: { q?: string } = {},
): Promise<MatrixRow[]> {
  if (!visibleLevels.length) return [];
  const q = options.q?.trim();
  const inMatrix: SQL = and(
    eq(problems.mesaId, mesaId),
    inArray(problems.visibility, visibleLevels),
    q ? matchesSearch(q) : undefined,
  )!;
  const [heads, entities, current, indicators, feedback] = await Promise.all([
    db
      .select(problemSelection)
      .from(problems)
      .leftJoin(barrierCategories, eq(barrierCategories.id, problems.categoryId))
      .leftJoin(people, eq(people.id, problems.raisedByPersonId))
      .leftJoin(raisedByOrg, eq(raisedByOrg.id, problems.raisedByOrganizationId))
      .where(inMatrix),
    db
      .select({
        problemId: problemEntities.problemId,
        id: organizations.id,
        name: organizations.name,
        acronym: organizations.acronym,
      })
      .from(problemEntities)
      .innerJoin(problems, eq(problems.id, problemEntities.problemId))
      .innerJoin(organizations, eq(organizations.id, problemEntities.organizationId))
      .where(inMatrix)
      .orderBy(asc(organizations.name)),
    db
      .select({
        problemId: solutions.problemId,
        id: solutions.id,
        instrument: solutions.instrument,
        filterFlags: solutions.filterFlags,
        version: solutions.currentVersion,
        text: solutionVersions.text,
        revisedAt: solutionVersions.createdAt,
        createdAt: solutions.createdAt,
      })
      .from(solutions)
      .innerJoin(problems, eq(problems.id, solutions.problemId))
      .innerJoin(
        solutionVersions,
        and(
          eq(solutionVersions.solutionId, solutions.id),
          eq(solutionVersions.number, solutions.currentVersion),
        ),
      )
      .where(inMatrix),
    db
      .select({ indicator: outcomeIndicators })
      .from(outcomeIndicators)
      .innerJoin(problems, eq(problems.id, outcomeIndicators.problemId))
      .where(inMatrix)
      .orderBy(asc(outcomeIndicators.createdAt), asc(outcomeIndicators.id)),
    db
      .selectDistinctOn([fieldFeedback.problemId], {
        problemId: fieldFeedback.problemId,
        id: fieldFeedback.id,
        verdict: fieldFeedback.verdict,
        text: fieldFeedback.text,
        observedOn: fieldFeedback.observedOn,
        createdAt: fieldFeedback.createdAt,
        person: { id: people.id, fullName: people.fullName },
      })
      .from(fieldFeedback)
      .innerJoin(problems, eq(problems.id, fieldFeedback.problemId))
      .leftJoin(people, eq(people.id, fieldFeedback.personId))
      .where(inMatrix)
      .orderBy(fieldFeedback.problemId, desc(fieldFeedback.createdAt), desc(fieldFeedback.id)),
  ]);

  const group = <T extends { problemId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.problemId, [...(map.get(row.problemId) ?? []), row]);
    return map;
  };
  const entitiesBy = group(entities);
  const solutionsBy = group(current);
  const indicatorsBy = group(indicators.map((r) => ({ problemId: r.indicator.problemId, ...r })));
  const feedbackBy = new Map(feedback.map((f) => [f.problemId, f]));

  const rows = heads.map(({ problem: p, category, raisedByPerson, raisedByOrganization }): MatrixRow => {
    const sols = solutionsBy.get(p.id) ?? [];
    // The latest solution is the one most recently proposed or revised.
    const latest = sols.reduce<(typeof sols)[number] | null>(
      (best, s) => (!best || s.revisedAt.getTime() > best.revisedAt.getTime() ? s : best),
      null,
    );
    const fb = feedbackBy.get(p.id);
    return {
      id: p.id,
      mesaId: p.mesaId,
      number: p.number,
      title: p.title,
      description: p.description,
      category,
      ownerType: p.ownerType,
      raisedByPerson,
      raisedByOrganization,
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
      indicators: (indicatorsBy.get(p.id) ?? []).map((r) => r.indicator),
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
      version: p.version,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    };
  });
  return rows.sort((a, b) => compareMatrixRows(a, b) || a.number - b.number);
}
