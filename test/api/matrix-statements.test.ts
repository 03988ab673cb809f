import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fieldFeedback,
  outcomeIndicators,
  problemEntities,
  problems,
  solutions,
  solutionVersions,
} from '../../src/db/schema';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { createMesa, organizationId } from '../support/fixtures';

/**
 * The Matrix endpoint reads a whole Mesa with a fixed number of SQL statements, whatever the number of
 * problems (no query per row). Statements are counted where every query passes: the driver's `query`
 * (the PGlite instance, or the node-postgres pool).
 */

let t: TestContext;
let coordinator: Client;
let statements = 0;
let texts: string[] = [];
let restore: () => void;

beforeAll(async () => {
  t = await createTestContext();
  coordinator = await t.as('coordinator');
  const driver = (t.database.db as unknown as { $client: { query: (...args: unknown[]) => unknown } })
    .$client;
  const original = driver.query;
  driver.query = function (this: unknown, ...args: unknown[]) {
    statements++;
    const [first] = args;
    texts.push(typeof first === 'string' ? first : String((first as { text?: string })?.text ?? ''));
    return original.apply(this, args);
  };
  restore = () => {
    driver.query = original;
  };
});
afterAll(async () => {
  restore?.();
  await t?.close();
});

/** A Mesa with `n` problems, each with two solutions (one revised), entities, an indicator and feedback. */
async function mesaWith(n: number) {
  const mesa = await createMesa(t);
  const entities = [await organizationId(t, 'SERFOR'), await organizationId(t, 'OSINFOR')];
  const { db } = t.database;
  const problemRows = Array.from({ length: n }, (_, i) => ({
    id: randomUUID(),
    mesaId: mesa.id,
    number: i + 1,
    title: `Problema ${i + 1}`,
    impact: (i % 5) + 1,
    ease: ((i * 3) % 5) + 1,
    inFocus: i < 3,
    visibility: (['public', 'members', 'team'] as const)[i % 3],
  }));
  await db.insert(problems).values(problemRows);
  await db
    .insert(problemEntities)
    .values(
      problemRows.flatMap((p) => entities.map((organizationId) => ({ problemId: p.id, organizationId }))),
    );
  const solutionRows = problemRows.flatMap((p) => [
    { id: randomUUID(), problemId: p.id, instrument: 'procedure' as const, currentVersion: 2 },
    { id: randomUUID(), problemId: p.id, instrument: 'law' as const, currentVersion: 1 },
  ]);
  await db.insert(solutions).values(solutionRows);
  await db.insert(solutionVersions).values(
    solutionRows.flatMap((s) =>
      Array.from({ length: s.currentVersion }, (_, v) => ({
        solutionId: s.id,
        number: v + 1,
        text: `Texto ${v + 1}`,
        reason: v ? 'Revisión' : null,
      })),
    ),
  );
  await db.insert(outcomeIndicators).values(
    problemRows.map((p) => ({
      problemId: p.id,
      name: 'Plazo',
      unit: 'días',
      direction: 'lower_is_better' as const,
      baselineValue: 100,
      currentValue: 10,
    })),
  );
  await db
    .insert(fieldFeedback)
    .values(problemRows.flatMap((p) => [{ problemId: p.id, verdict: 'works' as const, text: 'Funciona' }]));
  return mesa.id;
}

async function countMatrixRead(mesaId: string) {
  statements = 0;
  texts = [];
  const res = await coordinator.get(`/api/mesas/${mesaId}/matrix`);
  const counted = statements;
  expect(res.statusCode, res.body).toBe(200);
  return { statements: counted, texts, body: res.json() };
}

describe('GET /api/mesas/:id/matrix', () => {
  it('uses the same number of SQL statements for 20 and for 200 problems', async () => {
    const small = await countMatrixRead(await mesaWith(20));
    const large = await countMatrixRead(await mesaWith(200));
    expect(small.body.problems).toHaveLength(20);
    expect(large.body.problems).toHaveLength(200);
    const row = large.body.problems[0];
    expect(row).toMatchObject({ solutionCount: 2, entities: [{}, {}], indicators: [{}] });
    expect(row.latestSolution).not.toBeNull();
    expect(row.latestFeedback).toMatchObject({ verdict: 'works' });
    expect(small.statements).toBeGreaterThan(5);
    expect(large.statements).toBe(small.statements);
  });

  it('reads an unchanged Matrix again without reading its problems', async () => {
    const mesaId = await mesaWith(200);
    const first = await countMatrixRead(mesaId);
    const again = await countMatrixRead(mesaId);
    expect(again.body).toEqual(first.body);
    // Authentication, the Mesa and its revision only: none of the statements that read the Matrix
    // (problems, entities, solutions, indicators, feedback, open commitments, circling, categories).
    const readsMatrix = (text: string) =>
      /from "(problems|problem_entities|solutions|outcome_indicators|field_feedback|commitments|agenda_items|barrier_categories)"/.test(
        text,
      );
    expect(first.texts.filter(readsMatrix).length).toBeGreaterThanOrEqual(8);
    expect(again.texts.filter(readsMatrix)).toEqual([]);
    expect(again.statements).toBeLessThan(first.statements - 7);
  });
});
