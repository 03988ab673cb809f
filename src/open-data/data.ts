import { LRUCache } from 'lru-cache';
import type { Db } from '../db/client';
import {
  type PortalOptions,
  portfolioRevision,
  readPortalMesa,
  readPortalMesaData,
  readPortfolio,
} from '../portal/read';
import { tableCsv, tableJson } from './files';
import {
  type OpenDataMesa,
  type OpenDataTable,
  openDataRows,
  openDataTables,
  tableDefinitions,
} from './tables';

/**
 * The open-data files, built once per revision of the portal (and per day, since on-time records and
 * current participations move with the date) and kept until something public changes. Reads go
 * through src/portal/read.ts only: published Mesas, public records.
 */

export interface OpenDataFiles {
  revision: string;
  /** The latest public change of any published Mesa; null when none is published. */
  lastModified: string | null;
  csv: Record<OpenDataTable, string>;
  json: Record<OpenDataTable, string>;
}

const caches = new WeakMap<Db, LRUCache<string, Promise<OpenDataFiles>>>();

function cacheOf(db: Db) {
  let cache = caches.get(db);
  if (!cache) {
    cache = new LRUCache({ max: 4 });
    caches.set(db, cache);
  }
  return cache;
}

/** The portal's revision: cheap, read before deciding whether to build anything. */
export const openDataRevision = (db: Db) => portfolioRevision(db);

async function build(
  db: Db,
  revision: string,
  options: PortalOptions,
  absolute: (path: string) => string,
): Promise<OpenDataFiles> {
  const portfolio = await readPortfolio(db);
  const mesas: OpenDataMesa[] = [];
  for (const summary of portfolio.mesas) {
    const [data, page] = await Promise.all([
      readPortalMesaData(db, summary.slug),
      readPortalMesa(db, summary.slug, options),
    ]);
    if (data && page) mesas.push({ data, page });
  }
  const rows = openDataRows(mesas, absolute);
  const files = (write: typeof tableCsv) =>
    Object.fromEntries(openDataTables.map((t) => [t, write(tableDefinitions[t], rows[t])])) as Record<
      OpenDataTable,
      string
    >;
  return { revision, lastModified: portfolio.lastModified, csv: files(tableCsv), json: files(tableJson) };
}

/** Every open-data file at this revision (built on first use, then kept). */
export async function openDataFiles(
  db: Db,
  revision: string,
  options: PortalOptions & { publicUrl: string },
): Promise<OpenDataFiles> {
  const day = (options.now ?? new Date()).toISOString().slice(0, 10);
  const key = `${revision}\n${day}\n${options.publicUrl}`;
  const cache = cacheOf(db);
  let files = cache.get(key);
  if (!files) {
    const base = options.publicUrl.replace(/\/+$/, '');
    files = build(db, revision, options, (path) => `${base}${path}`);
    cache.set(key, files);
    files.catch(() => cache.delete(key));
  }
  return files;
}
