import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importMatrix } from '../../commands/matrix-import';
import { listCategories } from '../../db/queries/categories';
import { loadMatrix } from '../../db/queries/matrix';
import { listOrganizations } from '../../db/queries/organizations';
import { listPeopleNames } from '../../db/queries/people';
import { visibleLevels } from '../../domain/access';
import { dateInZone } from '../../domain/dates';
import { AppError, type FieldIssue, type FieldKey } from '../../domain/errors';
import { parseView, viewSearch } from '../../domain/matrix-view';
import { CSV_CONTENT_TYPE, writeCsv } from '../../exports/csv';
import { type ImportField, importFields } from '../../exports/matrix-columns';
import {
  IMPORT_LIMITS,
  type ImportReading,
  type MappingIssue,
  type RowError,
} from '../../exports/matrix-import';
import {
  attachmentHeader,
  matrixFileName,
  matrixSheetTable,
  sheetFields,
  type Translate,
  viewRows,
} from '../../exports/matrix-sheet';
import { readImportInWorker } from '../../exports/sheet-worker';
import {
  checkDeclaredSizes,
  TooManyRows,
  UnreadableWorkbook,
  WorkbookTooLarge,
  writeXlsx,
  XLSX_CONTENT_TYPE,
} from '../../exports/xlsx';
import { translator } from '../../i18n';
import { commandContext } from '../context';
import { requestLocale } from '../language';
import { mesaFor } from '../load';
import { errors, idParam } from '../schemas/common';
import {
  importBody,
  importPreview,
  importPreviewBody,
  importResult,
  matrixExportQuery,
} from '../schemas/exports';

const download = (contentType: string, what: string) => ({
  description: what,
  content: { [contentType]: { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
});

type MatrixExportQuery = z.output<typeof matrixExportQuery>;

const viewDescription =
  'Without view parameters, the full Matrix with the columns the import reads. With the parameters of a view of the Matrix screen ' +
  '(q, status, category, owner, entity, focus, flags, groupBy, sort, dir, hide), the view: only the rows its filters keep, in its order, ' +
  'with the priority and flags columns it shows and without the columns it hides. A view parameter with an unknown value is ignored ' +
  '(its default applies), as the screen does with an old link; `q`, `lang`, `commitments` and a view parameter longer than any view ' +
  'needs are refused with 400 VALIDATION_FAILED. ' +
  '`commitments=true` adds the next commitment, its due day, its owner and the open commitments count.';

/**
 * The Matrix as a sheet: the full Matrix without view parameters; with them, the rows the view keeps
 * (its words through the same full-text search as the Matrix's `q`), in its order and without the
 * columns it hides. Either way only the problems and commitments the caller may see.
 */
async function matrixTable(req: FastifyRequest, id: string, query: MatrixExportQuery) {
  const { lang, commitments, ...search } = query;
  const { row, auth } = await mesaFor(req, id, 'matrix.read');
  const locale = requestLocale(req, lang);
  const t = translator(locale) as Translate;
  const view = parseView(search);
  const custom = Object.keys(viewSearch(view)).length > 0;
  const loaded = await loadMatrix(
    req.server.database.db,
    id,
    visibleLevels(auth.actor, id),
    custom ? { q: view.q } : {},
  );
  const problems = custom ? viewRows(loaded, view, locale) : loaded;
  const table = matrixSheetTable(
    problems,
    locale,
    t,
    sheetFields(custom ? view : null, commitments === 'true'),
  );
  const date = dateInZone(new Date(), req.server.config.TIME_ZONE);
  return { mesa: row.mesa, table, t, date };
}

// ── Import ────────────────────────────────────────────────────────────────────────────────────────

/** Base64 (or a data: URL) to bytes, within the size limit. */
function decodeFile(file: string): Buffer {
  const base64 = file.startsWith('data:') ? file.slice(file.indexOf(',') + 1) : file;
  const data = Buffer.from(base64, 'base64');
  if (data.length > IMPORT_LIMITS.fileBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', {
      limitBytes: IMPORT_LIMITS.fileBytes,
      fields: [
        {
          path: 'file',
          key: 'matrixSheet.errors.fileTooLarge',
          params: { max: IMPORT_LIMITS.fileBytes / 1024 / 1024 },
        },
      ],
    });
  }
  return data;
}

