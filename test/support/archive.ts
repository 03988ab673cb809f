import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { canonicalJson } from '../../src/db/audit';

export type Rows = Record<string, unknown>[];

/** The files of an archive, and its table parts parsed. */
export function openZip(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const tables: Record<string, Rows> = {};
  for (const [path, data] of Object.entries(files)) {
    const m = /^tables\/([a-z_]+)\.json$/.exec(path);
    if (m) tables[m[1]!] = JSON.parse(new TextDecoder().decode(data));
  }
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
  return { files, tables, manifest };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 24);

function render(value: unknown, name: (id: string) => string): unknown {
  if (typeof value === 'string') return UUID.test(value) ? name(value) : value;
  if (Array.isArray(value)) return value.map((v) => render(v, name));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, render(v, name)]));
  }
  return value;
}

/**
 * The archive's table parts with the installation's ids taken out: each id is replaced by a digest
 * of the record it names, refined a few times so that a reference stands for what it points at
 * (which record, and what that one points at). Two archives of the same history on two installations
 * give the same result; a reference moved to another record does not.
 */
export function withoutIds(tables: Record<string, Rows>, skip: string[] = []): Record<string, string[]> {
  const rows: [string, Record<string, unknown>][] = Object.entries(tables)
    .filter(([name]) => !skip.includes(name))
    .flatMap(([name, list]) => list.map((r) => [name, r] as [string, Record<string, unknown>]));
  let names = new Map<string, string>();
  for (let round = 0; round < 4; round++) {
    const next = new Map<string, string>();
    for (const [part, row] of rows) {
      if (typeof row.id !== 'string') continue;
      next.set(
        row.id,
        hash(
          part +
            canonicalJson(
              render(row, (id) => (id === row.id ? 'self' : round === 0 ? '#' : (names.get(id) ?? '?'))),
            ),
        ),
      );
    }
    names = next;
  }
  const out: Record<string, string[]> = {};
  for (const [part, row] of rows) {
    out[part] ??= [];
    out[part].push(canonicalJson(render(row, (id) => (id === row.id ? 'self' : (names.get(id) ?? '?')))));
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}
