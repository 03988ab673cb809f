import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Locale } from '../../domain/roles';
import { openDataFiles, openDataRevision } from '../../open-data/data';
import { OPEN_DATA_CSV_TYPE, OPEN_DATA_JSON_TYPE } from '../../open-data/files';
import { openDataTranslator } from '../../open-data/i18n';
import { packageLicense } from '../../open-data/license';
import { dataPackage } from '../../open-data/package';
import { openDataTables } from '../../open-data/tables';
import { portalOptions, publicCache, publicEtag, setLastModified } from '../public-cache';
import { dataPackageSchema, openDataJsonTable, openDataLangQuery } from '../schemas/open-data';

const notModified = z.null().describe('Not modified: the copy the caller holds (If-None-Match) is current');

/** No credentials: the open data is for anyone. */
const security: { [k: string]: string[] }[] = [];

/** The files as they stand, or null when the caller's copy is current (304 sent). */
async function currentFiles(req: FastifyRequest, reply: FastifyReply, ...variant: string[]) {
  const { db } = req.server.database;
  const revision = await openDataRevision(db);
  const etag = publicEtag(revision, 'open-data', req.server.config.PUBLIC_URL, ...variant);
  if (publicCache(req, reply, etag)) {
    await reply.code(304).send(null);
    return null;
  }
  const files = await openDataFiles(db, revision, {
    ...portalOptions(req),
    publicUrl: req.server.config.PUBLIC_URL,
  });
  if (files.lastModified) setLastModified(reply, files.lastModified);
  return files;
}

/**
 * Open data: every published Mesa's public records as CSV and JSON, described by a Frictionless Data
 * Package. Anyone may read them without signing in; answers may be cached for a minute and revalidated
 * with their ETag.
 */
export const openDataRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/open-data/datapackage.json',
    {
      config: { access: 'public' },
      schema: {
        tags: ['open data'],
        summary: 'The Frictionless Data Package describing the open data (no sign-in)',
        description:
          'Every resource is a table of the published Mesas’ public records, given twice: `<table>.csv` and ' +
          '`<table>.json` beside this descriptor (paths are relative to it), each with its Table Schema ' +
          '(types, primary and foreign keys). The licence is the deployment’s OPEN_DATA_LICENSE.',
        security,
        querystring: openDataLangQuery,
        response: { 200: dataPackageSchema, 304: notModified },
      },
    },
    async (req, reply) => {
      const locale: Locale = req.query.lang ?? app.config.DEFAULT_LOCALE;
      const files = await currentFiles(req, reply, 'datapackage', locale);
      if (!files) return reply;
      return dataPackage({
        locale,
        t: openDataTranslator(locale),
        license: packageLicense(app.config.OPEN_DATA_LICENSE, app.config.OPEN_DATA_LICENSE_URL),
        publicUrl: app.config.PUBLIC_URL,
        lastModified: files.lastModified,
        now: new Date(),
      });
    },
  );

  for (const table of openDataTables) {
    app.get(
      `/open-data/${table}.csv`,
      {
        config: { access: 'public' },
        schema: {
          tags: ['open data'],
          summary: `Open data: ${table.replace(/_/g, ' ')} as CSV (UTF-8, header row; no sign-in)`,
          security,
          response: {
            200: {
              description: `The ${table} table as CSV`,
              content: { 'text/csv': { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
            },
            304: notModified,
          },
        },
      },
      async (req, reply) => {
        const files = await currentFiles(req, reply, table, 'csv');
        if (!files) return reply;
        return reply
          .type(OPEN_DATA_CSV_TYPE)
          .header('content-disposition', `inline; filename="${table}.csv"`)
          .send(files.csv[table]);
      },
    );

    app.get(
      `/open-data/${table}.json`,
      {
        config: { access: 'public' },
        schema: {
          tags: ['open data'],
          summary: `Open data: ${table.replace(/_/g, ' ')} as JSON (no sign-in)`,
          security,
          response: { 200: openDataJsonTable, 304: notModified },
        },
      },
      async (req, reply) => {
        const files = await currentFiles(req, reply, table, 'json');
        if (!files) return reply;
        // Already serialized, once per revision: sent as it is.
        return reply
          .type(OPEN_DATA_JSON_TYPE)
          .send(files.json[table] as unknown as z.output<typeof openDataJsonTable>);
      },
    );
  }
};
