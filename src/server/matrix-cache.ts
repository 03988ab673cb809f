import { gzipSync } from 'node:zlib';
import { LRUCache } from 'lru-cache';

interface Entry {
  revision: string;
  json: string;
  /** The whole response compressed, per set of permissions (few: one per kind of participant). */
  gzipped: Map<string, Buffer>;
}

/**
 * Serialized answers kept by key while a revision stays the same: read far more often than what they
 * show changes. A changed revision is a miss and replaces the entry, so a change made through any
 * server instance on the same database is seen on the next request. Bounded by bytes; the least
 * recently used entries go first (sized by the JSON, which outweighs its compressed copies). Turned off
 * with a size of 0: every request then loads.
 */
export class RevisionCache {
  protected readonly entries: LRUCache<string, Entry> | null;

  constructor(maxBytes: number) {
    this.entries =
      maxBytes > 0
        ? new LRUCache({ maxSize: maxBytes, sizeCalculation: (e) => Math.max(1, e.json.length * 2) })
        : null;
  }

  private readonly loading = new Map<string, Promise<string>>();

  /**
   * The cached JSON for this revision, else what `load` produces, stored for the next callers. Callers
   * that miss at the same time for the same revision share one load instead of each reading the
   * database (as happens when a change arrives while a whole session has the Matrix open).
   */
  async getOrLoad(key: string, revision: string, load: () => Promise<string>): Promise<string> {
    if (!this.entries) return load(); // turned off: every request reads the database
    const cached = this.get(key, revision);
    if (cached !== undefined) return cached;
    const flight = `${key}@${revision}`;
    let pending = this.loading.get(flight);
    if (!pending) {
      pending = load()
        .then((json) => {
          this.set(key, revision, json);
          return json;
        })
        .finally(() => this.loading.delete(flight));
      this.loading.set(flight, pending);
    }
    return pending;
  }

  get(key: string, revision: string): string | undefined {
    const entry = this.entries?.get(key);
    return entry && entry.revision === revision ? entry.json : undefined;
  }

  set(key: string, revision: string, json: string) {
    this.entries?.set(key, { revision, json, gzipped: new Map() });
  }

  get size() {
    return this.entries?.size ?? 0;
  }
}

/**
 * The serialized Matrix of a Mesa as each audience sees it, kept while the Mesa's revision (see
 * `mesaWithMatrixRevision`) stays the same: every participant's screen loads it, during a session most
 * of them at once. An entry holds the JSON of the response without the caller's own permissions, which
 * are added per request.
 */
export class MatrixCache extends RevisionCache {
  static key(mesaId: string, levels: readonly string[]) {
    return `${mesaId}|${levels.join(',')}`;
  }

  /**
   * The whole response with these permissions, gzip-compressed once and kept with the entry: a tenth of
   * the bytes to send and for the client to read. Undefined when the entry is not (or no longer) there.
   */
  gzipped(key: string, revision: string, can: Record<string, boolean>): Buffer | undefined {
    const entry = this.entries?.get(key);
    if (!entry || entry.revision !== revision) return undefined;
    const signature = JSON.stringify(can);
    let body = entry.gzipped.get(signature);
    if (!body) {
      body = gzipSync(withPermissions(can, entry.json));
      entry.gzipped.set(signature, body);
    }
    return body;
  }
}

/** `{"can":…,` followed by the cached JSON object without its opening brace. */
export function withPermissions(can: Record<string, boolean>, json: string): string {
  return `{"can":${JSON.stringify(can)},${json.slice(1)}`;
}

/** Whether an Accept-Encoding header accepts gzip (listed, or `*`, and not with q=0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name !== 'gzip' && name !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}
