import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction, systemContext } from '../../src/commands/context';
import { type IdempotencyClaim, pruneIdempotencyKeys } from '../../src/db/queries/idempotency';
import { apiTokens, commitments, idempotencyKeys, users } from '../../src/db/schema';
import { addDays } from '../../src/domain/calendar-days';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { type ForestalTeam, forestalTeam, snapshot, unique } from '../support/fixtures';

/**
 * `Idempotency-Key` on creating POSTs: a retried or double-submitted request writes once and gets the
 * first answer again; the same key on another request is refused; keys are per user.
 */

let t: TestContext;
let team: Client;
let forestal: string;
let today: string;
let commitment: ForestalTeam['commitment'];

beforeAll(async () => {
  t = await createTestContext();
  ({ team, mesaId: forestal, today, commitment } = await forestalTeam(t));
});

afterAll(async () => {
  await t.close();
});

const create = (c: Client, body: unknown, key?: string) =>
  c.request('POST', `/api/mesas/${forestal}/commitments`, body, key ? { 'idempotency-key': key } : {});

async function commitmentsWithText(text: string): Promise<number> {
  const rows = await t.database.db.select().from(commitments).where(eq(commitments.text, text));
  return rows.length;
}

const replayed = (res: LightMyRequestResponse) => res.headers['idempotent-replayed'];

