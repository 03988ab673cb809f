import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { installationRevision } from '../../db/audit';
import { mesaMetrics } from '../../db/queries/metrics';
import { loadPortfolio, type Portfolio } from '../../db/queries/portfolio';
import { canSee, canSeeMeeting, rightsKey, visibleLevels } from '../../domain/access';
import { dateInZone } from '../../domain/dates';
import { visibilityScope } from '../../domain/portfolio';
import type { Locale } from '../../domain/roles';
import { CSV_CONTENT_TYPE, writeCsv } from '../../exports/csv';
import { attachmentHeader, type Translate } from '../../exports/matrix-sheet';
import {
  asSheet,
  type ChartTable,
  mesaMetricTable,
  portfolioChartTable,
  portfolioTable,
} from '../../exports/metrics-csv';
import { translator } from '../../i18n';
import { allow } from '../context';
import { requestLocale } from '../language';
import { mesaFor } from '../load';
import { RevisionCache } from '../matrix-cache';
import { presentMetrics, presentPortfolio } from '../presenters/dashboards';
import { errors, idParam } from '../schemas/common';
import {
  type MesaMetricName,
  mesaMetricNames,
  mesaMetricsResponse,
  type PortfolioChartName,
  portfolioChartNames,
  portfolioResponse,
} from '../schemas/dashboards';
import { langQuery } from '../schemas/exports';

