import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { attachDocument, type DocumentRecord, deleteDocument, tooLarge } from '../../commands/documents';
import {
  type DocumentOwner,
  type DocumentRow,
  documentContent,
  getDocument,
  listDocuments,
} from '../../db/queries/documents';
import { getPortalDocument } from '../../db/queries/portal';
import { type Action, authorize, canSee, isAllowed, visibleLevels } from '../../domain/access';
import type { DocumentRecordKind } from '../../domain/documents';
import { AppError } from '../../domain/errors';
import { attachmentHeader } from '../../exports/matrix-sheet';
import { commandContext, requireAuth } from '../context';
import { commitmentFor, meetingFor, problemFor, solutionFor, visibleOr404 } from '../load';
import { presentDocument } from '../presenters/documents';
import { errors, idParam, ok } from '../schemas/common';
import {
  documentBody,
  documentFile,
  documentList,
  documentSummary,
  notModified,
  uploadDocumentQuery,
  uploadSolutionDocumentQuery,
} from '../schemas/documents';

/**
 * The record a document goes with, loaded and authorized for the action: a record the caller may not
 * see answers 404, one they see but may not act on 403.
 */
async function recordFor(
  req: FastifyRequest,
  kind: DocumentRecordKind,
  id: string,
  action: Action,
): Promise<DocumentRecord> {
  switch (kind) {
    case 'problem': {
      const { problem, mesa } = await problemFor(req, id, action);
      return { kind, id, mesaId: mesa.id, visibility: problem.visibility };
    }
    case 'solution': {
      const { solution, problem, mesa } = await solutionFor(req, id, action);
      return {
        kind,
        id,
        mesaId: mesa.id,
        visibility: problem.visibility,
        currentVersion: solution.currentVersion,
      };
    }
    case 'meeting': {
      const { meeting, mesa } = await meetingFor(req, id, action);
      return { kind, id, mesaId: mesa.id, visibility: meeting.visibility };
    }
    case 'commitment': {
      const row = await commitmentFor(req, id, action);
      return { kind, id, mesaId: row.mesa.id, visibility: row.commitment.visibility };
    }
  }
}

const ownerOf = (kind: DocumentRecordKind, id: string): DocumentOwner =>
  ({
    problem: { problemId: id },
    solution: { solutionId: id },
    meeting: { meetingId: id },
    commitment: { commitmentId: id },
  })[kind];

function recordOfRow(d: DocumentRow): { kind: DocumentRecordKind; id: string } {
  if (d.problemId) return { kind: 'problem', id: d.problemId };
  if (d.solutionId) return { kind: 'solution', id: d.solutionId };
  if (d.meetingId) return { kind: 'meeting', id: d.meetingId };
  return { kind: 'commitment', id: d.commitmentId! };
}

/**
 * A document and the right to act on it: the caller must see its record and the document itself (404
 * otherwise, as for a missing one); only then may the action be refused with 403.
 */
async function documentFor(req: FastifyRequest, id: string, action: Action) {
  const { actor } = requireAuth(req);
  const found = visibleOr404(await getDocument(req.server.database.db, id));
  const { kind, id: recordId } = recordOfRow(found.document);
  await recordFor(req, kind, recordId, 'document.read');
  visibleOr404(found, (f) => canSee(actor, f.document.visibility, f.document.mesaId));
  authorize(actor, action, { mesaId: found.document.mesaId });
  return found;
}

/** Sends a document's bytes as a download: its type, its name, never sniffed, its SHA-256 as ETag. */
async function sendFile(req: FastifyRequest, reply: FastifyReply, d: DocumentRow, cache: string) {
  const etag = `"${d.sha256}"`;
  reply
    .header('etag', etag)
    .header('cache-control', cache)
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', attachmentHeader(d.filename));
  if (req.headers['if-none-match'] === etag) return reply.code(304).send(null);
  const bytes = visibleOr404(await documentContent(req.server.database.db, d.id));
  return reply.type(d.contentType).send(bytes);
}

const paths: Record<DocumentRecordKind, string> = {
  problem: '/api/problems/:id/documents',
  solution: '/api/solutions/:id/documents',
  meeting: '/api/meetings/:id/documents',
  commitment: '/api/commitments/:id/documents',
};
const listedWhat: Record<DocumentRecordKind, string> = {
  problem: "A problem's documents, and those of its solutions",
  solution: "A solution's documents",
  meeting: "A meeting's documents (e.g. the signed minutes, a presentation)",
  commitment: "A commitment's documents",
};

/**
 * Documents attached to problems, solutions, meetings and commitments: uploaded as the raw file (its own
 * Content-Type, title and file name in the query string), listed by record, downloaded, deleted. The
 * bytes are kept in the database with their SHA-256.
 */