describe('Idempotency-Key', () => {
  it('creates one commitment for a double submit and answers the second with the first answer', async () => {
    const body = commitment();
    const key = randomUUID();
    const first = await create(team, body, key);
    expect(first.statusCode, first.body).toBe(201);
    expect(replayed(first)).toBeUndefined();
    const before = await snapshot(t, commitments);
    const second = await create(team, body, key);
    expect(second.statusCode).toBe(201);
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(replayed(second)).toBe('true');
    expect(await snapshot(t, commitments)).toEqual(before);
    expect(await commitmentsWithText(body.text)).toBe(1);
  });

  it('creates one record for two concurrent requests with one key, and both get its answer', async () => {
    const body = commitment();
    const key = randomUUID();
    const [a, b] = await Promise.all([create(team, body, key), create(team, body, key)]);
    expect(await commitmentsWithText(body.text)).toBe(1);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.body).toBe(b.body);
    expect([replayed(a), replayed(b)].filter(Boolean)).toEqual(['true']);
  });

  it('refuses the same key with another body, or on another route, and writes nothing', async () => {
    const key = randomUUID();
    expect((await create(team, commitment(), key)).statusCode).toBe(201);
    const before = await snapshot(t, commitments);
    const other = commitment();
    const res = await create(team, other, key);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const elsewhere = await team.request('POST', `/api/mesas/${forestal}/commitments?x=1`, other, {
      'idempotency-key': key,
    });
    expect(elsewhere.statusCode).toBe(409);
    expect(elsewhere.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await snapshot(t, commitments)).toEqual(before);
    expect(await commitmentsWithText(other.text)).toBe(0);
  });

  it('lets one of two transactions holding one key write: the other writes nothing and is marked a twin', async () => {
    const [user] = await t.database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'team@demo.mesas.local'));
    const key = randomUUID();
    const text = unique('Compromiso concurrente');
    const claim = (): IdempotencyClaim => ({
      userId: user!.id,
      key,
      method: 'POST',
      path: '/api/example',
      requestHash: 'same request',
      claimed: false,
      twin: false,
    });
    const write = (c: IdempotencyClaim) =>
      inTransaction({ ...systemContext(t.database.db), idempotency: c }, async (tx) => {
        await tx.db.insert(commitments).values({ mesaId: forestal, text, dueOn: addDays(today, 7) });
      });
    const claims = [claim(), claim()];
    const outcomes = await Promise.allSettled(claims.map(write));
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({
      reason: { code: 'IDEMPOTENCY_KEY_IN_USE' },
    });
    expect(claims.map((c) => [c.claimed, c.twin]).sort()).toEqual([
      [false, true],
      [true, false],
    ]);
    expect(await commitmentsWithText(text)).toBe(1);
  });

  it('changes nothing without a key: each request creates', async () => {
    const body = commitment();
    expect((await create(team, body)).statusCode).toBe(201);
    const second = await create(team, body);
    expect(second.statusCode).toBe(201);
    expect(replayed(second)).toBeUndefined();
    expect(await commitmentsWithText(body.text)).toBe(2);
  });

  it('does not write again when the key is stored without an answer (the first process died after commit)', async () => {
    const body = commitment();
    const key = randomUUID();
    expect((await create(team, body, key)).statusCode).toBe(201);
    // What a crash between the commit and storing the answer leaves: the key row, written with the change.
    await t.database.db
      .update(idempotencyKeys)
      .set({
        statusCode: null,
        responseBody: null,
        responseType: null,
        createdAt: sql`now() - interval '1 minute'`,
      })
      .where(eq(idempotencyKeys.key, key));
    const before = await snapshot(t, commitments);
    const retry = await create(team, body, key);
    expect(retry.statusCode).toBe(409);
    expect(retry.json().error.code).toBe('IDEMPOTENCY_KEY_IN_USE');
    expect(await snapshot(t, commitments)).toEqual(before);
    expect(await commitmentsWithText(body.text)).toBe(1);
  });

  it('never stores an answer that holds a secret: a retry of a new token is refused, not replayed', async () => {
    const key = randomUUID();
    const first = await team.request(
      'POST',
      '/api/auth/tokens',
      { name: 'integración' },
      { 'idempotency-key': key },
    );
    expect(first.statusCode, first.body).toBe(201);
    const secret = first.json().token as string;
    const before = await snapshot(t, apiTokens);
    const retry = await team.request(
      'POST',
      '/api/auth/tokens',
      { name: 'integración' },
      { 'idempotency-key': key },
    );
    expect(retry.statusCode).toBe(409);
    expect(retry.json().error.code).toBe('IDEMPOTENCY_KEY_IN_USE');
    expect(retry.body).not.toContain(secret);
    expect(await snapshot(t, apiTokens)).toEqual(before);
    const [row] = await t.database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
    expect(row).toMatchObject({ statusCode: 201, responseBody: null });
  });

  it('keeps keys per user: another user with the same key makes their own record', async () => {
    const key = randomUUID();
    const mine = commitment();
    expect((await create(team, mine, key)).statusCode).toBe(201);
    const coordinator = await t.as('coordinator');
    const theirs = await create(coordinator, mine, key);
    expect(theirs.statusCode, theirs.body).toBe(201);
    expect(replayed(theirs)).toBeUndefined();
    expect(await commitmentsWithText(mine.text)).toBe(2);
    // Each user's retry replays their own answer.
    const theirRetry = await create(coordinator, mine, key);
    expect(replayed(theirRetry)).toBe('true');
    expect(theirRetry.body).toBe(theirs.body);
    expect(await commitmentsWithText(mine.text)).toBe(2);
  });

  it('writes the key row in the transaction of the change: a refused request leaves no key', async () => {
    const key = randomUUID();
    const refused = await create(team, { ...commitment(), dueOn: addDays(today, -3) }, key);
    expect(refused.statusCode).toBe(400);
    const rows = await t.database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
    expect(rows).toEqual([]);
    // The corrected request may then use the same key, and its row commits with it.
    expect((await create(team, commitment(), key)).statusCode).toBe(201);
    const after = await t.database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
    expect(after).toMatchObject([
      { method: 'POST', path: `/api/mesas/${forestal}/commitments`, statusCode: 201 },
    ]);
  });

  it('refuses a malformed key with 400 naming the header, and writes nothing', async () => {
    const before = await snapshot(t, commitments);
    for (const key of ['with space', 'ñandú', 'x'.repeat(256)]) {
      const res = await create(team, commitment(), key);
      expect(res.statusCode, key).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [{ path: 'Idempotency-Key', key: 'fields.idempotencyKeyFormat' }],
      });
    }
    expect(await snapshot(t, commitments)).toEqual(before);
  });

  it('forgets keys after 24 hours: the same key is then a new request', async () => {
    const body = commitment();
    const key = randomUUID();
    expect((await create(team, body, key)).statusCode).toBe(201);
    await t.database.db
      .update(idempotencyKeys)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(eq(idempotencyKeys.key, key));
    const again = await create(team, body, key);
    expect(again.statusCode).toBe(201);
    expect(replayed(again)).toBeUndefined();
    expect(await commitmentsWithText(body.text)).toBe(2);
    // The key now guards the new record; an old one is pruned.
    const old = randomUUID();
    expect((await create(team, commitment(), old)).statusCode).toBe(201);
    await t.database.db
      .update(idempotencyKeys)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(eq(idempotencyKeys.key, old));
    expect(await pruneIdempotencyKeys(t.database.db)).toBeGreaterThanOrEqual(1);
    const left = await t.database.db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.key, key)));
    expect(left).toHaveLength(1);
  });
});
