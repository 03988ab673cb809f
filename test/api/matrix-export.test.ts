import { Readable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/commands/context';
import { addIndicator } from '../../src/commands/indicators';
import { createProblem, transitionProblem } from '../../src/commands/problems';
import { proposeSolution, reviseSolution } from '../../src/commands/solutions';
import { loadMatrix, type MatrixRow } from '../../src/db/queries/matrix';
import {
  auditEvents,
  outcomeIndicators,
  problemEntities,
  problemStatusEvents,
  problems,
  solutions,
  solutionVersions,
} from '../../src/db/schema';
import { IMPORT_LIMITS } from '../../src/exports/matrix-import';
import { type Client, createTestContext, type TestContext } from '../support/app';
import {
  addParticipant,
  createMesa,
  createPerson,
  ensureMesa,
  inLanguage,
  mesaBySlug,
  organizationId,
  snapshot,
  unique,
} from '../support/fixtures';

let t: TestContext;
let coordinator: Client;
let source = { id: '', slug: '' };
/** Who raised the first problem of the source Matrix (a person of the directory). */
let raiser = { id: '', fullName: '' };
const all = ['public', 'members', 'team'] as const;

const ctx = () => systemContext(t.database.db, 'test');

/** A Matrix with every kind of value the spreadsheet carries. */
async function fillSource(mesaId: string) {
  const org = async (acronym: string) => organizationId(t, acronym);
  const reason = 'Motivo de prueba';
  const p1 = await createProblem(ctx(), mesaId, {
    title: 'Registro de plantaciones forestales lento',
    description: 'Registrar una plantación toma de 6 a 12 meses.\nEl trámite exige visitas de campo.',
    categoryKey: 'red_tape',
    ownerType: 'MP',
    raisedByPersonId: raiser.id,
    raisedByOrganizationId: await org('ADEX'),
    entityIds: [await org('SERFOR'), await org('GORE-UCAYALI')],
    impact: 5,
    ease: 4,
    inFocus: true,
    tags: ['plantaciones', 'registro'],
    visibility: 'public',
  });
  const s1 = await proposeSolution(ctx(), p1.id, { text: 'Registro en línea', instrument: 'procedure' });
  await reviseSolution(ctx(), s1.id, { text: 'Registro en línea en 3 días', reason: 'Se acordó con SERFOR' });
  await transitionProblem(ctx(), p1.id, { to: 'in_progress' });
  await transitionProblem(ctx(), p1.id, { to: 'enacted' });
  await addIndicator(ctx(), p1.id, {
    name: 'Tiempo de registro de una plantación',
    unit: 'días',
    direction: 'lower_is_better',
    baselineValue: 270,
    currentValue: 3,
    targetValue: 5,
  });
  await addIndicator(ctx(), p1.id, {
    name: 'Plantaciones registradas: por año',
    unit: 'plantaciones',
    direction: 'higher_is_better',
    baselineValue: 120.5,
    baselineOn: '2015-01-15',
    currentValue: 480,
    currentOn: '2017-06-30',
    source: 'SERFOR · informe anual',
  });

  const p2 = await createProblem(ctx(), mesaId, {
    title: 'Crédito con garantía de títulos habilitantes',
    description: 'Los bancos no aceptan el título como garantía.',
    categoryKey: 'financing',
    ownerType: 'YP',
    raisedByOrganizationId: await org('SUNARP'),
    entityIds: [await org('SUNARP'), await org('COFIDE')],
    impact: 4,
    ease: 2,
    tags: ['crédito'],
    visibility: 'members',
  });
  await proposeSolution(ctx(), p2.id, { text: 'Inscribir el título en SUNARP', instrument: 'regulation' });
  for (const to of ['in_progress', 'enacted', 'verified'] as const)
    await transitionProblem(ctx(), p2.id, { to });
  await addIndicator(ctx(), p2.id, {
    name: 'Créditos con garantía de título',
    unit: 'créditos',
    direction: 'higher_is_better',
    baselineValue: 0,
    currentValue: null,
    targetValue: 50,
  });

  const p3 = await createProblem(ctx(), mesaId, {
    title: 'Exoneración del IGV a la madera',
    description: 'Pedido del gremio; no mejora la operación diaria.',
    impact: 2,
    ease: 3,
    tags: ['filtro'],
    visibility: 'team',
  });
  await transitionProblem(ctx(), p3.id, { to: 'parked', reason });

  const p4 = await createProblem(ctx(), mesaId, {
    title: '=Espera de camiones en el terminal',
    categoryKey: 'infrastructure',
    entityIds: [await org('APN')],
    impact: 1,
    ease: 1,
    visibility: 'members',
  });
  await transitionProblem(ctx(), p4.id, { to: 'dropped', reason });

  const p5 = await createProblem(ctx(), mesaId, {
    title: 'Capacitación de operarios de aserradero',
    categoryKey: 'skills',
    ownerType: 'YP',
    impact: 3,
    ease: 5,
    inFocus: true,
    visibility: 'members',
  });
  await proposeSolution(ctx(), p5.id, { text: 'Programa con CITEFOR', instrument: 'program' });
  await transitionProblem(ctx(), p5.id, { to: 'prioritized' });

  const p6 = await createProblem(ctx(), mesaId, { title: 'Tala ilegal en concesiones', impact: 4, ease: 3 });
  await transitionProblem(ctx(), p6.id, { to: 'in_progress' });
}

beforeAll(async () => {
  t = await createTestContext();
  coordinator = await t.as('coordinator');
  raiser = await createPerson(t, { fullName: unique('Rosa Quispe Mamani') });
  const mesa = await createMesa(t, { name: unique('Mesa Forestal de exportación') });
  source = { id: mesa.id, slug: mesa.slug };
  // Whoever raised a problem takes part in its Mesa.
  await addParticipant(t, mesa.id, { role: 'private_rep', personId: raiser.id });
  await fillSource(source.id);
});
afterAll(() => t?.close());
// A test may make the coordinator's account speak English; the next starts in Spanish again.
afterEach(async () => {
  await inLanguage(t, coordinator, 'es');
});

/** A Mesa to import into, where the person who raised the source's problems takes part too. */
async function targetMesa(fields: Record<string, unknown> = {}) {
  const target = await createMesa(t, fields);
  await addParticipant(t, target.id, { role: 'private_rep', personId: raiser.id });
  return target;
}

/** What must survive a round trip: everything the sheet carries but the number. */
const essence = (r: MatrixRow) => ({
  title: r.title,
  description: r.description,
  category: r.category?.key ?? null,
  ownerType: r.ownerType,
  raisedByPerson: r.raisedByPerson?.id ?? null,
  raisedByOrganization: r.raisedByOrganization?.acronym ?? null,
  status: r.status,
  inFocus: r.inFocus,
  impact: r.impact,
  ease: r.ease,
  entities: r.entities.map((e) => e.acronym).sort(),
  tags: r.tags,
  solution: r.latestSolution
    ? { text: r.latestSolution.text, instrument: r.latestSolution.instrument }
    : null,
  indicators: r.indicators.map((i) => ({
    name: i.name,
    unit: i.unit,
    direction: i.direction,
    baselineValue: i.baselineValue,
    baselineOn: i.baselineOn,
    currentValue: i.currentValue,
    currentOn: i.currentOn,
    targetValue: i.targetValue,
    source: i.source,
  })),
  visibility: r.visibility,
});

async function workbookRows(res: LightMyRequestResponse) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return { book, sheet, rows };
}

