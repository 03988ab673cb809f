import { normText, type ReformRow, reformStages } from '../domain/reform-tracking';
import { LIST_SEPARATOR, type SheetTable, type Translate } from './matrix-sheet';

/**
 * The reform tracking table as a sheet, in the layout of the reform tracking tool of public-private
 * dialogue practice: one row per reform, one column per stage's day (YYYY-MM-DD), then where it stands
 * and its impact.
 */
const columns = [
  ['mesa', 22, false],
  ['code', 8, false],
  ['problem', 40, true],
  ['reform', 50, true],
  ['instrument', 18, false],
  ['entities', 28, true],
  ['norm', 36, true],
  ['gazette', 30, false],
  ...reformStages.map((s) => [s, 13, false] as const),
  ['status', 16, false],
  ['impact', 40, true],
] as const;

/** Where a reform stands: its furthest stage, or the Matrix status of a parked or dropped problem. */
function statusText(row: ReformRow, t: Translate): string {
  if (row.status === 'parked' || row.status === 'dropped') return t(`matrixSheet.status.${row.status}`);
  return t(`reformSheet.stages.${row.stage}`);
}

export function reformSheetTable(rows: readonly ReformRow[], t: Translate): SheetTable {
  return {
    headers: columns.map(([key]) => t(`reformSheet.columns.${key}`)),
    widths: columns.map(([, width]) => width),
    wrap: columns.map(([, , wrap]) => wrap),
    rows: rows.map((r) => [
      r.mesa.name,
      r.code,
      r.problem,
      r.reform,
      t(`matrixSheet.instrument.${r.instrument}`),
      r.entities.join(LIST_SEPARATOR),
      normText(r.norm),
      r.norm?.url ?? '',
      ...reformStages.map((s) => r.dates[s] ?? ''),
      statusText(r, t),
      r.impact,
    ]),
  };
}

/** The file name of a reform tracking export: `reform-tracking-forestal-2026-12-06.xlsx`. */
export function reformFileName(scope: string, date: string, t: Translate): string {
  return `${t('reformSheet.fileName')}-${scope.replace(/[^a-z0-9-]+/gi, '-')}-${date}.xlsx`;
}
