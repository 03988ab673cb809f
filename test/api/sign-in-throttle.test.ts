import crypto from 'node:crypto';
import { syncBuiltinESMExports } from 'node:module';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditEvents, authSessions, signInThrottle } from '../../src/db/schema';
import { createTestContext, type TestContext } from '../support/app';
import { messages, rowCount, unique } from '../support/fixtures';

// Counts how many attempts reach the password check, the step a throttle must keep guesses from: each
// check derives a key with node:crypto's scrypt (src/auth/passwords.ts), an unknown e-mail's against a
// dummy hash too. The spy sits on node:crypto itself, its named exports brought in line, and is taken
// off after this file: the API files share their worker's modules.
const scrypt = vi.spyOn(crypto, 'scrypt');
syncBuiltinESMExports();
afterAll(() => {
  scrypt.mockRestore();
  syncBuiltinESMExports();
});
const passwordChecks = () => scrypt.mock.calls.length;

const STRONG = 'aguacate-tiburón-lápiz-9';

function attempt(
  t: TestContext,
  email: string,
  password: string,
  from: { remoteAddress?: string; forwardedFor?: string } = {},
) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    remoteAddress: from.remoteAddress ?? '198.51.100.20',
    headers: {
      'accept-language': 'en',
      ...(from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {}),
    },
  });
}

/** A new account with a strong password, created by the administrator. */
async function newAccount(t: TestContext) {
  const email = `${unique('throttle')}@example.org`;
  const res = await (await t.as('admin')).post('/api/accounts', {
    email,
    password: STRONG,
    fullName: 'Rita Cusi',
  });
  expect(res.statusCode, res.body).toBe(201);
  return email;
}

const throttleRow = async (t: TestContext, email: string) =>
  (await t.database.db.select().from(signInThrottle).where(eq(signInThrottle.emailKey, email)))[0];

/** Lets the current block of an e-mail end, as if its delay had passed. */
const endBlock = (t: TestContext, email: string) =>
  t.database.db
    .update(signInThrottle)
    .set({ blockedUntil: sql`now() - interval '1 second'` })
    .where(eq(signInThrottle.emailKey, email));

const blockSeconds = (row: { blockedUntil: Date | null; lastFailedAt: Date }) =>
  row.blockedUntil ? Math.round((row.blockedUntil.getTime() - row.lastFailedAt.getTime()) / 1000) : 0;

function expectThrottled(res: LightMyRequestResponse) {
  expect(res.statusCode, res.body).toBe(429);
  expect(res.json().error).toMatchObject({ code: 'RATE_LIMITED', message: messages.en.RATE_LIMITED });
  expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  expect(res.cookies.find((c) => c.name === 'mesas_session')).toBeUndefined();
}

