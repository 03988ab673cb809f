import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { auditActor, type CommandContext, inTransaction } from '../commands/context';
import { recordAudit } from '../db/audit';
import type { Db } from '../db/client';
import * as s from '../db/schema';
import { AppError } from '../domain/errors';
import { type AuthorLabels, IMPORT_ACTION, type Row } from './export';
import { FORMAT_VERSION } from './format';
import type { ArchiveContents } from './read';
import { columnsOf, referencedTables, referencesOf, scopedTables } from './tables';

export interface ImportOptions {
  /** The slug the Mesa takes here, when its own is taken. */
  slug?: string;
  /** Report what would be created and matched; write nothing. */
  dryRun?: boolean;
}

/** How one record of the archive lands on this installation. */
export interface Match {
  /** Its id in the archive. */
  archiveId: string;
  name: string;
  action: 'matched' | 'created' | 'label';
  /** What it was matched by. */
  by: 'email' | 'name' | 'key' | null;
  /** Its id here (null in a dry run for what would be created, and for authors kept as labels). */
  id: string | null;
}

export interface ImportReport {
  dryRun: boolean;
  archive: {
    sha256: string;
    formatVersion: number;
    exportedAt: string;
    withContacts: boolean;
    mesa: { id: string; slug: string; name: string };
  };
  mesa: { id: string | null; slug: string; name: string; slugAvailable: boolean };
  /** Rows written (or that would be), by table. */
  created: Record<string, number>;
  organizations: Match[];
  people: Match[];
  /** Authors: matched to an account here, or kept as a label. */
  authors: Match[];
  categories: Match[];
  questions: Match[];
  /** Audit events of the archive, kept as history in the import's audit event. */
  historyEvents: number;
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const lower = (v: unknown) => String(v ?? '').toLowerCase();

/** Which target record each referenced record of the archive is (matched) or will be (created). */
async function plan(db: Db, contents: ArchiveContents, options: ImportOptions) {
  const t = contents.tables;
  const mesa = t.mesas![0]!;
  const slug = options.slug ?? String(mesa.slug);
  if (!SLUG_PATTERN.test(slug) || slug.length > 60) {
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'slug', key: 'fields.archiveSlugFormat' }] });
  }
  const [taken] = await db.select({ id: s.mesas.id }).from(s.mesas).where(eq(s.mesas.slug, slug)).limit(1);

  // Organizations: by name (the installation keeps one per name, whatever the case).
  const orgNames = t.organizations!.map((o) => lower(o.name));
  const orgs = orgNames.length
    ? await db
        .select({ id: s.organizations.id, name: s.organizations.name })
        .from(s.organizations)
        .where(inArray(sql`lower(${s.organizations.name})`, orgNames))
    : [];
  const orgByName = new Map(orgs.map((o) => [o.name.toLowerCase(), o.id]));
  const organizations: Match[] = t.organizations!.map((o) => {
    const id = orgByName.get(lower(o.name));
    return id
      ? { archiveId: String(o.id), name: String(o.name), action: 'matched', by: 'name', id }
      : { archiveId: String(o.id), name: String(o.name), action: 'created', by: null, id: null };
  });

  // People: by e-mail (when the archive has it), then by exact full name when exactly one has it.
  const emails = t.people!.map((p) => p.email).filter((e): e is string => typeof e === 'string');
  const byEmail = emails.length
    ? await db
        .select({ id: s.people.id, email: s.people.email })
        .from(s.people)
        .where(inArray(sql`lower(${s.people.email})`, emails.map(lower)))
    : [];
  const personByEmail = new Map(byEmail.map((p) => [lower(p.email), p.id]));
  const names = t.people!.map((p) => String(p.full_name));
  const byName = names.length
    ? await db
        .select({ id: s.people.id, name: s.people.fullName })
        .from(s.people)
        .where(inArray(s.people.fullName, names))
    : [];
  const personByName = unique(byName.map((p) => [p.name, p.id]));
  const people: Match[] = t.people!.map((p) => {
    const base = { archiveId: String(p.id), name: String(p.full_name) };
    const email = typeof p.email === 'string' ? personByEmail.get(lower(p.email)) : undefined;
    if (email) return { ...base, action: 'matched', by: 'email', id: email };
    const named = personByName.get(String(p.full_name));
    if (named) return { ...base, action: 'matched', by: 'name', id: named };
    return { ...base, action: 'created', by: null, id: null };
  });

  // Authors: an account with the e-mail, else the one account of a person with that exact name.
  const userEmails = t.users!.map((u) => u.email).filter((e): e is string => typeof e === 'string');
  const accountsByEmail = userEmails.length
    ? await db
        .select({ id: s.users.id, email: s.users.email })
        .from(s.users)
        .where(inArray(sql`lower(${s.users.email})`, userEmails.map(lower)))
    : [];
  const accountByEmail = new Map(accountsByEmail.map((u) => [lower(u.email), u.id]));
  const labels = t.users!.map((u) => String(u.label));
  const accountsByName = labels.length
    ? await db
        .select({ id: s.users.id, name: s.people.fullName })
        .from(s.users)
        .innerJoin(s.people, eq(s.people.id, s.users.personId))
        .where(inArray(s.people.fullName, labels))
    : [];
  const accountByName = unique(accountsByName.map((u) => [u.name, u.id]));
  const authors: Match[] = t.users!.map((u) => {
    const base = { archiveId: String(u.id), name: String(u.label) };
    const email = typeof u.email === 'string' ? accountByEmail.get(lower(u.email)) : undefined;
    if (email) return { ...base, action: 'matched', by: 'email', id: email };
    const named = accountByName.get(String(u.label));
    if (named) return { ...base, action: 'matched', by: 'name', id: named };
    return { ...base, action: 'label', by: null, id: null };
  });

  // Barrier categories and checklist questions: by their stable key.
  const byKey = async (
    table: typeof s.barrierCategories | typeof s.assessmentQuestions,
    rows: Row[],
    label: string,
  ) => {
    const keys = rows.map((r) => String(r.key));
    const found = keys.length
      ? await db.select({ id: table.id, key: table.key }).from(table).where(inArray(table.key, keys))
      : [];
    const idByKey = new Map(found.map((f) => [f.key, f.id]));
    return rows.map((r): Match => {
      const id = idByKey.get(String(r.key));
      const base = { archiveId: String(r.id), name: String(r[label] ?? r.key) };
      return id
        ? { ...base, action: 'matched', by: 'key', id }
        : { ...base, action: 'created', by: null, id: null };
    });
  };
  const categories = await byKey(s.barrierCategories, t.barrier_categories!, 'key');
  const questions = await byKey(s.assessmentQuestions, t.assessment_questions!, 'key');

  const created: Record<string, number> = {
    organizations: organizations.filter((m) => m.action === 'created').length,
    people: people.filter((m) => m.action === 'created').length,
    barrier_categories: categories.filter((m) => m.action === 'created').length,
    assessment_questions: questions.filter((m) => m.action === 'created').length,
  };
  for (const st of scopedTables) created[st.name] = t[st.name]!.length;

  const report: ImportReport = {
    dryRun: options.dryRun ?? false,
    archive: {
      sha256: contents.sha256,
      formatVersion: FORMAT_VERSION,
      exportedAt: contents.manifest.exportedAt,
      withContacts: contents.manifest.withContacts,
      mesa: contents.manifest.mesa,
    },
    mesa: { id: null, slug, name: String(mesa.name), slugAvailable: !taken },
    created,
    organizations,
    people,
    authors,
    categories,
    questions,
    historyEvents: t.audit_events!.length,
  };
  return report;
}

