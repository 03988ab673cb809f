import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/server/app';
import { type Client, createTestContext, signIn, type TestContext, testConfig } from '../support/app';
import { mesaBySlug } from '../support/fixtures';

/**
 * The Matrix is served from a cache of serialized Matrices kept while the Mesa's revision (its latest
 * audit event, and the latest one about no Mesa) stays the same. These tests change the Matrix in every
 * way that shows on it and check that the next read shows the change — also when the change is made
 * through another server instance over the same database, which has its own cache.
 */
let t: TestContext;
let other: App;
let team: Client;
let teamOnOther: Client;
let privateRep: Client;
let admin: Client;
let forestal = '';

type Matrix = {
  problems: { id: string; title: string; visibility: string; category: { id: string } | null }[];
  categories: { id: string; nameEs: string }[];
  can: { createProblem: boolean; updateProblem: boolean };
  mesa: { name: string };
};

async function matrix(c: Client): Promise<Matrix> {
  const res = await c.get(`/api/mesas/${forestal}/matrix`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  return res.json();
}

beforeAll(async () => {
  t = await createTestContext();
  const config = testConfig();
  other = await buildApp({ config, database: t.database, sessionSecret: config.SESSION_SECRET! });
  await other.ready();
  team = await t.as('team');
  privateRep = await t.as('private_rep');
  admin = await t.as('admin');
  teamOnOther = await signIn(other, 'team@demo.mesas.local');
  forestal = (await mesaBySlug(t, 'forestal'))!.id;
});
afterAll(async () => {
  await other?.close();
  await t?.close();
});

describe('GET /api/mesas/:id/matrix between changes', () => {
  it('answers the same Matrix twice, then a problem edit at once', async () => {
    const first = await matrix(team);
    const again = await matrix(team);
    expect(again).toEqual(first);
    const target = first.problems[0]!;
    const detail = (await team.get(`/api/problems/${target.id}`)).json();
    const res = await team.patch(`/api/problems/${target.id}`, {
      version: detail.version,
      title: `${target.title} (revisado)`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = await matrix(team);
    expect(after.problems.find((p) => p.id === target.id)?.title).toBe(`${target.title} (revisado)`);
  });

  it('shows a problem added through another server instance on the next read', async () => {
    const before = await matrix(team);
    await matrix(teamOnOther); // the other instance caches its own copy
    const created = await team.post(`/api/mesas/${forestal}/problems`, {
      title: 'Guías de transporte forestal emitidas solo en Lima',
      impact: 4,
      ease: 4,
    });
    expect(created.statusCode, created.body).toBe(201);
    const onOther = await matrix(teamOnOther);
    expect(onOther.problems).toHaveLength(before.problems.length + 1);
    expect(onOther.problems.map((p) => p.id)).toContain(created.json().id);
  });

  it('never serves one audience the Matrix cached for another', async () => {
    const created = await team.post(`/api/mesas/${forestal}/problems`, {
      title: 'Costos de la cadena de frío del exportador (confidencial)',
      visibility: 'team',
    });
    expect(created.statusCode, created.body).toBe(201);
    const forTeam = await matrix(team);
    expect(forTeam.problems.map((p) => p.id)).toContain(created.json().id);
    const forRep = await matrix(privateRep);
    expect(forRep.problems.map((p) => p.id)).not.toContain(created.json().id);
    expect(forRep.problems.every((p) => p.visibility !== 'team')).toBe(true);
    expect(forRep.problems.length).toBeLessThan(forTeam.problems.length);
    // Each caller gets their own permissions with the same cached problems.
    expect(forTeam.can.updateProblem).toBe(true);
    expect(forRep.can.updateProblem).toBe(false);
    const repAgain = await matrix(privateRep);
    expect(repAgain.can.updateProblem).toBe(false);
  });

  it('shows a renamed barrier category (a change about no Mesa) on the next read', async () => {
    const before = await matrix(team);
    const category = before.categories[0]!;
    const res = await admin.patch(`/api/categories/${category.id}`, { nameEs: 'Trámites (renombrado)' });
    expect(res.statusCode, res.body).toBe(200);
    const after = await matrix(team);
    expect(after.categories.find((c) => c.id === category.id)?.nameEs).toBe('Trámites (renombrado)');
  });

  it('shows a renamed Mesa on the next read', async () => {
    const mesa = (await admin.get(`/api/mesas/${forestal}`)).json();
    const res = await admin.patch(`/api/mesas/${forestal}`, {
      version: mesa.version,
      name: 'Mesa Ejecutiva Forestal (renombrada)',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await matrix(team)).mesa.name).toBe('Mesa Ejecutiva Forestal (renombrada)');
  });

  it('sends the same Matrix gzip-compressed to a client that accepts it, with its own permissions', async () => {
    const gzipped = async (c: Client) => {
      const res = await c.request('GET', `/api/mesas/${forestal}/matrix`, undefined, {
        'accept-encoding': 'gzip, deflate, br',
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.headers.vary).toMatch(/accept-encoding/);
      return JSON.parse(gunzipSync(res.rawPayload).toString('utf8')) as Matrix;
    };
    const plain = await matrix(team);
    const forTeam = await gzipped(team);
    expect(forTeam).toEqual(plain);
    const forRep = await gzipped(privateRep);
    expect(forRep).toEqual(await matrix(privateRep));
    expect(forRep.can.updateProblem).toBe(false);
    expect(forTeam.can.updateProblem).toBe(true);
    // A change shows in the compressed answer too.
    const target = plain.problems[1]!;
    const detail = (await team.get(`/api/problems/${target.id}`)).json();
    const res = await team.patch(`/api/problems/${target.id}`, {
      version: detail.version,
      title: 'Título comprimido',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await gzipped(team)).problems.find((p) => p.id === target.id)?.title).toBe('Título comprimido');
    // Refused compression: plain JSON.
    const identity = await team.request('GET', `/api/mesas/${forestal}/matrix`, undefined, {
      'accept-encoding': 'gzip;q=0, identity',
    });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.json().problems.find((p: { id: string }) => p.id === target.id)?.title).toBe(
      'Título comprimido',
    );
  });

  it('works the same with the cache turned off', async () => {
    const config = testConfig({ MATRIX_CACHE_MB: '0' });
    const uncached = await buildApp({ config, database: t.database, sessionSecret: config.SESSION_SECRET! });
    try {
      await uncached.ready();
      const c = await signIn(uncached, 'team@demo.mesas.local');
      expect(await matrix(c)).toEqual(await matrix(team));
    } finally {
      await uncached.close();
    }
  });
});