async function xlsxBase64(rows: unknown[][], sheetName = 'Hoja1'): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

const importUrl = (id: string) => `/api/mesas/${id}/matrix/import`;
const previewUrl = (id: string) => `/api/mesas/${id}/matrix/import/preview`;
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' }).format(new Date());

describe('GET /api/mesas/:id/matrix.xlsx', () => {
  it('downloads the Matrix as a workbook named after the Mesa and the date, headers in Spanish', async () => {
    const res = await coordinator.request('GET', `/api/mesas/${source.id}/matrix.xlsx`, undefined, {
      'accept-language': 'es',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="matriz-${source.slug}-${today()}.xlsx"; filename*=UTF-8''matriz-${source.slug}-${today()}.xlsx`,
    );
    const { sheet, rows } = await workbookRows(res);
    expect(sheet.name).toBe('Matriz');
    expect(rows[0]).toEqual([
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
    ]);
    expect(rows).toHaveLength(7);
    const registro = rows.find((r) => r[1] === 'Registro de plantaciones forestales lento')!;
    expect(registro).toEqual([
      1,
      'Registro de plantaciones forestales lento',
      'Registrar una plantación toma de 6 a 12 meses.\nEl trámite exige visitas de campo.',
      'Trámites y procedimientos',
      'MP',
      raiser.fullName,
      'ADEX',
      'Implementado',
      'Sí',
      5,
      4,
      'GORE-UCAYALI; SERFOR',
      'plantaciones; registro',
      'Registro en línea en 3 días',
      'Cambio de procedimiento',
      'Tiempo de registro de una plantación: 270 → 3 (meta: 5) días · menor es mejor\n' +
        'Plantaciones registradas: por año: 120.5 (2015-01-15) → 480 (2017-06-30) plantaciones · mayor es mejor · fuente: SERFOR · informe anual',
      'Pública',
    ]);
    // Header row styled, frozen and filtered; columns wide enough to read.
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:Q7');
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(40);
  });

  it('writes the headers and labels in English when asked', async () => {
    const res = await coordinator.get(`/api/mesas/${source.id}/matrix.xlsx?lang=en`);
    expect(res.headers['content-disposition']).toContain(`filename="matrix-${source.slug}-`);
    const { sheet, rows } = await workbookRows(res);
    expect(sheet.name).toBe('Matrix');
    expect(rows[0]!.slice(0, 8)).toEqual([
      'No.',
      'Problem',
      'Description',
      'Category',
      'Owner (MP/YP)',
      'Raised by (person)',
      'Raised by (organization)',
      'Status',
    ]);
    const credit = rows.find((r) => r[1] === 'Crédito con garantía de títulos habilitantes')!;
    expect(credit.slice(3, 9)).toEqual(['Financing', 'YP', undefined, 'SUNARP', 'Verified', 'No']);
    expect(credit[15]).toBe(
      'Créditos con garantía de título: 0 → ? (target: 50) créditos · higher is better',
    );
  });
});

describe('GET /api/mesas/:id/matrix.csv', () => {
  it('downloads UTF-8 CSV that a spreadsheet reads back with the same rows, formulas neutralized', async () => {
    const res = await coordinator.get(`/api/mesas/${source.id}/matrix.csv?lang=en`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain(`filename="matrix-${source.slug}-${today()}.csv"`);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const book = new ExcelJS.Workbook();
    const sheet = await book.csv.read(Readable.from([res.body.replace(/^\uFEFF/, '')]), {
      parserOptions: { delimiter: ',' },
      map: (v: string) => v,
    });
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      rows.push((row.values as string[]).slice(1));
    });
    expect(rows[0]!.slice(0, 3)).toEqual(['No.', 'Problem', 'Description']);
    expect(rows).toHaveLength(7);
    const registro = rows.find((r) => r[1] === 'Registro de plantaciones forestales lento')!;
    expect(registro[2]).toBe(
      'Registrar una plantación toma de 6 a 12 meses.\nEl trámite exige visitas de campo.',
    );
    expect(registro[5]).toBe(raiser.fullName);
    expect(registro[15]!.split('\n')[0]).toBe(
      'Tiempo de registro de una plantación: 270 → 3 (target: 5) días · lower is better',
    );
    expect(rows.map((r) => r[1])).toContain("'=Espera de camiones en el terminal");
  });
});

describe('the API description', () => {
  it('documents the downloads under their media types', async () => {
    const spec = (await t.anonymous.get('/api/openapi.json')).json();
    const ok = (path: string) => spec.paths[path].get.responses['200'].content;
    expect(ok('/api/mesas/{id}/matrix.xlsx')).toEqual({
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: { type: 'string', format: 'binary' },
      },
    });
    expect(Object.keys(ok('/api/mesas/{id}/matrix.csv'))).toEqual(['text/csv']);
  });
});

