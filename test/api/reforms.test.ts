import { asc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/commands/context';
import { createProblem } from '../../src/commands/problems';
import { proposeSolution } from '../../src/commands/solutions';
import { auditEvents } from '../../src/db/schema';
import { dateInZone } from '../../src/domain/dates';
import { reformStages } from '../../src/domain/reform-tracking';
import en from '../../src/i18n/locales/reforms.en.json';
import es from '../../src/i18n/locales/reforms.es.json';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { ensureMesa, mesaBySlug, unique } from '../support/fixtures';
import { hasSoffice, sheetsAsCsvBySoffice, sofficePath } from '../support/soffice';

/**
 * The reform tracking table: the agreed and drafted days and the enacting norm recorded on a solution;
 * one row per reform of the demo Forestry Mesa whose stage days match its Matrix (first proposal, moves
 * to enacted and verified); only the problems the caller sees; the XLSX workbook as LibreOffice reads
 * it, for one Mesa and for the portfolio, with headers in the language asked.
 */

let t: TestContext;
let forestal: string;
let team: Client;
let observer: Client;
let coordinator: Client;
const LIMA = 'America/Lima';

interface Reform {
  problemId: string;
  code: string;
  problem: string;
  solutionId: string;
  reform: string;
  instrument: string;
  entities: string[];
  norm: { name: string | null; number: string | null; date: string | null; url: string | null } | null;
  dates: Record<(typeof reformStages)[number], string | null>;
  stage: string;
  status: string;
  impact: string;
  mesa: { name: string };
}

interface Detail {
  id: string;
  code: string;
  title: string;
  status: string;
  history: { toStatus: string; occurredAt: string }[];
  solutions: {
    id: string;
    version: number;
    text: string;
    agreedOn: string | null;
    draftedOn: string | null;
    norm: Reform['norm'];
    versions: { number: number; revisedOn: string | null; createdAt: string }[];
    createdAt: string;
  }[];
}

async function reforms(c: Client, mesaId = forestal): Promise<Reform[]> {
  const res = await c.get(`/api/mesas/${mesaId}/reforms`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().reforms;
}

async function detail(id: string): Promise<Detail> {
  const res = await coordinator.get(`/api/problems/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** The last day the problem moved to a status, read from its history in the Matrix. */
function lastMove(d: Detail, status: string): string | null {
  const moves = d.history.filter((h) => h.toStatus === status).map((h) => h.occurredAt);
  return moves.length ? dateInZone(new Date(moves.sort().at(-1)!), LIMA) : null;
}

const byTitle = (rows: Reform[], title: string) => {
  const row = rows.find((r) => r.problem === title);
  expect(row, `no reform for "${title}"`).toBeDefined();
  return row!;
};

beforeAll(async () => {
  t = await createTestContext();
  forestal = (await mesaBySlug(t, 'forestal'))!.id;
  team = await t.as('team');
  observer = await t.as('observer');
  coordinator = await t.as('coordinator');
});
afterAll(() => t?.close());

describe('recording the reform on a solution', () => {
  it('keeps the agreed and drafted days and the norm, shows and audits them, and refuses bad values', async () => {
    const system = systemContext(t.database.db, 'test');
    const problem = await createProblem(system, forestal, {
      title: unique('Reforma'),
      visibility: 'members',
    });
    const { id } = await proposeSolution(system, problem.id, {
      text: 'Nuevo reglamento',
      instrument: 'regulation',
    });
    const before = (await detail(problem.id)).solutions[0]!;
    expect(before).toMatchObject({ agreedOn: null, draftedOn: null, norm: null });

    const res = await team.patch(`/api/solutions/${id}`, {
      version: before.version,
      agreedOn: '2015-03-05',
      draftedOn: '2015-06-18',
      normName: 'Reglamento de prueba',
      normNumber: ' D.S. N° 001-2015 ',
      normDate: '2015-09-30',
      normUrl: 'https://diariooficial.elperuano.pe/normas',
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = (await detail(problem.id)).solutions[0]!;
    expect(after).toMatchObject({
      agreedOn: '2015-03-05',
      draftedOn: '2015-06-18',
      norm: {
        name: 'Reglamento de prueba',
        number: 'D.S. N° 001-2015',
        date: '2015-09-30',
        url: 'https://diariooficial.elperuano.pe/normas',
      },
    });
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, id))
      .orderBy(asc(auditEvents.seq));
    expect(event).toBeDefined();
    const audited = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    const update = audited.find((e) => e.action === 'update')!;
    expect(update.before).toMatchObject({ normName: null, agreedOn: null });
    expect(update.after).toMatchObject({ normName: 'Reglamento de prueba', agreedOn: '2015-03-05' });

    for (const [field, value] of [
      ['normUrl', 'javascript:alert(1)'],
      ['normUrl', 'ftp://example.org/norma.pdf'],
      ['agreedOn', '2015-02-30'],
    ] as const) {
      const bad = await team.patch(`/api/solutions/${id}`, { version: after.version, [field]: value });
      expect(bad.statusCode, `${field}=${value}`).toBe(400);
      expect(bad.json().error.fields[0].path).toBe(field);
    }
    // Nothing changed, and null clears a value.
    expect((await detail(problem.id)).solutions[0]!.version).toBe(after.version);
    const cleared = await team.patch(`/api/solutions/${id}`, { version: after.version, normUrl: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect((await detail(problem.id)).solutions[0]!.norm?.url).toBeNull();
    // A participant who may not revise solutions may not record them either.
    expect(
      (await observer.patch(`/api/solutions/${id}`, { version: after.version + 1, agreedOn: null }))
        .statusCode,
    ).toBe(403);
  });
});

describe('the reform tracking table of the Forestry Mesa', () => {
  it('has one row per problem with a solution, whose stage days match the Matrix', async () => {
    const rows = await reforms(coordinator);
    const matrix = (await coordinator.get(`/api/mesas/${forestal}/matrix`)).json().problems as {
      id: string;
      code: string;
      title: string;
      solutionCount: number;
    }[];
    const withSolutions = matrix.filter((p) => p.solutionCount > 0);
    expect(rows.map((r) => r.code).sort()).toEqual(withSolutions.map((p) => p.code).sort());
    expect(rows.length).toBeGreaterThan(10);

    for (const row of rows) {
      const d = await detail(row.problemId);
      expect(row.code).toBe(d.code);
      expect(row.problem).toBe(d.title);
      expect(row.status).toBe(d.status);
      const firstProposed = d.solutions
        .map((s) => {
          const v1 = s.versions.find((v) => v.number === 1)!;
          return v1.revisedOn ?? dateInZone(new Date(s.createdAt), LIMA);
        })
        .sort()[0];
      expect(row.dates.proposed, row.code).toBe(firstProposed);
      const fixed = d.status === 'enacted' || d.status === 'verified';
      expect(row.dates.enacted, row.code).toBe(fixed ? lastMove(d, 'enacted') : null);
      expect(row.dates.implemented, row.code).toBe(d.status === 'verified' ? lastMove(d, 'verified') : null);
      const solution = d.solutions.find((s) => s.id === row.solutionId)!;
      expect(row.dates.agreed).toBe(solution.agreedOn);
      expect(row.dates.drafted).toBe(solution.draftedOn);
      expect(row.norm).toEqual(solution.norm);
    }
  });

  it('cites the forestry regulations of September 2015 on the fixes they enacted', async () => {
    const rows = await reforms(coordinator);
    const registry = byTitle(rows, 'Registrar una plantación forestal toma de seis a 12 meses');
    expect(registry).toMatchObject({
      code: registry.code,
      instrument: 'regulation',
      stage: 'implemented',
      status: 'verified',
      norm: {
        name: 'Reglamento para la Gestión de las Plantaciones Forestales y los Sistemas Agroforestales',
        number: 'Decreto Supremo N° 020-2015-MINAGRI',
        date: '2015-09-30',
        url: null,
      },
    });
    expect(registry.dates).toMatchObject({
      proposed: '2014-12-11',
      enacted: '2015-09-30',
      implemented: '2016-06-16',
    });
    expect(registry.entities).toContain('Servicio Nacional Forestal y de Fauna Silvestre');
    const law = byTitle(rows, 'La Ley Forestal y de Fauna Silvestre de julio de 2011 sigue sin reglamento');
    expect(law.norm?.number).toBe('Decretos Supremos N° 018, 019, 020 y 021-2015-MINAGRI');
    const cited = rows.filter((r) => r.norm?.number?.endsWith('2015-MINAGRI'));
    expect(cited.length).toBe(5);
    for (const r of cited) expect(r.dates.enacted).toBe('2015-09-30');
  });

  it('shows each caller only the problems they may see', async () => {
    const system = systemContext(t.database.db, 'test');
    const hidden = await createProblem(system, forestal, {
      title: unique('Reforma reservada'),
      visibility: 'team',
    });
    await proposeSolution(system, hidden.id, { text: 'Texto reservado' });
    expect((await reforms(team)).map((r) => r.problemId)).toContain(hidden.id);
    expect((await reforms(observer)).map((r) => r.problemId)).not.toContain(hidden.id);
    const sheet = await observer.get(`/api/mesas/${forestal}/reforms.xlsx`);
    expect(sheet.statusCode).toBe(200);
    expect(sheet.rawPayload.includes(Buffer.from('Texto reservado'))).toBe(false);
    expect((await t.anonymous.get(`/api/mesas/${forestal}/reforms`)).statusCode).toBe(401);
    expect((await t.anonymous.get(`/api/mesas/${forestal}/reforms.xlsx`)).statusCode).toBe(401);
    const elsewhere = await ensureMesa(t, 'acuicola', 'members');
    expect((await observer.get(`/api/mesas/${elsewhere}/reforms`)).statusCode).toBe(404);
    expect((await team.get('/api/portfolio/reforms.xlsx')).statusCode).toBe(403);
  });
});

describe('the reform tracking workbook, as LibreOffice reads it', () => {
  /** The Mesa's workbook in Spanish and in English, and the portfolio's, each with what LibreOffice read. */
  const workbooks = new Map<string, { res: LightMyRequestResponse; sheet: string[][] }>();
  beforeAll(async () => {
    if (!hasSoffice()) return;
    const urls = [
      `/api/mesas/${forestal}/reforms.xlsx?lang=es`,
      `/api/mesas/${forestal}/reforms.xlsx?lang=en`,
      '/api/portfolio/reforms.xlsx?lang=en',
    ];
    const answers = await Promise.all(urls.map((url) => coordinator.get(url)));
    // One LibreOffice reads them all: its start is most of what a reading costs. An answer that is not a
    // workbook is left for its test to report.
    const sheets = answers.every((res) => res.statusCode === 200)
      ? await sheetsAsCsvBySoffice(answers.map((res) => res.rawPayload))
      : [];
    for (const [i, url] of urls.entries()) workbooks.set(url, { res: answers[i]!, sheet: sheets[i] ?? [] });
  }, 240_000);
  const read = (url: string) => {
    const workbook = workbooks.get(url);
    if (!workbook) throw new Error(`${url} was not read`);
    return workbook;
  };

  it('has LibreOffice to read it with (.ci/run installs it)', () => {
    expect(hasSoffice(), sofficePath).toBe(true);
  });

  it('holds the rows and stage days of the Matrix, with headers in the language asked', async () => {
    const rows = await reforms(coordinator);
    for (const [lang, strings] of [
      ['es', es],
      ['en', en],
    ] as const) {
      const { res, sheet } = read(`/api/mesas/${forestal}/reforms.xlsx?lang=${lang}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers['content-disposition']).toContain(strings.reformSheet.fileName);
      const [header, ...body] = sheet.filter((r) => r.some((c) => c !== ''));
      const columns = strings.reformSheet.columns;
      expect(header).toEqual([
        columns.mesa,
        columns.code,
        columns.problem,
        columns.reform,
        columns.instrument,
        columns.entities,
        columns.norm,
        columns.gazette,
        columns.proposed,
        columns.agreed,
        columns.drafted,
        columns.enacted,
        columns.implemented,
        columns.status,
        columns.impact,
      ]);
      expect(body.length).toBe(rows.length);
      const at = (name: keyof typeof columns) => header!.indexOf(columns[name]);
      for (const row of rows) {
        const line = body.find((l) => l[at('code')] === row.code);
        expect(line, row.code).toBeDefined();
        expect(line![at('mesa')]).toBe(row.mesa.name);
        expect(line![at('problem')]).toBe(row.problem);
        expect(line![at('reform')]).toBe(row.reform);
        for (const stage of reformStages)
          expect(line![at(stage)], `${row.code} ${stage}`).toBe(row.dates[stage] ?? '');
        if (row.norm?.number) expect(line![at('norm')]).toContain(row.norm.number);
        if (row.status === 'verified')
          expect(line![at('status')]).toBe(strings.reformSheet.stages.implemented);
      }
      const registry = body.find(
        (l) => l[at('problem')] === 'Registrar una plantación forestal toma de seis a 12 meses',
      )!;
      expect(registry[at('norm')]).toBe(
        'Decreto Supremo N° 020-2015-MINAGRI, Reglamento para la Gestión de las Plantaciones Forestales y los Sistemas Agroforestales (2015-09-30)',
      );
      expect(registry[at('enacted')]).toBe('2015-09-30');
    }
  });

  it('gathers every Mesa of the portfolio for the coordinating office', async () => {
    const { res, sheet } = read('/api/portfolio/reforms.xlsx?lang=en');
    expect(res.statusCode, res.body).toBe(200);
    const [header, ...body] = sheet.filter((r) => r.some((c) => c !== ''));
    expect(header![0]).toBe(en.reformSheet.columns.mesa);
    const mesas = new Set(body.map((l) => l[0]));
    const names = await Promise.all(
      ['forestal', 'acuicola', 'logistica'].map(async (slug) => (await mesaBySlug(t, slug))?.name),
    );
    for (const name of names.filter(Boolean)) expect(mesas.has(name!)).toBe(true);
    const forestry = await reforms(coordinator);
    expect(body.filter((l) => l[0] === forestry[0]!.mesa.name).length).toBe(forestry.length);
  });
});