/** Names that name exactly one record. */
function unique(pairs: [string, string][]): Map<string, string> {
  const seen = new Map<string, string | null>();
  for (const [name, id] of pairs) seen.set(name, seen.has(name) && seen.get(name) !== id ? null : id);
  return new Map([...seen].filter((e): e is [string, string] => e[1] !== null));
}

/** Every string of a JSON value that is an id of the archive, replaced by its new id. */
function remapJson(value: unknown, ids: Map<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => remapJson(v, ids));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remapJson(v, ids)]));
  }
  return value;
}

/** An archive row as Drizzle writes it: schema property names, timestamps as Dates, bytes as Buffers. */
function toDbRow(table: PgTable, row: Row): Row {
  const out: Row = {};
  for (const c of columnsOf(table)) {
    const v = row[c.name];
    if (c.column.getSQLType() === 'bytea' && typeof v === 'string') out[c.key] = Buffer.from(v, 'base64');
    else out[c.key] = c.column.columnType === 'PgTimestamp' && typeof v === 'string' ? new Date(v) : v;
  }
  return out;
}

async function insertRows(db: Db, table: PgTable, rows: Row[]) {
  if (!rows.length) return;
  const size = Math.max(1, Math.floor(30_000 / columnsOf(table).length));
  for (let i = 0; i < rows.length; i += size) {
    await db.insert(table).values(rows.slice(i, i + size) as never);
  }
}

/**
 * Imports a checked archive (see readArchive) as a new Mesa: new ids for every record, organizations,
 * people, categories and questions matched or created, authors matched to accounts or kept as labels,
 * original dates kept, and one audit event naming the archive by its SHA-256 and carrying its audit
 * history. One transaction: all or nothing. A dry run only reads.
 */