describe('what an export shows each caller', () => {
  let forestal = '';
  const titles = { members: unique('Problema de miembros'), team: unique('Problema del equipo') };
  beforeAll(async () => {
    forestal = (await mesaBySlug(t, 'forestal'))!.id;
    await createProblem(ctx(), forestal, { title: titles.members, visibility: 'members' });
    await createProblem(ctx(), forestal, { title: titles.team, visibility: 'team' });
  });

  const exportedTitles = async (c: Client, id: string, ext: 'xlsx' | 'csv' = 'xlsx') => {
    const res = await c.get(`/api/mesas/${id}/matrix.${ext}`);
    expect(res.statusCode, res.body).toBe(200);
    if (ext === 'csv') return res.body;
    return (await workbookRows(res)).rows.slice(1).map((r) => r[1]);
  };

  it('leaves out the problems the caller may not see, exactly as the Matrix does', async () => {
    const team = await exportedTitles(await t.as('team'), forestal);
    expect(team).toEqual(expect.arrayContaining([titles.members, titles.team]));
    const privateRep = await exportedTitles(await t.as('private_rep'), forestal);
    expect(privateRep).toContain(titles.members);
    expect(privateRep).not.toContain(titles.team);
    expect(await exportedTitles(await t.as('private_rep'), forestal, 'csv')).not.toContain(titles.team);
    const matrix = await (await t.as('private_rep')).get(`/api/mesas/${forestal}/matrix`);
    expect(matrix.statusCode).toBe(200);
    expect(privateRep).toHaveLength(matrix.json().problems.length);
  });

  it('answers 404 for a Mesa the caller may not see and 401 without credentials', async () => {
    const acuicola = await ensureMesa(t, 'acuicola', 'members');
    for (const ext of ['xlsx', 'csv']) {
      const res = await (await t.as('private_rep')).get(`/api/mesas/${acuicola}/matrix.${ext}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
      expect((await t.anonymous.get(`/api/mesas/${forestal}/matrix.${ext}`)).statusCode).toBe(401);
    }
  });
});

describe('export → import round trip', () => {
  // Portuguese: its own statuses, instruments and visibilities, the other headers read in English.
  for (const lang of ['es', 'en', 'pt'] as const) {
    it(`gives the same Matrix in an empty Mesa (${lang} headers)`, async () => {
      const exported = await coordinator.get(`/api/mesas/${source.id}/matrix.xlsx?lang=${lang}`);
      expect(exported.statusCode).toBe(200);
      const file = exported.rawPayload.toString('base64');
      const target = await targetMesa({ name: unique(`Mesa destino ${lang}`) });

      const preview = await coordinator.post(previewUrl(target.id), { file });
      expect(preview.statusCode, preview.body).toBe(200);
      const p = preview.json();
      expect(p).toMatchObject({ headerRow: 1, rowCount: 6, invalidRowCount: 0, issues: [], errors: [] });
      expect(p.columns.map((c: { field: string | null }) => c.field)).toEqual([
        'number',
        'title',
        'description',
        'category',
        'ownerType',
        'raisedByPerson',
        'raisedByOrganization',
        'status',
        'inFocus',
        'impact',
        'ease',
        'entities',
        'tags',
        'solution',
        'instrument',
        'indicators',
        'visibility',
      ]);
      expect(Object.keys(p.mapping).sort()).toEqual(
        [
          'title',
          'description',
          'category',
          'ownerType',
          'raisedByPerson',
          'raisedByOrganization',
          'status',
          'inFocus',
          'impact',
          'ease',
          'entities',
          'tags',
          'solution',
          'instrument',
          'indicators',
          'visibility',
        ].sort(),
      );

      const res = await coordinator.post(importUrl(target.id), { file, mapping: p.mapping });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().created).toEqual({ problems: 6, solutions: 3, transitions: 9, indicators: 3 });

      const before = await loadMatrix(t.database.db, source.id, [...all]);
      const after = await loadMatrix(t.database.db, target.id, [...all]);
      expect(after.map(essence)).toEqual(before.map(essence));
      // Who raised it and the indicators came across, not only the problems' own columns.
      const registro = after.find((r) => r.title === 'Registro de plantaciones forestales lento')!;
      expect(registro.raisedByPerson).toEqual({ id: raiser.id, fullName: raiser.fullName });
      expect(registro.raisedByOrganization?.acronym).toBe('ADEX');
      expect(registro.indicators.map((i) => [i.name, i.direction, i.currentOn, i.source])).toEqual([
        ['Tiempo de registro de una plantación', 'lower_is_better', null, null],
        ['Plantaciones registradas: por año', 'higher_is_better', '2017-06-30', 'SERFOR · informe anual'],
      ]);
      // Exported again, the new Mesa gives the same sheet but for the numbers.
      const again = await workbookRows(
        await coordinator.get(`/api/mesas/${target.id}/matrix.xlsx?lang=${lang}`),
      );
      const first = await workbookRows(exported);
      const strip = (rows: unknown[][]) => rows.map((r) => r.slice(1));
      expect(strip(again.rows)).toEqual(strip(first.rows));
    });
  }

  it('records each status move, explained, and one audit event for the import', async () => {
    const target = await targetMesa({ name: unique('Mesa destino auditada') });
    const file = (await coordinator.get(`/api/mesas/${source.id}/matrix.xlsx`)).rawPayload.toString('base64');
    const preview = (await coordinator.post(previewUrl(target.id), { file })).json();
    const res = await coordinator.post(importUrl(target.id), { file, mapping: preview.mapping });
    expect(res.statusCode, res.body).toBe(201);
    const verified = (await loadMatrix(t.database.db, target.id, [...all])).find(
      (r) => r.status === 'verified',
    )!;
    const events = await t.database.db
      .select()
      .from(problemStatusEvents)
      .where(eq(problemStatusEvents.problemId, verified.id));
    expect(events.map((e) => [e.fromStatus, e.toStatus]).sort()).toEqual(
      [
        [null, 'identified'],
        ['identified', 'in_progress'],
        ['in_progress', 'enacted'],
        ['enacted', 'verified'],
      ].sort(),
    );
    const [imported] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, target.id), eq(auditEvents.action, 'import_matrix')));
    expect(imported).toMatchObject({
      entityType: 'mesa',
      mesaId: target.id,
      requestId: res.headers['x-request-id'],
    });
    expect((imported!.after as { problems: string[] }).problems).toHaveLength(6);
  });
});

describe('POST /api/mesas/:id/matrix/import/preview', () => {
  const sheet = [
    ['Matriz de problemas — Mesa Ejecutiva Acuícola'],
    [],
    [
      'N°',
      'Título',
      'Descripcion',
      'CATEGORÍA',
      'Entidad responsable',
      'Impacto',
      'Facilidad',
      'Solución',
      'Estado',
      'Observaciones',
    ],
    [
      1,
      'Concesión acuícola demora dos años',
      'Trámite ante PRODUCE y ANA',
      'Trámites y procedimientos',
      'PRODUCE; ANA',
      5,
      4,
      'Ventanilla única',
      'En curso',
      'Prioridad',
    ],
    [
      2,
      'Habilitación sanitaria de SANIPES',
      null,
      'red tape and procedures',
      'Organismo Nacional de Sanidad Pesquera',
      9,
      3,
      null,
      'Resuelto',
      null,
    ],
    [3, null, 'Sin título', null, 'MINISTERIO INVENTADO', 3, 3, null, 'En el limbo', null],
  ];

  it('finds the header row under a title, suggests a mapping and previews the rows with their errors', async () => {
    const target = await targetMesa();
    const before = await snapshot(t, problems);
    const res = await coordinator.request(
      'POST',
      previewUrl(target.id),
      { file: await xlsxBase64(sheet) },
      await inLanguage(t, coordinator, 'es'),
    );
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p.sheets).toEqual(['Hoja1']);
    expect(p.headerRow).toBe(3);
    expect(p.columns.map((c: { letter: string; field: string | null }) => `${c.letter}:${c.field}`)).toEqual([
      'A:number',
      'B:title',
      'C:description',
      'D:category',
      'E:entities',
      'F:impact',
      'G:ease',
      'H:solution',
      'I:status',
      'J:null',
    ]);
    expect(p.mapping).toEqual({
      title: 1,
      description: 2,
      category: 3,
      entities: 4,
      impact: 5,
      ease: 6,
      solution: 7,
      status: 8,
    });
    expect(p.fields.find((f: { field: string }) => f.field === 'title')).toEqual({
      field: 'title',
      label: 'Problema',
      required: true,
    });
    expect(p).toMatchObject({ rowCount: 3, invalidRowCount: 2, issues: [] });
    expect(p.preview[0]).toEqual({
      row: 4,
      cells: {
        title: 'Concesión acuícola demora dos años',
        description: 'Trámite ante PRODUCE y ANA',
        category: 'Trámites y procedimientos',
        entities: 'PRODUCE; ANA',
        impact: '5',
        ease: '4',
        solution: 'Ventanilla única',
        status: 'En curso',
      },
      errors: [],
    });
    expect(p.preview[1].errors).toEqual([
      {
        row: 5,
        column: 'F',
        header: 'Impacto',
        field: 'impact',
        message: 'Debe ser un número entero del 1 al 5 (se leyó «9»).',
      },
    ]);
    expect(
      p.errors.map((e: { row: number; column: string; field: string }) => `${e.row}${e.column} ${e.field}`),
    ).toEqual(['5F impact', '6B title', '6I status', '6E entities']);
    expect(await snapshot(t, problems)).toEqual(before);
  });

  it('reads the rows through the mapping the caller sends, and speaks English when asked', async () => {
    const target = await targetMesa();
    const res = await coordinator.request(
      'POST',
      previewUrl(target.id),
      { file: await xlsxBase64(sheet), headerRow: 3, mapping: { title: 1, description: 2, tags: 9 } },
      await inLanguage(t, coordinator, 'en'),
    );
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(
      p.columns.filter((c: { field: string | null }) => c.field).map((c: { letter: string }) => c.letter),
    ).toEqual(['B', 'C', 'J']);
    expect(p.preview[0].cells).toEqual({
      title: 'Concesión acuícola demora dos años',
      description: 'Trámite ante PRODUCE y ANA',
      tags: 'Prioridad',
    });
    expect(p.errors).toEqual([
      { row: 6, column: 'B', header: 'Título', field: 'title', message: "The problem's title is missing." },
    ]);
  });

  it('says what is missing when no column holds the title', async () => {
    const target = await targetMesa();
    const res = await coordinator.request(
      'POST',
      previewUrl(target.id),
      {
        file: await xlsxBase64([
          ['Asunto', 'Comentario'],
          ['Puerto', 'Seis horas'],
        ]),
      },
      await inLanguage(t, coordinator, 'en'),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      mapping: {},
      issues: [{ path: 'mapping.title', message: "Say which column holds the problem's title." }],
      rowCount: 0,
    });
  });
});

describe('POST /api/mesas/:id/matrix/import', () => {
  it('writes nothing when one row is invalid, and names the row, the column and the problem', async () => {
    const target = await targetMesa();
    const file = await xlsxBase64([
      ['Problema', 'Impacto', 'Estado', 'Entidad responsable', 'Solución'],
      ['Primer problema válido', 4, 'Identificado', 'SERFOR', 'Una solución'],
      ['Fila con impacto imposible', 9, 'En curso', 'OSINFOR', 'Otra solución'],
      ['Tercer problema válido', 2, 'Implementado', 'SUNARP', null],
    ]);
    const tables = [
      problems,
      problemEntities,
      problemStatusEvents,
      solutions,
      solutionVersions,
      outcomeIndicators,
    ];
    const before = await snapshot(t, ...tables);
    const res = await coordinator.request(
      'POST',
      importUrl(target.id),
      { file, mapping: { title: 0, impact: 1, status: 2, entities: 3, solution: 4 } },
      await inLanguage(t, coordinator, 'es'),
    );
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.rows).toEqual([
      {
        row: 3,
        column: 'B',
        header: 'Impacto',
        field: 'impact',
        message: 'Debe ser un número entero del 1 al 5 (se leyó «9»).',
      },
    ]);
    expect(error.fields).toEqual([
      {
        path: 'rows.3.impact',
        key: 'fields.importCell',
        message: 'B3 (Impacto): Debe ser un número entero del 1 al 5 (se leyó «9»).',
      },
    ]);
    // Not a row, not an audit event.
    expect(await snapshot(t, ...tables)).toEqual(before);
  });

  it('names an unknown raised-by person or organization and an unreadable indicator, writing nothing', async () => {
    const target = await targetMesa();
    const file = await xlsxBase64([
      ['Problema', 'Planteado por (persona)', 'Planteado por (organización)', 'Indicadores'],
      // A valid row: its problem and its indicator must not be written either.
      ['Fila válida', raiser.fullName, 'ADEX', 'Tiempo de registro: 270 → 3 (meta: 5) días · menor es mejor'],
      ['Persona desconocida', 'Nadie Conocido', 'Asociación de Exportadores', null],
      ['Gremio desconocido', null, 'GREMIO-X', 'Espera: 6 → 2 horas\nMuy lento, unos seis meses'],
    ]);
    const tables = [problems, solutions, outcomeIndicators, problemStatusEvents];
    const before = await snapshot(t, ...tables);
    const res = await coordinator.request(
      'POST',
      importUrl(target.id),
      { file, mapping: { title: 0, raisedByPerson: 1, raisedByOrganization: 2, indicators: 3 } },
      await inLanguage(t, coordinator, 'es'),
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.rows).toEqual([
      {
        row: 3,
        column: 'B',
        header: 'Planteado por (persona)',
        field: 'raisedByPerson',
        message:
          'Persona desconocida: «Nadie Conocido». Escriba el nombre completo como figura en el directorio.',
      },
      {
        row: 4,
        column: 'C',
        header: 'Planteado por (organización)',
        field: 'raisedByOrganization',
        message: 'Organización desconocida: «GREMIO-X».',
      },
      {
        row: 4,
        column: 'D',
        header: 'Indicadores',
        field: 'indicators',
        message:
          'No se pudo leer el indicador «Muy lento, unos seis meses». Escríbalo como «nombre: antes → después (meta: x) unidad», un indicador por línea.',
      },
    ]);
    expect(await snapshot(t, ...tables)).toEqual(before);
    expect(await loadMatrix(t.database.db, target.id, [...all])).toEqual([]);

    // The preview says the same before anything is tried, in English when asked.
    const preview = await coordinator.request(
      'POST',
      previewUrl(target.id),
      { file },
      await inLanguage(t, coordinator, 'en'),
    );
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ rowCount: 3, invalidRowCount: 2 });
    expect(preview.json().errors.map((e: { message: string }) => e.message)).toEqual([
      'Unknown person: "Nadie Conocido". Write the full name as the directory has it.',
      'Unknown organization: "GREMIO-X".',
      'Could not read the indicator "Muy lento, unos seis meses". Write it as "name: before → after (target: x) unit", one indicator per line.',
    ]);
  });

  it('creates every row of a valid sheet with its solution and status', async () => {
    const target = await targetMesa();
    const file = await xlsxBase64([
      [
        'Problema',
        'Impacto',
        'Estado',
        'Entidad responsable',
        'Solución',
        'Instrumento',
        'Foco',
        'Etiquetas',
      ],
      ['Primer problema válido', 4, 'Identificado', 'SERFOR', 'Una solución', 'Ley', 'Sí', 'a, b'],
      [
        'Segundo problema válido',
        '2',
        'implementado',
        'Superintendencia Nacional de los Registros Públicos',
        null,
        null,
        null,
        null,
      ],
    ]);
    const res = await coordinator.post(importUrl(target.id), {
      file: `data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,${file}`,
      mapping: {
        title: 0,
        impact: 1,
        status: 2,
        entities: 3,
        solution: 4,
        instrument: 5,
        inFocus: 6,
        tags: 7,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      created: { problems: 2, solutions: 1, transitions: 2 },
      problems: [{ number: 1 }, { number: 2 }],
    });
    const rows = await loadMatrix(t.database.db, target.id, [...all]);
    expect(rows.map(essence)).toEqual([
      {
        title: 'Primer problema válido',
        description: '',
        category: null,
        ownerType: 'MP',
        raisedByPerson: null,
        raisedByOrganization: null,
        status: 'identified',
        inFocus: true,
        impact: 4,
        ease: 3,
        entities: ['SERFOR'],
        tags: ['a', 'b'],
        solution: { text: 'Una solución', instrument: 'law' },
        indicators: [],
        visibility: 'members',
      },
      {
        title: 'Segundo problema válido',
        description: '',
        category: null,
        ownerType: 'MP',
        raisedByPerson: null,
        raisedByOrganization: null,
        status: 'enacted',
        inFocus: false,
        impact: 2,
        ease: 3,
        entities: ['SUNARP'],
        tags: [],
        solution: null,
        indicators: [],
        visibility: 'members',
      },
    ]);
  });

  it('refuses a mapping without a title column, a column mapped twice and an unknown field', async () => {
    const target = await targetMesa();
    const file = await xlsxBase64([
      ['Problema', 'Impacto'],
      ['Uno', 3],
    ]);
    const noTitle = await coordinator.post(importUrl(target.id), { file, mapping: { impact: 1 } });
    expect(noTitle.statusCode).toBe(400);
    expect(noTitle.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['mapping.title']);
    const twice = await coordinator.post(importUrl(target.id), {
      file,
      mapping: { title: 0, description: 0 },
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['mapping.description']);
    const unknown = await coordinator.post(importUrl(target.id), { file, mapping: { title: 0, colour: 1 } });
    expect(unknown.statusCode).toBe(400);
    const missing = await coordinator.post(importUrl(target.id), { file });
    expect(missing.statusCode).toBe(400);
    expect(await loadMatrix(t.database.db, target.id, [...all])).toEqual([]);
  });

  it('refuses a file that is not a workbook, one too large and one with too many rows', async () => {
    const target = await targetMesa();
    const notXlsx = await coordinator.request(
      'POST',
      importUrl(target.id),
      { file: Buffer.from('Problema;Impacto\nUno;3').toString('base64'), mapping: { title: 0 } },
      await inLanguage(t, coordinator, 'en'),
    );
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json().error.fields).toEqual([
      {
        path: 'file',
        key: 'matrixSheet.errors.unreadable',
        message: 'The file could not be read as an XLSX workbook.',
      },
    ]);

    const large = await coordinator.request(
      'POST',
      previewUrl(target.id),
      { file: Buffer.alloc(IMPORT_LIMITS.fileBytes + 1, 1).toString('base64') },
      await inLanguage(t, coordinator, 'es'),
    );
    expect(large.statusCode).toBe(413);
    expect(large.json().error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      fields: [
        { path: 'file', key: 'matrixSheet.errors.fileTooLarge', message: 'El archivo pesa más de 5 MB.' },
      ],
    });

    const many = await xlsxBase64([
      ['Problema'],
      ...Array.from({ length: IMPORT_LIMITS.rows + 1 }, (_, i) => [`Problema ${i + 1}`]),
    ]);
    const tooMany = await coordinator.request(
      'POST',
      importUrl(target.id),
      { file: many, mapping: { title: 0 } },
      await inLanguage(t, coordinator, 'en'),
    );
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.fields).toEqual([
      {
        path: 'file',
        key: 'matrixSheet.errors.tooManyRows',
        message: `The sheet has ${IMPORT_LIMITS.rows + 1} rows; the most is ${IMPORT_LIMITS.rows}.`,
      },
    ]);
    expect(await loadMatrix(t.database.db, target.id, [...all])).toEqual([]);
  });

  it('is for the dedicated team and the coordinating office only', async () => {
    const forestal = (await mesaBySlug(t, 'forestal'))!.id;
    const file = await xlsxBase64([['Problema'], [unique('Importado por el equipo')]]);
    for (const role of ['private_rep', 'public_rep', 'observer'] as const) {
      const res = await (await t.as(role)).post(importUrl(forestal), { file, mapping: { title: 0 } });
      expect(res.statusCode, role).toBe(403);
    }
    const res = await (await t.as('team')).post(importUrl(forestal), { file, mapping: { title: 0 } });
    expect(res.statusCode, res.body).toBe(201);
  });
});
