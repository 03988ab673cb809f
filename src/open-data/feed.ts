import { Feed } from 'feed';
import type { TFunction } from 'i18next';
import type { Locale } from '../domain/roles';
import type { PortalChange } from '../portal/read';

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/**
 * Text XML can carry: control characters other than tab and line breaks, noncharacters and unpaired
 * surrogates are left out (a record's text may hold any of them).
 */
export function xmlText(text: string): string {
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/\p{Cc}/gu, (c: string) => ('\t\n\r'.includes(c) ? c : ''))
    .replace(/[\uFFFE\uFFFF]/g, '');
}

/**
 * Text for an Atom element the library writes as `type="html"`: markup is escaped, so a record's text
 * shows as text in every reader and never runs.
 */
export function htmlText(text: string): string {
  return xmlText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A path on this deployment as an absolute address, in the feed's language. */
function pageUrl(publicUrl: string, path: string, locale: Locale): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}?lang=${locale}`;
}

/**
 * An entry's id: a tag URI (RFC 4151) on the deployment's host, dated the day of the change, naming the
 * change (its kind and the public record's id). The same change keeps the same id in every answer and
 * in both languages.
 */
export function entryId(publicUrl: string, change: Pick<PortalChange, 'id' | 'at'>): string {
  const host = new URL(publicUrl).hostname;
  return `tag:${host},${change.at.slice(0, 10)}:mesas/${change.id}`;
}

const value = (v: string | number | null | undefined, t: TFunction) =>
  v === null || v === undefined || v === '' ? t('openData.feed.summary.none') : String(v);

function statusName(status: string | number | null | undefined, t: TFunction): string {
  return typeof status === 'string' ? t(`matrixSheet.status.${status}`) : value(status, t);
}

/** An entry's title and summary, in the feed's language. */
export function describeChange(change: PortalChange, t: TFunction): { title: string; summary: string } {
  const d = change.detail;
  const code = change.problemCode ?? '';
  const mesa = change.mesaName;
  switch (change.kind) {
    case 'problem':
      return {
        title: t('openData.feed.entry.problem', { code, title: change.title }),
        summary: t('openData.feed.summary.problem', { code, mesa, status: statusName(d.status, t) }),
      };
    case 'status': {
      const from = statusName(d.from, t);
      const to = statusName(d.to, t);
      const lines = [t('openData.feed.summary.status', { code, mesa, from, to })];
      if (typeof d.reason === 'string' && d.reason)
        lines.push(t('openData.feed.summary.reason', { reason: d.reason }));
      return {
        title: t('openData.feed.entry.status', { code, title: change.title, from, to }),
        summary: lines.join('\n'),
      };
    }
    case 'session':
      return {
        title:
          d.number === null || d.number === undefined
            ? t('openData.feed.entry.session', { title: change.title })
            : t('openData.feed.entry.session_number', { number: d.number, title: change.title }),
        summary: t('openData.feed.summary.session', { mesa, date: value(d.heldOn, t) }),
      };
    case 'indicator':
      return {
        title: t('openData.feed.entry.indicator', { code, title: change.title }),
        summary: t('openData.feed.summary.indicator', {
          title: change.title,
          problem: `${code} ${value(d.problemTitle, t)}`,
          baseline: value(d.baseline, t),
          current: value(d.current, t),
          target: value(d.target, t),
          unit: value(d.unit, t),
        }),
      };
  }
}

export interface AtomInput {
  locale: Locale;
  t: TFunction;
  publicUrl: string;
  /** The feed's own path (no host), e.g. /portal/feed.atom. */
  selfPath: string;
  /** The portal page the feed is about. */
  pagePath: string;
  /** One Mesa's feed: its name; the feed of all Mesas: null. */
  mesaName: string | null;
  /** What changed, newest first. */
  changes: readonly PortalChange[];
  /** The latest public change (the feed's `updated`) when there is no change to list. */
  lastModified: string | null;
  /** The open-data licence, as the feed's rights. */
  rights: string;
}

/** An Atom 1.0 feed (RFC 4287) of public changes. */
export function atomFeed(input: AtomInput): string {
  const { t, locale, publicUrl, mesaName } = input;
  const self = pageUrl(publicUrl, input.selfPath, locale);
  const updated = input.changes[0]?.at ?? input.lastModified ?? new Date(0).toISOString();
  const feed = new Feed({
    id: self,
    title: xmlText(mesaName ? t('openData.feed.mesaTitle', { mesa: mesaName }) : t('openData.feed.title')),
    description: xmlText(
      mesaName ? t('openData.feed.mesaSubtitle', { mesa: mesaName }) : t('openData.feed.subtitle'),
    ),
    link: pageUrl(publicUrl, input.pagePath, locale),
    language: locale,
    updated: new Date(updated),
    generator: 'Mesas',
    feedLinks: { atom: self },
    copyright: input.rights,
    author: { name: t('openData.feed.author'), link: pageUrl(publicUrl, '/portal', locale) },
  });
  for (const change of input.changes) {
    const { title, summary } = describeChange(change, t);
    feed.addItem({
      id: entryId(publicUrl, change),
      title: htmlText(
        mesaName ? title : t('openData.feed.entry.inMesa', { mesa: change.mesaName, entry: title }),
      ),
      link: pageUrl(publicUrl, change.path, locale),
      date: new Date(change.at),
      description: htmlText(summary).replace(/\n/g, '<br>'),
      category: [{ term: change.kind, name: t(`openData.feed.kind.${change.kind}`) }],
    });
  }
  return feed.atom1();
}
