import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listMesas } from '../../db/queries/mesas';
import { loadReformData } from '../../db/queries/reforms';
import { type Actor, canSee, visibleLevels } from '../../domain/access';
import { dateInZone } from '../../domain/dates';
import { buildReformRows, type ReformRow } from '../../domain/reform-tracking';
import type { Locale } from '../../domain/roles';
import type { Translate } from '../../exports/matrix-sheet';
import { attachmentHeader } from '../../exports/matrix-sheet';
import { reformFileName, reformSheetTable } from '../../exports/reform-sheet';
import { writeXlsx, XLSX_CONTENT_TYPE } from '../../exports/xlsx';
import { translator } from '../../i18n';
import { allow } from '../context';
import { requestLocale } from '../language';
import { mesaFor } from '../load';
import { errors, idParam } from '../schemas/common';
import { langQuery } from '../schemas/exports';
import { reformTable } from '../schemas/reforms';

const download = (what: string) => ({
  description: what,
  content: { [XLSX_CONTENT_TYPE]: { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
});

interface MesaRef {
  id: string;
  name: string;
  slug: string;
  timeZone: string | null;
}

/** The reform rows of these Mesas, each from the problems the actor may see there. */
async function reformRowsOf(
  req: FastifyRequest,
  actor: Actor,
  mesas: readonly MesaRef[],
  t: Translate,
): Promise<ReformRow[]> {
  const { db } = req.server.database;
  const data = [];
  for (const m of mesas) {
    data.push(
      ...(await loadReformData(db, { id: m.id, name: m.name, slug: m.slug }, visibleLevels(actor, m.id))),
    );
  }
  const zones = new Map(mesas.map((m) => [m.id, m.timeZone ?? req.server.config.TIME_ZONE]));
  return buildReformRows(data, {
    timeZone: (id) => zones.get(id) ?? req.server.config.TIME_ZONE,
    targetWord: t('reformSheet.target'),
  });
}

const translate = (req: FastifyRequest, lang: Locale | undefined) =>
  translator(requestLocale(req, lang)) as Translate;

const stagesDescription =
  'One row per problem with a solution: proposed (the day its first solution was proposed), agreed and drafted (the days ' +
  'recorded on the solution, PATCH /api/solutions/{id}), enacted and implemented (its moves to enacted and verified, while ' +
  'it stays there), with the responsible entities, the instrument, the cited norm and the outcome indicators as impact ' +
  'note. Only the problems you may see.';

/** The reform tracking table of a Mesa and of the portfolio, as JSON and as the XLSX tool of PPD practice. */
export const reformRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/mesas/:id/reforms',
    {
      config: { access: 'reform.read' },
      schema: {
        tags: ['matrix'],
        summary:
          'The reform tracking table of a Mesa: each reform through proposed → agreed → drafted → enacted → implemented',
        description: stagesDescription,
        params: idParam,
        querystring: langQuery,
        response: { 200: reformTable, ...errors(400, 401, 404) },
      },
    },
    async (req) => {
      const { row, auth } = await mesaFor(req, req.params.id, 'reform.read');
      return { reforms: await reformRowsOf(req, auth.actor, [row.mesa], translate(req, req.query.lang)) };
    },
  );

  app.get(
    '/api/mesas/:id/reforms.xlsx',
    {
      config: { access: 'reform.read' },
      schema: {
        tags: ['matrix'],
        summary: 'The reform tracking table of a Mesa as an XLSX workbook',
        description: `${stagesDescription} Headers in the language asked (\`lang\`), else the caller's.`,
        params: idParam,
        querystring: langQuery,
        response: { 200: download('The reform tracking workbook'), ...errors(400, 401, 404) },
      },
    },
    async (req, reply) => {
      const { row, auth } = await mesaFor(req, req.params.id, 'reform.read');
      const t = translate(req, req.query.lang);
      const rows = await reformRowsOf(req, auth.actor, [row.mesa], t);
      const data = await writeXlsx(reformSheetTable(rows, t), {
        sheetName: t('reformSheet.sheetName'),
        title: row.mesa.name,
      });
      const date = dateInZone(new Date(), row.mesa.timeZone ?? app.config.TIME_ZONE);
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', attachmentHeader(reformFileName(row.mesa.slug, date, t)))
        .header('cache-control', 'private, no-store')
        .send(data);
    },
  );

  app.get(
    '/api/portfolio/reforms.xlsx',
    {
      config: { access: 'portfolio.read' },
      schema: {
        tags: ['dashboards'],
        summary: 'The reform tracking table of every Mesa of the portfolio as one XLSX workbook',
        description: `${stagesDescription} The Mesas you may see, by name.`,
        querystring: langQuery,
        response: {
          200: download('The reform tracking workbook of the portfolio'),
          ...errors(400, 401, 403),
        },
      },
    },
    async (req, reply) => {
      const { actor } = allow(req, 'portfolio.read');
      const t = translate(req, req.query.lang);
      const mesas = (await listMesas(app.database.db))
        .filter((r) => canSee(actor, r.mesa.visibility, r.mesa.id))
        .map((r) => r.mesa);
      const rows = await reformRowsOf(req, actor, mesas, t);
      const data = await writeXlsx(reformSheetTable(rows, t), {
        sheetName: t('reformSheet.sheetName'),
        title: t('reformSheet.portfolio'),
      });
      const date = dateInZone(new Date(), app.config.TIME_ZONE);
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header(
          'content-disposition',
          attachmentHeader(reformFileName(t('reformSheet.portfolio').toLowerCase(), date, t)),
        )
        .header('cache-control', 'private, no-store')
        .send(data);
    },
  );
};
