/**
 * The spreadsheet round trip of the Matrix: download links for XLSX and CSV, and the XLSX import
 * (preview with a column mapping, then the all-or-nothing import). Built on the request helpers of `api.ts`.
 */
import type { RequestBody, ResponseBody } from '../../../../src/sdk/client';
import { ApiError, client, type Locale, unwrap } from '../../api';

export type ImportPreview = ResponseBody<'/api/mesas/{id}/matrix/import/preview', 'post'>;
export type ImportPreviewRequest = RequestBody<'/api/mesas/{id}/matrix/import/preview', 'post'>;
export type ImportRequest = RequestBody<'/api/mesas/{id}/matrix/import', 'post'>;
export type ImportResult = ResponseBody<'/api/mesas/{id}/matrix/import', 'post'>;
export type ImportMapping = NonNullable<ImportPreviewRequest['mapping']>;
export type ImportField = keyof ImportMapping;
export type RowError = ImportPreview['errors'][number];
export type SheetFormat = 'xlsx' | 'csv';

const id = encodeURIComponent;

export const spreadsheetApi = {
  /** The address of the Matrix as a file, with headers and labels in `lang`. */
  exportUrl: (mesaId: string, format: SheetFormat, lang: Locale) =>
    `/api/mesas/${id(mesaId)}/matrix.${format}?lang=${lang}`,
  preview: (mesaId: string, body: ImportPreviewRequest) =>
    unwrap(client.POST('/api/mesas/{id}/matrix/import/preview', { params: { path: { id: mesaId } }, body })),
  import: (mesaId: string, body: ImportRequest) =>
    unwrap(client.POST('/api/mesas/{id}/matrix/import', { params: { path: { id: mesaId } }, body })),
};

/** The row errors of a refused import (400 with `rows`), or none. */
export function importRowErrors(error: unknown): RowError[] {
  if (!(error instanceof ApiError)) return [];
  const rows = error.details.rows;
  return Array.isArray(rows) ? (rows as RowError[]) : [];
}

/** A file as base64 in a data: URL, the way the import endpoints take it. */
export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}
