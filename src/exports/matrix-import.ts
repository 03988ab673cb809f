import { allowedProblemTransitions, type ProblemStatus, problemStatuses } from '../domain/problem-status';
import { type Visibility, visibilities } from '../domain/roles';
import { type SolutionInstrument, solutionInstruments } from '../domain/solutions';
import { supportedLocales } from '../i18n/languages';
import type en from '../i18n/locales/content.en.json';
import { inLanguage } from '../i18n/record-words';
import {
  columnLetter,
  contentInEveryLanguage,
  type DetectedColumn,
  headerScore,
  type ImportField,
  importFields,
  type Mapping,
  normalizeLabel,
  suggestMapping,
} from './matrix-columns';

/** A cell as read from a workbook. */
export type RawCell = string | number | boolean | Date | null;

/** The non-empty rows of a worksheet, with their row numbers as the spreadsheet shows them. */
export interface SheetGrid {
  name: string;
  rows: { number: number; cells: RawCell[] }[];
}

export const IMPORT_LIMITS = {
  /** Largest workbook accepted, in bytes. */
  fileBytes: 5 * 1024 * 1024,
  /**
   * Most bytes a workbook may unpack to, all its parts together, and any one part (a sheet's XML, the
   * shared strings). A zip compresses a repeated row a thousandfold: these bound what reading may cost.
   */
  unpackedBytes: 64 * 1024 * 1024,
  partBytes: 32 * 1024 * 1024,
  /** Most data rows accepted in one import. */
  rows: 2000,
  title: 500,
  text: 20_000,
  tag: 100,
  indicatorName: 300,
  indicatorUnit: 60,
  indicatorSource: 500,
} as const;

/** Why a cell was refused; `code` names a message under matrixSheet.errors. */
export interface RowError {
  /** The row number as the spreadsheet shows it. */
  row: number;
  /** The column letter (A, B…) and its header. */
  column: string;
  header: string;
  field: ImportField;
  code:
    | 'required'
    | 'tooLong'
    | 'scale'
    | 'status'
    | 'category'
    | 'entity'
    | 'ownerType'
    | 'yesNo'
    | 'instrument'
    | 'visibility'
    | 'person'
    | 'personAmbiguous'
    | 'organization'
    | 'indicator';
  params: Record<string, string | number>;
}

/** An outcome indicator as the import will add it to its problem. */
export interface ImportedIndicator {
  name: string;
  unit: string;
  direction: IndicatorDirection;
  baselineValue: number | null;
  baselineOn: string | null;
  currentValue: number | null;
  currentOn: string | null;
  targetValue: number | null;
  source: string | null;
}

/** A problem as the import will create it. */
export interface ImportedProblem {
  title: string;
  description?: string;
  categoryKey?: string;
  ownerType?: 'MP' | 'YP';
  raisedByPersonId?: string;
  raisedByOrganizationId?: string;
  status: ProblemStatus;
  inFocus?: boolean;
  impact?: number;
  ease?: number;
  entityIds: string[];
  tags: string[];
  solution?: { text: string; instrument: SolutionInstrument };
  indicators: ImportedIndicator[];
  visibility?: Visibility;
}

export interface ParsedRow {
  row: number;
  problem: ImportedProblem;
  /** The mapped cells as text, for the preview. */
  cells: Partial<Record<ImportField, string>>;
  errors: RowError[];
}

/** What the import checks references against. */
export interface ImportReference {
  categories: readonly { key: string; nameEs: string; nameEn: string }[];
  organizations: readonly { id: string; name: string; acronym: string | null }[];
  /** The people of the directory, for who raised a problem (matched by full name). */
  people: readonly { id: string; fullName: string }[];
}

/** A problem with the header row or the mapping itself; `code` names a message under matrixSheet.errors. */
export interface MappingIssue {
  path: string;
  code: 'noTitleColumn' | 'badColumn' | 'duplicateColumn' | 'empty' | 'tooManyRows';
  params: Record<string, string | number>;
}

export interface ImportReading {
  sheet: string;
  /** The header row as the spreadsheet numbers it. */
  headerRow: number;
  columns: DetectedColumn[];
  mapping: Mapping;
  rows: ParsedRow[];
  issues: MappingIssue[];
}