const fileError = (key: FieldKey, params?: FieldIssue['params']) =>
  new AppError('VALIDATION_FAILED', { fields: [{ path: 'file', key, ...(params ? { params } : {}) }] });

const tooLargeKeys = {
  workbook: 'matrixSheet.errors.unpackedTooLarge',
  part: 'matrixSheet.errors.partTooLarge',
  heavy: 'matrixSheet.errors.tooHeavy',
} as const;

/** Why a workbook is not read, as the API answers it; any other error passes through. */
function workbookRefusal(err: unknown): unknown {
  if (err instanceof UnreadableWorkbook) return fileError('matrixSheet.errors.unreadable');
  if (err instanceof TooManyRows) {
    return fileError('matrixSheet.errors.tooManyRows', { count: err.count, max: IMPORT_LIMITS.rows });
  }
  if (err instanceof WorkbookTooLarge) {
    return new AppError('SPREADSHEET_TOO_LARGE', {
      limitBytes: err.max,
      fields: [{ path: 'file', key: tooLargeKeys[err.what], params: { max: err.max / 1024 / 1024 } }],
    });
  }
  return err;
}

async function readImport(
  req: FastifyRequest,
  mesaId: string,
  body: {
    file: string;
    sheet?: string | undefined;
    headerRow?: number | undefined;
    mapping?: Partial<Record<ImportField, number | undefined>> | undefined;
  },
) {
  const data = decodeFile(body.file);
  try {
    // The sizes the zip's directory declares, first: a bomb is refused before any thread starts.
    checkDeclaredSizes(data);
  } catch (err) {
    throw workbookRefusal(err);
  }
  const { db } = req.server.database;
  const [categories, organizations, people] = await Promise.all([
    listCategories(db),
    listOrganizations(db),
    // Only the Mesa's participants: a problem names whoever raised it among them.
    listPeopleNames(db, mesaId),
  ]);
  const mapping = body.mapping
    ? Object.fromEntries(Object.entries(body.mapping).filter(([, v]) => v !== undefined))
    : undefined;
  let workbook: Awaited<ReturnType<typeof readImportInWorker>>;
  try {
    workbook = await readImportInWorker({
      data,
      sheet: body.sheet,
      reference: { categories, organizations, people },
      options: { ...(body.headerRow ? { headerRow: body.headerRow } : {}), ...(mapping ? { mapping } : {}) },
    });
  } catch (err) {
    throw workbookRefusal(err);
  }
  const { reading } = workbook;
  if (!reading) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'sheet', key: 'matrixSheet.errors.noSheet', params: { sheet: body.sheet ?? '' } }],
    });
  }
  const tooMany = reading.issues.find((i) => i.code === 'tooManyRows');
  if (tooMany) throw fileError('matrixSheet.errors.tooManyRows', tooMany.params);
  return { reading, sheets: workbook.sheets };
}

const issueMessage = (i: MappingIssue, t: Translate) => ({
  path: i.path,
  message: t(`matrixSheet.errors.${i.code}`, i.params),
});
const rowErrorMessage = (e: RowError, t: Translate) => ({
  row: e.row,
  column: e.column,
  header: e.header,
  field: e.field,
  message: t(`matrixSheet.errors.${e.code}`, e.params),
});
const allErrors = (reading: ImportReading) => reading.rows.flatMap((r) => r.errors);

