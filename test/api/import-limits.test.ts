import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, problems } from '../../src/db/schema';
import { IMPORT_LIMITS, readMatrixSheet } from '../../src/exports/matrix-import';
import { activeSheetReaders, sheetThreadsStarted } from '../../src/exports/sheet-worker';
import { ROWS_BEFORE_PARSING } from '../../src/exports/xlsx';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { createMesa, inLanguage, snapshot } from '../support/fixtures';

let t: TestContext;
let coordinator: Client;
let mesaId = '';

beforeAll(async () => {
  t = await createTestContext();
  coordinator = await t.as('coordinator');
  mesaId = (await createMesa(t)).id;
});
afterAll(() => t?.close());

const previewUrl = (id: string) => `/api/mesas/${id}/matrix/import/preview`;
const importUrl = (id: string) => `/api/mesas/${id}/matrix/import`;

const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const rels = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const parts = {
  '[Content_Types].xml': `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  '_rels/.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': `${xml}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rels}"><sheets><sheet name="Matriz" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
};

/** A cell of text written in the sheet itself (no shared strings). */
const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** A real one-sheet XLSX, written part by part: the sheet's XML is given whole (or as repeated rows). */
function workbook(sheetRows: Iterable<string>): Buffer {
  const sheet = `${xml}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${[...sheetRows].join('')}</sheetData></worksheet>`;
  const files = Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)]));
  return Buffer.from(zipSync({ ...files, 'xl/worksheets/sheet1.xml': strToU8(sheet) }, { level: 9 }));
}

/** Numbered rows "Problema n" under a "Problema" header: the most compact sheet of that many rows. */
function* numberedRows(count: number) {
  yield `<row r="1">${cell('A1', 'Problema')}</row>`;
  for (let r = 2; r <= count; r++) yield `<row r="${r}">${cell(`A${r}`, `P${r}`)}</row>`;
}

/** A zip bomb: one sheet whose XML is `mb` MB of the same row, compressed about a thousandfold. */
function bomb(mb: number): Buffer {
  const row = `<row>${cell('A1', 'Problema repetido')}</row>`;
  return workbook([
    `<row r="1">${cell('A1', 'Problema')}</row>`,
    row.repeat(Math.ceil((mb * 2 ** 20) / row.length)),
  ]);
}

/**
 * The same bomb with a lying central directory and local header: the sheet says it unpacks to 1 KB.
 * Only unpacking for real tells.
 */
function lyingBomb(mb: number): Buffer {
  const data = bomb(mb);
  for (const [signature, sizeAt] of [
    [0x02014b50, 24], // central directory entry: uncompressed size
    [0x04034b50, 22], // local header: uncompressed size
  ] as const) {
    const marker = Buffer.alloc(4);
    marker.writeUInt32LE(signature);
    for (let at = data.indexOf(marker); at >= 0; at = data.indexOf(marker, at + 4)) {
      if (data.readUInt32LE(at + sizeAt) > 2 ** 20) data.writeUInt32LE(1024, at + sizeAt);
    }
  }
  return data;
}

async function problemCount() {
  return (await t.database.db.select().from(problems).where(eq(problems.mesaId, mesaId))).length;
}

/** Sends the file as the coordinator, whose account speaks `lang` for the request. */
const post = async (url: string, file: Buffer, lang: 'en' | 'es' = 'en') =>
  coordinator.request(
    'POST',
    url,
    { file: file.toString('base64'), mapping: { title: 0 } },
    await inLanguage(t, coordinator, lang),
  );