const csvDownload = (what: string) => ({
  description: what,
  content: { 'text/csv': { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
});

/** A Mesa's dashboards: authorized like other reads of the Mesa, then only records the caller may see. */
async function metricsOf(req: FastifyRequest, id: string) {
  const { row, auth } = await mesaFor(req, id, 'metrics.read');
  const mesaId = row.mesa.id;
  const metrics = await mesaMetrics(req.server.database.db, row.mesa, {
    levels: visibleLevels(auth.actor, mesaId),
    includePublicSectorOnly: canSeeMeeting(auth.actor, {
      visibility: 'public',
      mesaId,
      publicSectorOnly: true,
    }),
    now: new Date(),
    // A Mesa's today, months and deadlines are read in its own time zone.
    timeZone: row.mesa.timeZone ?? req.server.config.TIME_ZONE,
  });
  return { mesa: row.mesa, metrics };
}

/** The portfolio of the Mesas the caller may see, with only the records the caller may see counted. */
async function portfolioOf(
  req: FastifyRequest,
  actor = allow(req, 'portfolio.read').actor,
): Promise<Portfolio> {
  return loadPortfolio(req.server.database.db, {
    scope: visibilityScope(actor),
    canSeeMesa: (r) => canSee(actor, r.mesa.visibility, r.mesa.id),
    now: new Date(),
    timeZone: req.server.config.TIME_ZONE,
  });
}

function sendCsv(req: FastifyRequest, reply: FastifyReply, table: ChartTable, name: string, t: Translate) {
  const date = dateInZone(new Date(), req.server.config.TIME_ZONE);
  return reply
    .type(CSV_CONTENT_TYPE)
    .header('content-disposition', attachmentHeader(`${t('dashboards.csv.fileName')}-${name}-${date}.csv`))
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(writeCsv(asSheet(table)), 'utf8'));
}

const translate = (req: FastifyRequest, lang: Locale | undefined) =>
  translator(requestLocale(req, lang)) as Translate;

const metricSummaries: Record<MesaMetricName, string> = {
  momentum: 'Problems enacted and verified per month',
  continuity: 'Share of the designated private organizations present at each closed session',
  scorecard: 'Commitments completed on time by responsible entity',
  cadence: 'Sessions held against the cadence, month by month',
  'time-to-status': 'Median days from identified to enacted and to verified',
  escalations: 'Open escalations by age',
  circling: 'Circling problems',
};

const chartSummaries: Record<PortfolioChartName, string> = {
  momentum: 'Problems enacted and verified per month across the portfolio',
  scorecard: 'Commitments completed on time by responsible entity across the portfolio',
  'team-load': 'Active Mesas per dedicated-team member',
  escalations: 'Open escalations by age across the portfolio',
};

/** Dashboards: a Mesa's momentum figures and the portfolio of the coordinating office. */
/** The portfolio as last built, per set of rights: a coordinating office reloads it far more often than it changes. */
const PORTFOLIO_CACHE_BYTES = 8 * 1024 * 1024;

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const portfolios = new RevisionCache(PORTFOLIO_CACHE_BYTES);
  app.get(
    '/api/mesas/:id/metrics',
    {
      config: { access: 'metrics.read' },
      schema: {
        tags: ['dashboards'],
        summary:
          "A Mesa's dashboards: momentum, continuity of private participation, on-time commitments by entity, sessions against cadence, time to enacted and verified, open escalations by age, circling problems",
        description: 'Only the records you may see count.',
        params: idParam,
        response: { 200: mesaMetricsResponse, ...errors(401, 404) },
      },
    },
    async (req) => {
      const { mesa, metrics } = await metricsOf(req, req.params.id);
      return presentMetrics(mesa, metrics, mesa.timeZone ?? app.config.TIME_ZONE);
    },
  );

  for (const metric of mesaMetricNames) {
    app.get(
      `/api/mesas/:id/metrics/${metric}.csv`,
      {
        config: { access: 'metrics.read' },
        schema: {
          tags: ['dashboards'],
          summary: `${metricSummaries[metric]}, as CSV (the data of the chart)`,
          params: idParam,
          querystring: langQuery,
          response: { 200: csvDownload(metricSummaries[metric]), ...errors(400, 401, 404) },
        },
      },
      async (req, reply) => {
        const { mesa, metrics } = await metricsOf(req, req.params.id);
        const t = translate(req, req.query.lang);
        return sendCsv(req, reply, mesaMetricTable(metric, metrics, t), `${mesa.slug}-${metric}`, t);
      },
    );
  }

  app.get(
    '/api/portfolio',
    {
      config: { access: 'portfolio.read' },
      schema: {
        tags: ['dashboards'],
        summary:
          'The portfolio of Mesas: kind, lifecycle, host, dedicated team and its load, sessions against cadence, momentum, and the sequential-prioritization advice',
        description: 'Coordinating office and high-level body. Only the Mesas and records you may see count.',
        response: { 200: portfolioResponse, ...errors(401, 403) },
      },
      // `presentPortfolio` shapes the answer exactly as `portfolioResponse` says (tested): checking
      // its thousands of fields again on every read costs more than its SQL, so it is written as is.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (req, reply) => {
      const { actor } = allow(req, 'portfolio.read');
      // Read before the portfolio, so a kept answer is never older than its revision. The minute is
      // part of it: figures that turn with the clock (overdue at a Mesa's midnight, a session due)
      // are at most a minute late.
      const revision = `${await installationRevision(app.database.db)}@${Math.floor(Date.now() / 60_000)}`;
      const json = await portfolios.getOrLoad(rightsKey(actor), revision, async () =>
        JSON.stringify(presentPortfolio(await portfolioOf(req, actor), app.config.TIME_ZONE)),
      );
      return reply
        .type('application/json; charset=utf-8')
        .send(json as unknown as z.output<typeof portfolioResponse>);
    },
  );

  app.get(
    '/api/portfolio.csv',
    {
      config: { access: 'portfolio.read' },
      schema: {
        tags: ['dashboards'],
        summary: 'The portfolio as CSV: one row per Mesa',
        querystring: langQuery,
        response: { 200: csvDownload('The portfolio'), ...errors(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const portfolio = await portfolioOf(req);
      const t = translate(req, req.query.lang);
      return sendCsv(req, reply, portfolioTable(portfolio, t), t('dashboards.csv.portfolioName'), t);
    },
  );

  for (const chart of portfolioChartNames) {
    app.get(
      `/api/portfolio/${chart}.csv`,
      {
        config: { access: 'portfolio.read' },
        schema: {
          tags: ['dashboards'],
          summary: `${chartSummaries[chart]}, as CSV (the data of the chart)`,
          querystring: langQuery,
          response: { 200: csvDownload(chartSummaries[chart]), ...errors(400, 401, 403) },
        },
      },
      async (req, reply) => {
        const portfolio = await portfolioOf(req);
        const t = translate(req, req.query.lang);
        return sendCsv(
          req,
          reply,
          portfolioChartTable(chart, portfolio, t),
          `${t('dashboards.csv.portfolioName')}-${chart}`,
          t,
        );
      },
    );
  }
};
