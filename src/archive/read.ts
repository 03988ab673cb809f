import { unzipSync } from 'fflate';
import { AppError, type FieldKey } from '../domain/errors';
import { isLocale, supportedLocales } from '../i18n/languages';
import { type Row, sha256Hex } from './export';
import { FORMAT, FORMAT_VERSION, type Manifest, manifestSchema, partSchemas } from './format';
import { addedParts, columnsOf, referencesOf, tableOfPart, tablePartNames, tablePath } from './tables';

/** How big an archive the server reads, packed and unpacked. */
export const ARCHIVE_LIMITS = {
  fileBytes: 100 * 1024 * 1024,
  unpackedBytes: 1024 * 1024 * 1024,
  files: 200_000,
} as const;

export const refusalReasons = [
  'notAZip',
  'tooLarge',
  'noManifest',
  'badManifest',
  'unknownFormat',
  'partMissing',
  'partUnlisted',
  'hashMismatch',
  'partInvalid',
  'brokenReference',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

const fieldKeys: Record<RefusalReason, FieldKey> = {
  notAZip: 'fields.archiveNotAZip',
  tooLarge: 'fields.archiveTooLarge',
  noManifest: 'fields.archiveNoManifest',
  badManifest: 'fields.archiveBadManifest',
  unknownFormat: 'fields.archiveUnknownFormat',
  partMissing: 'fields.archivePartMissing',
  partUnlisted: 'fields.archivePartUnlisted',
  hashMismatch: 'fields.archiveHashMismatch',
  partInvalid: 'fields.archivePartInvalid',
  brokenReference: 'fields.archiveBrokenReference',
};

/** A refused archive: 400 ARCHIVE_REFUSED, with the reason, the part and a message saying what is wrong. */
export function refused(reason: RefusalReason, params: Record<string, string | number> = {}): AppError {
  return new AppError('ARCHIVE_REFUSED', {
    reason,
    ...params,
    fields: [{ path: 'archive', key: fieldKeys[reason], params }],
  });
}

export interface ArchiveContents {
  manifest: Manifest;
  /** Every table part, by table name: rows with the database column names. */
  tables: Record<string, Row[]>;
  /** The PDF of each minutes version, by the version's id in the archive. */
  pdfs: Map<string, Uint8Array>;
  /** SHA-256 of the whole file. */
  sha256: string;
  bytes: number;
}

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  let unpacked = 0;
  let count = 0;
  let tooLarge = false;
  try {
    const files = unzipSync(bytes, {
      filter: (f) => {
        unpacked += f.originalSize;
        count += 1;
        if (unpacked > ARCHIVE_LIMITS.unpackedBytes || count > ARCHIVE_LIMITS.files) tooLarge = true;
        return !tooLarge;
      },
    });
    if (tooLarge) throw refused('tooLarge', { max: ARCHIVE_LIMITS.unpackedBytes / 1024 / 1024 });
    return files;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refused('notAZip');
  }
}

function parseJson(data: Uint8Array): unknown {
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
}

/**
 * Opens an archive and checks it whole before anything is written: the manifest and its format
 * version, that the ZIP holds exactly the parts the manifest lists with their sizes and SHA-256, that
 * every part fits its schema, and that every reference inside points at a record of the archive.
 */