describe('the per-address limit', () => {
  let t: TestContext;
  let proxied: TestContext;
  beforeAll(async () => {
    t = await createTestContext({ LOGIN_RATE_LIMIT: '3' });
    proxied = await createTestContext({ LOGIN_RATE_LIMIT: '3', TRUST_PROXY: '127.0.0.1' });
  });
  afterAll(async () => {
    await t?.close();
    await proxied?.close();
  });

  it('ignores X-Forwarded-For by default: one client claiming many addresses stays one client', async () => {
    const before = passwordChecks();
    const statuses: number[] = [];
    // A different e-mail each time, so only the address limit can refuse.
    for (let i = 1; i <= 30; i++) {
      const res = await attempt(t, `${unique('nobody')}@example.org`, 'wrong-password', {
        remoteAddress: '10.1.2.3',
        forwardedFor: `203.0.113.${i}, 10.0.0.${i}`,
      });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, ...Array(27).fill(429)]);
    expect(passwordChecks() - before).toBe(3);
    // A private or loopback peer is not believed either.
    const local = await attempt(t, `${unique('nobody')}@example.org`, 'x', {
      remoteAddress: '127.0.0.1',
      forwardedFor: '203.0.113.99',
    });
    expect(local.statusCode).toBe(401);
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'sign_in_failed'))
      .orderBy(sql`${auditEvents.seq} desc`)
      .limit(1);
    expect(audit!.after).toMatchObject({ address: '127.0.0.1' });
  });

  it('with TRUST_PROXY, counts each client the named proxy forwards for on its own', async () => {
    const viaProxy = (client: string) =>
      attempt(proxied, `${unique('nobody')}@example.org`, 'wrong-password', {
        remoteAddress: '127.0.0.1',
        forwardedFor: `192.0.2.1, ${client}`,
      });
    for (let i = 0; i < 3; i++) expect((await viaProxy('203.0.113.50')).statusCode).toBe(401);
    expectThrottled(await viaProxy('203.0.113.50'));
    expect((await viaProxy('203.0.113.51')).statusCode).toBe(401);
    const [audit] = await proxied.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'sign_in_failed'))
      .orderBy(sql`${auditEvents.seq} desc`)
      .limit(1);
    expect(audit!.after).toMatchObject({ address: '203.0.113.51' });
    // Another peer than the named proxy is not believed.
    const direct = (forwardedFor: string) =>
      attempt(proxied, `${unique('nobody')}@example.org`, 'x', { remoteAddress: '10.9.9.9', forwardedFor });
    for (let i = 0; i < 3; i++) expect((await direct(`203.0.113.${60 + i}`)).statusCode).toBe(401);
    expectThrottled(await direct('203.0.113.70'));
  });
});

