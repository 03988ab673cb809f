import { type FilterFlag, filterFlags, openSuggestions, suggestFilterFlags } from '../domain/filters';
import { intlLocale } from '../domain/languages';
import { sortRows, type ViewProblem, viewMatches } from '../domain/matrix-rows';
import type { MatrixColumn, MatrixView } from '../domain/matrix-view';
import { priorityScore } from '../domain/prioritization';
import type { Locale } from '../domain/roles';
import { inLanguage } from '../i18n/record-words';
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
  latestSolution: { text: string; instrument: string; filterFlags?: readonly string[] } | null;
  indicators: SheetIndicator[];
  visibility: string;
  /** Confirmed filter flags (the flags column of a view). */
  filterFlags?: readonly string[];
  /** Open commitments and the one due next (the commitments columns). */
  openCommitmentCount?: number;
  nextCommitment?: {
    text: string;
    dueDate: string;
    person: { fullName: string } | null;
    organization: { name: string; acronym: string | null } | null;
  } | null;
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
  return new Intl.NumberFormat(intlLocale(locale), {
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

/**
 * Columns a sheet may carry besides those of the full Matrix, which the import reads: the priority and
 * flags a view shows, and the commitments.
 */
export const extraColumns = [
  { field: 'priority', width: 10 },
  { field: 'flags', width: 24, wrap: true },
  { field: 'nextCommitment', width: 40, wrap: true },
  { field: 'nextCommitmentDue', width: 14 },
  { field: 'nextCommitmentOwner', width: 28, wrap: true },
  { field: 'openCommitments', width: 12 },
] as const satisfies readonly { field: string; width: number; wrap?: boolean }[];

export type SheetField = MatrixField | (typeof extraColumns)[number]['field'];

const sheetColumns: readonly { field: SheetField; width: number; wrap?: boolean }[] = [
  ...matrixColumns,
  ...extraColumns,
];

/** The full Matrix's columns, in the order the import reads them. */
export const fullSheetFields: readonly SheetField[] = matrixColumns.map((c) => c.field);

/** The columns the commitments add, at the end. */
export const commitmentSheetFields: readonly SheetField[] = [
  'nextCommitment',
  'nextCommitmentDue',
  'nextCommitmentOwner',
  'openCommitments',
];

/**
 * The sheet columns each column of a view stands for: a column the view hides is left out of its
 * export. The next commitment has its columns only when the commitments are asked for.
 */
const viewColumnFields: Record<MatrixColumn, readonly SheetField[]> = {
  number: ['number'],
  title: ['title', 'description'],
  status: ['status'],
  focus: ['inFocus'],
  category: ['category'],
  owner: ['ownerType'],
  entities: ['entities'],
  impact: ['impact'],
  ease: ['ease'],
  priority: ['priority'],
  next: [],
  solution: ['solution', 'instrument'],
  indicators: ['indicators'],
  flags: ['flags'],
};

/** The order of a view's sheet: the full Matrix's, with the priority after the ease and the flags after the indicators. */
const viewOrder: readonly SheetField[] = fullSheetFields.flatMap((f): SheetField[] =>
  f === 'ease' ? ['ease', 'priority'] : f === 'indicators' ? ['indicators', 'flags'] : [f],
);

/**
 * The columns of a sheet: the full Matrix's without a view; with one, the columns it shows (and the
 * Matrix's columns no view column stands for: who raised it, tags, visibility). The commitments, when
 * asked for, come last.
 */
export function sheetFields(view: MatrixView | null, withCommitments: boolean): SheetField[] {
  const hidden = new Set((view?.hidden ?? []).flatMap((c) => viewColumnFields[c]));
  const base = view ? viewOrder.filter((f) => !hidden.has(f)) : [...fullSheetFields];
  return withCommitments ? [...base, ...commitmentSheetFields] : base;
}

const isFlag = (f: string): f is FilterFlag => (filterFlags as readonly string[]).includes(f);

/**
 * The rows a view keeps, in its order. `rows` are those its words already found (the full-text search
 * runs in the database); the view's other filters and its sort apply here, with category and entity
 * names in the sheet's language.
 */
export function viewRows<
  T extends SheetProblem &
    Omit<ViewProblem, 'priority' | 'suggestedFlags'> & {
      filterFlags: readonly string[];
      dismissedFlags: readonly string[];
    },
>(rows: readonly T[], view: MatrixView, locale: Locale): T[] {
  const keyed = rows.map((row) => {
    const confirmed = row.filterFlags.filter(isFlag);
    // Only a view of the open suggestions reads them: worked out from the text, so only when asked.
    const suggestedFlags =
      view.flags === 'suggested'
        ? openSuggestions(
            suggestFilterFlags(row.title, row.description),
            confirmed,
            row.dismissedFlags.filter(isFlag),
          )
        : [];
    return { ...row, priority: priorityScore(row), suggestedFlags, row };
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const kept = keyed.filter((p) => viewMatches(p, view, null));
  const sorted = sortRows(kept, view, {
    locale,
    category: (p) => categoryName(byId.get(p.id)!, locale) ?? '',
    entities: (p) => entityNames(byId.get(p.id)!) ?? '',
  });
  return sorted.map((p) => p.row);
}

const categoryName = (p: SheetProblem, locale: Locale) =>
  p.category ? inLanguage(locale, p.category.nameEs, p.category.nameEn) : null;

const entityNames = (p: SheetProblem) =>
  p.entities.map((e) => e.acronym || e.name).join(LIST_SEPARATOR) || null;

const orgName = (o: { name: string; acronym: string | null }) => o.acronym || o.name;

function ownerText(next: NonNullable<SheetProblem['nextCommitment']>): string | null {
  const { person, organization } = next;
  if (person && organization) return `${person.fullName} (${orgName(organization)})`;
  return person?.fullName ?? (organization ? orgName(organization) : null);
}

function flagsText(p: SheetProblem, t: Translate): string | null {
  const flags = new Set([...(p.filterFlags ?? []), ...(p.latestSolution?.filterFlags ?? [])]);
  return (
    filterFlags
      .filter((f) => flags.has(f))
      .map((f) => t(`matrixSheet.flag.${f}`))
      .join(LIST_SEPARATOR) || null
  );
}

function cell(p: SheetProblem, field: SheetField, locale: Locale, t: Translate): SheetCell {
  switch (field) {
    case 'number':
      return p.number;
    case 'title':
      return p.title;
    case 'description':
      return p.description || null;
    case 'category':
      return categoryName(p, locale);
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
      return entityNames(p);
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
    case 'priority':
      return priorityScore(p);
    case 'flags':
      return flagsText(p, t);
    case 'nextCommitment':
      return p.nextCommitment?.text ?? null;
    case 'nextCommitmentDue':
      return p.nextCommitment?.dueDate ?? null;
    case 'nextCommitmentOwner':
      return p.nextCommitment ? ownerText(p.nextCommitment) : null;
    case 'openCommitments':
      return p.openCommitmentCount ?? 0;
  }
}

/**
 * The Matrix as a table: headers in the caller's language and one row per problem, in the order given
 * (the Matrix order, or a view's), with the given columns (the full Matrix's by default).
 */
export function matrixSheetTable(
  problems: readonly SheetProblem[],
  locale: Locale,
  t: Translate,
  fields: readonly SheetField[] = fullSheetFields,
): SheetTable {
  const columns = fields.map((f) => sheetColumns.find((c) => c.field === f)!);
  return {
    headers: columns.map((c) => t(`matrixSheet.columns.${c.field}`)),
    widths: columns.map((c) => c.width),
    wrap: columns.map((c) => c.wrap === true),
    rows: problems.map((p) => columns.map((c) => cell(p, c.field, locale, t))),
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
