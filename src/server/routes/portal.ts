import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { dateInZone } from '../../domain/dates';
import type { Locale } from '../../domain/roles';
import { isLocale, supportedLocales } from '../../i18n/languages';
import { portalLocale, portalTranslator } from '../../portal/i18n';
import type { PageContext } from '../../portal/Layout';
import {
  portalMesaRevision,
  portfolioRevision,
  readPortalMesa,
  readPortalProblem,
  readPortalSitemap,
  readPortfolio,
} from '../../portal/read';
import { renderMesa, renderNotFound, renderPortfolio, renderProblem } from '../../portal/render';
import { portalSitemap, robotsTxt } from '../../portal/sitemap';
import { inLanguage, portalPaths } from '../../portal/urls';
import { portalOptions, publicCache, publicEtag, setLastModified } from '../public-cache';
import { errors } from '../schemas/common';

/** Bumped when the pages' markup changes, so caches holding the old markup revalidate. */
const MARKUP_VERSION = 'portal-html-1';
const HTML = 'text/html; charset=utf-8';

const langQuery = z.object({
  lang: z
    .enum(supportedLocales)
    .optional()
    .describe('The language of the page; by default from Accept-Language, else Spanish'),
});
const slugParam = z.object({
  slug: z.string().min(1).max(200).describe("The Mesa's address name, e.g. forestal"),
});
const problemParams = slugParam.extend({
  code: z.string().min(1).max(20).describe('The problem code in its Matrix, e.g. P-3'),
});

/** What every cached page says of its caching. */
const cachedPage =
  'May be cached for a minute (Cache-Control: public); revalidate with If-None-Match and the ETag: 304 when unchanged.';

const notModified = z.null().describe('Not modified: the ETag in If-None-Match is current; no body');

const document = (description: string, type = 'text/html') => ({
  description,
  content: { [type]: { schema: z.string() } },
});
const htmlResponses = (what: string) => ({
  200: document(what),
  304: notModified,
  ...errors(400),
  404: document('A page saying it does not exist or is not public (an HTML page)'),
});

/** A rendered page and the instant of the latest public change it shows. */
interface Rendered {
  body: string;
  lastModified: string | null;
}
const RENDERED_CACHE_BYTES = 32 * 1024 * 1024;

/** Sends a rendered document with its Last-Modified. */
function send(reply: FastifyReply, type: string, doc: Rendered) {
  if (doc.lastModified) setLastModified(reply, doc.lastModified);
  return reply.type(type).send(doc.body);
}

/** No credentials are needed or read on these routes. */
const security: { [k: string]: string[] }[] = [];

function pageContext(req: FastifyRequest, lang: Locale | undefined): PageContext {
  const { config } = req.server;
  const locale = portalLocale(lang, req.headers['accept-language'], config.DEFAULT_LOCALE);
  return { locale, t: portalTranslator(locale), publicUrl: config.PUBLIC_URL, timeZone: config.TIME_ZONE };
}

/** When the language came from Accept-Language, shared caches must keep one copy per language. */
function varyOnLanguage(reply: FastifyReply, lang: Locale | undefined) {
  if (!lang) reply.header('vary', 'Accept-Language');
}

/** The same page for unknown, unpublished and non-public alike, so it tells nothing of what exists. */
function notFoundPage(reply: FastifyReply, page: PageContext) {
  return reply.code(404).header('cache-control', 'no-cache').type(HTML).send(renderNotFound(page));
}

/**
 * The transparency portal: server-rendered HTML pages of every published Mesa's public records, readable
 * without JavaScript, in Spanish and English. Data comes only through src/portal/read.ts; the pages may
 * be cached for a minute and revalidated with their ETag.
 */
