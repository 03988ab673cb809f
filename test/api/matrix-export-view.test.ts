import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/commands/context';
import { createProblem, transitionProblem } from '../../src/commands/problems';
import { commitments, people } from '../../src/db/schema';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { addParticipant, createMesa, demoPersonId, organizationId, unique } from '../support/fixtures';

/**
 * The Matrix downloads follow a view given with the Matrix screen's parameters: only the rows its
 * filters keep, in its order, without the columns it hides; `commitments=true` adds the commitments
 * columns. Without parameters they are the full Matrix. A view never shows a caller more than the
 * Matrix does.
 */

let t: TestContext;
let coordinator: Client;
let observer: Client;
let mesaId = '';
let teamPerson = { id: '', fullName: '' };
const today = todayIn(new Date(), 'America/Lima');
const ctx = () => systemContext(t.database.db, 'test');

const title = {
  a: 'Guías de transporte forestal emitidas con demora',
  b: 'Firma digital de guías no reconocida',
  c: 'Inspecciones reservadas al equipo',
  d: 'Crédito forestal sin garantías',
  e: 'Ventanilla de trámites cerrada por mantenimiento',
};
const commitmentText = {
  membersA: 'Publicar el protocolo de emisión de guías',
  teamA: 'Revisar con SERFOR el plazo interno',
  laterA: 'Capacitar a las sedes regionales',
};

const headersEs = {
  full: [
    'N°',
    'Problema',
    'Descripción',
    'Categoría',
    'Tipo (MP/YP)',
    'Planteado por (persona)',
    'Planteado por (organización)',
    'Estado',
    'En foco',
    'Impacto',
    'Facilidad',
    'Entidades responsables',
    'Etiquetas',
    'Solución actual',
    'Instrumento',
    'Indicadores',
    'Visibilidad',
  ],
  commitments: [
    'Próximo compromiso',
    'Plazo del próximo compromiso',
    'A cargo del próximo compromiso',
    'Compromisos abiertos',
  ],
};

/** Open, red tape, MP; highest priority first; without entities, solution and indicators. */
const view =
  'status=open&category=red_tape&owner=MP&sort=priority&dir=desc&hide=entities,solution,indicators';
const viewHeaders = [
  'N°',
  'Problema',
  'Descripción',
  'Categoría',
  'Tipo (MP/YP)',
  'Planteado por (persona)',
  'Planteado por (organización)',
  'Estado',
  'En foco',
  'Impacto',
  'Facilidad',
  'Prioridad',
  'Etiquetas',
  'Alertas',
  'Visibilidad',
];

beforeAll(async () => {
  t = await createTestContext();
  coordinator = await t.as('coordinator');
  observer = await t.as('observer');
  const mesa = await createMesa(t, { name: unique('Mesa de guías forestales'), visibility: 'members' });
  mesaId = mesa.id;
  // The demo observer takes part in this Mesa too: a member, who does not see what is kept to the team.
  await addParticipant(t, mesaId, { role: 'observer', personId: await demoPersonId(t, 'observer') });
  teamPerson = { id: await demoPersonId(t, 'team'), fullName: '' };
  await addParticipant(t, mesaId, { role: 'team', personId: teamPerson.id });
  const [row] = await t.database.db.select().from(people).where(eq(people.id, teamPerson.id));
  teamPerson.fullName = row!.fullName;
  const serfor = await organizationId(t, 'SERFOR');

  const a = await createProblem(ctx(), mesaId, {
    title: title.a,
    categoryKey: 'red_tape',
    ownerType: 'MP',
    entityIds: [serfor],
    impact: 4,
    ease: 5,
    inFocus: true,
    visibility: 'members',
  });
  await transitionProblem(ctx(), a.id, { to: 'in_progress' });
  const b = await createProblem(ctx(), mesaId, {
    title: title.b,
    categoryKey: 'red_tape',
    ownerType: 'MP',
    impact: 3,
    ease: 3,
    filterFlags: ['subsidy'],
    visibility: 'members',
  });
  const c = await createProblem(ctx(), mesaId, {
    title: title.c,
    categoryKey: 'red_tape',
    ownerType: 'MP',
    impact: 5,
    ease: 4,
    visibility: 'team',
  });
  await createProblem(ctx(), mesaId, {
    title: title.d,
    categoryKey: 'financing',
    ownerType: 'YP',
    impact: 5,
    ease: 5,
    visibility: 'members',
  });
  const e = await createProblem(ctx(), mesaId, {
    title: title.e,
    categoryKey: 'red_tape',
    ownerType: 'MP',
    impact: 5,
    ease: 5,
    visibility: 'members',
  });
  await transitionProblem(ctx(), e.id, { to: 'parked', reason: 'En espera del presupuesto' });

  // A's commitments: one only the team sees, due first; one every member sees; one due later; and a
  // done one due before all of them, which does not count.
  await t.database.db.insert(commitments).values([
    {
      mesaId,
      problemId: a.id,
      personId: teamPerson.id,
      organizationId: serfor,
      text: commitmentText.membersA,
      dueOn: addDays(today, 5),
      visibility: 'members',
    },
    {
      mesaId,
      problemId: a.id,
      personId: teamPerson.id,
      text: commitmentText.teamA,
      dueOn: addDays(today, 2),
      visibility: 'team',
    },
    {
      mesaId,
      problemId: a.id,
      text: commitmentText.laterA,
      dueOn: addDays(today, 30),
      visibility: 'members',
    },
    {
      mesaId,
      problemId: a.id,
      text: 'Ya cumplido',
      dueOn: addDays(today, 1),
      visibility: 'members',
      status: 'done',
      completedAt: new Date(),
    },
    { mesaId, problemId: c.id, text: 'Inspección programada', dueOn: addDays(today, 3), visibility: 'team' },
  ]);
  expect(b.id).toBeTruthy();
});
afterAll(() => t?.close());

