import type { DocumentWithUploader } from '../../db/queries/documents';
import type { DocumentRecordKind, DocumentType } from '../../domain/documents';

/** The record a document is attached to. */
function recordOf(d: DocumentWithUploader['document']): { kind: DocumentRecordKind; id: string } {
  if (d.problemId) return { kind: 'problem', id: d.problemId };
  if (d.solutionId) return { kind: 'solution', id: d.solutionId };
  if (d.meetingId) return { kind: 'meeting', id: d.meetingId };
  return { kind: 'commitment', id: d.commitmentId! };
}

/** A document as the API shows it: everything but its bytes, and where to download them. */
export function presentDocument({ document: d, uploader }: DocumentWithUploader) {
  return {
    id: d.id,
    mesaId: d.mesaId,
    record: recordOf(d),
    solutionVersion: d.solutionVersion,
    title: d.title,
    filename: d.filename,
    contentType: d.contentType as DocumentType,
    sizeBytes: d.sizeBytes,
    sha256: d.sha256,
    visibility: d.visibility,
    uploadedBy: uploader,
    createdAt: d.createdAt,
    downloadUrl: `/api/documents/${d.id}`,
  };
}
