import type { ImportField, ImportMapping } from '../spreadsheetApi';

/** The field a column is mapped to, or '' when the column is not imported. */
export const fieldOfColumn = (mapping: ImportMapping, column: number): ImportField | '' =>
  (Object.entries(mapping) as [ImportField, number | undefined][]).find(([, c]) => c === column)?.[0] ?? '';

/** Maps `column` to `field` (or to nothing), taking the field away from any other column. */
export function remap(mapping: ImportMapping, column: number, field: ImportField | ''): ImportMapping {
  const next: ImportMapping = {};
  for (const [f, c] of Object.entries(mapping) as [ImportField, number | undefined][]) {
    if (c !== undefined && c !== column && f !== field) next[f] = c;
  }
  if (field) next[field] = column;
  return next;
}
