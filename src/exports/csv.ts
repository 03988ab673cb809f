import { stringify } from 'csv-stringify/sync';
import type { SheetCell, SheetTable } from './matrix-sheet';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return at the start)
 * is written with a leading apostrophe, so opening an exported file never runs anything.
 */
export function neutralizeFormula(value: SheetCell): SheetCell {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The table as CSV (RFC 4180, CRLF), with a byte-order mark so spreadsheets read it as UTF-8. */
export function writeCsv(table: SheetTable): string {
  const rows = [table.headers, ...table.rows.map((r) => r.map(neutralizeFormula))];
  return `\uFEFF${stringify(rows, {
    record_delimiter: 'windows',
    // A line break inside a cell is quoted too, not only the CRLF that ends a record.
    quoted_match: /[\r\n]/,
    cast: { number: (n) => String(n) },
  })}`;
}
