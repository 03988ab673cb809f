import { LRUCache } from 'lru-cache';
import { installationRevision } from '../db/audit';
import type { Db } from '../db/client';
import { publishedMesaRevision, publishedMesas, readPublishedMesaData } from '../db/queries/portal';
import { dateInZone } from '../domain/dates';
import {
  changesOf,
  lastModifiedOf,
  type PortalChange,
  type PortalMesa,
  type PortalMesaData,
  type PortalMesaSummary,
  type PortalProblem,
  parseProblemCode,
  shapeMesa,
  shapeProblem,
  summarizeMesa,
} from '../domain/portal';
import { problemCode } from '../domain/problem-code';

export type {
  ParticipantGroup,
  PortalAchievement,
  PortalChange,
  PortalChangeKind,
  PortalDocument,
  PortalEntityCommitments,
  PortalIndicator,
  PortalLesson,
  PortalLifecycleEvent,
  PortalMesa,
  PortalMesaData,
  PortalMesaDocument,
  PortalMesaSummary,
  PortalMinutesSummary,
  PortalOnTimeRecord,
  PortalOrganization,
  PortalProblem,
  PortalProblemSummary,
  PortalSession,
  PortalSolutionVersion,
  PortalStatusEvent,
} from '../domain/portal';
export {
  mesaPath,
  participantGroups,
  portalChangeKinds,
  problemCode,
  problemPath,
  publicDocumentPath,
} from '../domain/portal';

/**
 * The one way into published data: the portal pages, the public JSON API, the feeds and the open data
 * all read through here. Only published Mesas, and of them only public records, ever come out.
 */

export interface PortalOptions {
  /** The deployment's time zone (a Mesa's own wins): "today" for overdue commitments. */
  timeZone: string;
  /** Defaults to the current time. */
  now?: Date;
}

export interface PortalRevision {
  mesaId: string;
  slug: string;
  /** Changes whenever anything of the Mesa (or of no Mesa: organizations, categories) changes. */
  revision: string;
}

export interface PortalPortfolio {
  mesas: PortalMesaSummary[];
  /** ISO instant of the latest public change of any published Mesa; null when none is published. */
  lastModified: string | null;
}

export interface PortalSitemapEntry {
  slug: string;
  name: string;
  lastModified: string;
  problems: { code: string; lastModified: string }[];
}

const caches = new WeakMap<Db, LRUCache<string, { revision: string; data: PortalMesaData }>>();

function cacheOf(db: Db) {
  let cache = caches.get(db);
  if (!cache) {
    cache = new LRUCache({ max: 500 });
    caches.set(db, cache);
  }
  return cache;
}

/** The revision of a published Mesa by slug (one small statement); null when unknown or unpublished. */
export async function portalMesaRevision(db: Db, slug: string): Promise<PortalRevision | null> {
  return publishedMesaRevision(db, slug);
}

/** The revision of the whole portal (the portfolio, the sitemap, the feed of all Mesas). */
export async function portfolioRevision(db: Db): Promise<string> {
  return installationRevision(db);
}

/**
 * The public records of a published Mesa as read from the database (kept per revision), or null when
 * there is no such published Mesa. For open data that wants the rows rather than the page shape.
 */
export async function readPortalMesaData(db: Db, slug: string): Promise<PortalMesaData | null> {
  const rev = await publishedMesaRevision(db, slug);
  if (!rev) return null;
  return dataAt(db, rev);
}

async function dataAt(db: Db, rev: PortalRevision): Promise<PortalMesaData | null> {
  const cache = cacheOf(db);
  const hit = cache.get(rev.mesaId);
  if (hit && hit.revision === rev.revision) return hit.data;
  const data = await readPublishedMesaData(db, rev.mesaId);
  if (data) cache.set(rev.mesaId, { revision: rev.revision, data });
  else cache.delete(rev.mesaId);
  return data;
}

async function allPublished(db: Db): Promise<PortalMesaData[]> {
  const list = await publishedMesas(db);
  const out: PortalMesaData[] = [];
  for (const m of list) {
    const data = await readPortalMesaData(db, m.slug);
    if (data) out.push(data);
  }
  return out;
}

/** Every published Mesa, by name, with its public figures and headline achievements. */
export async function readPortfolio(db: Db): Promise<PortalPortfolio> {
  const all = await allPublished(db);
  const mesas = all.map(summarizeMesa);
  const lastModified = all.length
    ? new Date(Math.max(...all.map((d) => lastModifiedOf(d).getTime()))).toISOString()
    : null;
  return { mesas, lastModified };
}

/** Shaped pages of cached data, by time zone and day (overdue counts move with the day). */
const shapedPages = new WeakMap<PortalMesaData, Map<string, PortalMesa>>();

/**
 * One published Mesa's public page, or null (unknown or unpublished: the same answer). The result is
 * shared between callers while the Mesa does not change: read it, do not modify it.
 */
export async function readPortalMesa(
  db: Db,
  slug: string,
  options: PortalOptions,
): Promise<PortalMesa | null> {
  const data = await readPortalMesaData(db, slug);
  if (!data) return null;
  const now = options.now ?? new Date();
  const key = `${options.timeZone}|${dateInZone(now, data.mesa.timeZone ?? options.timeZone)}`;
  let pages = shapedPages.get(data);
  if (!pages) {
    pages = new Map();
    shapedPages.set(data, pages);
  }
  let page = pages.get(key);
  if (!page) {
    page = shapeMesa(data, options.timeZone, now);
    pages.clear();
    pages.set(key, page);
  }
  return page;
}

/**
 * One public problem of a published Mesa by its code (`P-3`), or null: unknown or unpublished Mesa,
 * unknown code and non-public problem all answer the same.
 */
export async function readPortalProblem(db: Db, slug: string, code: string): Promise<PortalProblem | null> {
  const number = parseProblemCode(code);
  if (number === null) return null;
  const data = await readPortalMesaData(db, slug);
  return data ? shapeProblem(data, number) : null;
}

/**
 * What changed in public, newest first: of one published Mesa (`slug`), or of all of them. Null when
 * `slug` names no published Mesa. `limit` defaults to 50.
 */
export async function readPortalChanges(
  db: Db,
  options: { slug?: string; limit?: number } = {},
): Promise<PortalChange[] | null> {
  const limit = options.limit ?? 50;
  if (options.slug !== undefined) {
    const data = await readPortalMesaData(db, options.slug);
    return data ? changesOf(data).slice(0, limit) : null;
  }
  const all = (await allPublished(db)).flatMap(changesOf);
  return all.sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id)).slice(0, limit);
}

/** Every public page there is: each published Mesa and its public problems, with last-modified instants. */
export async function readPortalSitemap(db: Db): Promise<PortalSitemapEntry[]> {
  const all = await allPublished(db);
  return all.map((data) => ({
    slug: data.mesa.slug,
    name: data.mesa.name,
    lastModified: lastModifiedOf(data).toISOString(),
    problems: [...data.problems]
      .sort((a, b) => a.number - b.number)
      .map((p) => ({
        code: problemCode(p.number),
        lastModified: shapeProblem(data, p.number)!.lastModified,
      })),
  }));
}
