import { createHash } from 'node:crypto';
import { recordAudit } from '../db/audit';
import {
  type DocumentRow,
  deleteDocument as deleteRow,
  insertDocument,
  lockDocument,
} from '../db/queries/documents';
import {
  bareContentType,
  bytesMatchType,
  DOCUMENT_TITLE_MAX,
  type DocumentRecordKind,
  documentFilename,
  documentTypes,
  isDocumentType,
  isWiderVisibility,
} from '../domain/documents';
import { AppError, invalid } from '../domain/errors';
import type { Visibility } from '../domain/roles';
import { auditActor, type CommandContext, inTransaction } from './context';

/** The record a document is attached to, as the caller loaded and authorized it. */
export interface DocumentRecord {
  kind: DocumentRecordKind;
  id: string;
  mesaId: string;
  /** The record's own visibility (a solution's is its problem's): the document's may not be wider. */
  visibility: Visibility;
  /** For a solution: its current version, the highest a document may name. */
  currentVersion?: number;
}

export interface DocumentUpload {
  title: string;
  filename: string;
  /** The Content-Type the file was sent with. */
  contentType: string | undefined;
  bytes: Buffer;
  /** Defaults to the record's visibility. */
  visibility?: Visibility | undefined;
  /** For a solution: the version the file goes with. */
  solutionVersion?: number | undefined;
}

/** The size limit refused with 413 and a message giving the limit in MB. */
export function tooLarge(maxBytes: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', {
    limitBytes: maxBytes,
    fields: [
      {
        path: 'file',
        key: 'fields.documentTooLarge',
        params: { max: Math.round((maxBytes / 1024 / 1024) * 10) / 10 },
      },
    ],
  });
}

/** The upload's fields as they are kept, or 400 naming the first thing wrong. */
function checkedUpload(record: DocumentRecord, upload: DocumentUpload, maxBytes: number) {
  const contentType = bareContentType(upload.contentType);
  if (!isDocumentType(contentType)) {
    invalid('contentType', 'fields.documentTypeNotAllowed', {
      type: contentType || '?',
      allowed: Object.values(documentTypes)
        .map((t) => t.extension)
        .join(', '),
    });
  }
  if (upload.bytes.length === 0) invalid('file', 'fields.documentEmpty');
  if (upload.bytes.length > maxBytes) throw tooLarge(maxBytes);
  if (!bytesMatchType(contentType, upload.bytes)) {
    invalid('file', 'fields.documentTypeMismatch', { type: documentTypes[contentType].extension });
  }
  const title = (upload.title ?? '').replace(/\s+/g, ' ').trim();
  if (!title) invalid('title', 'fields.required');
  if (title.length > DOCUMENT_TITLE_MAX)
    invalid('title', 'fields.documentTitleTooLong', { max: DOCUMENT_TITLE_MAX });
  const filename = documentFilename(upload.filename ?? '');
  if (!filename) invalid('filename', 'fields.required');
  const visibility = upload.visibility ?? record.visibility;
  if (isWiderVisibility(visibility, record.visibility)) {
    invalid('visibility', 'fields.widerThanRecord', { visibility: record.visibility });
  }
  let solutionVersion: number | null = null;
  if (upload.solutionVersion !== undefined) {
    if (record.kind !== 'solution') invalid('solutionVersion', 'fields.onlyForSolutions');
    if (upload.solutionVersion < 1 || upload.solutionVersion > (record.currentVersion ?? 0)) {
      invalid('solutionVersion', 'fields.noSuchSolutionVersion');
    }
    solutionVersion = upload.solutionVersion;
  }
  return { contentType, title, filename, visibility, solutionVersion };
}

/** What the audit trail keeps of a document: everything but its bytes. */
const audited = (d: DocumentRow) => ({
  title: d.title,
  filename: d.filename,
  contentType: d.contentType,
  sizeBytes: d.sizeBytes,
  sha256: d.sha256,
  visibility: d.visibility,
  problemId: d.problemId,
  solutionId: d.solutionId,
  solutionVersion: d.solutionVersion,
  meetingId: d.meetingId,
  commitmentId: d.commitmentId,
});

const recordColumn = {
  problem: 'problemId',
  solution: 'solutionId',
  meeting: 'meetingId',
  commitment: 'commitmentId',
} as const;

/**
 * Attaches a file to a record: checked whole first (type allowed, bytes of that type, size, title,
 * visibility no wider than the record's), then stored with its SHA-256 and audited in one transaction.
 */
export function attachDocument(
  ctx: CommandContext,
  record: DocumentRecord,
  upload: DocumentUpload,
  options: { maxBytes: number },
): Promise<DocumentRow> {
  const checked = checkedUpload(record, upload, options.maxBytes);
  return inTransaction(ctx, async (tx) => {
    const row = await insertDocument(tx.db, {
      mesaId: record.mesaId,
      [recordColumn[record.kind]]: record.id,
      solutionVersion: checked.solutionVersion,
      title: checked.title,
      filename: checked.filename,
      contentType: checked.contentType,
      sizeBytes: upload.bytes.length,
      sha256: createHash('sha256').update(upload.bytes).digest('hex'),
      content: upload.bytes,
      visibility: checked.visibility,
      uploadedBy: tx.actor.userId || null,
    });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'document',
      entityId: row.id,
      mesaId: record.mesaId,
      action: 'create',
      after: audited(row),
      requestId: tx.requestId,
    });
    return row;
  });
}

/** Deletes a document; the audit trail keeps what it was (and its SHA-256), not its bytes. */
export function deleteDocument(ctx: CommandContext, id: string): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockDocument(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    await deleteRow(tx.db, id);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'document',
      entityId: id,
      mesaId: before.mesaId,
      action: 'delete',
      before: audited(before),
      requestId: tx.requestId,
    });
  });
}
