import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Visibility } from '../../domain/roles';
import type { Db } from '../client';
import { documents, people, solutions, users } from '../schema';

export type NewDocument = typeof documents.$inferInsert;

/** Every column but the bytes: what lists, checks and the audit trail read. */
export const documentMetadata = {
  id: documents.id,
  mesaId: documents.mesaId,
  problemId: documents.problemId,
  solutionId: documents.solutionId,
  solutionVersion: documents.solutionVersion,
  meetingId: documents.meetingId,
  commitmentId: documents.commitmentId,
  title: documents.title,
  filename: documents.filename,
  contentType: documents.contentType,
  sizeBytes: documents.sizeBytes,
  sha256: documents.sha256,
  visibility: documents.visibility,
  uploadedBy: documents.uploadedBy,
  createdAt: documents.createdAt,
};

export interface DocumentRow {
  id: string;
  mesaId: string;
  problemId: string | null;
  solutionId: string | null;
  solutionVersion: number | null;
  meetingId: string | null;
  commitmentId: string | null;
  title: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  visibility: Visibility;
  uploadedBy: string | null;
  createdAt: Date;
}

/** A document with the person who uploaded it (null for the system or a deleted account). */
export interface DocumentWithUploader {
  document: DocumentRow;
  uploader: { id: string; fullName: string } | null;
}

function withUploader(db: Db) {
  return db
    .select({ document: documentMetadata, uploader: { id: people.id, fullName: people.fullName } })
    .from(documents)
    .leftJoin(users, eq(users.id, documents.uploadedBy))
    .leftJoin(people, eq(people.id, users.personId));
}

const shaped = (rows: { document: DocumentRow; uploader: { id: string; fullName: string } | null }[]) =>
  rows.map((r) => ({ document: r.document, uploader: r.uploader?.id ? r.uploader : null }));

/** Which record's documents to list: a problem's include those of its solutions. */
export type DocumentOwner =
  | { problemId: string }
  | { solutionId: string }
  | { meetingId: string }
  | { commitmentId: string };

function ownedBy(owner: DocumentOwner) {
  if ('problemId' in owner) {
    return or(
      eq(documents.problemId, owner.problemId),
      inArray(
        documents.solutionId,
        sql`(select ${solutions.id} from ${solutions} where ${solutions.problemId} = ${owner.problemId})`,
      ),
    );
  }
  if ('solutionId' in owner) return eq(documents.solutionId, owner.solutionId);
  if ('meetingId' in owner) return eq(documents.meetingId, owner.meetingId);
  return eq(documents.commitmentId, owner.commitmentId);
}

/** A record's documents of the given visibilities, oldest first. */
export async function listDocuments(
  db: Db,
  owner: DocumentOwner,
  visibilities: readonly Visibility[],
): Promise<DocumentWithUploader[]> {
  if (visibilities.length === 0) return [];
  const rows = await withUploader(db)
    .where(and(ownedBy(owner), inArray(documents.visibility, [...visibilities])))
    .orderBy(asc(documents.createdAt), asc(documents.id));
  return shaped(rows);
}

/** One document's metadata with its uploader, or null. */
export async function getDocument(db: Db, id: string): Promise<DocumentWithUploader | null> {
  const [row] = shaped(await withUploader(db).where(eq(documents.id, id)));
  return row ?? null;
}

/** The document's metadata, locked until the transaction ends, or null. */
export async function lockDocument(db: Db, id: string): Promise<DocumentRow | null> {
  const [row] = await db.select(documentMetadata).from(documents).where(eq(documents.id, id)).for('update');
  return row ?? null;
}

/** The bytes of a document, or null. */
export async function documentContent(db: Db, id: string): Promise<Buffer | null> {
  const [row] = await db.select({ content: documents.content }).from(documents).where(eq(documents.id, id));
  return row?.content ?? null;
}

export async function insertDocument(db: Db, values: NewDocument): Promise<DocumentRow> {
  const [row] = await db.insert(documents).values(values).returning(documentMetadata);
  return row!;
}

export async function deleteDocument(db: Db, id: string): Promise<void> {
  await db.delete(documents).where(eq(documents.id, id));
}