export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/mesas/:id/matrix.xlsx',
    {
      config: { access: 'matrix.read' },
      schema: {
        tags: ['matrix'],
        summary: 'The Matrix as an XLSX workbook (the problems you may see)',
        description: viewDescription,
        params: idParam,
        querystring: matrixExportQuery,
        response: { 200: download(XLSX_CONTENT_TYPE, 'The Matrix workbook'), ...errors(400, 401, 404) },
      },
    },
    async (req, reply) => {
      const { mesa, table, t, date } = await matrixTable(req, req.params.id, req.query);
      const data = await writeXlsx(table, { sheetName: t('matrixSheet.sheetName'), title: mesa.name });
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', attachmentHeader(matrixFileName(mesa.slug, date, 'xlsx', t)))
        .header('cache-control', 'private, no-store')
        .send(data);
    },
  );

  app.get(
    '/api/mesas/:id/matrix.csv',
    {
      config: { access: 'matrix.read' },
      schema: {
        tags: ['matrix'],
        summary: 'The Matrix as CSV (UTF-8, the problems you may see)',
        description: viewDescription,
        params: idParam,
        querystring: matrixExportQuery,
        response: { 200: download('text/csv', 'The Matrix as CSV'), ...errors(400, 401, 404) },
      },
    },
    async (req, reply) => {
      const { mesa, table, t, date } = await matrixTable(req, req.params.id, req.query);
      return reply
        .type(CSV_CONTENT_TYPE)
        .header('content-disposition', attachmentHeader(matrixFileName(mesa.slug, date, 'csv', t)))
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(writeCsv(table), 'utf8'));
    },
  );

  // Base64 grows a file by a third; the decoded size is checked against the limit with a clear message.
  const bodyLimit = Math.ceil((IMPORT_LIMITS.fileBytes * 4) / 3) + 256 * 1024;

  app.post(
    '/api/mesas/:id/matrix/import/preview',
    {
      bodyLimit,
      config: { access: 'matrix.import' },
      schema: {
        tags: ['matrix'],
        summary:
          'Read an XLSX Matrix: the columns found, a suggested mapping and the first rows with their errors',
        description: 'Writes nothing. Send the mapping back to see the rows read through it.',
        params: idParam,
        body: importPreviewBody,
        response: { 200: importPreview, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await mesaFor(req, req.params.id, 'matrix.import');
      const t = translator(requestLocale(req)) as Translate;
      const { reading, sheets } = await readImport(req, req.params.id, req.body);
      const rowErrors = allErrors(reading);
      return {
        sheet: reading.sheet,
        sheets,
        headerRow: reading.headerRow,
        columns: reading.columns,
        mapping: reading.mapping,
        fields: importFields.map((field) => ({
          field,
          label: t(`matrixSheet.columns.${field}`),
          required: field === 'title',
        })),
        issues: reading.issues.map((i) => issueMessage(i, t)),
        rowCount: reading.rows.length,
        invalidRowCount: reading.rows.filter((r) => r.errors.length).length,
        preview: reading.rows.slice(0, 20).map((r) => ({
          row: r.row,
          cells: r.cells,
          errors: r.errors.map((e) => rowErrorMessage(e, t)),
        })),
        errors: rowErrors.slice(0, 500).map((e) => rowErrorMessage(e, t)),
      };
    },
  );

  app.post(
    '/api/mesas/:id/matrix/import',
    {
      bodyLimit,
      config: { access: 'matrix.import' },
      schema: {
        tags: ['matrix'],
        summary:
          'Import an XLSX Matrix with a confirmed mapping: every row is checked, nothing is written unless all are valid',
        description:
          'Creates each row as a problem with who raised it, its first solution, its indicators and its status, in one ' +
          'transaction. Indicators are read one per line as the export writes them ' +
          '("name: baseline (date) → current (date) (target: x) unit · lower is better · source: text"). Any invalid ' +
          'row answers 400 VALIDATION_FAILED with `rows` (row, column, header, field, message) and writes nothing.',
        params: idParam,
        body: importBody,
        response: { 201: importResult, ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await mesaFor(req, req.params.id, 'matrix.import');
      const t = translator(requestLocale(req)) as Translate;
      const { reading } = await readImport(req, req.params.id, req.body);
      if (reading.issues.length) {
        throw new AppError('VALIDATION_FAILED', {
          fields: reading.issues.map((i) => ({
            path: i.path,
            key: `matrixSheet.errors.${i.code}` as const,
            params: i.params,
          })),
        });
      }
      const rowErrors = allErrors(reading).map((e) => rowErrorMessage(e, t));
      if (rowErrors.length) {
        throw new AppError('VALIDATION_FAILED', {
          rows: rowErrors,
          fields: rowErrors.map((e) => ({
            path: `rows.${e.row}.${e.field}`,
            key: 'fields.importCell' as const,
            params: { cell: `${e.column}${e.row}`, header: e.header, problem: e.message },
          })),
        });
      }
      const result = await importMatrix(
        commandContext(req),
        req.params.id,
        reading.rows.map((r) => r.problem),
        t('matrixSheet.importReason'),
      );
      return reply.status(201).send({
        created: {
          problems: result.problems.length,
          solutions: result.solutions,
          transitions: result.transitions,
          indicators: result.indicators,
        },
        problems: result.problems,
      });
    },
  );
};
