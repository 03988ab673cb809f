import { stringify } from 'csv-stringify/sync';
import { neutralizeFormula } from '../exports/csv';
import type { Cell, Row, TableDefinition } from './tables';

export const OPEN_DATA_CSV_TYPE = 'text/csv; charset=utf-8';
export const OPEN_DATA_JSON_TYPE = 'application/json; charset=utf-8';

/** A cell as the CSV writes it: booleans as true/false (Table Schema's defaults), nothing as empty. */
function csvCell(value: Cell): string | number | null {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return neutralizeFormula(value);
}

/**
 * A table as CSV: UTF-8 without a byte-order mark (the encoding the data package declares), a header
 * row of the field names, RFC 4180 with CRLF. A text that a spreadsheet would run as a formula starts
 * with an apostrophe, as in every export of Mesas; the JSON file keeps the text as it is.
 */
export function tableCsv(table: TableDefinition, rows: readonly Row[]): string {
  const names = table.fields.map((f) => f.name);
  return stringify([names, ...rows.map((row) => names.map((n) => csvCell(row[n] ?? null)))], {
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
    cast: { number: (n) => String(n) },
  });
}

/** A table as JSON: an array of objects with every field, in the schema's order (null when empty). */
export function tableJson(table: TableDefinition, rows: readonly Row[]): string {
  const names = table.fields.map((f) => f.name);
  return JSON.stringify(rows.map((row) => Object.fromEntries(names.map((n) => [n, row[n] ?? null]))));
}
