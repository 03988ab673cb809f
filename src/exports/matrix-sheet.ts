import type { Locale } from '../domain/roles';
import { type MatrixField, matrixColumns } from './matrix-columns';

/** What a Matrix spreadsheet shows of one problem (a subset of the Matrix row). */
export interface SheetProblem {
  number: number;
  title: string;
  description: string;
  category: { key: string; nameEs: string; nameEn: string } | null;
  ownerType: 'MP' | 'YP';
  raisedByPerson: { fullName: string } | null;
  raisedByOrganization: { name: string; acronym: string | null } | null;
  status: string;
  inFocus: boolean;
  impact: number;
  ease: number;
  entities: { name: string; acronym: string | null }[];
  tags: string[];
  latestSolution: { text: string; instrument: string } | null;
  indicators: SheetIndicator[];
  visibility: string;
}

export interface SheetIndicator {
  name: string;
  unit: string;
  direction?: 'lower_is_better' | 'higher_is_better';
  baselineValue: number | string | null;
  baselineOn?: string | null;
  targetValue: number | string | null;
  currentValue: number | string | null;
  currentOn?: string | null;
  source?: string | null;
}

export type SheetCell = string | number | null;

/** A translation function (i18next's `t` fits). */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface SheetTable {
  headers: string[];
  widths: number[];
  wrap: boolean[];
  rows: SheetCell[][];
}

/** How a list is written in one cell (entities, tags) and read back. */
export const LIST_SEPARATOR = '; ';

function numberText(value: number | string | null, locale: Locale): string {
  if (value === null || value === '') return '?';
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  return new Intl.NumberFormat(locale === 'es' ? 'es-PE' : 'en-US', {
    maximumFractionDigits: 4,
    useGrouping: false,
  }).format(n);
}

/** Between the parts of an indicator line that follow the unit. */
export const INDICATOR_PART_SEPARATOR = ' · ';

/** One line per indicator: a line break inside a name or a source would split it. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * One indicator as a line of text that the import reads back:
 * "name: baseline (date) → current (date) (target: x) unit · lower is better · source: text",
 * where the dates, the target, the direction and the source appear only when known.
 */
export function indicatorText(i: SheetIndicator, locale: Locale, t: Translate): string {
  const on = (date: string | null | undefined) => (date ? ` (${date})` : '');
  const target =
    i.targetValue === null ? '' : ` (${t('matrixSheet.target')}: ${numberText(i.targetValue, locale)})`;
  const unit = i.unit ? ` ${oneLine(i.unit)}` : '';
  const parts = [
    `${oneLine(i.name)}: ${numberText(i.baselineValue, locale)}${on(i.baselineOn)} → ` +
      `${numberText(i.currentValue, locale)}${on(i.currentOn)}${target}${unit}`,
  ];
  if (i.direction) parts.push(t(`matrixSheet.direction.${i.direction}`));
  if (i.source?.trim()) parts.push(`${t('matrixSheet.source')}: ${oneLine(i.source)}`);
  return parts.join(INDICATOR_PART_SEPARATOR);
}

function cell(p: SheetProblem, field: MatrixField, locale: Locale, t: Translate): SheetCell {
  switch (field) {
    case 'number':
      return p.number;
    case 'title':
      return p.title;
    case 'description':
      return p.description || null;
    case 'category':
      return p.category ? (locale === 'es' ? p.category.nameEs : p.category.nameEn) : null;
    case 'ownerType':
      return p.ownerType;
    case 'raisedByPerson':
      return p.raisedByPerson?.fullName ?? null;
    case 'raisedByOrganization':
      return p.raisedByOrganization ? p.raisedByOrganization.acronym || p.raisedByOrganization.name : null;
    case 'status':
      return t(`matrixSheet.status.${p.status}`);
    case 'inFocus':
      return t(p.inFocus ? 'matrixSheet.yes' : 'matrixSheet.no');
    case 'impact':
      return p.impact;
    case 'ease':
      return p.ease;
    case 'entities':
      return p.entities.map((e) => e.acronym || e.name).join(LIST_SEPARATOR) || null;
    case 'tags':
      return p.tags.join(LIST_SEPARATOR) || null;
    case 'solution':
      return p.latestSolution?.text ?? null;
    case 'instrument':
      return p.latestSolution ? t(`matrixSheet.instrument.${p.latestSolution.instrument}`) : null;
    case 'indicators':
      return p.indicators.map((i) => indicatorText(i, locale, t)).join('\n') || null;
    case 'visibility':
      return t(`visibility.${p.visibility}`);
  }
}

/** The Matrix as a table: headers in the caller's language and one row per problem, in Matrix order. */
export function matrixSheetTable(
  problems: readonly SheetProblem[],
  locale: Locale,
  t: Translate,
): SheetTable {
  return {
    headers: matrixColumns.map((c) => t(`matrixSheet.columns.${c.field}`)),
    widths: matrixColumns.map((c) => c.width),
    wrap: matrixColumns.map((c) => 'wrap' in c && c.wrap === true),
    rows: problems.map((p) => matrixColumns.map((c) => cell(p, c.field, locale, t))),
  };
}

/** The download's file name: "matriz-forestal-2026-03-01.xlsx". */
export function matrixFileName(slug: string, date: string, extension: 'xlsx' | 'csv', t: Translate): string {
  const safe = slug.replace(/[^a-z0-9-]+/gi, '-');
  return `${t('matrixSheet.fileName')}-${safe}-${date}.${extension}`;
}

/** A Content-Disposition header for a download, with an ASCII fallback name and the UTF-8 one. */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