describe('hostile spreadsheets', () => {
  it('refuses a zip bomb by what its directory declares: 400 SPREADSHEET_TOO_LARGE saying the limit', async () => {
    const file = bomb(IMPORT_LIMITS.partBytes / 2 ** 20 + 8);
    expect(file.length).toBeLessThan(IMPORT_LIMITS.fileBytes / 20);
    const before = await snapshot(t, problems);
    for (const [lang, message] of [
      ['en', 'Unpacked, a sheet of the workbook takes more than 32 MB, the most accepted.'],
      ['es', 'Descomprimida, una hoja del libro ocupa más de 32 MB, el máximo aceptado.'],
    ] as const) {
      for (const url of [previewUrl(mesaId), importUrl(mesaId)]) {
        const res = await post(url, file, lang);
        expect(res.statusCode, res.body).toBe(400);
        const { error } = res.json();
        expect(error.code).toBe('SPREADSHEET_TOO_LARGE');
        expect(error.fields).toEqual([
          { path: 'file', key: 'matrixSheet.errors.partTooLarge', message: expect.stringContaining(message) },
        ]);
      }
    }
    expect(await snapshot(t, problems)).toEqual(before);
  });

  it('refuses a bomb whose directory lies about its sizes, by the bytes that actually come out', async () => {
    const file = lyingBomb(IMPORT_LIMITS.partBytes / 2 ** 20 + 8);
    const before = await snapshot(t, problems);
    const res = await post(importUrl(mesaId), file);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'SPREADSHEET_TOO_LARGE',
      fields: [{ path: 'file', key: 'matrixSheet.errors.partTooLarge' }],
    });
    expect(await snapshot(t, problems)).toEqual(before);
  });

  it('refuses a workbook whose parts together unpack beyond the limit', async () => {
    // Three sheets' worth of text in one workbook, each part under the part limit.
    const filler = 'x'.repeat(2 ** 20);
    const text = filler.repeat(IMPORT_LIMITS.partBytes / 2 ** 20 - 1);
    const files = Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, strToU8(part)]));
    const data = Buffer.from(
      zipSync(
        { ...files, 'a.txt': strToU8(text), 'b.txt': strToU8(text), 'c.txt': strToU8(text) },
        { level: 9 },
      ),
    );
    const res = await post(previewUrl(mesaId), data);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'SPREADSHEET_TOO_LARGE',
      fields: [
        {
          key: 'matrixSheet.errors.unpackedTooLarge',
          message: expect.stringContaining(`more than ${IMPORT_LIMITS.unpackedBytes / 2 ** 20} MB`),
        },
      ],
    });
  });

  it('answers a 300,000-row sheet with the row limit, not a crash', async () => {
    const file = workbook(numberedRows(300_000));
    expect(file.length).toBeLessThan(IMPORT_LIMITS.fileBytes);
    const before = await snapshot(t, problems);
    for (const url of [previewUrl(mesaId), importUrl(mesaId)]) {
      const res = await post(url, file);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [
          {
            path: 'file',
            key: 'matrixSheet.errors.tooManyRows',
            message: `The sheet has 300000 rows; the most is ${IMPORT_LIMITS.rows}.`,
          },
        ],
      });
    }
    expect(await snapshot(t, problems)).toEqual(before);
  });

  it('reads a parsed sheet of 300,000 rows into the row-limit issue, not a stack overflow', () => {
    // The pre-parse count keeps such a sheet from the parser; the reading must hold on its own too.
    const grid = {
      name: 'Matriz',
      rows: Array.from({ length: 300_001 }, (_, i) => ({
        number: i + 1,
        cells: [i === 0 ? 'Problema' : `P${i}`],
      })),
    };
    const reading = readMatrixSheet(grid, { categories: [], organizations: [], people: [] });
    expect(reading.issues).toEqual([
      { path: 'file', code: 'tooManyRows', params: { count: 300_000, max: IMPORT_LIMITS.rows } },
    ]);
  });

  it('counts the rows exactly when a sheet is parsed: a few thousand rows get the row limit too', async () => {
    const rows = IMPORT_LIMITS.rows + 500;
    expect(rows).toBeLessThan(ROWS_BEFORE_PARSING);
    const res = await post(previewUrl(mesaId), workbook(numberedRows(rows + 1)));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields).toEqual([
      {
        path: 'file',
        key: 'matrixSheet.errors.tooManyRows',
        message: `The sheet has ${rows} rows; the most is ${IMPORT_LIMITS.rows}.`,
      },
    ]);
  });

  it('keeps answering other requests while a large workbook is read', async () => {
    // The most rows an import takes, each with a long description: seconds of parsing.
    const description = 'Descripción larga del problema. '.repeat(60);
    const rows = [`<row r="1">${cell('A1', 'Problema')}${cell('B1', 'Descripción')}</row>`];
    for (let r = 2; r <= IMPORT_LIMITS.rows + 1; r++) {
      rows.push(`<row r="${r}">${cell(`A${r}`, `Problema ${r}`)}${cell(`B${r}`, description)}</row>`);
    }
    const file = workbook(rows).toString('base64');
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    let settled = false;
    const preview = fetch(`${address}${previewUrl(mesaId)}`, {
      method: 'POST',
      headers: { ...coordinator.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ file }),
    }).finally(() => {
      settled = true;
    });
    // Health checks, one after another, until the workbook has been read; those answered while a
    // reading thread was busy prove the server's own thread stayed free.
    let answeredWhileReading = 0;
    while (!settled) {
      const reading = activeSheetReaders() > 0;
      const health = await fetch(`${address}/healthz`);
      expect(health.status).toBe(200);
      if (reading && activeSheetReaders() > 0 && !settled) answeredWhileReading++;
    }
    const res = await preview;
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ rowCount: IMPORT_LIMITS.rows, invalidRowCount: 0 });
    expect(answeredWhileReading).toBeGreaterThan(0);
  });

  it('reads the next workbook in the thread that answered the last one', async () => {
    const file = workbook(numberedRows(4)).toString('base64');
    const before = sheetThreadsStarted();
    for (let i = 0; i < 3; i++) {
      const res = await coordinator.post(previewUrl(mesaId), { file });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ rowCount: 3 });
    }
    // A thread for each read would be three; a kept one from an earlier read leaves none to start.
    expect(sheetThreadsStarted() - before).toBeLessThanOrEqual(1);
    expect(activeSheetReaders()).toBe(0);
  });

  it('still imports a normal workbook', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Matriz');
    sheet.addRow(['Problema', 'Impacto']);
    sheet.addRow(['Permisos lentos para plantaciones', 4]);
    sheet.addRow(['Falta de datos de cosecha', 3]);
    const file = Buffer.from(await book.xlsx.writeBuffer());
    const count = await problemCount();
    const audit = await snapshot(t, auditEvents);
    const res = await coordinator.post(importUrl(mesaId), {
      file: file.toString('base64'),
      mapping: { title: 0, impact: 1 },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().created.problems).toBe(2);
    expect(await problemCount()).toBe(count + 2);
    expect((await snapshot(t, auditEvents))[0]).toBeGreaterThan(audit[0]!);
  });
});
