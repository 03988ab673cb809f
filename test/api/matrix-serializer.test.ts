import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listCategories } from '../../src/db/queries/categories';
import { loadMatrix } from '../../src/db/queries/matrix';
import { mesas } from '../../src/db/schema';
import { visibilities } from '../../src/domain/roles';
import { type App, buildApp } from '../../src/server/app';
import { presentMatrix } from '../../src/server/presenters';
import { matrixResponse } from '../../src/server/schemas/matrix';
import { compileSerializer } from '../../src/server/serializer';
import { type Client, createTestContext, signIn, type TestContext, testConfig } from '../support/app';

/**
 * The Matrix is serialized by code compiled from its response schema instead of being encoded by zod:
 * for the demo Matrices it writes exactly what zod's encoding writes, and nothing the schema does not
 * declare, whatever the presenter hands it.
 */

type Matrix = z.output<typeof matrixResponse>;

let t: TestContext;
let uncachedApp: App;
let admin: Client;
let adminUncached: Client;
let demo: { id: string; slug: string; value: Matrix }[] = [];

/** The Matrix of a Mesa as the presenter builds it, every problem included (as the administrator sees). */
async function presented(mesaId: string): Promise<Matrix> {
  const { db } = t.database;
  const [mesa] = (await db.select().from(mesas)).filter((m) => m.id === mesaId);
  const rows = await loadMatrix(db, mesaId, [...visibilities]);
  const categories = await listCategories(db, { includeArchived: true });
  return presentMatrix(mesa!, rows, categories, null);
}

/** What zod's encoding of the Matrix writes. */
const zodJson = (value: Matrix) => JSON.stringify(z.encode(matrixResponse, value));

const withoutPermissions = ({ can: _, ...rest }: Record<string, unknown>) => rest;

beforeAll(async () => {
  t = await createTestContext();
  admin = await t.as('admin');
  const config = testConfig({ MATRIX_CACHE_MB: '0' });
  uncachedApp = await buildApp({ config, database: t.database, sessionSecret: config.SESSION_SECRET! });
  await uncachedApp.ready();
  adminUncached = await signIn(uncachedApp, 'admin@demo.mesas.local');
  const all = await t.database.db.select({ id: mesas.id, slug: mesas.slug }).from(mesas);
  demo = await Promise.all(all.map(async (m) => ({ ...m, value: await presented(m.id) })));
});
afterAll(async () => {
  await uncachedApp?.close();
  await t?.close();
});

describe('the compiled serializer of the Matrix', () => {
  it('writes, for every demo Matrix, the JSON of its zod encoding', () => {
    const serialize = compileSerializer(matrixResponse);
    const problems = demo.flatMap((m) => m.value.problems);
    // The demo data reaches every optional part of a row, so each is compared at least once.
    expect(problems.length).toBeGreaterThan(10);
    expect(problems.some((p) => p.latestSolution)).toBe(true);
    expect(problems.some((p) => p.latestFeedback)).toBe(true);
    expect(problems.some((p) => p.indicators.length > 0)).toBe(true);
    expect(problems.some((p) => p.entities.length > 0)).toBe(true);
    expect(problems.some((p) => p.latestFeedback === null)).toBe(true);
    for (const { slug, value } of demo) {
      const compiled = serialize(value);
      const encoded = zodJson(value);
      expect(JSON.parse(compiled), slug).toEqual(JSON.parse(encoded));
      expect(compiled, slug).toBe(encoded);
    }
  });

  it('is what GET /api/mesas/:id/matrix answers, with the cache on and off and with a search', async () => {
    for (const { id, slug, value } of demo) {
      const expected = withoutPermissions(JSON.parse(zodJson(value)));
      for (const [c, what] of [
        [admin, 'cache on'],
        [admin, 'cache on, from the cache'],
        [adminUncached, 'cache off'],
      ] as const) {
        const res = await c.get(`/api/mesas/${id}/matrix`);
        expect(res.statusCode, res.body).toBe(200);
        expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
        const body = res.json();
        expect(withoutPermissions(body), `${slug}, ${what}`).toEqual(expected);
        expect(() => z.decode(matrixResponse, body)).not.toThrow();
      }
    }
    const forestal = demo.find((m) => m.slug === 'forestal')!;
    const found = await admin.get(`/api/mesas/${forestal.id}/matrix?q=${encodeURIComponent('forestal')}`);
    expect(found.statusCode, found.body).toBe(200);
    expect(() => z.decode(matrixResponse, found.json())).not.toThrow();
  });

  it('sends no property the schema does not declare, even one a presenter added by mistake', async () => {
    const { value } = demo.find((m) => m.value.problems.some((p) => p.indicators.length > 0))!;
    // An indicator is the whole database row, which has columns the schema leaves out (createdAt).
    const indicator = value.problems.flatMap((p) => p.indicators)[0] as Record<string, unknown>;
    expect(indicator.createdAt).toBeInstanceOf(Date);
    const leaky = structuredClone(value) as Matrix & Record<string, unknown>;
    leaky.confidential = 'root: confidential';
    const problem = leaky.problems[0] as Record<string, unknown>;
    problem.confidentialNote = 'problem: confidential';
    problem.raisedByPerson = {
      id: '1d6a3c7e-8f2b-4a9c-b1d0-e2f3a4b5c6d7',
      fullName: 'A',
      email: 'confidential',
    };
    for (const entity of leaky.problems.flatMap((p) => p.entities)) {
      (entity as Record<string, unknown>).taxId = 'entity: confidential';
    }
    for (const category of leaky.categories) {
      (category as Record<string, unknown>).internalCode = 'category: confidential';
    }
    const json = compileSerializer(matrixResponse)(leaky);
    expect(json).not.toMatch(/confidential|taxId|internalCode/);
    const sent = JSON.parse(json) as Matrix & Record<string, unknown>;
    expect(sent).not.toHaveProperty('confidential');
    expect(sent.problems[0]).not.toHaveProperty('confidentialNote');
    expect(sent.problems.flatMap((p) => p.indicators).every((i) => !('createdAt' in i))).toBe(true);
    expect(sent).toEqual(JSON.parse(zodJson(leaky)));
  });

  it('leaves the database columns the schema does not declare out of the answer', async () => {
    const { id } = demo.find((m) => m.value.problems.some((p) => p.indicators.length > 0))!;
    const res = await adminUncached.get(`/api/mesas/${id}/matrix`);
    const indicators = (res.json() as Matrix).problems.flatMap((p) => p.indicators);
    expect(indicators.length).toBeGreaterThan(0);
    for (const indicator of indicators) {
      expect(Object.keys(indicator).sort()).toEqual(
        Object.keys(matrixResponse.shape.problems.element.shape.indicators.element.shape).sort(),
      );
    }
  });
});
