import type { CellValue, Workbook } from 'exceljs';
import { unzipSync } from 'fflate';
import type { JSZipObject } from 'jszip';
import { IMPORT_LIMITS, type RawCell, type SheetGrid } from './matrix-import';
import type { SheetTable } from './matrix-sheet';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** exceljs is large: load it when a spreadsheet is first written or read, not when the server starts. */
async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  return new ExcelJS.Workbook();
}

/** Writes a table as a one-sheet workbook: bold shaded header row, frozen, with an autofilter. */
export async function writeXlsx(
  table: SheetTable,
  options: { sheetName: string; title?: string; created?: Date },
): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Mesas';
  workbook.created = options.created ?? new Date();
  if (options.title) workbook.title = options.title;
  const sheet = workbook.addWorksheet(options.sheetName.slice(0, 31), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = table.headers.map((header, i) => ({ header, width: table.widths[i] ?? 14 }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 30;
  for (const row of table.rows) sheet.addRow(row);
  table.wrap.forEach((wrap, i) => {
    if (wrap) sheet.getColumn(i + 1).alignment = { vertical: 'top', wrapText: true };
    else sheet.getColumn(i + 1).alignment = { vertical: 'top' };
  });
  // The header keeps its own alignment over the column's.
  header.eachCell((c) => {
    c.alignment = { vertical: 'middle', wrapText: true };
  });
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, table.rows.length + 1), column: table.headers.length },
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A cell value of any kind exceljs reads (rich text, formulas, links…) as a plain value. */
export function plainCell(value: CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && 'error' in (result as object)) return null;
      return plainCell(result as CellValue);
    }
    if ('hyperlink' in value) return plainCell((value as { text: CellValue }).text);
    if ('error' in value) return null;
  }
  return String(value);
}

export class UnreadableWorkbook extends Error {}

/**
 * A workbook that would cost too much to read: unpacked, all its parts or one of them exceed the limits
 * (`what` says which, `max` the limit in bytes), or reading it ran out of the memory or time allowed.
 */
export class WorkbookTooLarge extends Error {
  constructor(
    readonly what: 'workbook' | 'part' | 'heavy',
    readonly max: number,
  ) {
    super(`workbook too large: ${what}`);
  }
}

/** A sheet with far more rows than an import takes, refused before it is parsed. */
export class TooManyRows extends Error {
  constructor(readonly count: number) {
    super(`too many rows: ${count}`);
  }
}

/**
 * Rows beyond which a sheet is refused before it is parsed. The exact count (non-empty rows under the
 * header, against IMPORT_LIMITS.rows) is taken after parsing; this bound only keeps a huge sheet from
 * being parsed at all, with room for header, note and blank-but-formatted rows.
 */
export const ROWS_BEFORE_PARSING = IMPORT_LIMITS.rows * 10;

/** Most parts (files in the zip) a workbook may have. */
const MAX_PARTS = 10_000;

/**
 * Checks the sizes a workbook's central directory declares for its parts, before anything is
 * unpacked: their sum and the largest against the limits. Cheap enough for the request's own thread.
 */
export function checkDeclaredSizes(data: Uint8Array): void {
  let total = 0;
  let largest = 0;
  let parts = 0;
  try {
    // The filter sees each entry of the directory; refusing them all unpacks nothing.
    unzipSync(data, {
      filter: (entry) => {
        // A workbook has tens of parts; a directory claiming millions (or sizes that are not numbers,
        // read past its end) is not one, and is not walked to its end.
        if (++parts > MAX_PARTS || !Number.isSafeInteger(entry.originalSize)) {
          throw new Error('not a workbook directory');
        }
        total += entry.originalSize;
        largest = Math.max(largest, entry.originalSize);
        return false;
      },
    });
  } catch (err) {
    throw new UnreadableWorkbook(err instanceof Error ? err.message : String(err));
  }
  if (largest > IMPORT_LIMITS.partBytes) throw new WorkbookTooLarge('part', IMPORT_LIMITS.partBytes);
  if (total > IMPORT_LIMITS.unpackedBytes)
    throw new WorkbookTooLarge('workbook', IMPORT_LIMITS.unpackedBytes);
}

