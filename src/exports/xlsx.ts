import type { CellValue, Workbook } from 'exceljs';
import type { RawCell, SheetGrid } from './matrix-import';
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

/** The sheets of a workbook and the non-empty rows of the chosen one (the first by default). */
export async function readXlsx(
  data: Buffer,
  sheetName?: string,
): Promise<{ sheets: string[]; grid: SheetGrid | null }> {
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