export async function importArchive(
  ctx: CommandContext,
  contents: ArchiveContents,
  options: ImportOptions = {},
): Promise<ImportReport> {
  if (options.dryRun) return plan(ctx.db, contents, options);
  return inTransaction(ctx, async (tx) => {
    const db = tx.db;
    const report = await plan(db, contents, options);
    if (!report.mesa.slugAvailable) {
      throw new AppError('CONFLICT', {
        fields: [{ path: 'slug', key: 'fields.archiveSlugTaken', params: { slug: report.mesa.slug } }],
      });
    }
    const t = contents.tables;
    const ids = new Map<string, string>();
    const assign = (matches: Match[]) => {
      for (const m of matches) {
        if (m.action === 'created') m.id = randomUUID();
        if (m.id) ids.set(m.archiveId, m.id);
      }
    };
    assign(report.organizations);
    assign(report.people);
    assign(report.categories);
    assign(report.questions);
    const users = new Map(report.authors.map((a) => [a.archiveId, a]));
    for (const st of scopedTables) {
      for (const row of t[st.name]!) if (typeof row.id === 'string') ids.set(row.id, randomUUID());
    }

    const now = new Date().toISOString();
    const createdIds = (matches: Match[]) =>
      new Set(matches.filter((m) => m.action === 'created').map((m) => m.archiveId));
    const referenced: [keyof typeof referencedTables, Match[], (r: Row) => Row][] = [
      ['organizations', report.organizations, (r) => r],
      ['people', report.people, (r) => r],
      ['barrier_categories', report.categories, (r) => r],
      // A question new to this installation is kept for the assessments that asked it, retired so
      // that it does not join this installation's checklist.
      ['assessment_questions', report.questions, (r) => ({ ...r, retired_at: r.retired_at ?? now })],
    ];
    for (const [name, matches, adjust] of referenced) {
      const table = referencedTables[name];
      const refs = referencesOf(table);
      const wanted = createdIds(matches);
      const rows = t[name]!.filter((r) => wanted.has(String(r.id))).map((r) => {
        const out: Row = { ...adjust(r), id: ids.get(String(r.id)) };
        for (const column of Object.keys(refs)) {
          if (out[column] != null) out[column] = ids.get(String(out[column])) ?? null;
        }
        return toDbRow(table, out);
      });
      await insertRows(db, table, rows);
    }

    const authorLabels: AuthorLabels = { labels: [], emails: [], refs: {} };
    const labelIndex = new Map<string, number>();
    const authorEmail = new Map(
      t.users!.map((u) => [String(u.id), typeof u.email === 'string' ? u.email : null]),
    );
    const deferred: { table: PgTable; id: string; key: string; value: string }[] = [];
    for (const st of scopedTables) {
      const refs = Object.entries(referencesOf(st.table));
      const jsonColumns = columnsOf(st.table)
        .filter((c) => c.column.columnType === 'PgJsonb')
        .map((c) => c.name);
      const columnKey = new Map(columnsOf(st.table).map((c) => [c.name, c.key]));
      const rows = t[st.name]!.map((r) => {
        const out: Row = { ...r };
        if (typeof r.id === 'string') out.id = ids.get(r.id);
        for (const [column, target] of refs) {
          const v = r[column];
          if (typeof v !== 'string') continue;
          if (target === 'users') {
            const author = users.get(v);
            out[column] = author?.id ?? null;
            if (author && !author.id && typeof out.id === 'string') {
              let index = labelIndex.get(author.archiveId);
              if (index === undefined) {
                index = authorLabels.labels.push(author.name) - 1;
                authorLabels.emails.push(authorEmail.get(author.archiveId) ?? null);
                labelIndex.set(author.archiveId, index);
              }
              const key = `${st.name}.${column}`;
              authorLabels.refs[key] ??= {};
              authorLabels.refs[key][out.id] = index;
            }
          } else {
            out[column] = ids.get(v) ?? null;
          }
        }
        for (const column of jsonColumns) out[column] = remapJson(r[column], ids);
        for (const column of st.deferred ?? []) {
          if (typeof out[column] === 'string') {
            deferred.push({
              table: st.table,
              id: out.id as string,
              key: columnKey.get(column)!,
              value: out[column],
            });
          }
          out[column] = null;
        }
        if (st.name === 'mesas') out.slug = report.mesa.slug;
        return toDbRow(st.table, out);
      });
      await insertRows(db, st.table, rows);
    }
    for (const d of deferred) {
      const table = d.table as PgTable & { id: typeof s.problems.id };
      await db
        .update(table)
        .set({ [d.key]: d.value } as never)
        .where(eq(table.id, d.id));
    }

    const mesaId = ids.get(String(t.mesas![0]!.id))!;
    report.mesa.id = mesaId;
    const summary = (matches: Match[]) => matches.map(({ name, action, by }) => ({ name, action, by }));
    await recordAudit(db, {
      actor: auditActor(tx),
      entityType: 'mesa',
      entityId: mesaId,
      mesaId,
      action: IMPORT_ACTION,
      requestId: tx.requestId ?? null,
      after: {
        archive: report.archive,
        slug: report.mesa.slug,
        created: report.created,
        organizations: summary(report.organizations),
        people: summary(report.people),
        authors: summary(report.authors),
        categories: summary(report.categories),
        questions: summary(report.questions),
        authorLabels,
        /** The audit events of the Mesa on the installation it came from, as that one recorded them. */
        history: t.audit_events,
      },
    });
    return report;
  });
}
