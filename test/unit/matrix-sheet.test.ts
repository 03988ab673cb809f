import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { problemStatuses } from '../../src/domain/problem-status';
import { neutralizeFormula, writeCsv } from '../../src/exports/csv';
import { columnLetter, fieldForHeader, matrixFields, suggestMapping } from '../../src/exports/matrix-columns';
import {
  cellText,
  findHeaderRow,
  IMPORT_LIMITS,
  type ImportReference,
  readMatrixSheet,
  type SheetGrid,
  statusPath,
} from '../../src/exports/matrix-import';
import {
  attachmentHeader,
  indicatorText,
  matrixFileName,
  matrixSheetTable,
  type SheetProblem,
} from '../../src/exports/matrix-sheet';
import { readXlsx, writeXlsx } from '../../src/exports/xlsx';
import { translator } from '../../src/i18n';

const es = translator('es');
const en = translator('en');

const reference: ImportReference = {
  categories: [
    { key: 'red_tape', nameEs: 'Trámites y procedimientos', nameEn: 'Red tape and procedures' },
    { key: 'financing', nameEs: 'Financiamiento', nameEn: 'Financing' },
  ],
  organizations: [
    { id: 'o-serfor', name: 'Servicio Nacional Forestal y de Fauna Silvestre', acronym: 'SERFOR' },
    { id: 'o-osinfor', name: 'Organismo de Supervisión de los Recursos Forestales', acronym: 'OSINFOR' },
    { id: 'o-sunarp', name: 'Superintendencia Nacional de los Registros Públicos', acronym: 'SUNARP' },
    { id: 'o-adex', name: 'Asociación de Exportadores', acronym: 'ADEX' },
  ],
  people: [
    { id: 'p-rosa', fullName: 'Rosa Quispe Mamani' },
    { id: 'p-juan-1', fullName: 'Juan Pérez' },
    { id: 'p-juan-2', fullName: 'JUAN PEREZ' },
  ],
};

const grid = (...rows: (string | number | boolean | Date | null)[][]): SheetGrid => ({
  name: 'Hoja1',
  rows: rows.map((cells, i) => ({ number: i + 1, cells })),
});

const problem: SheetProblem = {
  number: 3,
  title: 'Registro de plantaciones forestales',
  description: 'Registrar una plantación toma de 6 a 12 meses.',
  category: { key: 'red_tape', nameEs: 'Trámites y procedimientos', nameEn: 'Red tape and procedures' },
  ownerType: 'MP',
  raisedByPerson: { fullName: 'Rosa Quispe Mamani' },
  raisedByOrganization: { name: 'Asociación de Exportadores', acronym: 'ADEX' },
  status: 'enacted',
  inFocus: true,
  impact: 5,
  ease: 4,
  entities: [
    { name: 'Servicio Nacional Forestal y de Fauna Silvestre', acronym: 'SERFOR' },
    { name: 'Gobierno Regional de Ucayali', acronym: null },
  ],
  tags: ['plantaciones', 'registro'],
  latestSolution: { text: 'Registro en línea en 3 días', instrument: 'procedure' },
  indicators: [
    { name: 'Tiempo de registro', unit: 'días', baselineValue: 270, currentValue: 3, targetValue: null },
    { name: 'Costo', unit: 'S/', baselineValue: '1500.5', currentValue: null, targetValue: 500 },
  ],
  visibility: 'public',
};