const xlsxUrl = (query = '') => `/api/mesas/${mesaId}/matrix.xlsx?lang=es${query ? `&${query}` : ''}`;
const csvUrl = (query = '') => `/api/mesas/${mesaId}/matrix.csv?lang=es${query ? `&${query}` : ''}`;

async function xlsxRows(res: LightMyRequestResponse): Promise<unknown[][]> {
  expect(res.statusCode, res.body).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.worksheets[0]!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

async function csvRows(res: LightMyRequestResponse): Promise<string[][]> {
  expect(res.statusCode, res.body).toBe(200);
  const book = new ExcelJS.Workbook();
  const sheet = await book.csv.read(Readable.from([res.body.replace(/^\uFEFF/, '')]), {
    parserOptions: { delimiter: ',' },
    map: (v: string) => v,
  });
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as string[]).slice(1));
  });
  return rows;
}

/** A sheet's rows as records by header; empty cells left out. */
const records = (rows: unknown[][]) => {
  const [headers, ...body] = rows;
  return body.map((r) =>
    Object.fromEntries(
      headers!.map((h, i) => [String(h), r[i]]).filter(([, v]) => v !== undefined && v !== ''),
    ),
  );
};

describe('GET /api/mesas/:id/matrix.xlsx and .csv with a view', () => {
  it('keeps only the rows of the view, in its order, without the columns it hides (XLSX)', async () => {
    const rows = await xlsxRows(await coordinator.get(xlsxUrl(view)));
    expect(rows[0]).toEqual(viewHeaders);
    // Priority 20, 20 (the one in focus first, as in the Matrix order), then 9; D is financing and YP,
    // E is parked.
    expect(rows.slice(1).map((r) => r[1])).toEqual([title.a, title.c, title.b]);
    const [a, c, b] = records(rows);
    expect(a).toMatchObject({
      Problema: title.a,
      Estado: 'En curso',
      'En foco': 'Sí',
      Impacto: 4,
      Facilidad: 5,
      Prioridad: 20,
      Visibilidad: 'Miembros',
    });
    expect(a).not.toHaveProperty('Alertas');
    expect(c).toMatchObject({ Prioridad: 20, Visibilidad: 'Solo equipo dedicado' });
    expect(b).toMatchObject({ Prioridad: 9, Alertas: 'Subsidio', 'En foco': 'No' });
  });

  it('gives the same rows, order and columns as CSV', async () => {
    const rows = await csvRows(await coordinator.get(csvUrl(view)));
    expect(rows[0]).toEqual(viewHeaders);
    expect(rows.slice(1).map((r) => r[1])).toEqual([title.a, title.c, title.b]);
    expect(rows[1]![viewHeaders.indexOf('Prioridad')]).toBe('20');
  });

  it('finds the words of `q` with the Matrix search, and sorts by a name in the export language', async () => {
    const words = await xlsxRows(await coordinator.get(xlsxUrl('q=guias')));
    expect(words.slice(1).map((r) => r[1])).toEqual([title.a, title.b]);
    const byCategory = await xlsxRows(await coordinator.get(xlsxUrl('sort=category&dir=desc&focus=no')));
    // Trámites y procedimientos, then Financiamiento (descending, in Spanish).
    const categories = byCategory.slice(1).map((r) => r[3]);
    expect(categories).toEqual([...categories].sort().reverse());
    expect(byCategory.slice(1).map((r) => r[1])).not.toContain(title.a);
  });

  it('adds the commitments columns with the next commitment the caller may see', async () => {
    const rows = await xlsxRows(await coordinator.get(xlsxUrl(`${view}&commitments=true`)));
    expect(rows[0]).toEqual([...viewHeaders, ...headersEs.commitments]);
    const [a, c, b] = records(rows);
    expect(a).toMatchObject({
      'Próximo compromiso': commitmentText.teamA,
      'Plazo del próximo compromiso': addDays(today, 2),
      'A cargo del próximo compromiso': teamPerson.fullName,
      'Compromisos abiertos': 3,
    });
    expect(c).toMatchObject({ 'Próximo compromiso': 'Inspección programada', 'Compromisos abiertos': 1 });
    expect(b).toMatchObject({ 'Compromisos abiertos': 0 });
    expect(b).not.toHaveProperty('Próximo compromiso');

    // A member sees neither the team's problem nor the team's commitment, nor counts it.
    const forMember = await xlsxRows(await observer.get(xlsxUrl(`${view}&commitments=true`)));
    expect(forMember.slice(1).map((r) => r[1])).toEqual([title.a, title.b]);
    expect(records(forMember)[0]).toMatchObject({
      'Próximo compromiso': commitmentText.membersA,
      'Plazo del próximo compromiso': addDays(today, 5),
      'A cargo del próximo compromiso': `${teamPerson.fullName} (SERFOR)`,
      'Compromisos abiertos': 2,
    });
    const csv = (await observer.get(csvUrl(`${view}&commitments=true`))).body;
    expect(csv).not.toContain(commitmentText.teamA);
    expect(csv).not.toContain(title.c);
  });

  it('adds the commitments columns to the full Matrix too', async () => {
    const rows = await csvRows(await coordinator.get(csvUrl('commitments=true')));
    expect(rows[0]).toEqual([...headersEs.full, ...headersEs.commitments]);
    expect(rows).toHaveLength(6);
  });

  it('is the full Matrix without view parameters, or with default or unknown values', async () => {
    const full = await xlsxRows(await coordinator.get(xlsxUrl()));
    expect(full[0]).toEqual(headersEs.full);
    expect(full).toHaveLength(6);
    // The Matrix order: the problem in focus first.
    expect(full[1]![1]).toBe(title.a);
    for (const query of ['sort=&dir=asc&hide=', 'status=bogus&sort=nope&dir=up&hide=number,zzz&entity=x']) {
      expect(await xlsxRows(await coordinator.get(xlsxUrl(query)))).toEqual(full);
    }
    const fullCsv = (await coordinator.get(csvUrl())).body;
    expect((await coordinator.get(csvUrl('focus=maybe&flags=other'))).body).toBe(fullCsv);
    // An unknown value drops only its own filter.
    const partly = await xlsxRows(await coordinator.get(xlsxUrl('status=bogus&owner=YP')));
    expect(partly.slice(1).map((r) => r[1])).toEqual([title.d]);
  });

  it('refuses a malformed `q`, `lang` or `commitments`, or an overlong view parameter, with a clear 400', async () => {
    const tooLong = `sort=${'a'.repeat(201)}`;
    for (const query of [`q=${'a'.repeat(201)}`, 'q=%01', 'commitments=maybe', 'lang=fr', tooLong]) {
      const res = await coordinator.get(`/api/mesas/${mesaId}/matrix.csv?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('never gives a member or an anonymous caller rows they cannot see', async () => {
    const everything = 'q=&status=&commitments=true';
    const member = await csvRows(await observer.get(csvUrl(everything)));
    expect(
      member
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual([title.a, title.b, title.d, title.e].sort());
    const searched = await csvRows(await observer.get(csvUrl('q=inspecciones')));
    expect(searched).toHaveLength(1);
    const sorted = await csvRows(await observer.get(csvUrl('sort=priority&dir=desc')));
    expect(sorted.map((r) => r[1])).not.toContain(title.c);
    for (const url of [xlsxUrl(view), csvUrl(`${view}&commitments=true`)]) {
      expect((await t.anonymous.get(url)).statusCode).toBe(401);
    }
  });
});