export function readArchive(bytes: Uint8Array): ArchiveContents {
  if (bytes.length > ARCHIVE_LIMITS.fileBytes) {
    throw refused('tooLarge', { max: ARCHIVE_LIMITS.fileBytes / 1024 / 1024 });
  }
  const files = unzip(bytes);
  const manifestData = files['manifest.json'];
  if (!manifestData) throw refused('noManifest');
  let raw: unknown;
  try {
    raw = parseJson(manifestData);
  } catch {
    throw refused('badManifest', { detail: 'not JSON' });
  }
  const head = raw as { format?: unknown; formatVersion?: unknown };
  if (head?.format !== FORMAT || head.formatVersion !== FORMAT_VERSION) {
    throw refused('unknownFormat', {
      format: String(head?.format ?? ''),
      version: String(head?.formatVersion ?? ''),
      supported: FORMAT_VERSION,
    });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refused('badManifest', { detail: `${issue?.path.join('.')}: ${issue?.message}` });
  }
  const manifest = parsed.data;

  const listed = new Map(manifest.parts.map((p) => [p.path, p]));
  if (listed.size !== manifest.parts.length)
    throw refused('badManifest', { detail: 'a part is listed twice' });
  for (const name of Object.keys(files)) {
    if (name !== 'manifest.json' && !listed.has(name)) throw refused('partUnlisted', { part: name });
  }
  for (const part of manifest.parts) {
    const data = files[part.path];
    if (!data) throw refused('partMissing', { part: part.path });
    if (data.length !== part.bytes || sha256Hex(data) !== part.sha256) {
      throw refused('hashMismatch', { part: part.path });
    }
  }

  const tables: Record<string, Row[]> = {};
  for (const name of tablePartNames) {
    const path = tablePath(name);
    const part = listed.get(path);
    if (!part && (addedParts as readonly string[]).includes(name)) {
      tables[name] = [];
      continue;
    }
    if (part?.kind !== 'table' || part.table !== name) throw refused('partMissing', { part: path });
    let value: unknown;
    try {
      value = parseJson(files[path]!);
    } catch {
      throw refused('partInvalid', { part: path, detail: 'not JSON' });
    }
    const result = partSchemas[name]!.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw refused('partInvalid', { part: path, detail: `${issue?.path.join('.')}: ${issue?.message}` });
    }
    if (part.rows !== undefined && part.rows !== result.data.length) {
      throw refused('partInvalid', {
        part: path,
        detail: `${result.data.length} rows, the manifest says ${part.rows}`,
      });
    }
    tables[name] = result.data;
  }
  for (const part of manifest.parts) {
    if (part.kind === 'table' && !tablePartNames.includes(part.table ?? '')) {
      throw refused('partUnlisted', { part: part.path });
    }
  }
  const mesa = tables.mesas!;
  if (mesa.length !== 1 || mesa[0]!.id !== manifest.mesa.id) {
    throw refused('partInvalid', { part: tablePath('mesas'), detail: 'one row, the Mesa of the manifest' });
  }
  checkReferences(tables);
  checkDocuments(tables);
  checkLanguages(tables);

  const pdfs = new Map<string, Uint8Array>();
  const versions = new Set(tables.minutes_versions!.map((v) => v.id));
  for (const part of manifest.parts) {
    if (part.kind !== 'pdf') continue;
    if (!part.minutesVersionId || !versions.has(part.minutesVersionId)) {
      throw refused('brokenReference', {
        part: part.path,
        column: 'minutesVersionId',
        value: part.minutesVersionId ?? '',
      });
    }
    pdfs.set(part.minutesVersionId, files[part.path]!);
  }
  return { manifest, tables, pdfs, sha256: sha256Hex(bytes), bytes: bytes.length };
}

/**
 * Every language the archive names (a Mesa's, its minutes') is one this installation has string files
 * for: records in another would be stored but could not be shown (docs/LANGUAGES.md says how to add one).
 */
function checkLanguages(tables: Record<string, Row[]>) {
  for (const [name, rows] of Object.entries(tables)) {
    for (const row of rows) {
      if (!('locale' in row) || isLocale(row.locale)) continue;
      throw refused('partInvalid', {
        part: tablePath(name),
        detail: `the language "${String(row.locale)}" is not one of this installation's (${supportedLocales.join(', ')})`,
      });
    }
  }
}

/** Every document's bytes are whole: their size and SHA-256 are those its row records. */
function checkDocuments(tables: Record<string, Row[]>) {
  for (const row of tables.documents ?? []) {
    const bytes = Buffer.from(String(row.content), 'base64');
    if (bytes.length !== row.size_bytes || sha256Hex(bytes) !== row.sha256) {
      throw refused('hashMismatch', { part: `${tablePath('documents')}#${String(row.id)}` });
    }
  }
}

/** Every id is unique in its part, and every reference (but the audit history's) names a row of the archive. */
function checkReferences(tables: Record<string, Row[]>) {
  const ids: Record<string, Set<unknown>> = {};
  for (const name of tablePartNames) {
    const rows = tables[name]!;
    if (!rows.length || !('id' in rows[0]!)) continue;
    const set = new Set(rows.map((r) => r.id));
    if (set.size !== rows.length)
      throw refused('partInvalid', { part: tablePath(name), detail: 'an id is repeated' });
    ids[name] = set;
  }
  for (const name of tablePartNames) {
    if (name === 'users' || name === 'audit_events') continue;
    const table = tableOfPart(name);
    const refs = Object.entries(referencesOf(table));
    const known = new Set(columnsOf(table).map((c) => c.name));
    for (const row of tables[name]!) {
      for (const [column, target] of refs) {
        if (!known.has(column)) continue;
        const v = row[column];
        if (v === null || v === undefined) continue;
        if (!ids[target]?.has(v)) {
          throw refused('brokenReference', { part: tablePath(name), column, value: String(v) });
        }
      }
    }
  }
}