describe('the per-account throttle', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t?.close());

  /** Attempts from a new address each time: the per-address limit never applies. */
  let host = 0;
  const fromAnywhere = (email: string, password: string) =>
    attempt(t, email, password, { remoteAddress: `198.18.${Math.floor(++host / 250)}.${(host % 250) + 1}` });

  it('blocks further guesses from any address after five failures, the right password too, until the delay ends', async () => {
    const email = await newAccount(t);
    for (let i = 0; i < 5; i++) expect((await fromAnywhere(email, `wrong-${i}`)).statusCode).toBe(401);
    expect(await throttleRow(t, email)).toMatchObject({ failures: 5, blockedUntil: null });
    // The sixth failure blocks the e-mail for 2 seconds.
    expect((await fromAnywhere(email, 'wrong-6')).statusCode).toBe(401);
    expect(blockSeconds((await throttleRow(t, email))!)).toBe(2);

    const checks = passwordChecks();
    const sessions = await rowCount(t, authSessions);
    const blocked = await throttleRow(t, email);
    for (let i = 0; i < 5; i++) expectThrottled(await fromAnywhere(email, `wrong-${i}`));
    const right = await fromAnywhere(email, STRONG);
    expectThrottled(right);
    expect(Number(right.headers['retry-after'])).toBeLessThanOrEqual(2);
    // Refused before the password was checked; refused attempts neither count nor lengthen the block.
    expect(passwordChecks()).toBe(checks);
    expect(await rowCount(t, authSessions)).toBe(sessions);
    expect(await throttleRow(t, email)).toEqual(blocked);

    // Once the delay has passed, the right password works and clears the count.
    await endBlock(t, email);
    expect((await fromAnywhere(email, STRONG)).statusCode).toBe(200);
    expect(await throttleRow(t, email)).toBeUndefined();
    expect((await fromAnywhere(email, 'wrong-again')).statusCode).toBe(401);
    expect(await throttleRow(t, email)).toMatchObject({ failures: 1, blockedUntil: null });
  });

  it('doubles the delay with each further failure, up to 15 minutes, and forgets after a quiet day', async () => {
    const email = await newAccount(t);
    for (let i = 0; i < 6; i++) await fromAnywhere(email, `wrong-${i}`);
    const delays = [blockSeconds((await throttleRow(t, email))!)];
    for (let i = 0; i < 3; i++) {
      await endBlock(t, email);
      expect((await fromAnywhere(email, 'wrong')).statusCode).toBe(401);
      delays.push(blockSeconds((await throttleRow(t, email))!));
    }
    expect(delays).toEqual([2, 4, 8, 16]);

    // However long the attack went on, one failure blocks for at most 15 minutes.
    await t.database.db
      .update(signInThrottle)
      .set({ failures: 5000, blockedUntil: sql`now() - interval '1 second'` })
      .where(eq(signInThrottle.emailKey, email));
    expect((await fromAnywhere(email, 'wrong')).statusCode).toBe(401);
    expect(blockSeconds((await throttleRow(t, email))!)).toBe(15 * 60);

    // A day after the last failure, the count starts again.
    await t.database.db
      .update(signInThrottle)
      .set({ lastFailedAt: sql`now() - interval '25 hours'`, blockedUntil: sql`now() - interval '24 hours'` })
      .where(eq(signInThrottle.emailKey, email));
    expect((await fromAnywhere(email, 'wrong')).statusCode).toBe(401);
    expect(await throttleRow(t, email)).toMatchObject({ failures: 1, blockedUntil: null });
  });

  it('lets one guess through out of many sent at once past the free failures', async () => {
    const email = await newAccount(t);
    // Past the free failures: the next one blocks for 2^5 s, longer than the burst takes.
    await t.database.db.insert(signInThrottle).values({ emailKey: email, failures: 9 });
    const checks = passwordChecks();
    const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => fromAnywhere(email, `guess-${i}`)));
    const statuses = burst.map((res) => res.statusCode).sort();
    expect(statuses).toEqual([401, ...Array(19).fill(429)]);
    expect(passwordChecks() - checks).toBe(1);
    expect(await throttleRow(t, email)).toMatchObject({ failures: 10 });
  });

  it('throttles an unknown e-mail the same way, so the answer does not tell which accounts exist', async () => {
    const email = `${unique('nobody')}@example.org`;
    for (let i = 0; i < 6; i++) expect((await fromAnywhere(email, 'guess')).statusCode).toBe(401);
    expectThrottled(await fromAnywhere(email, 'guess'));
  });

  it('keys the throttle by the e-mail whatever its case, and leaves other accounts alone', async () => {
    const email = await newAccount(t);
    const other = await newAccount(t);
    for (let i = 0; i < 6; i++) await fromAnywhere(i % 2 ? email.toUpperCase() : email, 'wrong');
    expectThrottled(await fromAnywhere(email.toUpperCase(), STRONG));
    expect((await fromAnywhere(other, STRONG)).statusCode).toBe(200);
  });

  it('records every refused sign-in in the audit log, with the e-mail and address and never the password', async () => {
    const email = await newAccount(t);
    for (let i = 0; i < 6; i++) await attempt(t, email, `secret-guess-${i}`, { remoteAddress: '192.0.2.77' });
    await attempt(t, email, 'secret-guess-blocked', { remoteAddress: '192.0.2.78' });
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'sign_in'), eq(auditEvents.entityId, email)))
      .orderBy(asc(auditEvents.seq));
    expect(events.map((e) => e.action)).toEqual(Array(7).fill('sign_in_failed'));
    expect(events.map((e) => (e.after as { reason: string }).reason)).toEqual([
      ...Array(6).fill('invalid_credentials'),
      'throttled',
    ]);
    expect(events[0]).toMatchObject({
      actorUserId: null,
      mesaId: null,
      after: { email, address: '192.0.2.77' },
    });
    expect(events[6]!.after).toMatchObject({ email, address: '192.0.2.78' });
    expect(JSON.stringify(events)).not.toContain('secret-guess');
    // A successful sign-in is not a failure.
    await endBlock(t, email);
    expect((await attempt(t, email, STRONG)).statusCode).toBe(200);
    const after = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'sign_in'), eq(auditEvents.entityId, email)));
    expect(after).toHaveLength(7);
    // The chain stays intact.
    const verify = await (await t.as('admin')).get('/api/audit/verify');
    expect(verify.json()).toMatchObject({ ok: true });
  });
});
