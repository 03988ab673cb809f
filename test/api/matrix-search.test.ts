import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/commands/context';
import { createProblem } from '../../src/commands/problems';
import { proposeSolution } from '../../src/commands/solutions';
import { createTestContext, type TestContext } from '../support/app';
import { createMesa, mesaBySlug, organizationId } from '../support/fixtures';

/**
 * `GET /api/mesas/:id/matrix?q=` filters the Matrix with the full-text search of `GET /api/search`:
 * Spanish and English, accent-insensitive, over titles, descriptions, tags and solutions; the rows
 * found keep the Matrix order and shape, and visibility is the same as without `q`.
 */

let t: TestContext;
let forestal = '';
let hiddenMesa = '';
// A word no demo problem has, to keep each query to the problems made here.
const stamp = `zq${Date.now().toString(36)}`;
const ids = { registry: '', exemption: '', english: '', credit: '' };

interface Row {
  id: string;
  title: string;
  entities: { id: string }[];
  latestSolution: { text: string } | null;
}

beforeAll(async () => {
  t = await createTestContext();
  const ctx = systemContext(t.database.db, 'test');
  forestal = (await mesaBySlug(t, 'forestal'))!.id;
  hiddenMesa = (await createMesa(t, { visibility: 'team' })).id;
  ids.registry = (
    await createProblem(ctx, forestal, {
      title: 'Registro de viveros certificados en Ucayali',
      description: 'La inspección sanitaria previa demora meses.',
      tags: [stamp],
      visibility: 'members',
    })
  ).id;
  ids.exemption = (
    await createProblem(ctx, forestal, {
      title: 'Exoneración del IGV para maquinaria de aserrío',
      description: 'Pedido del gremio, por filtrar.',
      tags: [stamp],
      visibility: 'team',
    })
  ).id;
  ids.english = (
    await createProblem(ctx, forestal, {
      title: 'Registering timber transport permits online',
      description: 'Permits took weeks on paper.',
      tags: [stamp],
      visibility: 'public',
    })
  ).id;
  ids.credit = (
    await createProblem(ctx, forestal, {
      title: 'Crédito para aserraderos pequeños',
      tags: [stamp],
      entityIds: [await organizationId(t, 'SERFOR')],
      visibility: 'public',
    })
  ).id;
  await proposeSolution(ctx, ids.credit, {
    text: 'Inscribir la concesión como garantía mobiliaria',
    instrument: 'regulation',
  });
});
afterAll(() => t?.close());