// ── Cells ─────────────────────────────────────────────────────────────────────────────────────────

/** A cell as trimmed text ('' when empty); whole dates become YYYY-MM-DD. */
export function cellText(value: RawCell | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value).trim();
}

/** Label → key for a closed list, in every language, by key or by label, accent-insensitive. */
function labelIndex<K extends string>(
  keys: readonly K[],
  labels: (locale: typeof en) => Record<string, string>,
) {
  const index = new Map<string, K>();
  for (const key of keys) {
    index.set(normalizeLabel(key), key);
    for (const locale of contentInEveryLanguage) {
      const label = labels(locale)[key];
      if (label) index.set(normalizeLabel(label), key);
    }
  }
  return index;
}

const directions = ['lower_is_better', 'higher_is_better'] as const;
type IndicatorDirection = (typeof directions)[number];
const directionIndex = labelIndex(directions, (l) => l.matrixSheet.direction);
const targetLabels = new Set(contentInEveryLanguage.map((l) => normalizeLabel(l.matrixSheet.target)));
const sourceLabels = new Set(contentInEveryLanguage.map((l) => normalizeLabel(l.matrixSheet.source)));
const statusIndex = labelIndex(problemStatuses, (l) => l.matrixSheet.status);
const instrumentIndex = labelIndex(solutionInstruments, (l) => l.matrixSheet.instrument);
const visibilityIndex = labelIndex(visibilities, (l) => l.visibility);
for (const [alias, key] of [
  ['nuevo', 'identified'],
  ['new', 'identified'],
  ['en proceso', 'in_progress'],
  ['en progreso', 'in_progress'],
  ['en marcha', 'in_progress'],
  ['resuelto', 'enacted'],
  ['solucionado', 'enacted'],
  ['done', 'enacted'],
  ['verificado en campo', 'verified'],
  ['postergado', 'parked'],
  ['archivado', 'parked'],
  ['on hold', 'parked'],
  ['descartado', 'dropped'],
  ['desestimado', 'dropped'],
] as const) {
  statusIndex.set(alias, key);
}
for (const [alias, key] of [
  ['miembros', 'members'],
  ['publico', 'public'],
  ['equipo', 'team'],
] as const) {
  visibilityIndex.set(alias, key);
}

const yes = new Set(['si', 's', 'yes', 'y', 'x', 'true', 'verdadero', '1']);
const no = new Set(['no', 'n', 'false', 'falso', '0']);