/** The parts exceljs reads as worksheets (its own pattern), and the end of a row in their XML. */
const worksheetPart = /xl\/worksheets\/sheet\d+[.]xml$/;
const rowEnd = /<\/(?:[\w.-]{1,16}:)?row>/g;

/**
 * Unpacks every part as the reader will, counting the bytes that actually come out (a directory may
 * understate them) and stopping at the limits; counts the rows of each worksheet on the way.
 */
async function checkUnpacked(data: Buffer): Promise<void> {
  const { default: JSZip } = await import('jszip');
  let zip: Awaited<ReturnType<typeof JSZip.loadAsync>>;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (err) {
    throw new UnreadableWorkbook(err instanceof Error ? err.message : String(err));
  }
  let total = 0;
  for (const part of Object.values(zip.files)) {
    if (part.dir) continue;
    const isSheet = worksheetPart.test(part.name);
    let size = 0;
    let rows = 0;
    let carry = '';
    await eachChunk(part, (chunk) => {
      size += chunk.length;
      total += chunk.length;
      if (size > IMPORT_LIMITS.partBytes) throw new WorkbookTooLarge('part', IMPORT_LIMITS.partBytes);
      if (total > IMPORT_LIMITS.unpackedBytes) {
        throw new WorkbookTooLarge('workbook', IMPORT_LIMITS.unpackedBytes);
      }
      if (!isSheet) return;
      // Tags are ASCII: latin1 keeps byte offsets and never splits a character that matters here.
      const text = carry + chunk.toString('latin1');
      let end = 0;
      rowEnd.lastIndex = 0;
      while (rowEnd.exec(text)) {
        rows++;
        end = rowEnd.lastIndex;
      }
      // A closing tag cut between two chunks is completed by the next one.
      carry = text.slice(Math.max(end, text.length - 24));
    });
    if (rows > ROWS_BEFORE_PARSING) throw new TooManyRows(rows);
  }
}

/** Calls `each` with every chunk of a part as it is unpacked; a throw from `each` stops the unpacking. */
function eachChunk(part: JSZipObject, each: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = part.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      try {
        each(chunk);
      } catch (err) {
        // Paused and unheard, the stream stops asking for more inflated data.
        stream.pause();
        stream.removeAllListeners('data');
        reject(err);
      }
    });
    // A part that does not inflate, or not to the size its header gives, makes the file unreadable.
    stream.on('error', (err: Error) => reject(new UnreadableWorkbook(err.message)));
    stream.on('end', resolve);
  });
}

/**
 * The sheets of a workbook and the non-empty rows of the chosen one (the first by default). Refuses a
 * workbook that unpacks beyond the limits or a sheet of far too many rows before parsing it; parsing
 * takes seconds of CPU, so the server calls this in a worker thread (sheet-worker.ts).
 */
export async function readXlsx(
  data: Buffer,
  sheetName?: string,
): Promise<{ sheets: string[]; grid: SheetGrid | null }> {
  await checkUnpacked(data);
  const workbook = await newWorkbook();
  try {
    // exceljs's own Buffer type lags behind Node's; the bytes are what it wants.
    await workbook.xlsx.load(data as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  } catch (err) {
    throw new UnreadableWorkbook(err instanceof Error ? err.message : String(err));
  }
  const sheets = workbook.worksheets.map((s) => s.name);
  const sheet = sheetName
    ? workbook.worksheets.find((s) => s.name === sheetName)
    : (workbook.worksheets.find((s) => s.actualRowCount > 0) ?? workbook.worksheets[0]);
  if (!sheet) return { sheets, grid: null };
  const rows: SheetGrid['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = plainCell(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    if (cells.some((c) => c !== null && c !== '')) rows.push({ number, cells });
  });
  return { sheets, grid: { name: sheet.name, rows } };
}
