import { z } from 'zod';
import { type ImportField, importFields, matrixFields } from '../../exports/matrix-columns';
import { IMPORT_LIMITS } from '../../exports/matrix-import';
import { supportedLocales } from '../../i18n/languages';
import { searchWords } from './search';

export const langQuery = z.object({
  lang: z
    .enum(supportedLocales)
    .optional()
    .describe("Language of the headers and labels; the caller's by default"),
});

/**
 * A view parameter: an unknown value is ignored (the default applies), as the screen does with a link;
 * only a value longer than any view needs is refused.
 */
const viewParam = (what: string, max = 200) => z.string().max(max).optional().describe(what);

/**
 * A Matrix download: the full Matrix, or the rows, order and columns of a view of it given with the
 * same parameters as the Matrix screen's address (see `parseView`).
 */
export const matrixExportQuery = langQuery.extend({
  q: searchWords
    .optional()
    .describe('Only the problems the full-text search finds, as GET /api/mesas/{id}/matrix does with `q`'),
  status: viewParam('`open` (identified, prioritized or in progress) or one status'),
  category: viewParam('A category key, or `none` for the problems without one'),
  owner: viewParam('`MP` or `YP`'),
  entity: viewParam('The id of a responsible entity, or `none` for the problems without one'),
  focus: viewParam('`yes` (in focus) or `no`'),
  flags: viewParam(
    '`any` (some confirmed filter flag, on the problem or its latest solution), `suggested` (an open suggestion) or one flag',
  ),
  groupBy: viewParam(
    '`category` or `entity`: how the screen groups the rows (the sheet lists them ungrouped)',
  ),
  sort: viewParam(
    "A column to sort by: number, title, status, focus, category, owner, entities, impact, ease, priority or next (the next commitment's due day); empty values last. Without it, the Matrix order",
  ),
  dir: viewParam('`asc` (default) or `desc`'),
  hide: viewParam(
    'View columns to leave out, comma-separated: status, focus, category, owner, entities, impact, ease, priority, next, solution, indicators, flags (number and title always stay)',
    400,
  ),
  commitments: z
    .enum(['true', 'false'])
    .optional()
    .describe(
      'true: add the next commitment, its due day, its owner and the count of open commitments (those you may see) as the last columns',
    ),
});

const column = z.number().int().min(0).max(16_383).describe('A column of the sheet, 0 for A');

export const importMapping = z
  .object(
    Object.fromEntries(importFields.map((f) => [f, column.optional()])) as Record<
      ImportField,
      z.ZodOptional<typeof column>
    >,
  )
  .strict()
  .describe('Which column holds each field; fields left out are not imported');

const fileFields = {
  file: z
    .string()
    .min(1)
    .describe(
      `The XLSX workbook, base64-encoded (a data: URL is accepted too); at most ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB and ${IMPORT_LIMITS.rows} rows`,
    ),
  sheet: z.string().max(100).optional().describe('The worksheet to read; the first one with data by default'),
  headerRow: z
    .number()
    .int()
    .min(1)
    .max(1_048_576)
    .optional()
    .describe('The row holding the headers; found by default'),
};

export const importPreviewBody = z.object({ ...fileFields, mapping: importMapping.optional() });
export const importBody = z.object({ ...fileFields, mapping: importMapping });

export const rowError = z.object({
  row: z.number().int().describe('The row number as the spreadsheet shows it'),
  column: z.string().describe('The column letter'),
  header: z.string(),
  field: z.enum(importFields),
  message: z.string(),
});

export const importPreview = z.object({
  sheet: z.string(),
  sheets: z.array(z.string()),
  headerRow: z.number().int(),
  columns: z.array(
    z.object({
      index: z.number().int(),
      letter: z.string(),
      header: z.string(),
      field: z.enum(matrixFields).nullable().describe('The field this column was recognised as or mapped to'),
    }),
  ),
  mapping: importMapping,
  fields: z
    .array(z.object({ field: z.enum(importFields), label: z.string(), required: z.boolean() }))
    .describe('The fields a column can be mapped to'),
  issues: z
    .array(z.object({ path: z.string(), message: z.string() }))
    .describe('What keeps the mapping from being imported (e.g. no title column)'),
  rowCount: z.number().int(),
  invalidRowCount: z.number().int(),
  preview: z.array(
    z.object({
      row: z.number().int(),
      cells: z.partialRecord(z.enum(importFields), z.string()),
      errors: z.array(rowError),
    }),
  ),
  errors: z.array(rowError).describe('The errors of every row (the first 500)'),
});

export const importResult = z.object({
  created: z.object({
    problems: z.number().int(),
    solutions: z.number().int(),
    transitions: z.number().int().describe('Status moves made to reach each row’s status'),
    indicators: z.number().int().describe('Outcome indicators added'),
  }),
  problems: z.array(z.object({ id: z.uuid(), number: z.number().int() })),
});
