import { supportedLocales } from '../i18n/languages';
import type { PortalSitemapEntry } from './read';
import { absoluteUrl, inLanguage, portalPaths } from './urls';

const escapeXml = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );

interface Page {
  path: string;
  lastModified: string | null;
}

/** One <url> per page and language, each naming its other languages (hreflang), as search engines ask. */
function urlEntries(publicUrl: string, page: Page): string[] {
  const alternates = [
    ...supportedLocales.map(
      (l) =>
        `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(absoluteUrl(publicUrl, inLanguage(page.path, l)))}"/>`,
    ),
    `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(absoluteUrl(publicUrl, page.path))}"/>`,
  ].join('');
  const lastmod = page.lastModified ? `<lastmod>${escapeXml(page.lastModified)}</lastmod>` : '';
  return supportedLocales.map(
    (l) =>
      `<url><loc>${escapeXml(absoluteUrl(publicUrl, inLanguage(page.path, l)))}</loc>${lastmod}${alternates}</url>`,
  );
}

/** The sitemap (sitemaps.org 0.9) of every portal page: the portfolio, each published Mesa, each public problem. */
export function portalSitemap(publicUrl: string, entries: readonly PortalSitemapEntry[]): string {
  const newest = entries.reduce<string | null>(
    (a, e) => (a === null || e.lastModified > a ? e.lastModified : a),
    null,
  );
  const pages: Page[] = [
    { path: portalPaths.portfolio(), lastModified: newest },
    ...entries.flatMap((e) => [
      { path: portalPaths.mesa(e.slug), lastModified: e.lastModified },
      ...e.problems.map((p) => ({ path: portalPaths.problem(e.slug, p.code), lastModified: p.lastModified })),
    ]),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...pages.flatMap((p) => urlEntries(publicUrl, p)),
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: the portal and open data may be crawled, the API and the signed-in app need not be. */
export function robotsTxt(publicUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /portal',
    'Allow: /open-data/',
    'Disallow: /api/',
    '',
    `Sitemap: ${absoluteUrl(publicUrl, portalPaths.sitemap())}`,
    '',
  ].join('\n');
}
