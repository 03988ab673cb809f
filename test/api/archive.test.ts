import { readFileSync } from 'node:fs';
import { getTableName, is, type SQL, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportMesaArchive, IMPORT_ACTION, sha256Hex } from '../../src/archive/export';
import { archiveJsonSchema } from '../../src/archive/format';
import { importArchive } from '../../src/archive/import';
import { readArchive } from '../../src/archive/read';
import {
  addedColumns,
  addedParts,
  columnsOf,
  leftOutTables,
  tableOfPart,
  tablePartNames,
} from '../../src/archive/tables';
import { systemContext } from '../../src/commands/context';
import { verifyAuditChain } from '../../src/db/audit';
import type { Db } from '../../src/db/client';
import * as schema from '../../src/db/schema';
import { AppError } from '../../src/domain/errors';
import { createTestContext, type TestContext } from '../support/app';
import { openZip, type Rows, withoutIds } from '../support/archive';
import { emptyDatabase } from '../support/database';

let t: TestContext;
let target: Awaited<ReturnType<typeof emptyDatabase>>;

beforeAll(async () => {
  t = await createTestContext();
  target = await emptyDatabase();
});
afterAll(async () => {
  await t?.close();
  await target?.drop();
});

/** Rows of a raw query. */
async function query<T>(db: Db, q: SQL): Promise<T[]> {
  return ((await db.execute(q)) as unknown as { rows: T[] }).rows;
}

const mesaIds = (db: Db) =>
  query<{ id: string; slug: string }>(db, sql`select id, slug from mesas order by slug`);

/** Rows in every table of the database, to show that nothing was written. */
async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of allTables) {
    const name = getTableName(table);
    const [row] = await query<{ n: number }>(db, sql.raw(`select count(*)::int as n from "${name}"`));
    counts[name] = Number(row!.n);
  }
  return counts;
}

const isTable = (value: unknown): value is PgTable => is(value, PgTable);
const allTables = Object.values(schema).filter(isTable) as unknown as PgTable[];

/** Matched installation records are the target's own: their bookkeeping dates are not the Mesa's history. */
function comparable(tables: Record<string, Rows>) {
  const out = { ...tables };
  for (const name of ['barrier_categories', 'assessment_questions']) {
    out[name] = tables[name]!.map(({ created_at: _c, updated_at: _u, ...rest }) => rest);
  }
  return withoutIds(out, ['audit_events']);
}

