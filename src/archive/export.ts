import { createHash } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { type Zippable, zipSync } from 'fflate';
import { auditActor, type CommandContext, inTransaction } from '../commands/context';
import { recordAudit } from '../db/audit';
import type { Db } from '../db/client';
import * as s from '../db/schema';
import { AppError } from '../domain/errors';
import type { MinutesDocument } from '../domain/minutes';
import { minutesToPdf } from '../exports/minutes-pdf';
import { FORMAT, FORMAT_VERSION, type Manifest, type ManifestPart } from './format';
import {
  auditTable,
  columnsOf,
  pdfPath,
  type ReferencedName,
  referencedTables,
  referencesOf,
  scopedTables,
  tablePartNames,
  tablePath,
} from './tables';

export type Row = Record<string, unknown>;

export interface ExportOptions {
  /** Include people's e-mail addresses and phones (and authors' e-mails). */
  withContacts?: boolean;
  /** The export time written in the manifest (now by default). */
  now?: Date;
}

export interface ExportedArchive {
  bytes: Uint8Array;
  sha256: string;
  manifest: Manifest;
  fileName: string;
}

/** The action of the audit event an import records (it carries the imported history). */
export const IMPORT_ACTION = 'archive.import';
export const GENERATOR = 'Mesas';

export const sha256Hex = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** A row as the archive writes it: database column names, timestamps as ISO strings, bytes as base64. */
export function toArchiveRow(table: PgTable, row: Row): Row {
  const out: Row = {};
  for (const c of columnsOf(table)) {
    const v = row[c.key];
    if (v instanceof Uint8Array)
      out[c.name] = Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
    else out[c.name] = v instanceof Date ? v.toISOString() : (v ?? null);
  }
  return out;
}

/** The id an author known only by label gets in an archive: the same for the same label. */
export function labelId(label: string, email: string | null): string {
  const h = sha256Hex(`mesas-author:${label}\n${email ?? ''}`);
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** What an import recorded about authors it could not match: `refs["table.column"][rowId]` = label. */
export interface AuthorLabels {
  labels: string[];
  /** Their e-mail addresses, when the imported archive had contacts. */
  emails: (string | null)[];
  refs: Record<string, Record<string, number>>;
}

const EMAIL = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[a-z]{2,}/gi;
const CONTACT_KEYS = new Set(['email', 'phone', 'toAddress', 'to_address', 'newEmail', 'new_email']);
export const WITHHELD = '[withheld]';

/** Audit history without contact details: e-mail addresses and phone fields withheld. */
export function withoutContacts(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(EMAIL, WITHHELD);
  if (Array.isArray(value)) return value.map(withoutContacts);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        CONTACT_KEYS.has(k) && typeof v === 'string' ? WITHHELD : withoutContacts(v),
      ]),
    );
  }
  return value;
}

const byId = (a: Row, b: Row) => {
  const x = String(a.id ?? JSON.stringify(a));
  const y = String(b.id ?? JSON.stringify(b));
  return x < y ? -1 : x > y ? 1 : 0;
};

async function loadByIds(db: Db, table: PgTable & { id: AnyPgColumn }, ids: string[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    rows.push(...((await db.select().from(table).where(inArray(table.id, chunk))) as Row[]));
  }
  return rows;
}

