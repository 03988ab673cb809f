import { z } from 'zod';
import { locales } from '../../domain/roles';
import { type ImportField, importFields, matrixFields } from '../../exports/matrix-columns';
import { IMPORT_LIMITS } from '../../exports/matrix-import';

export const langQuery = z.object({
  lang: z.enum(locales).optional().describe("Language of the headers and labels; the caller's by default"),
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