async function matrix(role: Parameters<TestContext['as']>[0], q?: string, lang?: 'es' | 'en') {
  const params = new URLSearchParams();
  if (q !== undefined) params.set('q', q);
  if (lang) params.set('lang', lang);
  const res = await (await t.as(role)).get(`/api/mesas/${forestal}/matrix?${params}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { problems: Row[] };
}
const found = async (role: Parameters<TestContext['as']>[0], q: string, lang?: 'es' | 'en') =>
  (await matrix(role, q, lang)).problems.map((p) => p.id);

describe('GET /api/mesas/:id/matrix?q=', () => {
  it('ignores accents and capitals', async () => {
    for (const q of ['inspeccion', 'INSPECCIÓN', 'Inspección']) {
      expect(await found('coordinator', `${stamp} ${q}`), q).toEqual([ids.registry]);
    }
    expect(await found('coordinator', `${stamp} exoneracion`)).toEqual([ids.exemption]);
    expect(await found('coordinator', `${stamp} credito`)).toEqual([ids.credit]);
  });

  it('finds the forms of a word by its stem, in Spanish and in English', async () => {
    for (const q of ['registrar', 'registra', 'registros']) {
      expect(await found('coordinator', `${stamp} ${q}`), q).toContain(ids.registry);
    }
    expect(await found('coordinator', `${stamp} registered permit`, 'en')).toEqual([ids.english]);
    // Both configurations are matched whatever the language given.
    expect(await found('coordinator', `${stamp} registered permit`, 'es')).toEqual([ids.english]);
  });

  it('searches the solutions and keeps each row whole', async () => {
    const { problems } = await matrix('coordinator', `${stamp} mobiliaria`);
    expect(problems.map((p) => p.id)).toEqual([ids.credit]);
    expect(problems[0]!.entities).toHaveLength(1);
    expect(problems[0]!.latestSolution?.text).toBe('Inscribir la concesión como garantía mobiliaria');
  });

  it('answers the rows of the whole Matrix that match, equal and in the same order', async () => {
    const whole = await matrix('coordinator');
    const filtered = await matrix('coordinator', stamp);
    const ours = new Set(Object.values(ids));
    expect(filtered.problems.map((p) => p.id).sort()).toEqual([...ours].sort());
    expect(filtered.problems).toEqual(whole.problems.filter((p) => ours.has(p.id)));
    expect(Object.keys(filtered).sort()).toEqual(Object.keys(whole).sort());
    // Phrases and excluded words work as in the search across Mesas.
    expect(await found('coordinator', `${stamp} -exoneracion -registro`)).toEqual(
      whole.problems.filter((p) => p.id === ids.english || p.id === ids.credit).map((p) => p.id),
    );
    expect(await found('coordinator', `${stamp} "viveros certificados"`)).toEqual([ids.registry]);
  });

  it('shows only what the caller may see, as without q', async () => {
    // forestal's dedicated team sees its team records; a participant does not.
    expect(await found('team', `${stamp} exoneracion`)).toEqual([ids.exemption]);
    expect(await found('private_rep', `${stamp} exoneracion`)).toEqual([]);
    const privateRep = await found('private_rep', stamp);
    expect(privateRep).toEqual(expect.arrayContaining([ids.registry, ids.english, ids.credit]));
    expect(privateRep).not.toContain(ids.exemption);
    const whole = (await matrix('private_rep')).problems.map((p) => p.id);
    expect(privateRep).toEqual(whole.filter((id) => privateRep.includes(id)));
    // A Mesa the caller may not see stays hidden with a query too.
    const rep = await t.as('private_rep');
    const without = await rep.get(`/api/mesas/${hiddenMesa}/matrix`);
    const withQ = await rep.get(`/api/mesas/${hiddenMesa}/matrix?q=garantia`);
    expect(without.statusCode).toBe(404);
    expect(withQ.statusCode).toBe(404);
    expect((await t.anonymous.get(`/api/mesas/${forestal}/matrix?q=garantia`)).statusCode).toBe(
      (await t.anonymous.get(`/api/mesas/${forestal}/matrix`)).statusCode,
    );
  });

  it('answers the whole Matrix for an empty query', async () => {
    const whole = (await matrix('coordinator')).problems.map((p) => p.id);
    expect(whole.length).toBeGreaterThan(4);
    expect((await matrix('coordinator', '')).problems.map((p) => p.id)).toEqual(whole);
    expect((await matrix('coordinator', '   ')).problems.map((p) => p.id)).toEqual(whole);
  });

  it('refuses a bad query and answers nothing for words too common to index', async () => {
    const c = await t.as('coordinator');
    for (const url of [
      `/api/mesas/${forestal}/matrix?q=${'a'.repeat(501)}`,
      `/api/mesas/${forestal}/matrix?q=${'a'.repeat(201)}`,
      `/api/mesas/${forestal}/matrix?q=garantia&lang=fr`,
      `/api/mesas/${forestal}/matrix?q=garantia%00`,
    ]) {
      const res = await c.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await c.get(`/api/mesas/${forestal}/matrix?q=${'a'.repeat(200)}`)).statusCode).toBe(200);
    expect(await found('coordinator', 'a')).toEqual([]);
  });

  it('reads the filtered Matrix with as many SQL statements as the whole one', async () => {
    const driver = (t.database.db as unknown as { $client: { query: (...args: unknown[]) => unknown } })
      .$client;
    const original = driver.query;
    let statements = 0;
    driver.query = function (this: unknown, ...args: unknown[]) {
      statements++;
      return original.apply(this, args);
    };
    const c = await t.as('coordinator');
    const count = async (url: string) => {
      statements = 0;
      const res = await c.get(url);
      expect(res.statusCode, res.body).toBe(200);
      return statements;
    };
    try {
      // A change first, so that the whole Matrix is read from the database rather than the cache.
      const added = await c.post(`/api/mesas/${forestal}/problems`, { title: 'Otro problema' });
      expect(added.statusCode, added.body).toBe(201);
      const whole = await count(`/api/mesas/${forestal}/matrix`);
      const filtered = await count(`/api/mesas/${forestal}/matrix?q=${stamp}`);
      // The same statements: the revision the cache needs comes with the Mesa's row (a search is never cached).
      expect(filtered).toBe(whole);
      expect(await count(`/api/mesas/${forestal}/matrix?q=garantia`)).toBe(filtered);
    } finally {
      driver.query = original;
    }
  });
});
