import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../domain/errors';
import {
  portalMesaRevision,
  portfolioRevision,
  readPortalMesa,
  readPortalProblem,
  readPortfolio,
} from '../../portal/read';
import { portalOptions, publicCache, publicEtag, setLastModified } from '../public-cache';
import { errors } from '../schemas/common';
import {
  notModified,
  publicMesa,
  publicPortfolio,
  publicProblem,
  publicProblemParams,
  publicSlugParam,
} from '../schemas/public';

/**
 * The public JSON API: what the portal shows, for anyone, without signing in. Only published Mesas
 * and their public records; an unknown or unpublished Mesa and a non-public problem answer the same
 * 404. Answers may be cached for a minute and revalidated with their ETag.
 */
export const publicRoutes: FastifyPluginAsyncZod = async (app) => {
  const security: { [k: string]: string[] }[] = [];

  app.get(
    '/api/public/mesas',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: 'Every published Mesa with its public figures and headline achievements (no sign-in)',
        security,
        response: { 200: publicPortfolio, 304: notModified },
      },
    },
    async (req, reply) => {
      const { db } = app.database;
      const etag = publicEtag(await portfolioRevision(db), 'api-portfolio');
      if (publicCache(req, reply, etag)) return reply.code(304).send(null);
      const portfolio = await readPortfolio(db);
      if (portfolio.lastModified) setLastModified(reply, portfolio.lastModified);
      return portfolio;
    },
  );

  app.get(
    '/api/public/mesas/:slug',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary:
          'A published Mesa: organizations by group, sessions held, public Matrix items, achievements, minutes summaries and commitments of public entities (no sign-in)',
        security,
        params: publicSlugParam,
        response: { 200: publicMesa, 304: notModified, ...errors(404) },
      },
    },
    async (req, reply) => {
      const { db } = app.database;
      const rev = await portalMesaRevision(db, req.params.slug);
      if (!rev) throw notFound();
      const etag = publicEtag(rev.revision, 'api-mesa', rev.slug);
      if (publicCache(req, reply, etag)) return reply.code(304).send(null);
      const mesa = await readPortalMesa(db, req.params.slug, portalOptions(req));
      if (!mesa) throw notFound();
      setLastModified(reply, mesa.lastModified);
      return mesa;
    },
  );

  app.get(
    '/api/public/mesas/:slug/problems/:code',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary:
          'A public problem of a published Mesa by its code (P-n): history, solution versions, indicators (no sign-in)',
        security,
        params: publicProblemParams,
        response: { 200: publicProblem, 304: notModified, ...errors(404) },
      },
    },
    async (req, reply) => {
      const { db } = app.database;
      const rev = await portalMesaRevision(db, req.params.slug);
      if (!rev) throw notFound();
      const etag = publicEtag(rev.revision, 'api-problem', rev.slug, req.params.code.toUpperCase());
      const problem = await readPortalProblem(db, req.params.slug, req.params.code);
      // Checked before answering 304, so that a problem made non-public is never confirmed as cached.
      if (!problem) throw notFound();
      if (publicCache(req, reply, etag, problem.lastModified)) return reply.code(304).send(null);
      return problem;
    },
  );
};
