/**
 * The spreadsheet round trip of the Matrix: download links for XLSX and CSV, and the XLSX import
 * (preview with a column mapping, then the all-or-nothing import). Built on the request helpers of `api.ts`.
 */
import type { z } from 'zod';
import type {
  importBody,
  importPreview,
  importPreviewBody,
  importResult,
  rowError,
} from '../../../../src/server/schemas/exports';
import { ApiError, http, type Locale } from '../../api';

export type ImportPreview = z.input<typeof importPreview>;
export type ImportPreviewRequest = z.input<typeof importPreviewBody>;
export type ImportRequest = z.input<typeof importBody>;
export type ImportResult = z.input<typeof importResult>;
export type ImportMapping = NonNullable<ImportPreviewRequest['mapping']>;
export type ImportField = keyof ImportMapping;
export type RowError = z.input<typeof rowError>;
export type SheetFormat = 'xlsx' | 'csv';

const id = encodeURIComponent;

export const spreadsheetApi = {
  /** The address of the Matrix as a file, with headers and labels in `lang`. */
  exportUrl: (mesaId: string, format: SheetFormat, lang: Locale) =>
    `/api/mesas/${id(mesaId)}/matrix.${format}?lang=${lang}`,
  preview: (mesaId: string, body: ImportPreviewRequest) =>
    http.post<ImportPreview>(`/api/mesas/${id(mesaId)}/matrix/import/preview`, body),
  import: (mesaId: string, body: ImportRequest) =>
    http.post<ImportResult>(`/api/mesas/${id(mesaId)}/matrix/import`, body),
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
