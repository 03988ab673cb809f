import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ReformProblemData, ReformSolutionData } from '../../domain/reform-tracking';
import type { Visibility } from '../../domain/roles';
import type { Db } from '../client';
import {
  organizations,
  outcomeIndicators,
  problemEntities,
  problemStatusEvents,
  problems,
  solutions,
  solutionVersions,
} from '../schema';

function grouped<T extends { problemId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.problemId, [...(out.get(r.problemId) ?? []), r]);
  return out;
}

/**
 * What the reform tracking table reads of one Mesa: its problems of the given visibilities, each with
 * its solutions (current text, first version's day, tracking days and cited norm), status moves,
 * responsible entities and outcome indicators.
 */
export async function loadReformData(
  db: Db,
  mesa: { id: string; name: string; slug: string },
  visibilities: readonly Visibility[],
): Promise<ReformProblemData[]> {
  if (visibilities.length === 0) return [];
  const rows = await db
    .select({ id: problems.id, number: problems.number, title: problems.title, status: problems.status })
    .from(problems)
    .where(and(eq(problems.mesaId, mesa.id), inArray(problems.visibility, [...visibilities])))
    .orderBy(asc(problems.number));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [solutionRows, versionRows, events, entities, indicators] = await Promise.all([
    db.select().from(solutions).where(inArray(solutions.problemId, ids)),
    db
      .select({
        solutionId: solutionVersions.solutionId,
        number: solutionVersions.number,
        text: solutionVersions.text,
        revisedOn: solutionVersions.revisedOn,
      })
      .from(solutionVersions)
      .innerJoin(solutions, eq(solutions.id, solutionVersions.solutionId))
      .where(inArray(solutions.problemId, ids)),
    db
      .select({
        problemId: problemStatusEvents.problemId,
        toStatus: problemStatusEvents.toStatus,
        occurredAt: problemStatusEvents.occurredAt,
      })
      .from(problemStatusEvents)
      .where(inArray(problemStatusEvents.problemId, ids)),
    db
      .select({ problemId: problemEntities.problemId, name: organizations.name })
      .from(problemEntities)
      .innerJoin(organizations, eq(organizations.id, problemEntities.organizationId))
      .where(inArray(problemEntities.problemId, ids))
      .orderBy(asc(organizations.name)),
    db
      .select({
        problemId: outcomeIndicators.problemId,
        name: outcomeIndicators.name,
        unit: outcomeIndicators.unit,
        baselineValue: outcomeIndicators.baselineValue,
        currentValue: outcomeIndicators.currentValue,
        targetValue: outcomeIndicators.targetValue,
        createdAt: outcomeIndicators.createdAt,
      })
      .from(outcomeIndicators)
      .where(inArray(outcomeIndicators.problemId, ids))
      .orderBy(asc(outcomeIndicators.createdAt), asc(outcomeIndicators.id)),
  ]);
  const versionsOf = new Map<string, typeof versionRows>();
  for (const v of versionRows) versionsOf.set(v.solutionId, [...(versionsOf.get(v.solutionId) ?? []), v]);
  const solutionsOf = grouped(
    solutionRows.map((s) => {
      const versions = versionsOf.get(s.id) ?? [];
      const first = versions.find((v) => v.number === 1);
      const current = versions.find((v) => v.number === s.currentVersion);
      const data: ReformSolutionData & { problemId: string } = {
        problemId: s.problemId,
        id: s.id,
        text: current?.text ?? '',
        instrument: s.instrument,
        firstRevisedOn: first?.revisedOn ?? null,
        createdAt: s.createdAt,
        agreedOn: s.agreedOn,
        draftedOn: s.draftedOn,
        normName: s.normName,
        normNumber: s.normNumber,
        normDate: s.normDate,
        normUrl: s.normUrl,
      };
      return data;
    }),
  );
  const eventsOf = grouped(events);
  const entitiesOf = grouped(entities);
  const indicatorsOf = grouped(indicators);
  const num = (v: number | string | null) => (v === null ? null : Number(v));
  return rows.map((p) => ({
    mesa,
    id: p.id,
    number: p.number,
    title: p.title,
    status: p.status,
    entities: (entitiesOf.get(p.id) ?? []).map((e) => e.name),
    solutions: solutionsOf.get(p.id) ?? [],
    statusEvents: eventsOf.get(p.id) ?? [],
    indicators: (indicatorsOf.get(p.id) ?? []).map((i) => ({
      name: i.name,
      unit: i.unit,
      baselineValue: num(i.baselineValue),
      currentValue: num(i.currentValue),
      targetValue: num(i.targetValue),
    })),
  }));
}
