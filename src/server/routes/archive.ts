import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportMesaArchive, recordExport } from '../../archive/export';
import { importArchive } from '../../archive/import';
import { ARCHIVE_LIMITS, readArchive } from '../../archive/read';
import { AppError } from '../../domain/errors';
import { allow, commandContext } from '../context';
import { mesaFor } from '../load';
import { archiveBody, archiveExportQuery, archiveImportQuery, importReport } from '../schemas/archive';
import { errors, idParam } from '../schemas/common';

const ZIP = 'application/zip';

export const archiveRoutes: FastifyPluginAsyncZod = async (app) => {
  // The archive travels as the raw ZIP file (in this plugin only).
  app.addContentTypeParser(
    [ZIP, 'application/x-zip-compressed', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: ARCHIVE_LIMITS.fileBytes },
    (_req, body, done) => done(null, body),
  );

  app.get(
    '/api/mesas/:id/archive',
    {
      config: { access: 'archive.export' },
      schema: {
        tags: ['archive'],
        summary: 'The Mesa’s continuity archive: its whole history in one ZIP file (docs/ARCHIVE.md)',
        description:
          'Every record of the Mesa whatever its visibility, the organizations and people it names, every minutes ' +
          'version with its PDF, and its audit events, with a manifest holding the SHA-256 of every part. ' +
          'E-mail addresses and phones only with `contacts=true`.',
        params: idParam,
        querystring: archiveExportQuery,
        response: {
          200: {
            description: 'The archive',
            content: { [ZIP]: { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
          },
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (req, reply) => {
      await mesaFor(req, req.params.id, 'archive.export');
      const archive = await exportMesaArchive(req.server.database.db, req.params.id, {
        withContacts: req.query.contacts === 'true',
      });
      await recordExport(commandContext(req), req.params.id, archive);
      return reply
        .type(ZIP)
        .header('content-disposition', `attachment; filename="${archive.fileName}"`)
        .header('x-archive-sha256', archive.sha256)
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(archive.bytes));
    },
  );

  app.post(
    '/api/archives/import',
    {
      bodyLimit: ARCHIVE_LIMITS.fileBytes,
      config: { access: 'archive.import' },
      schema: {
        tags: ['archive'],
        summary: 'Bring a Mesa’s continuity archive in as a new Mesa (`dryRun=true`: only report)',
        description:
          'The body is the ZIP file itself (`Content-Type: application/zip`). The archive is checked whole first ' +
          '(manifest, SHA-256 of every part, format version, schemas, references): a tampered one answers 400 ' +
          'ARCHIVE_REFUSED and writes nothing. Organizations are matched by name, people by e-mail then exact ' +
          'name, authors to accounts by e-mail then exact name (else kept as a label); everything else is ' +
          'created with new ids and its original dates, in one transaction, with one audit event naming the ' +
          'archive by its SHA-256. A taken slug answers 409 unless `slug` gives another.',
        querystring: archiveImportQuery,
        body: archiveBody,
        consumes: [ZIP],
        response: { 200: importReport, 201: importReport, ...errors(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      allow(req, 'archive.import');
      if (!Buffer.isBuffer(req.body)) {
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'request', key: 'fields.archiveNotAZip' }],
        });
      }
      const contents = readArchive(req.body);
      const dryRun = req.query.dryRun === 'true';
      const report = await importArchive(commandContext(req), contents, {
        dryRun,
        ...(req.query.slug ? { slug: req.query.slug } : {}),
      });
      return reply.status(dryRun ? 200 : 201).send(report);
    },
  );
};