export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  const maxBytes = app.config.DOCUMENT_MAX_BYTES;
  // In this plugin only, every body is the file's bytes whatever its type: the upload checks the type.
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxBytes }, (_req, body, done) =>
    done(null, body),
  );
  /** A declared size over the limit is refused before the body is read, with the limit in the message. */
  const refuseTooLarge = async (req: FastifyRequest) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes) throw tooLarge(maxBytes);
  };

  for (const kind of ['problem', 'solution', 'meeting', 'commitment'] as const) {
    app.get(
      paths[kind],
      {
        config: { access: 'document.read' },
        schema: {
          tags: ['documents'],
          summary: listedWhat[kind],
          description:
            'Only the documents whose visibility you may see, of a record you may see (404 otherwise).',
          params: idParam,
          response: { 200: documentList, ...errors(400, 401, 404) },
        },
      },
      async (req) => {
        const record = await recordFor(req, kind, req.params.id, 'document.read');
        const { actor } = requireAuth(req);
        const rows = await listDocuments(
          app.database.db,
          ownerOf(kind, record.id),
          visibleLevels(actor, record.mesaId),
        );
        return {
          documents: rows.map(presentDocument),
          can: { manage: isAllowed(actor, 'document.manage', record.mesaId) },
          maxBytes,
        };
      },
    );

    const query = kind === 'solution' ? uploadSolutionDocumentQuery : uploadDocumentQuery;
    app.post(
      paths[kind],
      {
        bodyLimit: maxBytes,
        onRequest: refuseTooLarge,
        config: { access: 'document.manage' },
        schema: {
          tags: ['documents'],
          summary: `Attach a document to a ${kind} (the body is the file)`,
          description:
            'Send the file as the body with its own Content-Type (PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG, JPEG, ' +
            'text or CSV) and its title and file name in the query string. Another type, a file whose first bytes ' +
            'do not match its type, an empty file or a visibility wider than the record’s answer 400 ' +
            'VALIDATION_FAILED; a file over DOCUMENT_MAX_BYTES answers 413 PAYLOAD_TOO_LARGE. Nothing is stored then.',
          params: idParam,
          querystring: query,
          body: documentBody,
          consumes: ['application/pdf', 'image/png', 'image/jpeg', 'text/plain', 'application/octet-stream'],
          response: { 201: documentSummary, ...errors(400, 401, 403, 404, 413) },
        },
      },
      async (req, reply) => {
        const record = await recordFor(req, kind, req.params.id, 'document.manage');
        const q = req.query as z.output<typeof uploadSolutionDocumentQuery>;
        const row = await attachDocument(
          commandContext(req),
          record,
          {
            title: q.title,
            filename: q.filename,
            contentType: req.headers['content-type'],
            bytes: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
            visibility: q.visibility,
            solutionVersion: q.solutionVersion,
          },
          { maxBytes },
        );
        const saved = visibleOr404(await getDocument(app.database.db, row.id));
        return reply.status(201).send(presentDocument(saved));
      },
    );
  }

  app.get(
    '/api/documents/:id',
    {
      config: { access: 'document.read' },
      schema: {
        tags: ['documents'],
        summary: 'Download a document',
        description:
          'The file with its Content-Type, `Content-Disposition: attachment` with its file name, ' +
          '`X-Content-Type-Options: nosniff` and its SHA-256 as ETag (304 with If-None-Match). A document of a ' +
          'record you may not see, or with a visibility you may not see, answers 404.',
        params: idParam,
        response: { 200: documentFile, 304: notModified, ...errors(400, 401, 404) },
      },
    },
    async (req, reply) => {
      const found = await documentFor(req, req.params.id, 'document.read');
      return sendFile(req, reply, found.document, 'private, no-cache');
    },
  );

  app.delete(
    '/api/documents/:id',
    {
      config: { access: 'document.manage' },
      schema: {
        tags: ['documents'],
        summary: 'Delete a document (the audit trail keeps its name and SHA-256)',
        params: idParam,
        response: { 200: ok, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await documentFor(req, req.params.id, 'document.manage');
      await deleteDocument(commandContext(req), req.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/public/documents/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: 'Download a public document of the portal or the open data (no sign-in)',
        description:
          'A public document of a record the portal shows (a public problem or one of its solutions, a held ' +
          'public meeting, a public commitment of a public entity) of a published Mesa, as the open data ' +
          'lists it; anything else answers 404, the same whether it exists or not.',
        security: [],
        params: idParam,
        response: { 200: documentFile, 304: notModified, ...errors(400, 404) },
      },
    },
    async (req, reply) => {
      const d = await getPortalDocument(app.database.db, req.params.id);
      if (!d) throw new AppError('NOT_FOUND');
      return sendFile(req, reply, d, 'public, max-age=60');
    },
  );
};
