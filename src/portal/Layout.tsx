import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { languageName } from '../domain/languages';
import type { Locale } from '../domain/roles';
import { supportedLocales } from '../i18n/languages';
import { portalCss } from './style';
import { absoluteUrl, inLanguage, portalPaths } from './urls';

/** What every portal page needs to know to render its frame. */
export interface PageContext {
  locale: Locale;
  t: TFunction;
  /** PUBLIC_URL: absolute addresses (canonical, Open Graph, hreflang) start with it. */
  publicUrl: string;
  /** The time zone dates are shown in when they are instants. */
  timeZone: string;
}

export interface Crumb {
  label: string;
  /** The page's path without language; none for the current page. */
  path?: string;
}

interface LayoutProps {
  page: PageContext;
  title: string;
  description: string;
  /** The page's path without the language parameter; null for a page with no address of its own (404). */
  path: string | null;
  ogType?: 'website' | 'article';
  crumbs?: Crumb[];
  /** An Atom feed of this page's changes, announced in the head. */
  feedPath?: string;
  children: ReactNode;
}

/** Links keep the reader's language when it is not the default one the bare address would give. */
export const linkTo = (page: PageContext, path: string) => inLanguage(path, page.locale);

export function Layout({
  page,
  title,
  description,
  path,
  ogType = 'website',
  crumbs,
  feedPath,
  children,
}: LayoutProps) {
  const { t, locale, publicUrl } = page;
  const siteName = t('portal.siteName');
  const fullTitle = path === portalPaths.portfolio() ? title : `${title} · ${siteName}`;
  const others = supportedLocales.filter((l) => l !== locale);
  const here = path ?? portalPaths.portfolio();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        {path === null ? (
          <meta name="robots" content="noindex" />
        ) : (
          <>
            <link rel="canonical" href={absoluteUrl(publicUrl, inLanguage(path, locale))} />
            {supportedLocales.map((l) => (
              <link key={l} rel="alternate" hrefLang={l} href={absoluteUrl(publicUrl, inLanguage(path, l))} />
            ))}
            <link rel="alternate" hrefLang="x-default" href={absoluteUrl(publicUrl, path)} />
            <meta property="og:title" content={title} />
            <meta property="og:description" content={description} />
            <meta property="og:type" content={ogType} />
            <meta property="og:url" content={absoluteUrl(publicUrl, inLanguage(path, locale))} />
            <meta property="og:site_name" content={siteName} />
            <meta property="og:locale" content={t('portal.ogLocale')} />
            {others.map((l) => (
              <meta key={l} property="og:locale:alternate" content={t('portal.ogLocale', { lng: l })} />
            ))}
          </>
        )}
        {feedPath && (
          <link
            rel="alternate"
            type="application/atom+xml"
            title={t('portal.feedTitle')}
            href={inLanguage(feedPath, locale)}
          />
        )}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the portal's own constant stylesheet */}
        <style dangerouslySetInnerHTML={{ __html: portalCss }} />
      </head>
      <body>
        <a className="skip" href="#main">
          {t('portal.skipToContent')}
        </a>
        <header>
          <nav aria-label={t('portal.siteNavigation')}>
            <a className="brand" href={linkTo(page, portalPaths.portfolio())}>
              {siteName}
            </a>
            <span className="langs">
              {others.map((l) => (
                <a key={l} className="lang" href={inLanguage(here, l)} hrefLang={l} lang={l}>
                  {languageName(l)}
                </a>
              ))}
            </span>
          </nav>
        </header>
        <main id="main">
          {crumbs && crumbs.length > 0 && (
            <nav aria-label={t('portal.breadcrumbs')}>
              <ol className="crumbs">
                {crumbs.map((c) => (
                  <li key={c.label}>
                    {c.path ? (
                      <a href={linkTo(page, c.path)}>{c.label}</a>
                    ) : (
                      <span aria-current="page">{c.label}</span>
                    )}
                  </li>
                ))}
              </ol>
            </nav>
          )}
          {children}
        </main>
        <footer>
          <p>{t('portal.footer.about')}</p>
          <ul>
            <li>
              <a href={portalPaths.openData()}>{t('portal.footer.openData')}</a>
            </li>
            <li>
              <a href={inLanguage(feedPath ?? portalPaths.feed(), locale)}>{t('portal.footer.feed')}</a>
            </li>
            <li>
              <a href={portalPaths.sitemap()}>{t('portal.footer.sitemap')}</a>
            </li>
          </ul>
        </footer>
      </body>
    </html>
  );
}

/** A whole HTML document from a page element (static markup: no client script, no hydration). */
export function renderDocument(element: ReactNode): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(element)}`;
}
