import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, systemContext } from '../../src/commands/context';
import { createProblem } from '../../src/commands/problems';
import { proposeSolution } from '../../src/commands/solutions';
import { searchSql } from '../../src/db/queries/search';
import { createTestContext, type TestContext } from '../support/app';
import { createMesa, ensureMesa, mesaBySlug } from '../support/fixtures';

let t: TestContext;
const ids = {
  forestalCredit: '',
  forestalTeam: '',
  forestalRegistry: '',
  aquacultureCredit: '',
  logisticsTrucks: '',
  logisticsGuarantee: '',
  hiddenMesa: '',
  markup: '',
};
const mesas = { forestal: '', acuicola: '', logistica: '', hidden: '' };

interface Hit {
  problem: { id: string; number: number; code: string; title: string; status: string };
  mesa: { id: string; name: string; slug: string };
  rank: number;
  headline: string;
}

beforeAll(async () => {
  t = await createTestContext();
  const ctx = systemContext(t.database.db, 'test');
  mesas.forestal = (await mesaBySlug(t, 'forestal'))!.id;
  mesas.acuicola = await ensureMesa(t, 'acuicola', 'members');
  mesas.logistica = await ensureMesa(t, 'logistica', 'public');
  mesas.hidden = (await createMesa(t, { visibility: 'team' })).id;

  ids.forestalCredit = (
    await createProblem(ctx, mesas.forestal, {
      title: 'El título habilitante forestal no sirve como garantía de crédito',
      description: 'Los bancos no aceptan la concesión forestal como garantía.',
      visibility: 'members',
    })
  ).id;
  await proposeSolution(ctx, ids.forestalCredit, {
    text: 'Inscribir el título en SUNARP para usarlo como colateral warrantizable',
    instrument: 'regulation',
  });
  ids.forestalTeam = (
    await createProblem(ctx, mesas.forestal, {
      title: 'Exoneración del impuesto a la renta para plantaciones',
      description: 'Pedido del gremio, por filtrar.',
      visibility: 'team',
    })
  ).id;
  ids.forestalRegistry = (
    await createProblem(ctx, mesas.forestal, {
      title: 'Registro de plantaciones forestales tarda doce meses',
      description: 'El trámite exige inspecciones previas.',
      visibility: 'public',
    })
  ).id;
  ids.aquacultureCredit = (
    await createProblem(ctx, mesas.acuicola, {
      title: 'La concesión acuícola no sirve como garantía de crédito',
      description: 'Registrar la concesión permitiría usarla como garantía de préstamos bancarios.',
      visibility: 'members',
    })
  ).id;
  ids.logisticsTrucks = (
    await createProblem(ctx, mesas.logistica, {
      title: 'Truck waiting times at the port terminal',
      description: 'Registering trucks online cut the wait from six hours to two.',
      visibility: 'public',
    })
  ).id;
  ids.logisticsGuarantee = (
    await createProblem(ctx, mesas.logistica, {
      title: 'Garantía mobiliaria: garantía sobre contenedores',
      description: 'Sin garantía mobiliaria, los operadores no obtienen garantía ni crédito.',
      visibility: 'public',
    })
  ).id;
  ids.hiddenMesa = (
    await createProblem(ctx, mesas.hidden, {
      title: 'Garantía de crédito en una Mesa reservada',
      visibility: 'public',
    })
  ).id;
  ids.markup = (
    await createProblem(ctx, mesas.logistica, {
      title: 'Etiquetas <b>"rotuladas"</b> & precintos',
      visibility: 'public',
    })
  ).id;
});
afterAll(() => t?.close());

async function search(role: Parameters<TestContext['as']>[0], q: string, lang?: 'es' | 'en'): Promise<Hit[]> {
  const url = `/api/search?q=${encodeURIComponent(q)}${lang ? `&lang=${lang}` : ''}`;
  const res = await (await t.as(role)).get(url);
  expect(res.statusCode, res.body).toBe(200);
  // The problems found; lessons found alike are tested in lessons.test.ts.
  return (res.json().results as (Hit & { kind: string })[]).filter((h) => h.kind === 'problem');
}
const found = (hits: Hit[]) => hits.map((h) => h.problem.id);