/** Collects the whole history of one Mesa into a continuity archive (a ZIP file). */
export async function exportMesaArchive(db: Db, mesaId: string, options: ExportOptions = {}) {
  const withContacts = options.withContacts ?? false;
  const now = options.now ?? new Date();
  const parts: Record<string, Row[]> = {};

  // The Mesa's own records.
  for (const t of scopedTables) {
    const rows = (await db.select().from(t.table).where(t.scope(mesaId))) as Row[];
    parts[t.name] = rows.map((r) => toArchiveRow(t.table, r)).sort(byId);
  }
  const mesa = parts.mesas?.[0];
  if (!mesa) throw new AppError('NOT_FOUND');
  // A reference to a record of the Mesa that is gone (a plain uuid column) or of another Mesa is
  // left out: an archive holds one Mesa, whole.
  const scopedIds = new Map(
    scopedTables.map((t) => [
      t.name,
      new Set(parts[t.name]!.map((r) => r.id).filter((id) => id !== undefined)),
    ]),
  );
  for (const t of scopedTables) {
    for (const [column, target] of Object.entries(referencesOf(t.table))) {
      // A record of the installation the archive does not carry (a Wheel question a round was taken
      // from: the round keeps its wording) is not named.
      if (!tablePartNames.includes(target)) {
        for (const row of parts[t.name]!) row[column] = null;
        continue;
      }
      const known = scopedIds.get(target);
      if (!known) continue;
      for (const row of parts[t.name]!) {
        if (typeof row[column] === 'string' && !known.has(row[column])) row[column] = null;
      }
    }
  }

  const audit = (await db
    .select()
    .from(s.auditEvents)
    .where(eq(s.auditEvents.mesaId, mesaId))
    .orderBy(asc(s.auditEvents.seq))) as Row[];

  // Authors that an earlier import kept as labels (the accounts were not on this installation).
  const labels: AuthorLabels[] = audit
    .filter((e) => e.action === IMPORT_ACTION && e.entityType === 'mesa')
    .map((e) => (e.after as { authorLabels?: AuthorLabels } | null)?.authorLabels)
    .filter((l): l is AuthorLabels => !!l);

  // What those records point at.
  const wanted: Record<ReferencedName | 'users', Set<string>> = {
    organizations: new Set(),
    people: new Set(),
    barrier_categories: new Set(),
    assessment_questions: new Set(),
    users: new Set(),
  };
  const labelUsers = new Map<string, { label: string; email: string | null }>();
  for (const t of scopedTables) {
    const refs = Object.entries(referencesOf(t.table));
    for (const row of parts[t.name]!) {
      for (const [column, target] of refs) {
        const v = row[column];
        if (typeof v === 'string') (wanted as Record<string, Set<string>>)[target]?.add(v);
        else if (target === 'users' && typeof row.id === 'string') {
          for (const l of labels) {
            const index = l.refs[`${t.name}.${column}`]?.[row.id];
            const label = index === undefined ? undefined : l.labels[index];
            if (label !== undefined) {
              const email = l.emails?.[index!] ?? null;
              const id = labelId(label, email);
              labelUsers.set(id, { label, email });
              row[column] = id;
            }
          }
        }
      }
    }
  }

  const people = await loadByIds(db, s.people, [...wanted.people]);
  for (const p of people)
    if (typeof p.organizationId === 'string') wanted.organizations.add(p.organizationId);
  const organizations: Row[] = [];
  let missing = [...wanted.organizations];
  while (missing.length) {
    const found = await loadByIds(db, s.organizations, missing);
    organizations.push(...found);
    const have = new Set(organizations.map((o) => o.id));
    missing = [
      ...new Set(
        found.map((o) => o.parentId).filter((p): p is string => typeof p === 'string' && !have.has(p)),
      ),
    ];
  }
  const loaded: Record<ReferencedName, Row[]> = {
    organizations,
    people,
    barrier_categories: await loadByIds(db, s.barrierCategories, [...wanted.barrier_categories]),
    assessment_questions: await loadByIds(db, s.assessmentQuestions, [...wanted.assessment_questions]),
  };
  for (const [name, table] of Object.entries(referencedTables)) {
    parts[name] = loaded[name as ReferencedName].map((r) => toArchiveRow(table, r)).sort(byId);
  }
  if (!withContacts) {
    for (const p of parts.people!) {
      p.email = null;
      p.phone = null;
    }
  }

  const userIds = [...wanted.users];
  const accounts = userIds.length
    ? await db
        .select({ id: s.users.id, label: s.people.fullName, email: s.users.email })
        .from(s.users)
        .innerJoin(s.people, eq(s.people.id, s.users.personId))
        .where(inArray(s.users.id, userIds))
    : [];
  parts.users = [
    ...accounts.map((u) => ({ id: u.id, label: u.label, email: withContacts ? u.email : null })),
    ...[...labelUsers].map(([id, u]) => ({ id, label: u.label, email: withContacts ? u.email : null })),
  ].sort(byId);

  // The audit history: this installation's events of the Mesa, as they are (an earlier installation's
  // travel inside the event of the import that brought them).
  let auditRows = audit.map((r) => toArchiveRow(auditTable.table, r));
  if (!withContacts) auditRows = auditRows.map((r) => withoutContacts(r) as Row);
  parts[auditTable.name] = auditRows;

  // The files: one JSON part per table, the PDF of every minutes version, the manifest.
  const files: Zippable = {};
  const manifestParts: ManifestPart[] = [];
  const mtime = now;
  for (const name of tablePartNames) {
    const rows = parts[name] ?? [];
    const data = new TextEncoder().encode(`[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
    const path = tablePath(name);
    files[path] = [data, { mtime }];
    manifestParts.push({
      path,
      kind: 'table',
      table: name,
      rows: rows.length,
      mediaType: 'application/json',
      bytes: data.length,
      sha256: sha256Hex(data),
    });
  }
  for (const v of parts.minutes_versions ?? []) {
    let pdf: Buffer;
    try {
      pdf = await minutesToPdf(v.content as MinutesDocument);
    } catch {
      continue; // A document that no longer renders keeps its JSON; its PDF is left out.
    }
    const path = pdfPath(v.id as string);
    files[path] = [pdf, { level: 0, mtime }];
    manifestParts.push({
      path,
      kind: 'pdf',
      minutesVersionId: v.id as string,
      mediaType: 'application/pdf',
      bytes: pdf.length,
      sha256: sha256Hex(pdf),
    });
  }
  const manifest: Manifest = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    exportedAt: now.toISOString(),
    generator: GENERATOR,
    mesa: { id: mesa.id as string, slug: mesa.slug as string, name: mesa.name as string },
    withContacts,
    parts: manifestParts,
  };
  files['manifest.json'] = [new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`), { mtime }];
  const bytes = zipSync(files, { level: 6 });
  return {
    bytes,
    sha256: sha256Hex(bytes),
    manifest,
    fileName: `${mesa.slug}-archive-${now.toISOString().slice(0, 10)}.zip`,
  } satisfies ExportedArchive;
}

/**
 * Records that a Mesa's archive left the installation: by whom, which file (its SHA-256) and whether it
 * carried contact details. Called by the API and the CLI once the file is made.
 */
export async function recordExport(ctx: CommandContext, mesaId: string, archive: ExportedArchive) {
  await inTransaction(ctx, (tx) =>
    recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'mesa',
      entityId: mesaId,
      mesaId,
      action: 'archive.export',
      requestId: tx.requestId ?? null,
      after: {
        sha256: archive.sha256,
        formatVersion: archive.manifest.formatVersion,
        withContacts: archive.manifest.withContacts,
        bytes: archive.bytes.length,
      },
    }),
  );
}
