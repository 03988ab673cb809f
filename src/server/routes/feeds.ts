import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { notFound } from '../../domain/errors';
import type { Locale } from '../../domain/roles';
import { ATOM_CONTENT_TYPE, atomFeed } from '../../open-data/feed';
import { openDataTranslator } from '../../open-data/i18n';
import { packageLicense } from '../../open-data/license';
import {
  mesaPath,
  portalMesaRevision,
  portfolioRevision,
  readPortalChanges,
  readPortalMesa,
  readPortfolio,
} from '../../portal/read';
import { portalOptions, publicCache, publicEtag, setLastModified } from '../public-cache';
import { errors } from '../schemas/common';
import { feedSlugParam, openDataLangQuery } from '../schemas/open-data';

/** How many changes a feed lists, newest first. */
export const FEED_ENTRIES = 50;

const notModified = z.null().describe('Not modified: the copy the caller holds (If-None-Match) is current');
const security: { [k: string]: string[] }[] = [];
const atom = {
  description: 'An Atom 1.0 feed (RFC 4287)',
  content: { 'application/atom+xml': { schema: z.any().meta({ type: 'string' }) } },
};

/** Feeds as last written, by ETag (which names the revision, the day, the address and the language). */
interface Written {
  xml: string;
  lastModified: string | null;
}
const written = new WeakMap<Db, LRUCache<string, Written>>();

async function cachedFeed(db: Db, etag: string, write: () => Promise<Written>): Promise<Written> {
  let cache = written.get(db);
  if (!cache) {
    cache = new LRUCache({ max: 64 });
    written.set(db, cache);
  }
  const hit = cache.get(etag);
  if (hit !== undefined) return hit;
  const feed = await write();
  cache.set(etag, feed);
  return feed;
}

const feedPath = (slug?: string) => (slug ? `${mesaPath(slug)}/feed.atom` : '/portal/feed.atom');

/**
 * Atom feeds of what changed in public: new public problems, status changes, sessions held, indicator
 * updates, of all published Mesas or of one. Titles in the feed's language (`?lang=es|en`).
 */
export const feedRoutes: FastifyPluginAsyncZod = async (app) => {
  const rights = () => {
    const license = packageLicense(app.config.OPEN_DATA_LICENSE, app.config.OPEN_DATA_LICENSE_URL);
    return [license.title ?? license.name, license.path].filter(Boolean).join(' — ');
  };

  app.get(
    '/portal/feed.atom',
    {
      config: { access: 'public' },
      schema: {
        tags: ['open data'],
        summary: 'Atom feed of the public changes of every published Mesa (no sign-in)',
        security,
        querystring: openDataLangQuery,
        response: { 200: atom, 304: notModified },
      },
    },
    async (req, reply) => {
      const { db } = app.database;
      const locale: Locale = req.query.lang ?? app.config.DEFAULT_LOCALE;
      const etag = publicEtag(await portfolioRevision(db), 'feed', app.config.PUBLIC_URL, locale);
      if (publicCache(req, reply, etag)) return reply.code(304).send(null);
      const feed = await cachedFeed(db, etag, async () => {
        const [changes, portfolio] = await Promise.all([
          readPortalChanges(db, { limit: FEED_ENTRIES }),
          readPortfolio(db),
        ]);
        const xml = atomFeed({
          locale,
          t: openDataTranslator(locale),
          publicUrl: app.config.PUBLIC_URL,
          selfPath: feedPath(),
          pagePath: '/portal',
          mesaName: null,
          changes: changes ?? [],
          lastModified: portfolio.lastModified,
          rights: rights(),
        });
        return { xml, lastModified: portfolio.lastModified };
      });
      if (feed.lastModified) setLastModified(reply, feed.lastModified);
      return reply.type(ATOM_CONTENT_TYPE).send(feed.xml);
    },
  );

  app.get(
    '/portal/mesas/:slug/feed.atom',
    {
      config: { access: 'public' },
      schema: {
        tags: ['open data'],
        summary: 'Atom feed of the public changes of one published Mesa (no sign-in)',
        security,
        params: feedSlugParam,
        querystring: openDataLangQuery,
        response: { 200: atom, 304: notModified, ...errors(404) },
      },
    },
    async (req, reply) => {
      const { db } = app.database;
      const locale: Locale = req.query.lang ?? app.config.DEFAULT_LOCALE;
      const rev = await portalMesaRevision(db, req.params.slug);
      if (!rev) throw notFound();
      const etag = publicEtag(rev.revision, 'feed', app.config.PUBLIC_URL, rev.slug, locale);
      if (publicCache(req, reply, etag)) return reply.code(304).send(null);
      const feed = await cachedFeed(db, etag, async () => {
        const changes = await readPortalChanges(db, { slug: rev.slug, limit: FEED_ENTRIES });
        const mesa = await readPortalMesa(db, rev.slug, portalOptions(req));
        if (!changes || !mesa) throw notFound();
        const xml = atomFeed({
          locale,
          t: openDataTranslator(locale),
          publicUrl: app.config.PUBLIC_URL,
          selfPath: feedPath(rev.slug),
          pagePath: mesaPath(rev.slug),
          mesaName: mesa.name,
          changes,
          lastModified: mesa.lastModified,
          rights: rights(),
        });
        return { xml, lastModified: mesa.lastModified };
      });
      if (feed.lastModified) setLastModified(reply, feed.lastModified);
      return reply.type(ATOM_CONTENT_TYPE).send(feed.xml);
    },
  );
};
