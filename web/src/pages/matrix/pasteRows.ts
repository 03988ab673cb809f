/**
 * Rows pasted from a spreadsheet into the quick entry, read as problems to create. Spreadsheets put
 * cells on the clipboard as tab-separated text: one line a row, and a cell holding a tab, a line break
 * or a quote between double quotes. Columns are taken by position: title, category, MP/YP, impact,
 * ease; whatever cannot be read is replaced by a default and said on its row.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { MAX_PASTED_ROWS, MAX_TITLE_LENGTH } from './pasteCheck';

export { looksLikeRows, MAX_PASTED_ROWS, MAX_TITLE_LENGTH } from './pasteCheck';

export type OwnerType = 'MP' | 'YP';
type Score = 'impact' | 'ease';

export const DEFAULT_SCORE = 3;

export interface PasteCategory {
  key: string;
  nameEs: string;
  nameEn: string;
  archived?: boolean;
}

/** Something of a row that could not be read, and what was used instead. */
export type PasteWarning =
  | { kind: 'unknownCategory'; value: string }
  | { kind: 'badOwner'; value: string; used: OwnerType }
  | { kind: 'badScore'; field: Score; value: string; used: number };

/** A problem to create, read from one pasted row. */
export interface PasteDraft {
  /** The row's position among the pasted rows, 1-based: blank rows are not counted, a skipped header is. */
  row: number;
  title: string;
  categoryKey: string | null;
  ownerType: OwnerType;
  impact: number;
  ease: number;
  warnings: PasteWarning[];
}

/** A pasted row that is not created. */
export interface LeftOutRow {
  row: number;
  reason: 'noTitle' | 'longTitle';
  /** The cells of the row joined, so the row can be recognized. */
  text: string;
}

export interface PasteResult {
  drafts: PasteDraft[];
  /** The first row looked like column headers and was not taken as a problem. */
  headerSkipped: boolean;
  leftOut: LeftOutRow[];
  /** Rows beyond MAX_PASTED_ROWS, not taken. */
  overLimit: number;
}

export interface PasteOptions {
  categories: readonly PasteCategory[];
  /** The owner type of rows that do not say it (the one chosen in the entry row). */
  ownerType: OwnerType;
}

/** Lower case, without accents and with single spaces: "  Título " and "titulo" are the same. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Column headers of a Matrix, in Spanish and English (those of its spreadsheet export included). */
const headerWords = new Set(
  [
    'título',
    'titulo del problema',
    'title',
    'problema',
    'problemas',
    'problem',
    'problems',
    'cuello de botella',
    'bottleneck',
    'categoría',
    'category',
    'categoría de barrera',
    'barrier category',
    'mp/yp',
    'tipo',
    'tipo (mp/yp)',
    'owner',
    'owner (mp/yp)',
    'responsable',
    'impacto',
    'impact',
    'facilidad',
    'ease',
    'n°',
    'n.º',
    'no.',
    'nro.',
  ].map(normalize),
);

const looksLikeHeader = (cells: readonly string[]) => cells.some((c) => headerWords.has(normalize(c)));

/**
 * The cells of each non-blank row. Quotes follow the spreadsheet convention; text whose quotes do not
 * (an opening quote never closed, say) is read again with quotes taken as plain characters.
 */
function readCells(text: string): string[][] {
  const options = {
    delimiter: '\t',
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
  };
  try {
    return parse(text, options);
  } catch {
    return parse(text, { ...options, quote: false });
  }
}

function readScore(cell: string, field: Score, warnings: PasteWarning[]): number {
  const value = cell.trim();
  if (value === '') return DEFAULT_SCORE;
  const match = /^([1-5])(?:[.,]0+)?$/.exec(value);
  if (match) return Number(match[1]);
  warnings.push({ kind: 'badScore', field, value, used: DEFAULT_SCORE });
  return DEFAULT_SCORE;
}

function readOwner(cell: string, fallback: OwnerType, warnings: PasteWarning[]): OwnerType {
  const value = cell.trim();
  if (value === '') return fallback;
  const upper = value.toUpperCase();
  if (upper === 'MP' || upper === 'YP') return upper;
  warnings.push({ kind: 'badOwner', value, used: fallback });
  return fallback;
}

/** Categories found by key or by name in either language, ignoring case and accents. */
function categoryIndex(categories: readonly PasteCategory[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const c of categories) {
    if (c.archived) continue;
    for (const name of [c.key, c.nameEs, c.nameEn]) {
      const k = normalize(name);
      if (k && !index.has(k)) index.set(k, c.key);
    }
  }
  return index;
}

/** Reads pasted tab-separated text into problems to create, with what could not be read on each row. */
export function parsePastedRows(text: string, options: PasteOptions): PasteResult {
  const categories = categoryIndex(options.categories);
  const rows = readCells(text)
    .filter((cells) => cells.some((c) => c.trim() !== ''))
    .map((cells, index) => ({ row: index + 1, cells }));

  const headerSkipped = rows.length > 0 && looksLikeHeader(rows[0]!.cells);
  const body = headerSkipped ? rows.slice(1) : rows;
  const taken = body.slice(0, MAX_PASTED_ROWS);

  const drafts: PasteDraft[] = [];
  const leftOut: LeftOutRow[] = [];
  for (const { row, cells } of taken) {
    const [titleCell = '', categoryCell = '', ownerCell = '', impactCell = '', easeCell = ''] = cells;
    // A title is one line: line breaks inside the cell become spaces.
    const title = titleCell.replace(/\s+/g, ' ').trim();
    const text = cells
      .map((c) => c.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join(' · ');
    if (title === '') {
      leftOut.push({ row, reason: 'noTitle', text });
      continue;
    }
    if (title.length > MAX_TITLE_LENGTH) {
      leftOut.push({ row, reason: 'longTitle', text: `${title.slice(0, 80)}…` });
      continue;
    }
    const warnings: PasteWarning[] = [];
    let categoryKey: string | null = null;
    const category = categoryCell.trim();
    if (category !== '') {
      categoryKey = categories.get(normalize(category)) ?? null;
      if (categoryKey === null) warnings.push({ kind: 'unknownCategory', value: category });
    }
    const ownerType = readOwner(ownerCell, options.ownerType, warnings);
    const impact = readScore(impactCell, 'impact', warnings);
    const ease = readScore(easeCell, 'ease', warnings);
    drafts.push({ row, title, categoryKey, ownerType, impact, ease, warnings });
  }
  return { drafts, headerSkipped, leftOut, overLimit: body.length - taken.length };
}
