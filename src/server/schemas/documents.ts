import { z } from 'zod';
import {
  DOCUMENT_FILENAME_MAX,
  DOCUMENT_TITLE_MAX,
  documentRecordKinds,
  documentTypeNames,
} from '../../domain/documents';
import { visibilities } from '../../domain/roles';
import { personRef, text, timestamp } from './common';

export const documentSummary = z.object({
  id: z.uuid(),
  mesaId: z.uuid(),
  record: z
    .object({ kind: z.enum(documentRecordKinds), id: z.uuid() })
    .describe('The record the document is attached to'),
  solutionVersion: z
    .number()
    .int()
    .nullable()
    .describe("For a solution's document: the version it goes with, when it names one"),
  title: z.string(),
  filename: z.string().describe('The file name it was uploaded with, and is downloaded with'),
  contentType: z.enum(documentTypeNames),
  sizeBytes: z.number().int(),
  sha256: z.string().describe('SHA-256 of the file, hex; also the ETag of its download'),
  visibility: z.enum(visibilities).describe('Never wider than the record’s'),
  uploadedBy: personRef.nullable(),
  createdAt: timestamp,
  downloadUrl: z.string().describe('Where to download the file (GET, same credentials)'),
});

export const documentList = z.object({
  documents: z.array(documentSummary).describe('Oldest first; only those you may see'),
  can: z
    .object({ manage: z.boolean().describe('Whether you may upload and delete documents here') })
    .describe('What you may do with the documents of this record'),
  maxBytes: z.number().int().describe('The largest file the server takes (DOCUMENT_MAX_BYTES)'),
});

export const uploadDocumentQuery = z.object({
  title: text(DOCUMENT_TITLE_MAX).describe('What the document is, e.g. "Decreto Supremo 020-2015-MINAGRI"'),
  filename: text(DOCUMENT_FILENAME_MAX + 55).describe(
    'The original file name (a path is cut to its last part), used when the file is downloaded',
  ),
  visibility: z
    .enum(visibilities)
    .optional()
    .describe('Who sees it; by default the record’s visibility, and never wider (400 otherwise)'),
});

export const uploadSolutionDocumentQuery = uploadDocumentQuery.extend({
  solutionVersion: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe('The version of the solution the file goes with (e.g. the study behind version 2)'),
});

export const documentBody = z.any().meta({
  type: 'string',
  format: 'binary',
  description:
    'The file itself, with its own Content-Type: PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG, JPEG, plain text or CSV',
});

export const documentFile = {
  description: 'The file, with its Content-Type, its name in Content-Disposition and its SHA-256 as ETag',
  content: { 'application/octet-stream': { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
};

export const notModified = z.null().describe('Not modified: the ETag in If-None-Match is current; no body');