async function refusal(bytes: Uint8Array): Promise<AppError> {
  try {
    readArchive(bytes);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the archive was accepted');
}

/** An archive rebuilt with one file changed (the manifest untouched unless `manifest` is given). */
function rezip(bytes: Uint8Array, change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(bytes);
  change(files);
  return zipSync(files);
}

describe('the continuity archive', () => {
  it('holds every table tied to a Mesa, or says why one is left out', () => {
    const scopedColumns = new Set(['mesa_id', 'problem_id', 'meeting_id']);
    const tied = new Set<string>();
    const tables = allTables;
    // Tied: a Mesa, problem or meeting column, or a foreign key to a table already tied (to a fixpoint).
    for (const table of tables) {
      const name = getTableName(table);
      if (name === 'mesas' || getTableConfig(table).columns.some((c) => scopedColumns.has(c.name)))
        tied.add(name);
    }
    let grew = true;
    while (grew) {
      grew = false;
      for (const table of tables) {
        const name = getTableName(table);
        if (tied.has(name)) continue;
        if (
          getTableConfig(table).foreignKeys.some((fk) => tied.has(getTableName(fk.reference().foreignTable)))
        ) {
          tied.add(name);
          grew = true;
        }
      }
    }
    const covered = new Set([...tablePartNames, ...Object.keys(leftOutTables)]);
    expect([...tied].filter((name) => !covered.has(name))).toEqual([]);
    expect(tied.has('commitment_due_changes')).toBe(true);
    expect(tied.has('solution_versions')).toBe(true);
  });

  it('is described by docs/archive.schema.json, generated from the same schemas the importer uses', () => {
    const file = JSON.parse(readFileSync('docs/archive.schema.json', 'utf8'));
    expect(file).toEqual(JSON.parse(JSON.stringify(archiveJsonSchema())));
  });

  it('round trip: each demo Mesa exported, imported into an empty installation and exported again is the same history', async () => {
    const mesas = await mesaIds(t.database.db);
    expect(mesas.length).toBeGreaterThanOrEqual(3);
    // Records written by accounts, so that authors travel too (the demo is written by the system).
    const forestal = mesas.find((m) => m.slug === 'forestal')!.id;
    const created = await (await t.as('team')).post(`/api/mesas/${forestal}/problems`, {
      title: 'Registro de plantaciones sin ventanilla única',
    });
    expect(created.statusCode, created.body).toBe(201);
    for (const { id, slug } of mesas) {
      const withContacts = slug === 'forestal';
      const first = await exportMesaArchive(t.database.db, id, { withContacts });
      const contents = readArchive(first.bytes);
      const report = await importArchive(systemContext(target.db, 'archive test'), contents);
      expect(report.mesa.slug).toBe(slug);
      expect(report.organizations.length).toBeGreaterThan(0);
      expect(report.organizations.every((o) => o.action === 'created' || o.by === 'name')).toBe(true);
      const second = await exportMesaArchive(target.db, report.mesa.id!, { withContacts });
      const a = openZip(first.bytes);
      const b = openZip(second.bytes);
      expect(a.tables.problems!.length, slug).toBeGreaterThan(0);
      if (slug === 'forestal') {
        // The author has no account on the empty installation: kept as a label, with the e-mail asked for.
        expect(report.authors.map((x) => x.action)).toEqual(['label']);
        expect(b.tables.users).toEqual([expect.objectContaining({ label: a.tables.users![0]!.label })]);
        expect(b.tables.users![0]!.email).toMatch(/@demo\.mesas\.local$/);
        expect(b.tables.problems!.filter((p) => p.created_by === b.tables.users![0]!.id)).toHaveLength(1);
        // The comparison itself notices a reference moved to another record.
        const moved = structuredClone(a.tables);
        const [x, y] = moved.commitments!.filter((c) => c.problem_id).slice(0, 2);
        const other = moved.problems!.find((p) => p.id !== x!.problem_id)!.id;
        x!.problem_id = other;
        expect(y).toBeDefined();
        expect(comparable(moved)).not.toEqual(comparable(a.tables));
      }
      expect(comparable(b.tables), slug).toEqual(comparable(a.tables));
      // The history: the first installation's audit events travel inside the import's event.
      const events = b.tables.audit_events!;
      expect(events.map((e) => e.action)).toEqual([IMPORT_ACTION]);
      const after = events[0]!.after as { history: unknown; archive: { sha256: string } };
      expect(after.history).toEqual(a.tables.audit_events);
      expect(after.archive.sha256).toBe(sha256Hex(first.bytes));
      // Every minutes version comes with its PDF.
      const pdfs = Object.keys(b.files).filter((f) => f.endsWith('.pdf'));
      expect(pdfs.length).toBe(a.tables.minutes_versions!.length);
      for (const f of pdfs) expect(new TextDecoder().decode(b.files[f]!.slice(0, 5))).toBe('%PDF-');
    }
    expect((await verifyAuditChain(target.db)).ok).toBe(true);
  });

  it('keeps contact details out unless asked', async () => {
    const { id } = (
      await query<{ id: string }>(
        t.database.db,
        sql`select pa.mesa_id as id from participations pa join people p on p.id = pa.person_id where p.email is not null group by pa.mesa_id order by count(*) desc limit 1`,
      )
    )[0]!;
    const people = {
      rows: await query<{ email: string }>(
        t.database.db,
        sql`select distinct p.email from people p join participations pa on pa.person_id = p.id where pa.mesa_id = ${id} and p.email is not null`,
      ),
    };
    expect(people.rows.length).toBeGreaterThan(0);
    const plain = await exportMesaArchive(t.database.db, id);
    const text = Object.values(unzipSync(plain.bytes))
      .map((d) => new TextDecoder().decode(d))
      .join('\n');
    for (const { email } of people.rows) expect(text).not.toContain(email);
    expect(text).not.toMatch(/@demo\.mesas\.local/);
    const withContacts = await exportMesaArchive(t.database.db, id, { withContacts: true });
    const tables = openZip(withContacts.bytes).tables;
    expect(tables.people!.some((p) => p.email === people.rows[0]!.email)).toBe(true);
  });

  describe('a tampered archive is refused and changes nothing', () => {
    let good: Uint8Array;
    beforeAll(async () => {
      const { id } = (await mesaIds(t.database.db))[0]!;
      good = (await exportMesaArchive(t.database.db, id)).bytes;
    });

    it('a part edited after export (hash mismatch)', async () => {
      const bad = rezip(good, (files) => {
        const text = new TextDecoder().decode(files['tables/problems.json']);
        files['tables/problems.json'] = strToU8(text.replace(/"title":"/, '"title":"Altered '));
      });
      const error = await refusal(bad);
      expect(error.code).toBe('ARCHIVE_REFUSED');
      expect(error.details).toMatchObject({ reason: 'hashMismatch', part: 'tables/problems.json' });
    });

    it('a part edited and its hash rewritten still has to fit the schema', async () => {
      const bad = rezip(good, (files) => {
        const rows = JSON.parse(new TextDecoder().decode(files['tables/problems.json']));
        rows[0].impact = 'very high';
        const data = strToU8(JSON.stringify(rows));
        files['tables/problems.json'] = data;
        const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
        const part = manifest.parts.find((p: { path: string }) => p.path === 'tables/problems.json');
        part.sha256 = sha256Hex(data);
        part.bytes = data.length;
        files['manifest.json'] = strToU8(JSON.stringify(manifest));
      });
      expect((await refusal(bad)).details).toMatchObject({
        reason: 'partInvalid',
        part: 'tables/problems.json',
      });
    });

    it('an unknown format version, a missing part, an unlisted file, not a ZIP', async () => {
      const version = rezip(good, (files) => {
        const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
        manifest.formatVersion = 99;
        files['manifest.json'] = strToU8(JSON.stringify(manifest));
      });
      expect((await refusal(version)).details).toMatchObject({ reason: 'unknownFormat' });
      const missing = rezip(good, (files) => {
        delete files['tables/commitments.json'];
      });
      expect((await refusal(missing)).details).toMatchObject({ reason: 'partMissing' });
      const extra = rezip(good, (files) => {
        files['tables/extra.json'] = strToU8('[]');
      });
      expect((await refusal(extra)).details).toMatchObject({ reason: 'partUnlisted' });
      expect((await refusal(strToU8('not a zip at all'))).details).toMatchObject({ reason: 'notAZip' });
    });

    it('a language this installation has no strings for', async () => {
      const bad = rezip(good, (files) => {
        const rows = JSON.parse(new TextDecoder().decode(files['tables/mesas.json']));
        rows[0].locale = 'fr';
        const data = strToU8(JSON.stringify(rows));
        files['tables/mesas.json'] = data;
        const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
        const part = manifest.parts.find((p: { path: string }) => p.path === 'tables/mesas.json');
        part.sha256 = sha256Hex(data);
        part.bytes = data.length;
        files['manifest.json'] = strToU8(JSON.stringify(manifest));
      });
      const error = await refusal(bad);
      expect(error.details).toMatchObject({ reason: 'partInvalid', part: 'tables/mesas.json' });
      expect(String((error.details as { detail: string }).detail)).toContain('"fr"');
    });

    it('a reference to a record the archive does not hold', async () => {
      const bad = rezip(good, (files) => {
        const rows = JSON.parse(new TextDecoder().decode(files['tables/commitments.json']));
        rows[0].problem_id = '00000000-0000-4000-8000-000000000000';
        const data = strToU8(JSON.stringify(rows));
        files['tables/commitments.json'] = data;
        const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
        const part = manifest.parts.find((p: { path: string }) => p.path === 'tables/commitments.json');
        part.sha256 = sha256Hex(data);
        part.bytes = data.length;
        files['manifest.json'] = strToU8(JSON.stringify(manifest));
      });
      expect((await refusal(bad)).details).toMatchObject({ reason: 'brokenReference', column: 'problem_id' });
    });
  });

  it('imports an archive written by the format’s first release, before documents, norms and the Wheel', async () => {
    // Exported by Mesas at commit 85fa60f, when format version 1 was first published.
    const bytes = new Uint8Array(readFileSync('test/fixtures/archive-v1-forestal-85fa60f.zip'));
    const old = openZip(bytes);
    // What the old archive lacks is exactly what the format has gained since, and is listed as such.
    const lacking = tablePartNames.filter((name) => !old.tables[name]);
    expect(lacking.sort()).toEqual([...addedParts].sort());
    for (const name of tablePartNames) {
      const row = old.tables[name]?.[0];
      if (!row || name === 'users') continue;
      const current = columnsOf(tableOfPart(name)).map((c) => c.name);
      const missing = current.filter((c) => !(c in row));
      expect(missing, name).toEqual([...(addedColumns[name] ?? [])]);
    }
    const contents = readArchive(bytes);
    expect(contents.tables.documents).toEqual([]);
    const report = await importArchive(systemContext(target.db, 'archive test'), contents, {
      slug: 'forestal-first-format',
    });
    expect(report.mesa.slug).toBe('forestal-first-format');
    const again = openZip((await exportMesaArchive(target.db, report.mesa.id!)).bytes);
    expect(again.tables.problems!.length).toBe(old.tables.problems!.length);
    expect(again.tables.commitments!.length).toBe(old.tables.commitments!.length);
    expect(again.tables.minutes_versions!.length).toBe(old.tables.minutes_versions!.length);
    expect(again.tables.solutions!.length).toBe(old.tables.solutions!.length);
    for (const solution of again.tables.solutions!) {
      expect(solution.agreed_on).toBeNull();
      expect(solution.norm_name).toBeNull();
    }
    expect(again.tables.wheel_rounds).toEqual([]);
  });

  it('refuses a taken slug (409), takes another, and a dry run writes nothing', async () => {
    const { id, slug } = (await mesaIds(t.database.db))[0]!;
    const archive = readArchive((await exportMesaArchive(t.database.db, id)).bytes);
    const ctx = systemContext(t.database.db, 'archive test');
    const before = await rowCounts(t.database.db);

    const dry = await importArchive(ctx, archive, { dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(dry.mesa).toMatchObject({ id: null, slug, slugAvailable: false });
    // The same installation: every organization and person is matched, none created.
    expect(dry.organizations.every((o) => o.action === 'matched')).toBe(true);
    expect(dry.people.every((p) => p.action === 'matched' && p.by === 'name')).toBe(true);
    expect(dry.authors.every((a) => a.action === 'matched')).toBe(true);
    expect(dry.created.problems).toBe(archive.tables.problems!.length);
    expect(await rowCounts(t.database.db)).toEqual(before);

    await expect(importArchive(ctx, archive)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await rowCounts(t.database.db)).toEqual(before);

    const report = await importArchive(ctx, archive, { slug: `${slug}-2017` });
    expect(report.mesa.slug).toBe(`${slug}-2017`);
    const after = await rowCounts(t.database.db);
    expect(after.organizations).toBe(before.organizations);
    expect(after.people).toBe(before.people);
    expect(after.problems).toBe(before.problems! + archive.tables.problems!.length);
    expect(after.audit_events).toBe(before.audit_events! + 1);
    const [event] = await query<{ after: { archive: { sha256: string } } }>(
      t.database.db,
      sql`select after from audit_events where mesa_id = ${report.mesa.id} and action = ${IMPORT_ACTION}`,
    );
    expect(event!.after.archive.sha256).toBe(archive.sha256);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });
});

describe('the archive over the API', () => {
  const zip = { 'content-type': 'application/zip' };

  it('downloads a Mesa’s archive for the coordinating office only, without contacts by default', async () => {
    const { id, slug } = (await mesaIds(t.database.db))[0]!;
    const coordinator = await t.as('coordinator');
    const res = await coordinator.get(`/api/mesas/${id}/archive`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toContain(`${slug}-archive-`);
    const bytes = res.rawPayload;
    expect(res.headers['x-archive-sha256']).toBe(sha256Hex(bytes));
    const contents = readArchive(bytes);
    expect(contents.manifest.withContacts).toBe(false);
    expect(contents.tables.people!.every((p) => p.email === null && p.phone === null)).toBe(true);
    const full = await coordinator.get(`/api/mesas/${id}/archive?contacts=true`);
    expect(readArchive(full.rawPayload).manifest.withContacts).toBe(true);
    // Each download is in the audit log: who took which file, with or without contacts.
    const exports = await query<{ after: { sha256: string; withContacts: boolean } }>(
      t.database.db,
      sql`select after from audit_events where mesa_id = ${id} and action = 'archive.export' order by seq`,
    );
    expect(exports.map((e) => e.after.withContacts)).toEqual([false, true]);
    expect(exports[0]!.after.sha256).toBe(sha256Hex(bytes));

    for (const role of ['team', 'high_level', 'observer'] as const) {
      const refused = await (await t.as(role)).get(`/api/mesas/${id}/archive`);
      expect([403, 404], role).toContain(refused.statusCode);
    }
    expect((await t.anonymous.get(`/api/mesas/${id}/archive`)).statusCode).toBe(401);
  });

  it('imports an archive: dry run first, then for real under another slug; refuses a tampered one', async () => {
    const { id, slug } = (await mesaIds(t.database.db))[1]!;
    const admin = await t.as('admin');
    const others = await Promise.all((['team', 'high_level', 'public_rep'] as const).map((r) => t.as(r)));
    const bytes = (await admin.get(`/api/mesas/${id}/archive`)).rawPayload;
    const before = await rowCounts(t.database.db);

    const dry = await admin.request('POST', '/api/archives/import?dryRun=true', bytes, zip);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, mesa: { slug, slugAvailable: false, id: null } });
    expect(await rowCounts(t.database.db)).toEqual(before);

    const taken = await admin.request('POST', '/api/archives/import', bytes, zip);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.fields[0]).toMatchObject({ path: 'slug' });
    expect(await rowCounts(t.database.db)).toEqual(before);

    const tampered = rezip(bytes, (files) => {
      const text = new TextDecoder().decode(files['tables/commitments.json']);
      files['tables/commitments.json'] = strToU8(text.replace(/"due_on":"\d{4}/, '"due_on":"2031'));
    });
    const refusedRes = await admin.request('POST', '/api/archives/import', Buffer.from(tampered), {
      ...zip,
      'accept-language': 'es',
    });
    expect(refusedRes.statusCode).toBe(400);
    expect(refusedRes.json().error).toMatchObject({ code: 'ARCHIVE_REFUSED', reason: 'hashMismatch' });
    expect(refusedRes.json().error.fields[0].message).toContain('tables/commitments.json');
    expect(await rowCounts(t.database.db)).toEqual(before);

    for (const other of others) {
      const res = await other.request('POST', '/api/archives/import?dryRun=true', bytes, zip);
      expect(res.statusCode).toBe(403);
    }
    expect(await rowCounts(t.database.db)).toEqual(before);

    // As the web app sends it: with an Idempotency-Key, so that a retry imports once.
    const once = { ...zip, 'idempotency-key': 'archive-import-once-0001' };
    const done = await admin.request('POST', `/api/archives/import?slug=${slug}-copia`, bytes, once);
    expect(done.statusCode, done.body).toBe(201);
    const retried = await admin.request('POST', `/api/archives/import?slug=${slug}-copia`, bytes, once);
    expect(retried.statusCode).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    expect(retried.json().mesa.id).toBe(done.json().mesa.id);
    const mesa = await admin.get(`/api/mesas/${done.json().mesa.id}`);
    expect(mesa.json()).toMatchObject({ slug: `${slug}-copia` });
  });
});
