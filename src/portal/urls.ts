import type { Locale } from '../domain/roles';

/** The fixed addresses of the portal's pages. */
export const portalPaths = {
  portfolio: () => '/portal',
  mesa: (slug: string) => `/portal/mesas/${encodeURIComponent(slug)}`,
  problem: (slug: string, code: string) =>
    `/portal/mesas/${encodeURIComponent(slug)}/problems/${encodeURIComponent(code)}`,
  sitemap: () => '/portal/sitemap.xml',
  feed: () => '/portal/feed.atom',
  mesaFeed: (slug: string) => `/portal/mesas/${encodeURIComponent(slug)}/feed.atom`,
  openData: () => '/open-data/datapackage.json',
};

/** A page's path in one language: the `lang` parameter names it, so each language has its own address. */
export const inLanguage = (path: string, locale: Locale) => `${path}?lang=${locale}`;

/** The absolute address of a path on this deployment (PUBLIC_URL), for canonical links, Open Graph and the sitemap. */
export const absoluteUrl = (publicUrl: string, path: string) => `${publicUrl.replace(/\/+$/, '')}${path}`;
