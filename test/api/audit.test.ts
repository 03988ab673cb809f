import { createHash, createHmac } from 'node:crypto';
import { asc, desc, eq, gte, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AuditCheckpoint,
  auditCheckpoint,
  canonicalJson,
  hashAuditRow,
  headMac,
  macAuditRow,
  verifyAuditChain,
} from '../../src/db/audit';
import { auditEvents, auditHead } from '../../src/db/schema';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { TEST_AUDIT_KEY } from '../support/audit-key';
import { createMesa, ensureMesa, mesaBySlug, unique } from '../support/fixtures';

let t: TestContext;
let admin: Client;
let coordinator: Client;

beforeAll(async () => {
  t = await createTestContext();
  admin = await t.as('admin');
  coordinator = await t.as('coordinator');
});
afterAll(() => t?.close());

type Row = typeof auditEvents.$inferSelect;
type Head = typeof auditHead.$inferSelect;

const db = () => t.database.db;
const verify = async () => {
  const res = await admin.get('/api/audit/verify');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const allEvents = () => db().select().from(auditEvents).orderBy(asc(auditEvents.seq));
const head = async () => (await db().select().from(auditHead))[0];
const fieldsOf = (r: Row) => ({
  occurredAt: r.occurredAt,
  actorUserId: r.actorUserId,
  actorLabel: r.actorLabel,
  entityType: r.entityType,
  entityId: r.entityId,
  mesaId: r.mesaId,
  action: r.action,
  before: r.before,
  after: r.after,
  prevHash: r.prevHash,
});

/** Some changes through the API, so the log ends with events of this file. */
async function someChanges(count = 3) {
  for (let i = 0; i < count; i++) await createMesa(t, { name: unique('Mesa auditada') });
}

/** The whole log and its head, to put back after each tampering. */
async function snapshotLog() {
  return { events: await allEvents(), head: await head() };
}

async function restoreLog(snap: { events: Row[]; head: Head | undefined }) {
  await db().execute(sql`delete from audit_events`);
  for (let i = 0; i < snap.events.length; i += 500) {
    await db()
      .insert(auditEvents)
      .values(snap.events.slice(i, i + 500));
  }
  await db().delete(auditHead);
  if (snap.head) await db().insert(auditHead).values(snap.head);
}

/** Rewrites every row from the first on, as someone who can write SQL but lacks AUDIT_KEY would. */
async function rechain(seal: (row: Row, prevHash: string) => { hash: string; hashVersion: number }) {
  let prev = '0'.repeat(64);
  for (const row of await allEvents()) {
    const { hash, hashVersion } = seal(row, prev);
    await db()
      .update(auditEvents)
      .set({ prevHash: prev, hash, hashVersion })
      .where(eq(auditEvents.seq, row.seq));
    prev = hash;
  }
  return prev;
}
const sha256 = (row: Row, prevHash: string) =>
  createHash('sha256')
    .update(canonicalJson({ ...fieldsOf(row), prevHash, occurredAt: row.occurredAt.toISOString() }))
    .digest('hex');

/** Fails unless the statement is refused by the append-only guard (not by anything else). */
async function refused(statement: Promise<unknown>) {
  const error = await statement.then(
    () => null,
    (e: Error & { cause?: Error }) => e,
  );
  expect(error, 'the statement ran').not.toBeNull();
  expect(`${error!.message} ${error!.cause?.message ?? ''}`).toMatch(/audit_events is append-only/);
}

describe('the database itself', () => {
  it('refuses to update, delete or truncate audit events', async () => {
    await someChanges(1);
    const [newest] = await db().select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
    await refused(db().execute(sql`update audit_events set actor_label = 'otra' where seq = ${newest!.seq}`));
    await refused(db().execute(sql`delete from audit_events where seq = ${newest!.seq}`));
    await refused(db().execute(sql`truncate audit_events`));
    const [after] = await db().select().from(auditEvents).where(eq(auditEvents.seq, newest!.seq));
    expect(after).toEqual(newest);
    expect(await verify()).toEqual({
      ok: true,
      checked: expect.any(Number),
      firstBrokenSeq: null,
      reason: null,
    });
  });
});

describe('a new event', () => {
  it('is keyed with AUDIT_KEY over the whole row, request id included, and moves the signed head', async () => {
    const res = await coordinator.request(
      'POST',
      '/api/mesas',
      { name: unique('Mesa con clave'), kind: 'factor', sector: 'Agua', hostOrganizationId: await orgId() },
      { 'x-request-id': 'audit-request-1' },
    );
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await db().select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
    expect(row).toMatchObject({ entityId: res.json().id, requestId: 'audit-request-1', hashVersion: 2 });
    expect(row!.hash).toBe(macAuditRow(TEST_AUDIT_KEY, { ...fieldsOf(row!), requestId: 'audit-request-1' }));
    expect(row!.hash).not.toBe(hashAuditRow(fieldsOf(row!)));
    expect(await head()).toMatchObject({
      seq: row!.seq,
      hash: row!.hash,
      mac: headMac(TEST_AUDIT_KEY, row!.seq, row!.hash),
    });
  });
});

async function orgId() {
  const mesa = await mesaBySlug(t, 'forestal');
  return mesa!.hostOrganizationId;
}

describe('tampering, as the owner of the table would (the guard lifted)', () => {
  let intact: Awaited<ReturnType<typeof snapshotLog>>;
  beforeAll(async () => {
    await someChanges(25);
    intact = await snapshotLog();
    expect(intact.events.length).toBeGreaterThan(30);
    await db().execute(sql`alter table audit_events disable trigger user`);
  });
  afterAll(async () => {
    await restoreLog(intact);
    await db().execute(sql`alter table audit_events enable trigger user`);
  });
  const last = (n = 1) => intact.events[intact.events.length - n]!;
  const undo = async () => {
    await restoreLog(intact);
    expect(await verify()).toMatchObject({ ok: true, reason: null });
  };

  it('detects the newest event deleted', async () => {
    await db().delete(auditEvents).where(eq(auditEvents.seq, last().seq));
    expect(await verify()).toMatchObject({ ok: false, reason: 'head_mismatch', firstBrokenSeq: last().seq });
    await undo();
  });

  it('detects the last 20 events deleted', async () => {
    await db()
      .delete(auditEvents)
      .where(gte(auditEvents.seq, last(20).seq));
    expect(await verify()).toMatchObject({ ok: false, reason: 'head_mismatch', firstBrokenSeq: last().seq });
    await undo();
  });

  it('detects every event deleted', async () => {
    await db().execute(sql`delete from audit_events`);
    expect(await verify()).toMatchObject({ ok: false, checked: 0, reason: 'head_mismatch' });
    await undo();
  });

  it('detects an edit with the whole chain recomputed with plain SHA-256', async () => {
    const target = last(10);
    await db().update(auditEvents).set({ actorLabel: 'otra persona' }).where(eq(auditEvents.seq, target.seq));
    // Keeping the version: the first row no longer matches its keyed hash.
    await rechain((row, prev) => ({ hash: sha256(row, prev), hashVersion: 2 }));
    expect(await verify()).toMatchObject({
      ok: false,
      reason: 'hash_mismatch',
      firstBrokenSeq: intact.events[0]!.seq,
    });
    // Passing every row off as written before the key: the chain holds, but not the signed head.
    await rechain((row, prev) => ({ hash: sha256(row, prev), hashVersion: 1 }));
    expect(await verify()).toMatchObject({ ok: false, reason: 'head_mismatch' });
    // And without the head.
    await db().delete(auditHead);
    expect(await verify()).toMatchObject({ ok: false, reason: 'head_missing' });
    await undo();
  });

  it('detects an edit with the whole chain and head recomputed with a wrong key', async () => {
    const wrongKey = 'not-the-audit-key-not-the-audit-key-0000';
    await db()
      .update(auditEvents)
      .set({ after: { name: 'Otra' } })
      .where(eq(auditEvents.seq, last(5).seq));
    const newest = await rechain((row, prev) => ({
      hash: macAuditRow(wrongKey, { ...fieldsOf(row), prevHash: prev, requestId: row.requestId }),
      hashVersion: 2,
    }));
    await db()
      .update(auditHead)
      .set({ hash: newest, mac: headMac(wrongKey, last().seq, newest) });
    expect(await verify()).toMatchObject({
      ok: false,
      reason: 'hash_mismatch',
      firstBrokenSeq: intact.events[0]!.seq,
    });
    await undo();
  });

  it('detects an edited request id', async () => {
    const target = last(3);
    await db()
      .update(auditEvents)
      .set({ requestId: 'another-request' })
      .where(eq(auditEvents.seq, target.seq));
    expect(await verify()).toMatchObject({ ok: false, reason: 'hash_mismatch', firstBrokenSeq: target.seq });
    await undo();
  });

  it('detects a head forged without the key after the newest events were deleted', async () => {
    const keep = last(6);
    await db().execute(sql`delete from audit_events where seq > ${keep.seq}`);
    const forgedMac = createHmac('sha256', 'a guess').update(`${keep.seq}|${keep.hash}`).digest('hex');
    await db().update(auditHead).set({ seq: keep.seq, hash: keep.hash, mac: forgedMac });
    expect(await verify()).toMatchObject({ ok: false, reason: 'head_forged', firstBrokenSeq: keep.seq });
    await undo();
  });

  it('detects an unkeyed event appended after keyed ones', async () => {
    const newest = last();
    const fields = {
      ...fieldsOf(newest),
      occurredAt: new Date(),
      action: 'update',
      prevHash: newest.hash,
    };
    const hash = hashAuditRow(fields);
    const [added] = await db()
      .insert(auditEvents)
      .values({ ...fields, hashVersion: 1, hash })
      .returning({ seq: auditEvents.seq });
    expect(await verify()).toMatchObject({
      ok: false,
      reason: 'version_downgrade',
      firstBrokenSeq: added!.seq,
    });
    await undo();
  });

  it('detects events and head deleted together only against an exported checkpoint', async () => {
    const checkpoint = (await auditCheckpoint(db()))!;
    expect(checkpoint).toMatchObject({ seq: last().seq, hash: last().hash });
    expect(await verifyAuditChain(db(), { checkpoint })).toMatchObject({ ok: true, reason: null });

    await db().execute(sql`delete from audit_events`);
    await db().delete(auditHead);
    // An empty log with no head looks like a new installation…
    expect(await verify()).toEqual({ ok: true, checked: 0, firstBrokenSeq: null, reason: null });
    // …but not to the checkpoint kept elsewhere.
    expect(await verifyAuditChain(db(), { checkpoint })).toMatchObject({
      ok: false,
      reason: 'truncated_before_checkpoint',
      firstBrokenSeq: checkpoint.seq,
    });
    await undo();
  });

  it('detects, against a checkpoint, a log rewritten with the key, and refuses an edited checkpoint', async () => {
    const checkpoint = (await auditCheckpoint(db()))!;
    const forged: AuditCheckpoint = { ...checkpoint, seq: checkpoint.seq - 1 };
    expect(await verifyAuditChain(db(), { checkpoint: forged })).toMatchObject({
      reason: 'checkpoint_forged',
    });

    // Whoever holds the key can rewrite the log so that it verifies by itself…
    await db()
      .update(auditEvents)
      .set({ actorLabel: 'otra persona' })
      .where(eq(auditEvents.seq, last(2).seq));
    const newest = await rechain((row, prev) => ({
      hash:
        row.hashVersion === 1
          ? hashAuditRow({ ...fieldsOf(row), prevHash: prev })
          : macAuditRow(TEST_AUDIT_KEY, { ...fieldsOf(row), prevHash: prev, requestId: row.requestId }),
      hashVersion: row.hashVersion,
    }));
    await db()
      .update(auditHead)
      .set({ hash: newest, mac: headMac(TEST_AUDIT_KEY, last().seq, newest) });
    expect(await verify()).toMatchObject({ ok: true });
    // …but it no longer holds the event the checkpoint names.
    expect(await verifyAuditChain(db(), { checkpoint })).toMatchObject({
      ok: false,
      reason: 'checkpoint_mismatch',
      firstBrokenSeq: checkpoint.seq,
    });
    await undo();
  });

  it('still verifies events written before the key, followed by keyed ones', async () => {
    await db().execute(sql`delete from audit_events`);
    await db().delete(auditHead);
    let prev = '0'.repeat(64);
    for (const row of intact.events.slice(0, 3)) {
      const fields = { ...fieldsOf(row), prevHash: prev };
      prev = hashAuditRow(fields);
      await db()
        .insert(auditEvents)
        .values({ ...row, prevHash: fields.prevHash, hash: prev, hashVersion: 1 });
    }
    await someChanges(1);
    const rows = await allEvents();
    expect(rows.map((r) => r.hashVersion)).toEqual([1, 1, 1, 2]);
    expect(await verify()).toEqual({ ok: true, checked: 4, firstBrokenSeq: null, reason: null });
    await undo();
  });
});

describe('the audit trail of a Mesa', () => {
  let mesaId: string;
  beforeAll(async () => {
    const mesa = await createMesa(t, { name: unique('Mesa con historia') });
    mesaId = mesa.id;
    const edit = await coordinator.patch(`/api/mesas/${mesaId}`, { version: 1, sector: 'Después' });
    expect(edit.statusCode, edit.body).toBe(200);
  });

  it('is read by the coordinating office, newest first, with what each change did', async () => {
    for (const reader of [coordinator, admin]) {
      const res = await reader.get(`/api/mesas/${mesaId}/audit`);
      expect(res.statusCode, res.body).toBe(200);
      const { events, nextBefore } = res.json();
      expect(nextBefore).toBeNull();
      expect(events.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
      expect(events[0]).toMatchObject({
        entityType: 'mesa',
        entityId: mesaId,
        actor: { label: 'coordinator@demo.mesas.local', name: expect.any(String) },
        changes: [{ field: 'sector', before: 'Pruebas', after: 'Después' }],
      });
      expect(events[1].changes).toEqual(
        expect.arrayContaining([{ field: 'sector', before: null, after: 'Pruebas' }]),
      );
    }
  });

  it('is refused to the team and other participants, and to anonymous callers', async () => {
    const forestal = (await mesaBySlug(t, 'forestal'))!.id;
    expect((await (await t.as('team')).get(`/api/mesas/${forestal}/audit`)).statusCode).toBe(403);
    expect((await (await t.as('observer')).get(`/api/mesas/${forestal}/audit`)).statusCode).toBe(403);
    expect((await t.anonymous.get(`/api/mesas/${forestal}/audit`)).statusCode).toBe(401);
    const hidden = await ensureMesa(t, 'acuicola', 'members');
    const res = await (await t.as('team')).get(`/api/mesas/${hidden}/audit`);
    expect(res.statusCode).toBe(404);
  });

  it('pages back in time without repeating an event', async () => {
    const forestal = (await mesaBySlug(t, 'forestal'))!.id;
    const first = (await coordinator.get(`/api/mesas/${forestal}/audit?limit=3`)).json();
    expect(first.events).toHaveLength(3);
    const second = (
      await coordinator.get(`/api/mesas/${forestal}/audit?limit=3&before=${first.nextBefore}`)
    ).json();
    const seqs = [...first.events, ...second.events].map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(second.events[0].seq).toBeLessThan(first.nextBefore);
  });

  it("gives one record's history, only of a record of that Mesa", async () => {
    const forestal = (await mesaBySlug(t, 'forestal'))!.id;
    const created = await coordinator.post(`/api/mesas/${forestal}/problems`, { title: unique('Problema') });
    expect(created.statusCode, created.body).toBe(201);
    const problem = created.json();
    const edited = await coordinator.patch(`/api/problems/${problem.id}`, {
      version: problem.version,
      impact: 4,
    });
    expect(edited.statusCode, edited.body).toBe(200);

    const res = await coordinator.get(
      `/api/mesas/${forestal}/audit?entityType=problem&entityId=${problem.id}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const { events } = res.json();
    expect(events.map((e: { action: string; entityId: string }) => [e.action, e.entityId])).toEqual([
      ['update', problem.id],
      ['create', problem.id],
    ]);
    expect(events[0].changes).toContainEqual(expect.objectContaining({ field: 'impact', after: '4' }));

    // The same problem asked for under another Mesa, a made-up id or a malformed one: not found.
    for (const url of [
      `/api/mesas/${mesaId}/audit?entityType=problem&entityId=${problem.id}`,
      `/api/mesas/${forestal}/audit?entityType=problem&entityId=00000000-0000-4000-8000-000000000000`,
      `/api/mesas/${forestal}/audit?entityType=problem&entityId=not-an-id`,
    ]) {
      const missing = await coordinator.get(url);
      expect(missing.statusCode, url).toBe(404);
      expect(missing.json().error.code).toBe('NOT_FOUND');
    }
  });

  it('answers 400 to a record type without its id, or a bad page', async () => {
    const forestal = (await mesaBySlug(t, 'forestal'))!.id;
    for (const query of ['entityType=problem', 'limit=0', 'limit=1000', 'before=abc']) {
      const res = await coordinator.get(`/api/mesas/${forestal}/audit?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
  });
});
