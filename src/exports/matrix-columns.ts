import { foldText } from '../domain/search-text';
import { areaInEveryLanguage } from '../i18n/languages';
import type en from '../i18n/locales/content.en.json';

/**
 * The columns of a Matrix spreadsheet, in the order Mesas writes them. `importable` fields are read
 * back by the import; the number is given by the Mesa.
 */
export const matrixColumns = [
  { field: 'number', width: 7, importable: false },
  { field: 'title', width: 48, importable: true, wrap: true },
  { field: 'description', width: 60, importable: true, wrap: true },
  { field: 'category', width: 30, importable: true, wrap: true },
  { field: 'ownerType', width: 12, importable: true },
  { field: 'raisedByPerson', width: 24, importable: true, wrap: true },
  { field: 'raisedByOrganization', width: 20, importable: true, wrap: true },
  { field: 'status', width: 14, importable: true },
  { field: 'inFocus', width: 10, importable: true },
  { field: 'impact', width: 10, importable: true },
  { field: 'ease', width: 11, importable: true },
  { field: 'entities', width: 24, importable: true, wrap: true },
  { field: 'tags', width: 20, importable: true, wrap: true },
  { field: 'solution', width: 60, importable: true, wrap: true },
  { field: 'instrument', width: 22, importable: true },
  { field: 'indicators', width: 48, importable: true, wrap: true },
  { field: 'visibility', width: 14, importable: true },
] as const satisfies readonly { field: string; width: number; importable: boolean; wrap?: boolean }[];

export type MatrixField = (typeof matrixColumns)[number]['field'];
export const matrixFields = matrixColumns.map((c) => c.field) as MatrixField[];
export type ImportField = Extract<(typeof matrixColumns)[number], { importable: true }>['field'];
export const importFields = matrixColumns.filter((c) => c.importable).map((c) => c.field) as ImportField[];

/** Lower case, accents and punctuation removed, spaces collapsed: how headers and labels are compared. */
export function normalizeLabel(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Header names teams use for each field, in Spanish and English; the headers Mesas itself writes (in
 * every language) are added from the locale files, so an exported sheet always maps back by itself.
 */
const headerAliases: Record<MatrixField, string[]> = {
  number: ['n', 'no', 'nro', 'num', 'numero', 'number', 'id', 'item', 'codigo', 'code', 'p'],
  title: [
    'problema',
    'titulo',
    'title',
    'problem',
    'cuello de botella',
    'bottleneck',
    'titulo del problema',
    'problem title',
    'problema identificado',
    'cuello de botella identificado',
  ],
  description: [
    'descripcion',
    'description',
    'detalle',
    'details',
    'descripcion del problema',
    'problem description',
    'explicacion',
  ],
  category: [
    'categoria',
    'category',
    'tipo de barrera',
    'barrera',
    'barrier',
    'barrier category',
    'categoria de barrera',
    'tipo de problema',
  ],
  ownerType: ['tipo', 'mp yp', 'owner', 'owner type', 'tipo de problema mp yp', 'dueno', 'mp o yp'],
  raisedByPerson: [
    'planteado por',
    'quien lo planteo',
    'presentado por',
    'persona que lo planteo',
    'raised by',
    'raised by person',
    'reported by',
  ],
  raisedByOrganization: [
    'organizacion que lo planteo',
    'gremio',
    'gremio o empresa',
    'raised by organization',
    'raised by organisation',
  ],
  status: ['estado', 'status', 'situacion', 'estado del problema', 'state'],
  inFocus: ['foco', 'en foco', 'focus', 'in focus', 'focalizado'],
  impact: ['impacto', 'impact', 'importancia', 'importance'],
  ease: ['facilidad', 'ease', 'facilidad rapidez', 'ease speed', 'rapidez', 'speed', 'facilidad y rapidez'],
  entities: [
    'entidad',
    'entidades',
    'entidad responsable',
    'entidades responsables',
    'responsable',
    'responsables',
    'entidad publica responsable',
    'responsible',
    'responsible entity',
    'responsible entities',
    'entity',
    'entities',
  ],
  tags: ['etiquetas', 'etiqueta', 'tags', 'tag', 'palabras clave', 'keywords'],
  solution: [
    'solucion',
    'solution',
    'solucion propuesta',
    'propuesta de solucion',
    'proposed solution',
    'solucion actual',
    'current solution',
    'propuesta',
  ],
  instrument: [
    'instrumento',
    'instrument',
    'tipo de solucion',
    'solution instrument',
    'instrumento de solucion',
  ],
  indicators: ['indicadores', 'indicador', 'indicators', 'indicator', 'resultados', 'outcomes'],
  visibility: ['visibilidad', 'visibility'],
};

/** The content strings of every language (src/i18n/locales/content.*.json). */
export const contentInEveryLanguage = areaInEveryLanguage<typeof en>('content');

const aliasIndex = new Map<string, MatrixField>();
for (const field of matrixFields) {
  for (const alias of [
    ...contentInEveryLanguage.map((l) => normalizeLabel(l.matrixSheet.columns[field])),
    ...headerAliases[field],
  ]) {
    if (!aliasIndex.has(alias)) aliasIndex.set(alias, field);
  }
}

/** The field a header names, or null; exact names first, then a header that starts with one. */
export function fieldForHeader(header: string): MatrixField | null {
  const name = normalizeLabel(header);
  if (!name) return null;
  const exact = aliasIndex.get(name);
  if (exact) return exact;
  let best: { field: MatrixField; length: number } | null = null;
  for (const [alias, field] of aliasIndex) {
    if (alias.length > 2 && name.startsWith(`${alias} `) && (!best || alias.length > best.length)) {
      best = { field, length: alias.length };
    }
  }
  return best?.field ?? null;
}

/** Column letters as spreadsheets show them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export type Mapping = Partial<Record<ImportField, number>>;

export interface DetectedColumn {
  index: number;
  letter: string;
  header: string;
  /** The field this column was recognised as (null: not recognised, or already taken). */
  field: MatrixField | null;
}

/**
 * Recognises the columns of a header row and suggests a mapping: each field takes the first column
 * that names it, each column at most one field. Only importable fields enter the mapping.
 */
export function suggestMapping(headers: readonly string[]): { columns: DetectedColumn[]; mapping: Mapping } {
  const taken = new Set<MatrixField>();
  const mapping: Mapping = {};
  const columns = headers.map((header, index): DetectedColumn => {
    const candidate = fieldForHeader(header);
    const field = candidate && !taken.has(candidate) ? candidate : null;
    if (field) {
      taken.add(field);
      if ((importFields as string[]).includes(field)) mapping[field as ImportField] = index;
    }
    return { index, letter: columnLetter(index), header, field };
  });
  return { columns, mapping };
}

/** How many cells of a row name a field: used to find the header row under a sheet's title lines. */
export function headerScore(cells: readonly string[]): number {
  return new Set(cells.map(fieldForHeader).filter(Boolean)).size;
}