/** Splits a list cell on semicolons and line breaks (commas too for tags). */
function splitList(text: string, commas: boolean): string[] {
  return text
    .split(commas ? /[;\n,]/ : /[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

// ── Rows ──────────────────────────────────────────────────────────────────────────────────────────

/** The row that holds the headers: among the first rows, the one naming the most fields. */
export function findHeaderRow(grid: SheetGrid): number | null {
  let best: { number: number; score: number } | null = null;
  for (const row of grid.rows.slice(0, 15)) {
    const score = headerScore(row.cells.map(cellText));
    if (!best || score > best.score) best = { number: row.number, score };
  }
  return best?.number ?? null;
}

// ── Indicators ────────────────────────────────────────────────────────────────────────────────────

const dateText = String.raw`\d{4}-\d{2}-\d{2}`;
/**
 * "name: baseline (date) → current (date) (target: x)" and the rest of the line (unit, direction,
 * source). Values are numbers or "?"; dates, target and rest are optional. "->" is read as an arrow.
 */
const indicatorLine = new RegExp(
  String.raw`^(?<name>.+?):\s+(?<baseline>[^\s()]+)(?:\s+\((?<baselineOn>${dateText})\))?\s*(?:→|->)\s*` +
    String.raw`(?<current>[^\s()]+)(?:\s+\((?<currentOn>${dateText})\))?` +
    String.raw`(?:\s+\((?<targetLabel>[^():]+):\s*(?<target>[^\s()]+)\))?(?<rest>.*)$`,
  'u',
);

/** A value as the export writes it ("?" when unknown), with a decimal point or comma; NaN if not one. */
function indicatorNumber(text: string | undefined): number | null {
  if (text === undefined || text === '?' || text === '') return null;
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) ? n : Number.NaN;
}

function isDate(text: string | undefined): boolean {
  return !text || (!Number.isNaN(Date.parse(text)) && new Date(text).toISOString().startsWith(text));
}

/**
 * One line of an indicators cell, as `indicatorText` writes it; null when it cannot be read. An
 * indicator without a direction (a hand-written line) is lower-is-better unless its target is higher
 * than its baseline.
 */
export function parseIndicatorLine(line: string): ImportedIndicator | null {
  const m = indicatorLine.exec(line.trim())?.groups;
  if (!m) return null;
  if (m.targetLabel !== undefined && !targetLabels.has(normalizeLabel(m.targetLabel))) return null;
  const [unitPart = '', ...parts] = (m.rest ?? '').split(/\s+·\s+/);
  let direction: IndicatorDirection | undefined;
  let source: string | null = null;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!.trim();
    const found = directionIndex.get(normalizeLabel(part));
    const colon = part.indexOf(':');
    if (found && !direction) direction = found;
    else if (colon > 0 && sourceLabels.has(normalizeLabel(part.slice(0, colon)))) {
      // The source is last and may hold the separator itself.
      source = [part.slice(colon + 1), ...parts.slice(i + 1)].join(' · ').trim() || null;
      break;
    } else return null;
  }
  const baselineValue = indicatorNumber(m.baseline);
  const currentValue = indicatorNumber(m.current);
  const targetValue = indicatorNumber(m.target);
  if ([baselineValue, currentValue, targetValue].some((v) => Number.isNaN(v))) return null;
  if (!isDate(m.baselineOn) || !isDate(m.currentOn)) return null;
  const name = m.name!.trim();
  const unit = unitPart.trim();
  if (!name || !unit) return null;
  return {
    name,
    unit,
    direction:
      direction ??
      (targetValue !== null && baselineValue !== null && targetValue > baselineValue
        ? 'higher_is_better'
        : 'lower_is_better'),
    baselineValue,
    baselineOn: m.baselineOn ?? null,
    currentValue,
    currentOn: m.currentOn ?? null,
    targetValue,
    source,
  };
}

function referenceIndexes(ref: ImportReference) {
  const categories = new Map<string, string>();
  for (const c of ref.categories) {
    // By its key or its name in any of the app's languages (Spanish and English among them).
    const names = [c.key, ...supportedLocales.map((l) => inLanguage(l, c.nameEs, c.nameEn))];
    for (const name of names) categories.set(normalizeLabel(name), c.key);
  }
  const organizations = new Map<string, string>();
  // Names first, acronyms after: an acronym wins where it is also another organization's name.
  for (const o of ref.organizations) organizations.set(normalizeLabel(o.name), o.id);
  for (const o of ref.organizations) if (o.acronym) organizations.set(normalizeLabel(o.acronym), o.id);
  // Full names, accent- and case-insensitive; two people of the same name make the name ambiguous.
  const people = new Map<string, string | null>();
  for (const p of ref.people) {
    const key = normalizeLabel(p.fullName);
    people.set(key, people.has(key) && people.get(key) !== p.id ? null : p.id);
  }
  return { categories, organizations, people };
}

/** Reads one data row through the mapping; every refused cell becomes a RowError. */
function parseRow(
  row: SheetGrid['rows'][number],
  mapping: Mapping,
  headers: readonly string[],
  refs: ReturnType<typeof referenceIndexes>,
): ParsedRow {
  const errors: RowError[] = [];
  const cells: Partial<Record<ImportField, string>> = {};
  for (const field of importFields) {
    const index = mapping[field];
    if (index !== undefined) cells[field] = cellText(row.cells[index]);
  }
  const fail = (field: ImportField, code: RowError['code'], params: RowError['params'] = {}) => {
    const index = mapping[field]!;
    errors.push({
      row: row.number,
      column: columnLetter(index),
      header: headers[index] ?? '',
      field,
      code,
      params,
    });
  };
  const text = (field: ImportField, max: number) => {
    const value = cells[field] ?? '';
    if (value.length > max) fail(field, 'tooLong', { max });
    return value;
  };
  const scale = (field: 'impact' | 'ease') => {
    const value = cells[field];
    if (!value) return undefined;
    const n = Number(value.replace(',', '.'));
    if (!Number.isInteger(n) || n < 1 || n > 5) {
      fail(field, 'scale', { value });
      return undefined;
    }
    return n;
  };

  const problem: ImportedProblem = {
    title: text('title', IMPORT_LIMITS.title),
    status: 'identified',
    entityIds: [],
    tags: [],
    indicators: [],
  };
  if (!problem.title) fail('title', 'required');
  const description = text('description', IMPORT_LIMITS.text);
  if (description) problem.description = description;

  if (cells.category) {
    const key = refs.categories.get(normalizeLabel(cells.category));
    if (key) problem.categoryKey = key;
    else fail('category', 'category', { value: cells.category });
  }
  if (cells.ownerType) {
    const v = normalizeLabel(cells.ownerType);
    if (v === 'mp' || v === 'mi problema' || v === 'my problem') problem.ownerType = 'MP';
    else if (v === 'yp' || v === 'tu problema' || v === 'your problem') problem.ownerType = 'YP';
    else fail('ownerType', 'ownerType', { value: cells.ownerType });
  }
  if (cells.raisedByPerson) {
    const id = refs.people.get(normalizeLabel(cells.raisedByPerson));
    if (id) problem.raisedByPersonId = id;
    else if (id === null) fail('raisedByPerson', 'personAmbiguous', { value: cells.raisedByPerson });
    else fail('raisedByPerson', 'person', { value: cells.raisedByPerson });
  }
  if (cells.raisedByOrganization) {
    const id = refs.organizations.get(normalizeLabel(cells.raisedByOrganization));
    if (id) problem.raisedByOrganizationId = id;
    else fail('raisedByOrganization', 'organization', { value: cells.raisedByOrganization });
  }
  if (cells.status) {
    const status = statusIndex.get(normalizeLabel(cells.status));
    if (status) problem.status = status;
    else fail('status', 'status', { value: cells.status });
  }
  if (cells.inFocus) {
    const v = normalizeLabel(cells.inFocus);
    if (yes.has(v)) problem.inFocus = true;
    else if (no.has(v)) problem.inFocus = false;
    else fail('inFocus', 'yesNo', { value: cells.inFocus });
  }
  const impact = scale('impact');
  if (impact !== undefined) problem.impact = impact;
  const ease = scale('ease');
  if (ease !== undefined) problem.ease = ease;

  if (cells.entities) {
    const ids = new Set<string>();
    for (const part of splitList(cells.entities, false)) {
      const id = refs.organizations.get(normalizeLabel(part));
      if (id) ids.add(id);
      else {
        // "SERFOR, OSINFOR": commas separate entities when the whole text names none.
        const pieces = part
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const found = pieces.map((p) => refs.organizations.get(normalizeLabel(p)));
        if (pieces.length > 1 && found.every(Boolean)) for (const f of found) ids.add(f!);
        else fail('entities', 'entity', { value: part });
      }
    }
    problem.entityIds = [...ids];
  }
  if (cells.tags) {
    problem.tags = [...new Set(splitList(cells.tags, true))];
    const long = problem.tags.find((t) => t.length > IMPORT_LIMITS.tag);
    if (long) fail('tags', 'tooLong', { max: IMPORT_LIMITS.tag });
  }
  const solution = text('solution', IMPORT_LIMITS.text);
  let instrument: SolutionInstrument = 'other';
  if (cells.instrument) {
    const found = instrumentIndex.get(normalizeLabel(cells.instrument));
    if (found) instrument = found;
    else fail('instrument', 'instrument', { value: cells.instrument });
  }
  if (solution) problem.solution = { text: solution, instrument };
  if (cells.indicators) {
    for (const line of cells.indicators.split(/\r?\n/)) {
      if (!line.trim()) continue;
      const indicator = parseIndicatorLine(line);
      if (!indicator) fail('indicators', 'indicator', { value: line.trim() });
      else if (indicator.name.length > IMPORT_LIMITS.indicatorName)
        fail('indicators', 'tooLong', { max: IMPORT_LIMITS.indicatorName });
      else if (indicator.unit.length > IMPORT_LIMITS.indicatorUnit)
        fail('indicators', 'tooLong', { max: IMPORT_LIMITS.indicatorUnit });
      else if ((indicator.source?.length ?? 0) > IMPORT_LIMITS.indicatorSource)
        fail('indicators', 'tooLong', { max: IMPORT_LIMITS.indicatorSource });
      else problem.indicators.push(indicator);
    }
  }
  if (cells.visibility) {
    const found = visibilityIndex.get(normalizeLabel(cells.visibility));
    if (found) problem.visibility = found;
    else fail('visibility', 'visibility', { value: cells.visibility });
  }
  return { row: row.number, problem, cells, errors };
}

/** Checks a mapping against the header row: known columns, each used once, a title column. */
function mappingIssues(mapping: Mapping, width: number): MappingIssue[] {
  const issues: MappingIssue[] = [];
  if (mapping.title === undefined) issues.push({ path: 'mapping.title', code: 'noTitleColumn', params: {} });
  const seen = new Map<number, ImportField>();
  for (const field of importFields) {
    const index = mapping[field];
    if (index === undefined) continue;
    if (!Number.isInteger(index) || index < 0 || index >= width) {
      issues.push({
        path: `mapping.${field}`,
        code: 'badColumn',
        params: { column: columnLetter(Math.max(0, index)) },
      });
    } else if (seen.has(index)) {
      issues.push({
        path: `mapping.${field}`,
        code: 'duplicateColumn',
        params: { column: columnLetter(index) },
      });
    } else seen.set(index, field);
  }
  return issues;
}

/**
 * Reads a worksheet as a Matrix: finds the header row (or takes the given one), suggests a mapping
 * (or takes the given one) and reads every data row below the header, checking each cell.
 */
export function readMatrixSheet(
  grid: SheetGrid,
  reference: ImportReference,
  options: { headerRow?: number; mapping?: Mapping } = {},
): ImportReading {
  const headerRow = options.headerRow ?? findHeaderRow(grid) ?? 1;
  const header = grid.rows.find((r) => r.number === headerRow);
  const headers = (header?.cells ?? []).map(cellText);
  // Trailing empty header cells still count when data sits under them.
  const dataRows = grid.rows.filter((r) => r.number > headerRow);
  // A loop, not Math.max(...rows): spreading a sheet's rows as arguments overflows the stack.
  let width = headers.length;
  for (const r of dataRows) width = Math.max(width, r.cells.length);
  while (headers.length < width) headers.push('');
  const suggestion = suggestMapping(headers);
  const mapping = options.mapping ?? suggestion.mapping;
  const columns = options.mapping
    ? suggestion.columns.map((c) => {
        const chosen = importFields.find((f) => mapping[f] === c.index);
        return { ...c, field: chosen ?? null };
      })
    : suggestion.columns;
  const issues = mappingIssues(mapping, width);
  const empty = (r: (typeof dataRows)[number]) =>
    importFields.every((f) => mapping[f] === undefined || cellText(r.cells[mapping[f]!]) === '');
  const rows = issues.length ? [] : dataRows.filter((r) => !empty(r));
  if (!issues.length && rows.length === 0) issues.push({ path: 'file', code: 'empty', params: {} });
  if (rows.length > IMPORT_LIMITS.rows) {
    issues.push({
      path: 'file',
      code: 'tooManyRows',
      params: { count: rows.length, max: IMPORT_LIMITS.rows },
    });
  }
  const refs = referenceIndexes(reference);
  return {
    sheet: grid.name,
    headerRow,
    columns,
    mapping,
    rows: issues.length ? [] : rows.map((r) => parseRow(r, mapping, headers, refs)),
    issues,
  };
}

/**
 * The legal steps from `identified` (where every new problem starts) to a status, shortest first:
 * enacted is reached through in_progress, verified through enacted.
 */
export function statusPath(to: ProblemStatus): ProblemStatus[] {
  const from: ProblemStatus = 'identified';
  const previous = new Map<ProblemStatus, ProblemStatus>();
  const queue: ProblemStatus[] = [from];
  while (queue.length) {
    const at = queue.shift()!;
    if (at === to) break;
    for (const next of allowedProblemTransitions(at)) {
      if (next !== from && !previous.has(next)) {
        previous.set(next, at);
        queue.push(next);
      }
    }
  }
  const path: ProblemStatus[] = [];
  for (let at: ProblemStatus | undefined = to; at && at !== from; at = previous.get(at)) path.unshift(at);
  return path;
}