export const portalRoutes: FastifyPluginAsyncZod = async (app) => {
  // Rendered documents by ETag (which names the revision, the day, the language and the markup): on a
  // press day each page is read and rendered once per change, then served from here.
  const rendered = new LRUCache<string, Rendered>({
    maxSize: RENDERED_CACHE_BYTES,
    sizeCalculation: (r) => r.body.length + 64,
  });
  /** The cached document for this ETag, else `render`'s (kept when it gives one). */
  async function cached(etag: string, render: () => Promise<Rendered | null>): Promise<Rendered | null> {
    const hit = rendered.get(etag);
    if (hit) return hit;
    const fresh = await render();
    if (fresh) rendered.set(etag, fresh);
    return fresh;
  }

  /**
   * A page of one published Mesa: the Mesa's revision names its ETag (with `variant`, the language and
   * the markup), and an unknown, unpublished or non-public record answers the same 404 page.
   */
  async function mesaPage(
    req: FastifyRequest,
    reply: FastifyReply,
    lang: Locale | undefined,
    slug: string,
    variant: [string, ...string[]],
    render: (page: PageContext) => Promise<Rendered | null>,
  ) {
    const page = pageContext(req, lang);
    varyOnLanguage(reply, lang);
    const rev = await portalMesaRevision(app.database.db, slug);
    if (!rev) return notFoundPage(reply, page);
    const [kind, ...rest] = variant;
    const etag = publicEtag(rev.revision, MARKUP_VERSION, kind, rev.slug, ...rest, page.locale);
    if (publicCache(req, reply, etag)) return reply.code(304).send(null);
    const doc = await cached(etag, () => render(page));
    if (!doc) {
      reply.removeHeader('etag');
      return notFoundPage(reply, page);
    }
    return send(reply, HTML, doc);
  }

  app.get(
    '/portal',
    {
      config: { access: 'public' },
      schema: {
        tags: ['portal'],
        summary: 'The transparency portal: every published Mesa (HTML page, no sign-in)',
        description: cachedPage,
        security,
        querystring: langQuery,
        response: htmlResponses('The portfolio page'),
      },
    },
    async (req, reply) => {
      const { db } = app.database;
      const page = pageContext(req, req.query.lang);
      varyOnLanguage(reply, req.query.lang);
      const etag = publicEtag(await portfolioRevision(db), MARKUP_VERSION, 'portfolio', page.locale);
      if (publicCache(req, reply, etag)) return reply.code(304).send(null);
      const doc = await cached(etag, async () => {
        const portfolio = await readPortfolio(db);
        return { body: renderPortfolio(page, portfolio.mesas), lastModified: portfolio.lastModified };
      });
      return send(reply, HTML, doc!);
    },
  );

  app.get(
    '/portal/mesas/:slug',
    {
      config: { access: 'public' },
      schema: {
        tags: ['portal'],
        summary: "A published Mesa's public record (HTML page, no sign-in)",
        description: cachedPage,
        security,
        params: slugParam,
        querystring: langQuery,
        response: htmlResponses('The Mesa page'),
      },
    },
    async (req, reply) =>
      mesaPage(req, reply, req.query.lang, req.params.slug, ['mesa'], async (page) => {
        const options = portalOptions(req);
        const mesa = await readPortalMesa(app.database.db, req.params.slug, options);
        if (!mesa) return null;
        const today = dateInZone(options.now ?? new Date(), options.timeZone);
        return { body: renderMesa(page, mesa, today), lastModified: mesa.lastModified };
      }),
  );

  app.get(
    '/portal/mesas/:slug/problems/:code',
    {
      config: { access: 'public' },
      schema: {
        tags: ['portal'],
        summary: 'A public problem of a published Mesa with its history (HTML page, no sign-in)',
        description: cachedPage,
        security,
        params: problemParams,
        querystring: langQuery,
        response: htmlResponses('The problem page'),
      },
    },
    async (req, reply) => {
      const code = req.params.code.toUpperCase();
      return mesaPage(req, reply, req.query.lang, req.params.slug, ['problem', code], async (page) => {
        const problem = await readPortalProblem(app.database.db, req.params.slug, req.params.code);
        return problem && { body: renderProblem(page, problem), lastModified: problem.lastModified };
      });
    },
  );

  app.get(
    '/portal/sitemap.xml',
    {
      config: { access: 'public' },
      schema: {
        tags: ['portal'],
        summary: 'The sitemap of every portal page, in both languages (no sign-in)',
        description: cachedPage,
        security,
        response: {
          200: document('A sitemaps.org 0.9 document', 'application/xml'),
          304: notModified,
        },
      },
    },
    async (req, reply) => {
      const { db } = app.database;
      const etag = publicEtag(await portfolioRevision(db), MARKUP_VERSION, 'sitemap');
      if (publicCache(req, reply, etag)) return reply.code(304).send(null);
      const doc = await cached(etag, async () => {
        const entries = await readPortalSitemap(db);
        return { body: portalSitemap(app.config.PUBLIC_URL, entries), lastModified: null };
      });
      return send(reply, 'application/xml; charset=utf-8', doc!);
    },
  );

  app.get(
    '/robots.txt',
    {
      config: { access: 'public' },
      schema: {
        tags: ['portal'],
        summary: 'Directions for search engines, pointing to the portal sitemap',
        security,
        response: { 200: document('robots.txt', 'text/plain') },
      },
    },
    async (_req, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .header('cache-control', 'public, max-age=3600')
        .send(robotsTxt(app.config.PUBLIC_URL)),
  );

  // Any other address under /portal/ is a portal page that does not exist: the portal's own 404 page
  // (the web app answers other unknown addresses), and /portal/ is the portal's home.
  await app.register(
    async (scope) => {
      scope.setNotFoundHandler((req, reply) => {
        const query = req.query as Record<string, unknown>;
        const lang = isLocale(query.lang) ? query.lang : undefined;
        if (req.url.split('?')[0] === '/portal/' && (req.method === 'GET' || req.method === 'HEAD')) {
          return reply.redirect(
            lang ? inLanguage(portalPaths.portfolio(), lang) : portalPaths.portfolio(),
            301,
          );
        }
        return notFoundPage(reply, pageContext(req, lang));
      });
    },
    { prefix: '/portal' },
  );
};