describe('GET /api/search', () => {
  it('ignores accents and capitals, in the query and in the text', async () => {
    for (const q of ['exoneracion', 'EXONERACIÓN', 'Exoneración']) {
      expect(found(await search('coordinator', q)), q).toContain(ids.forestalTeam);
    }
    expect(found(await search('coordinator', 'titulo habilitante'))).toContain(ids.forestalCredit);
  });

  it('finds the forms of a Spanish word by its stem', async () => {
    // The Spanish stemmer takes "registrar", "registro" and "registra" to the same stem.
    for (const q of ['registrar', 'registro', 'registra']) {
      const hits = found(await search('coordinator', q));
      expect(hits, q).toEqual(expect.arrayContaining([ids.forestalRegistry, ids.aquacultureCredit]));
    }
    expect(found(await search('coordinator', 'plantación'))).toEqual(
      expect.arrayContaining([ids.forestalRegistry, ids.forestalTeam]),
    );
  });

  it('finds English text with the English stemmer', async () => {
    const hits = await search('coordinator', 'registered truck waits', 'en');
    expect(found(hits)[0]).toBe(ids.logisticsTrucks);
    expect(hits[0]!.mesa.slug).toBe('logistica');
    // Searched from Spanish too: both configurations are tried.
    expect(found(await search('coordinator', 'trucks waiting', 'es'))).toContain(ids.logisticsTrucks);
  });

  it('finds the same bottleneck across sectors, with each Mesa named', async () => {
    const hits = await search('coordinator', 'garantía de crédito');
    const byId = new Map(hits.map((h) => [h.problem.id, h]));
    expect(byId.get(ids.forestalCredit)?.mesa).toMatchObject({ id: mesas.forestal, slug: 'forestal' });
    expect(byId.get(ids.aquacultureCredit)?.mesa).toMatchObject({ id: mesas.acuicola, slug: 'acuicola' });
    expect(byId.get(ids.forestalCredit)?.problem).toMatchObject({
      title: 'El título habilitante forestal no sirve como garantía de crédito',
      status: 'identified',
      code: expect.stringMatching(/^P-\d+$/),
    });
  });

  it('searches the solutions too', async () => {
    expect(found(await search('coordinator', 'warrantizable'))).toEqual([ids.forestalCredit]);
  });

  it('ranks the problem that is most about the words first', async () => {
    const hits = await search('coordinator', 'garantía');
    expect(found(hits)[0]).toBe(ids.logisticsGuarantee);
    const ranks = hits.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(ranks[0]).toBeGreaterThan(ranks.at(-1)!);
  });

  it('supports phrases and excluded words', async () => {
    const phrase = found(await search('coordinator', '"garantía mobiliaria"'));
    expect(phrase).toContain(ids.logisticsGuarantee);
    expect(phrase).not.toContain(ids.forestalCredit);
    const excluded = found(await search('coordinator', 'garantía -acuícola'));
    expect(excluded).toContain(ids.forestalCredit);
    expect(excluded).not.toContain(ids.aquacultureCredit);
  });

  it('shows a headline with the words marked, accents given back and markup escaped', async () => {
    const [hit] = (await search('coordinator', 'registrar plantaciones')).filter(
      (h) => h.problem.id === ids.forestalRegistry,
    );
    expect(hit!.headline).toContain('<mark>Registro</mark> de <mark>plantaciones</mark> forestales');
    const [credit] = (await search('coordinator', 'titulo')).filter(
      (h) => h.problem.id === ids.forestalCredit,
    );
    expect(credit!.headline).toContain('<mark>título</mark> habilitante');
    const [markup] = await search('coordinator', 'precintos rotuladas');
    expect(markup!.problem.id).toBe(ids.markup);
    expect(markup!.headline).toBe(
      'Etiquetas &lt;b&gt;&quot;<mark>rotuladas</mark>&quot;&lt;/b&gt; &amp; <mark>precintos</mark>',
    );
  });

  it('finds only what the caller may see', async () => {
    // A participant of forestal only: not the members-only aquaculture Mesa, not forestal's team records.
    const privateRep = found(await search('private_rep', 'garantía crédito exoneración registro'));
    expect(found(await search('private_rep', 'garantía crédito'))).toContain(ids.forestalCredit);
    for (const hidden of [ids.aquacultureCredit, ids.forestalTeam, ids.hiddenMesa]) {
      expect(privateRep).not.toContain(hidden);
    }
    expect(found(await search('private_rep', 'exoneración'))).not.toContain(ids.forestalTeam);
    expect(found(await search('private_rep', 'registro'))).toContain(ids.forestalRegistry);
    // forestal's dedicated team sees its team records, still not the Mesas it is not in.
    expect(found(await search('team', 'exoneración'))).toContain(ids.forestalTeam);
    expect(found(await search('team', 'garantía crédito'))).not.toContain(ids.aquacultureCredit);
    // The high-level body sees what members see, but neither team records nor team-only Mesas.
    const highLevel = found(await search('high_level', 'garantía crédito exoneración'));
    expect(found(await search('high_level', 'garantía crédito'))).toContain(ids.aquacultureCredit);
    expect(highLevel).not.toContain(ids.forestalTeam);
    expect(found(await search('high_level', 'garantía crédito'))).not.toContain(ids.hiddenMesa);
    // The coordinating office sees everything.
    expect(found(await search('coordinator', 'garantía crédito'))).toEqual(
      expect.arrayContaining([ids.forestalCredit, ids.aquacultureCredit, ids.hiddenMesa]),
    );
    expect((await t.anonymous.get('/api/search?q=garantia')).statusCode).toBe(401);
  });

  it('refuses an empty query and answers nothing for words too common to index', async () => {
    const c = await t.as('coordinator');
    const empty = await c.get('/api/search?q=%20');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('VALIDATION_FAILED');
    expect((await c.get('/api/search?q=garantia&limit=0')).statusCode).toBe(400);
    expect((await c.get(`/api/search?q=${'a'.repeat(201)}`)).statusCode).toBe(400);
    expect((await c.get('/api/search?q=garantia%00')).statusCode).toBe(400);
    expect(await search('coordinator', 'a')).toEqual([]);
    expect((await search('coordinator', 'garantía', 'es')).length).toBeGreaterThan(1);
    const limited = await c.get('/api/search?q=garantia&limit=1');
    expect(limited.json().results).toHaveLength(1);
  });

  it('matches through the GIN indexes of both languages', async () => {
    const plan = await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_indexscan = off`);
      const res = await tx.execute(
        sql`explain ${searchSql(systemActor, { q: 'garantía de crédito', lang: 'es', limit: 20 })}`,
      );
      return (res as unknown as { rows: { 'QUERY PLAN': string }[] }).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n');
    });
    expect(plan).toContain('problems_search_es_idx');
    expect(plan).toContain('problems_search_en_idx');
  });
});