describe('column headers', () => {
  it('recognises Spanish and English names, with or without accents', () => {
    expect(fieldForHeader('Problema')).toBe('title');
    expect(fieldForHeader('TÍTULO')).toBe('title');
    expect(fieldForHeader('Title')).toBe('title');
    expect(fieldForHeader('Descripcion')).toBe('description');
    expect(fieldForHeader('Categoría')).toBe('category');
    expect(fieldForHeader('Entidad responsable')).toBe('entities');
    expect(fieldForHeader('Entidad responsable (siglas)')).toBe('entities');
    expect(fieldForHeader('Impacto')).toBe('impact');
    expect(fieldForHeader('Facilidad / rapidez')).toBe('ease');
    expect(fieldForHeader('Solución propuesta')).toBe('solution');
    expect(fieldForHeader('Estado')).toBe('status');
    expect(fieldForHeader('MP/YP')).toBe('ownerType');
    expect(fieldForHeader('N°')).toBe('number');
    expect(fieldForHeader('Comentarios del gremio')).toBeNull();
    expect(fieldForHeader('')).toBeNull();
  });

  it('maps back every header Mesas writes, in both languages', () => {
    for (const t of [es, en]) {
      const { headers } = matrixSheetTable([], 'es', t);
      const { columns } = suggestMapping(headers);
      expect(columns.map((c) => c.field)).toEqual(matrixFields);
    }
  });

  it('suggests each field once and leaves the number out of the mapping', () => {
    const { columns, mapping } = suggestMapping([
      'N°',
      'Problema',
      'Título',
      'Impacto',
      'Indicadores',
      'Notas',
    ]);
    expect(columns.map((c) => [c.letter, c.field])).toEqual([
      ['A', 'number'],
      ['B', 'title'],
      ['C', null],
      ['D', 'impact'],
      ['E', 'indicators'],
      ['F', null],
    ]);
    expect(mapping).toEqual({ title: 1, impact: 3, indicators: 4 });
  });

  it('names columns as spreadsheets do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('the exported table', () => {
  it('writes one row per problem with the columns in the caller language', () => {
    const table = matrixSheetTable([problem], 'es', es);
    expect(table.headers[1]).toBe('Problema');
    expect(table.rows[0]).toEqual([
      3,
      'Registro de plantaciones forestales',
      'Registrar una plantación toma de 6 a 12 meses.',
      'Trámites y procedimientos',
      'MP',
      'Rosa Quispe Mamani',
      'ADEX',
      'Implementado',
      'Sí',
      5,
      4,
      'SERFOR; Gobierno Regional de Ucayali',
      'plantaciones; registro',
      'Registro en línea en 3 días',
      'Cambio de procedimiento',
      'Tiempo de registro: 270 → 3 días\nCosto: 1500.5 → ? (meta: 500) S/',
      'Pública',
    ]);
    const english = matrixSheetTable([problem], 'en', en);
    expect(english.headers[1]).toBe('Problem');
    expect(english.headers.slice(5, 7)).toEqual(['Raised by (person)', 'Raised by (organization)']);
    expect(english.rows[0]!.slice(3, 9)).toEqual([
      'Red tape and procedures',
      'MP',
      'Rosa Quispe Mamani',
      'ADEX',
      'Enacted',
      'Yes',
    ]);
    expect(english.rows[0]![15]).toBe('Tiempo de registro: 270 → 3 días\nCosto: 1500.5 → ? (target: 500) S/');
  });

  it('leaves empty cells for what a problem does not have', () => {
    const bare = {
      ...problem,
      description: '',
      category: null,
      raisedByPerson: null,
      raisedByOrganization: null,
      entities: [],
      tags: [],
      latestSolution: null,
      indicators: [],
    };
    const row = matrixSheetTable([bare], 'en', en).rows[0]!;
    expect([2, 3, 5, 6, 11, 12, 13, 14, 15].map((i) => row[i])).toEqual(Array(9).fill(null));
    const noAcronym = { ...bare, raisedByOrganization: { name: 'Gremio local', acronym: null } };
    expect(matrixSheetTable([noAcronym], 'en', en).rows[0]![6]).toBe('Gremio local');
  });

  it('formats an indicator as baseline → current (target) unit', () => {
    expect(
      indicatorText(
        { name: 'Concesión acuícola', unit: 'días', baselineValue: 730, currentValue: 180, targetValue: 90 },
        'es',
        es,
      ),
    ).toBe('Concesión acuícola: 730 → 180 (meta: 90) días');
  });

  it('adds the dates, the direction and the source of an indicator when known, on one line', () => {
    const full = {
      name: 'Espera de camiones\nen el terminal',
      unit: 'horas',
      direction: 'lower_is_better' as const,
      baselineValue: 6,
      baselineOn: '2015-03-01',
      currentValue: 2.5,
      currentOn: '2016-06-30',
      targetValue: 2,
      source: 'APM Terminals · registro de citas',
    };
    expect(indicatorText(full, 'es', es)).toBe(
      'Espera de camiones en el terminal: 6 (2015-03-01) → 2.5 (2016-06-30) (meta: 2) horas · menor es mejor · fuente: APM Terminals · registro de citas',
    );
    expect(indicatorText({ ...full, direction: 'higher_is_better', source: null }, 'en', en)).toBe(
      'Espera de camiones en el terminal: 6 (2015-03-01) → 2.5 (2016-06-30) (target: 2) horas · higher is better',
    );
  });

  it('names the download after the Mesa and the date', () => {
    expect(matrixFileName('forestal', '2026-03-01', 'xlsx', es)).toBe('matriz-forestal-2026-03-01.xlsx');
    expect(matrixFileName('forestal', '2026-03-01', 'csv', en)).toBe('matrix-forestal-2026-03-01.csv');
    expect(attachmentHeader('matriz-año.csv')).toBe(
      `attachment; filename="matriz-ano.csv"; filename*=UTF-8''matriz-a%C3%B1o.csv`,
    );
  });
});

describe('CSV', () => {
  it('quotes what needs quoting, starts with a byte-order mark and ends lines with CRLF', () => {
    const csv = writeCsv({
      headers: ['N°', 'Problema', 'Nota'],
      widths: [],
      wrap: [],
      rows: [
        [1, 'Uno, dos', 'línea 1\nlínea "2"'],
        [2, 'Tres', 'línea 1\nlínea 2'],
      ],
    });
    expect(csv).toBe(
      '\uFEFFN°,Problema,Nota\r\n1,"Uno, dos","línea 1\nlínea ""2"""\r\n2,Tres,"línea 1\nlínea 2"\r\n',
    );
  });

  it('never lets a cell run as a formula', () => {
    expect(neutralizeFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(neutralizeFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutralizeFormula('-2+3')).toBe(`'-2+3`);
    expect(neutralizeFormula('Registro')).toBe('Registro');
    expect(neutralizeFormula(-2)).toBe(-2);
  });
});

describe('reading a Matrix sheet', () => {
  it('finds the header row under a title line and reads the rows through the suggested mapping', () => {
    const sheet = grid(
      ['Matriz de la Mesa Ejecutiva Forestal'],
      [
        'N°',
        'Problema',
        'Descripción',
        'Categoría',
        'Tipo',
        'Estado',
        'Foco',
        'Impacto',
        'Facilidad',
        'Entidad responsable',
        'Etiquetas',
        'Solución',
        'Instrumento',
        'Visibilidad',
      ],
      [
        1,
        'Registro lento',
        'Seis a doce meses',
        'tramites y procedimientos',
        'mp',
        'En curso',
        'si',
        5,
        '4',
        'serfor; OSINFOR',
        'registro, plantaciones',
        'Registro en línea',
        'Cambio de procedimiento',
        'Miembros',
      ],
      [
        2,
        'Crédito con título',
        null,
        'Financing',
        'YP',
        'verified',
        'No',
        null,
        null,
        'Superintendencia Nacional de los Registros Publicos',
        null,
        null,
        null,
        'team',
      ],
      [null, '', null],
    );
    expect(findHeaderRow(sheet)).toBe(2);
    const reading = readMatrixSheet(sheet, reference);
    expect(reading.issues).toEqual([]);
    expect(reading.headerRow).toBe(2);
    expect(reading.rows.map((r) => r.errors)).toEqual([[], []]);
    expect(reading.rows.map((r) => r.row)).toEqual([3, 4]);
    expect(reading.rows[0]!.problem).toEqual({
      title: 'Registro lento',
      description: 'Seis a doce meses',
      categoryKey: 'red_tape',
      ownerType: 'MP',
      status: 'in_progress',
      inFocus: true,
      impact: 5,
      ease: 4,
      entityIds: ['o-serfor', 'o-osinfor'],
      tags: ['registro', 'plantaciones'],
      solution: { text: 'Registro en línea', instrument: 'procedure' },
      indicators: [],
      visibility: 'members',
    });
    expect(reading.rows[1]!.problem).toEqual({
      title: 'Crédito con título',
      categoryKey: 'financing',
      ownerType: 'YP',
      status: 'verified',
      inFocus: false,
      entityIds: ['o-sunarp'],
      tags: [],
      indicators: [],
      visibility: 'team',
    });
  });

  it('reads who raised a problem and its indicators as the export writes them', () => {
    const exported = matrixSheetTable(
      [
        {
          ...problem,
          entities: [{ name: 'Servicio Nacional Forestal y de Fauna Silvestre', acronym: 'SERFOR' }],
          indicators: [
            {
              name: 'Tiempo de registro',
              unit: 'días',
              direction: 'lower_is_better',
              baselineValue: 270,
              baselineOn: '2015-01-15',
              currentValue: 3,
              currentOn: '2017-03-01',
              targetValue: 5,
              source: 'SERFOR: informe anual · 2017',
            },
            {
              name: 'Plantaciones registradas',
              unit: 'por año',
              direction: 'higher_is_better',
              baselineValue: 120.25,
              currentValue: null,
              targetValue: null,
            },
          ],
        },
      ],
      'es',
      es,
    );
    const reading = readMatrixSheet(grid(exported.headers, exported.rows[0]!), reference);
    expect(reading.issues).toEqual([]);
    expect(reading.rows[0]!.errors).toEqual([]);
    expect(reading.rows[0]!.problem).toMatchObject({
      raisedByPersonId: 'p-rosa',
      raisedByOrganizationId: 'o-adex',
      indicators: [
        {
          name: 'Tiempo de registro',
          unit: 'días',
          direction: 'lower_is_better',
          baselineValue: 270,
          baselineOn: '2015-01-15',
          currentValue: 3,
          currentOn: '2017-03-01',
          targetValue: 5,
          source: 'SERFOR: informe anual · 2017',
        },
        {
          name: 'Plantaciones registradas',
          unit: 'por año',
          direction: 'higher_is_better',
          baselineValue: 120.25,
          baselineOn: null,
          currentValue: null,
          currentOn: null,
          targetValue: null,
          source: null,
        },
      ],
    });
  });

  it('matches people by full name and organizations by name or acronym, ignoring case and accents', () => {
    const sheet = grid(
      ['Problema', 'Planteado por', 'Gremio'],
      ['Uno', 'rosa quispe mamani', 'asociacion de exportadores'],
      ['Dos', null, 'adex'],
    );
    const reading = readMatrixSheet(sheet, reference);
    expect(reading.mapping).toEqual({ title: 0, raisedByPerson: 1, raisedByOrganization: 2 });
    expect(reading.rows.map((r) => [r.problem.raisedByPersonId, r.problem.raisedByOrganizationId])).toEqual([
      ['p-rosa', 'o-adex'],
      [undefined, 'o-adex'],
    ]);
  });

  it('reads a hand-written indicator, inferring the direction from the target', () => {
    const sheet = grid(
      ['Problema', 'Indicadores'],
      ['Uno', 'Exportaciones: 10,5 -> 12 (target: 20) millones US$\n\nConcesión: 730 → ? días'],
    );
    const [row] = readMatrixSheet(sheet, reference).rows;
    expect(row!.errors).toEqual([]);
    expect(
      row!.problem.indicators.map((i) => [
        i.name,
        i.baselineValue,
        i.currentValue,
        i.targetValue,
        i.unit,
        i.direction,
      ]),
    ).toEqual([
      ['Exportaciones', 10.5, 12, 20, 'millones US$', 'higher_is_better'],
      ['Concesión', 730, null, null, 'días', 'lower_is_better'],
    ]);
  });

  it('names the unknown person, organization or unreadable indicator in a row error', () => {
    const sheet = grid(
      ['Problema', 'Planteado por (persona)', 'Planteado por (organización)', 'Indicadores'],
      [
        'Uno',
        'Persona Inventada',
        'Gremio Inventado',
        'Tiempo: 6 → 2 horas\nSeis meses antes, ahora tres días\nCosto: 5 → 3 (meta: 1) soles · quizá mejor',
      ],
      ['Dos', 'Juan Perez', null, 'Tiempo: 6 (2015-02-30) → 2 horas\nTiempo: 6 → 2'],
    );
    const reading = readMatrixSheet(sheet, reference);
    expect(
      reading.rows.flatMap((r) => r.errors.map((e) => [e.row, e.column, e.field, e.code, e.params])),
    ).toEqual([
      [2, 'B', 'raisedByPerson', 'person', { value: 'Persona Inventada' }],
      [2, 'C', 'raisedByOrganization', 'organization', { value: 'Gremio Inventado' }],
      [2, 'D', 'indicators', 'indicator', { value: 'Seis meses antes, ahora tres días' }],
      [2, 'D', 'indicators', 'indicator', { value: 'Costo: 5 → 3 (meta: 1) soles · quizá mejor' }],
      [3, 'B', 'raisedByPerson', 'personAmbiguous', { value: 'Juan Perez' }],
      [3, 'D', 'indicators', 'indicator', { value: 'Tiempo: 6 (2015-02-30) → 2 horas' }],
      [3, 'D', 'indicators', 'indicator', { value: 'Tiempo: 6 → 2' }],
    ]);
    expect(es('matrixSheet.errors.person', { value: 'Persona Inventada' })).toContain('«Persona Inventada»');
    expect(en('matrixSheet.errors.indicator', { value: 'x' })).toContain('"x"');
  });

  it('reports every refused cell with its row, column and header', () => {
    const sheet = grid(
      [
        'Problema',
        'Impacto',
        'Facilidad',
        'Estado',
        'Categoría',
        'Entidad responsable',
        'MP/YP',
        'En foco',
        'Instrumento',
        'Visibilidad',
      ],
      ['Bien', 3, 3, 'Identificado', null, null, null, null, null, null],
      [
        null,
        7,
        2.5,
        'resolviéndose',
        'Subsidios',
        'SERFOR; MINISTERIO X',
        'ZP',
        'quizá',
        'Decreto mágico',
        'secreto',
      ],
    );
    const reading = readMatrixSheet(sheet, reference);
    expect(reading.rows[0]!.errors).toEqual([]);
    expect(
      reading.rows[1]!.errors.map((e) => [e.row, e.column, e.header, e.field, e.code, e.params]),
    ).toEqual([
      [3, 'A', 'Problema', 'title', 'required', {}],
      [3, 'E', 'Categoría', 'category', 'category', { value: 'Subsidios' }],
      [3, 'G', 'MP/YP', 'ownerType', 'ownerType', { value: 'ZP' }],
      [3, 'D', 'Estado', 'status', 'status', { value: 'resolviéndose' }],
      [3, 'H', 'En foco', 'inFocus', 'yesNo', { value: 'quizá' }],
      [3, 'B', 'Impacto', 'impact', 'scale', { value: '7' }],
      [3, 'C', 'Facilidad', 'ease', 'scale', { value: '2.5' }],
      [3, 'F', 'Entidad responsable', 'entities', 'entity', { value: 'MINISTERIO X' }],
      [3, 'I', 'Instrumento', 'instrument', 'instrument', { value: 'Decreto mágico' }],
      [3, 'J', 'Visibilidad', 'visibility', 'visibility', { value: 'secreto' }],
    ]);
  });

  it("reads a category by its name in any of the app's languages", () => {
    const sheet = grid(
      ['Problema', 'Categoria'],
      ['Registro lento', 'Trâmites e procedimentos'],
      ['Crédito', 'financiamento'],
      ['Puerto', 'Financing'],
    );
    const reading = readMatrixSheet(sheet, reference);
    expect(reading.rows.map((r) => r.errors)).toEqual([[], [], []]);
    expect(reading.rows.map((r) => r.problem?.categoryKey)).toEqual(['red_tape', 'financing', 'financing']);
  });

  it('refuses a title longer than the limit', () => {
    const reading = readMatrixSheet(grid(['Problema'], ['x'.repeat(IMPORT_LIMITS.title + 1)]), reference);
    expect(reading.rows[0]!.errors.map((e) => e.code)).toEqual(['tooLong']);
  });

  it('takes a confirmed mapping instead of the suggestion', () => {
    const sheet = grid(['Asunto', 'Comentario'], ['Puerto congestionado', 'Seis horas de espera']);
    expect(readMatrixSheet(sheet, reference).issues.map((i) => i.code)).toEqual(['noTitleColumn']);
    const reading = readMatrixSheet(sheet, reference, { mapping: { title: 0, description: 1 } });
    expect(reading.issues).toEqual([]);
    expect(reading.columns.map((c) => c.field)).toEqual(['title', 'description']);
    expect(reading.rows[0]!.problem).toMatchObject({
      title: 'Puerto congestionado',
      description: 'Seis horas de espera',
    });
  });

  it('refuses a mapping to a missing column or the same column twice', () => {
    const sheet = grid(['Problema', 'Descripción'], ['Uno', 'Dos']);
    const reading = readMatrixSheet(sheet, reference, { mapping: { title: 0, description: 0, tags: 9 } });
    expect(reading.issues).toEqual([
      { path: 'mapping.description', code: 'duplicateColumn', params: { column: 'A' } },
      { path: 'mapping.tags', code: 'badColumn', params: { column: 'J' } },
    ]);
    expect(reading.rows).toEqual([]);
  });

  it('refuses a sheet with no data rows and one with too many', () => {
    expect(readMatrixSheet(grid(['Problema']), reference).issues.map((i) => i.code)).toEqual(['empty']);
    const many = grid(['Problema'], ...Array.from({ length: IMPORT_LIMITS.rows + 1 }, (_, i) => [`P ${i}`]));
    const reading = readMatrixSheet(many, reference);
    expect(reading.issues).toEqual([
      {
        path: 'file',
        code: 'tooManyRows',
        params: { count: IMPORT_LIMITS.rows + 1, max: IMPORT_LIMITS.rows },
      },
    ]);
  });

  it('reads dates and booleans as text', () => {
    expect(cellText(new Date('2026-03-01T00:00:00Z'))).toBe('2026-03-01');
    expect(cellText(true)).toBe('true');
    expect(cellText('  a  ')).toBe('a');
    expect(cellText(null)).toBe('');
  });
});

describe('reaching an imported status', () => {
  it('goes from identified through legal moves only', () => {
    expect(statusPath('identified')).toEqual([]);
    expect(statusPath('prioritized')).toEqual(['prioritized']);
    expect(statusPath('in_progress')).toEqual(['in_progress']);
    expect(statusPath('enacted')).toEqual(['in_progress', 'enacted']);
    expect(statusPath('verified')).toEqual(['in_progress', 'enacted', 'verified']);
    expect(statusPath('parked')).toEqual(['parked']);
    expect(statusPath('dropped')).toEqual(['dropped']);
    for (const s of problemStatuses) expect(statusPath(s).at(-1) ?? 'identified').toBe(s);
  });
});

describe('XLSX', () => {
  it('writes a styled, frozen, filtered sheet that reads back cell for cell', async () => {
    const table = matrixSheetTable(
      [problem, { ...problem, number: 4, title: '=1+1', inFocus: false }],
      'es',
      es,
    );
    const data = await writeXlsx(table, { sheetName: 'Matriz', title: 'Matriz forestal' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Matriz')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:Q3');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getColumn(2).width).toBe(48);
    // A title that looks like a formula stays text in the workbook.
    expect(sheet.getRow(3).getCell(2).value).toBe('=1+1');

    const { sheets, grid: read } = await readXlsx(data);
    expect(sheets).toEqual(['Matriz']);
    expect(read!.rows.map((r) => r.cells)).toEqual(
      [table.headers, ...table.rows].map((r) => r.map((c) => c ?? null)),
    );
  });

  it('reads rich text, formula results and links as their text', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Hoja');
    sheet.addRow(['Problema', 'Impacto', 'Enlace']);
    sheet.addRow([
      { richText: [{ text: 'Registro ' }, { font: { bold: true }, text: 'lento' }] },
      { formula: '2+2', result: 4 },
      { text: 'SERFOR', hyperlink: 'https://www.serfor.gob.pe' },
    ]);
    const { grid: read } = await readXlsx(Buffer.from(await book.xlsx.writeBuffer()));
    expect(read!.rows[1]!.cells).toEqual(['Registro lento', 4, 'SERFOR']);
  });

  it('refuses bytes that are not a workbook', async () => {
    await expect(readXlsx(Buffer.from('no soy un libro'))).rejects.toThrow();
  });
});
