import { LRUCache } from 'lru-cache';

/**
 * The serialized Matrix of a Mesa as each audience sees it, kept while the Mesa's revision (see
 * `matrixRevision`) stays the same. The Matrix is read far more often than it changes: every
 * participant's screen loads it, during a session most of them at once. An entry holds the JSON of the
 * response without the caller's own permissions, which are added per request. Bounded by bytes; the
 * least recently used entries go first. A changed revision is a miss and replaces the entry, so a
 * change made through any server instance on the same database is seen on the next request.
 */
export class MatrixCache {
  private readonly entries: LRUCache<string, { revision: string; json: string }> | null;

  constructor(maxBytes: number) {
    this.entries =
      maxBytes > 0
        ? new LRUCache({ maxSize: maxBytes, sizeCalculation: (e) => Math.max(1, e.json.length * 2) })
        : null;
  }

  static key(mesaId: string, levels: readonly string[]) {
    return `${mesaId}|${levels.join(',')}`;
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
    this.entries?.set(key, { revision, json });
  }

  get size() {
    return this.entries?.size ?? 0;
  }
}

/** `{"can":…,` followed by the cached JSON object without its opening brace. */
export function withPermissions(can: Record<string, boolean>, json: string): string {
  return `{"can":${JSON.stringify(can)},${json.slice(1)}`;
}
