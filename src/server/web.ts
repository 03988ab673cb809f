import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { SESSION_COOKIE } from '../auth/tokens';
import { AppError } from '../domain/errors';
import { type BuildManifest, firstPageHints, MATRIX_PAGE, withFirstPageHints } from './first-page';
import { firstMatrixRows, splitAtFirstRows } from './first-rows';

/** Files under /assets/ have their content's hash in their name: a new build gives them new names. */
export const ASSET_CACHE = 'public, max-age=31536000, immutable';
/** index.html (and the other unhashed files) are asked again every time, so a new build shows at once. */
export const PAGE_CACHE = 'no-cache';
/** A page with the Matrix's first rows holds what one person may see: kept by their browser alone. */
export const PERSONAL_PAGE_CACHE = 'private, no-cache';

const isHashedAsset = (file: string) => file.split(path.sep).includes('assets');

/** The web app's language on this device, which it keeps in a cookie as well (web/src/i18n/index.ts). */
export const LOCALE_COOKIE = 'mesas_locale';
const DEFAULT_LOCALE = 'es';

/** index.html and the build's manifest, read once: a page's HTML names what that page will ask for. */
function readPages(webRoot: string) {
  const html = readFileSync(path.join(webRoot, 'index.html'), 'utf8');
  const manifestFile = path.join(webRoot, '.vite', 'manifest.json');
  const manifest: BuildManifest = existsSync(manifestFile)
    ? JSON.parse(readFileSync(manifestFile, 'utf8'))
    : {};
  return (pathname: string, locale: string | undefined) =>
    withFirstPageHints(html, firstPageHints(manifest, pathname, locale ?? DEFAULT_LOCALE));
}

/**
 * Serves the built web app — compressed as the build left it (brotli or gzip, by Accept-Encoding),
 * hashed assets cached for a year and index.html revalidated — and answers unknown non-API paths with
 * index.html, so that client-side routes (e.g. /mesas/…) load on reload. API paths keep the JSON 404.
 */
export async function serveWebApp(app: FastifyInstance, webRoot: string | null) {
  const hasWeb = webRoot !== null && existsSync(path.join(webRoot, 'index.html'));
  const pageHtml = hasWeb ? readPages(webRoot) : null;
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply: FastifyReply, file: string) => {
        reply.header('cache-control', isHashedAsset(file) ? ASSET_CACHE : PAGE_CACHE);
      },
    });
  }
  app.setNotFoundHandler(async (req, reply) => {
    const isApi = req.url.startsWith('/api/') || req.url === '/api';
    // A script or style of another build is missing, not a page: a 404, never index.html as JavaScript.
    const isAsset = req.url.startsWith('/assets/');
    if (pageHtml && !isApi && !isAsset && (req.method === 'GET' || req.method === 'HEAD')) {
      const [pathname = '/', query = ''] = req.url.split('?');
      const html = pageHtml(pathname, req.cookies[LOCALE_COOKIE]);
      const matrix = MATRIX_PAGE.exec(pathname);
      reply.type('text/html; charset=utf-8');
      if (!matrix || req.method !== 'GET' || !req.cookies[SESSION_COOKIE]) {
        return reply.header('cache-control', PAGE_CACHE).send(html);
      }
      // The page's head goes at once, so that the browser asks for the app's code and styles while the
      // Matrix's first rows are read; they follow, then the app's style sheets, then the rest of the page.
      const [head, sheets, tail] = splitAtFirstRows(html);
      const body = new PassThrough();
      reply.header('cache-control', PERSONAL_PAGE_CACHE).header('vary', 'cookie').send(body);
      body.write(head);
      const rows = await firstMatrixRows(req, matrix[1]!, new URLSearchParams(query)).catch((error) => {
        req.log.error({ err: error }, 'the Matrix page went without its first rows');
        return '';
      });
      body.end(`${rows}${sheets}${tail}`);
      return reply;
    }
    throw new AppError('NOT_FOUND');
  });
}
