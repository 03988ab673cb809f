import { desc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, auditEvents, authSessions, people, users } from '../../src/db/schema';
import { type Client, client, createTestContext, signIn, type TestContext } from '../support/app';
import { inLanguage, rowCount, snapshot, unique } from '../support/fixtures';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t?.close());

const STRONG = 'aguacate-tiburón-lápiz-9';
const NEW_STRONG = 'otra-clave-segura-2026';

function expectError(res: LightMyRequestResponse, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.code).toBe(code);
}

async function newAccount() {
  const email = `${unique('clave')}@example.org`;
  const res = await (await t.as('admin')).post('/api/accounts', {
    email,
    password: STRONG,
    fullName: 'Wayra Ccorimanya',
  });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id as string, email };
}

const storedUser = async (id: string) =>
  (await t.database.db.select().from(users).where(eq(users.id, id)))[0]!;
const login = (email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

describe('weak passwords are refused wherever a password is set', () => {
  it('when an administrator creates an account: 400 with a translated field message, nothing created', async () => {
    const admin = await t.as('admin');
    const before = await snapshot(t, users, people);
    const res = await admin.request(
      'POST',
      '/api/accounts',
      { email: `${unique('debil')}@example.org`, password: 'password123', fullName: 'Rita Cusi' },
      await inLanguage(t, admin, 'en'),
    );
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(res.json().error.fields).toEqual([
      {
        path: 'password',
        key: 'fields.passwordCommon',
        message: expect.stringMatching(/^too easy to guess: it is a commonly used password\./),
      },
    ]);
    const spanish = await admin.request(
      'POST',
      '/api/accounts',
      { email: `${unique('debil')}@example.org`, password: 'password123', fullName: 'Rita Cusi' },
      await inLanguage(t, admin, 'es'),
    );
    expect(spanish.json().error.fields[0].message).toMatch(
      /^demasiado fácil de adivinar: es una contraseña muy usada\./,
    );
    expect(await snapshot(t, users, people)).toEqual(before);
  });

  it("built on the account's own e-mail or name, for an existing person too; the seed's exemption is not for the API", async () => {
    const admin = await t.as('admin');
    const person = await admin.post('/api/people', { fullName: 'Wayra Ccorimanya Tupayachi' });
    expect(person.statusCode, person.body).toBe(201);
    const before = await snapshot(t, users, people);
    for (const body of [
      { email: `wayra.${unique('x')}@example.org`, password: 'ccorimanya2026', personId: person.json().id },
      { email: `${unique('x')}@example.org`, password: 'ccorimanya2026', fullName: 'Wayra Ccorimanya' },
      {
        email: `${unique('x')}@example.org`,
        password: 'password123',
        fullName: 'Rita',
        weakPasswordAllowed: true,
      },
    ]) {
      const res = await admin.post('/api/accounts', body);
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(res.json().error.fields[0].path).toBe('password');
    }
    expect(await snapshot(t, users, people)).toEqual(before);
  });

  it('when an administrator sets a new password: nothing changes', async () => {
    const account = await newAccount();
    const session = await signIn(t.app, account.email, STRONG);
    const before = await storedUser(account.id);
    const res = await (await t.as('admin')).patch(`/api/accounts/${account.id}`, {
      password: 'qwertyuiop12',
    });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(res.json().error.fields[0]).toMatchObject({ path: 'password' });
    expect(await storedUser(account.id)).toEqual(before);
    expect((await session.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('a strong password set by an administrator records when it changed', async () => {
    const account = await newAccount();
    const res = await (await t.as('admin')).patch(`/api/accounts/${account.id}`, { password: NEW_STRONG });
    expect(res.statusCode, res.body).toBe(200);
    expect((await storedUser(account.id)).passwordChangedAt).toBeInstanceOf(Date);
  });
});

describe('changing your own password', () => {
  /** Two sessions of a new account (two browsers), and an API token of it. */
  async function twoSessions() {
    const account = await newAccount();
    const current = await signIn(t.app, account.email, STRONG);
    const other = await signIn(t.app, account.email, STRONG);
    const token = (await current.post('/api/auth/tokens', { name: 'CLI' })).json().token as string;
    return { account, current, other, token };
  }
  const change = (c: Client, currentPassword: string, newPassword: string) =>
    c.post('/api/auth/password', { currentPassword, newPassword });

  it('ends every other session, keeps this one and the API tokens, and is audited', async () => {
    const { account, current, other, token } = await twoSessions();
    expect((await storedUser(account.id)).passwordChangedAt).toBeNull();
    const res = await change(current, STRONG, NEW_STRONG);
    expect(res.statusCode, res.body).toBe(200);

    expectError(await other.get('/api/auth/me'), 401, 'UNAUTHENTICATED');
    expect((await current.get('/api/auth/me')).statusCode).toBe(200);
    expect((await client(t.app, { authorization: `Bearer ${token}` }).get('/api/auth/me')).statusCode).toBe(
      200,
    );
    expect(
      await t.database.db.select().from(authSessions).where(eq(authSessions.userId, account.id)),
    ).toHaveLength(1);

    expectError(await login(account.email, STRONG), 401, 'INVALID_CREDENTIALS');
    expect((await login(account.email, NEW_STRONG)).statusCode).toBe(200);

    const stored = await storedUser(account.id);
    expect(stored.passwordChangedAt).toBeInstanceOf(Date);
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, account.id))
      .orderBy(desc(auditEvents.seq))
      .limit(1);
    expect(audit).toMatchObject({
      action: 'change_own_password',
      entityType: 'account',
      actorUserId: account.id,
      after: { sessionsEnded: 1 },
    });
    for (const secret of [STRONG, NEW_STRONG, stored.passwordHash])
      expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it('refuses a wrong current password, changing nothing and ending no session', async () => {
    const { account, current, other } = await twoSessions();
    const english = await inLanguage(t, current, 'en');
    const before = await storedUser(account.id);
    const sessions = await rowCount(t, authSessions);
    const res = await current.request(
      'POST',
      '/api/auth/password',
      { currentPassword: 'not-my-password', newPassword: NEW_STRONG },
      english,
    );
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(res.json().error.fields).toEqual([
      {
        path: 'currentPassword',
        key: 'fields.wrongCurrentPassword',
        message: 'is not your current password',
      },
    ]);
    expect(await storedUser(account.id)).toEqual(before);
    expect(await rowCount(t, authSessions)).toBe(sessions);
    expect((await other.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('refuses a weak new password, or the same one again, changing nothing', async () => {
    const { account, current, other } = await twoSessions();
    const before = await storedUser(account.id);
    for (const [newPassword, key] of [
      ['password1234', /^fields\.passwordLikeCommon$/],
      ['ccorimanya2026', /^fields\.passwordPersonal$/],
      [STRONG, /^fields\.sameAsCurrentPassword$/],
    ] as const) {
      const res = await change(current, STRONG, newPassword);
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(res.json().error.fields[0]).toMatchObject({
        path: 'newPassword',
        key: expect.stringMatching(key),
      });
    }
    // Too short never reaches the strength rule: the request schema refuses it.
    expectError(await change(current, STRONG, 'short'), 400, 'VALIDATION_FAILED');
    expect(await storedUser(account.id)).toEqual(before);
    expect((await other.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('needs a signed-in caller, and the CSRF token with a cookie', async () => {
    const { account, current } = await twoSessions();
    const before = await storedUser(account.id);
    expectError(await change(t.anonymous, STRONG, NEW_STRONG), 401, 'UNAUTHENTICATED');
    const noCsrf = client(t.app, { cookie: current.headers.cookie! });
    expectError(await change(noCsrf, STRONG, NEW_STRONG), 403, 'CSRF_TOKEN_INVALID');
    expect(await storedUser(account.id)).toEqual(before);
  });

  it('with an API token, ends every session and keeps the tokens', async () => {
    const { account, current, other, token } = await twoSessions();
    const bearer = client(t.app, { authorization: `Bearer ${token}` });
    expect((await change(bearer, STRONG, NEW_STRONG)).statusCode).toBe(200);
    for (const c of [current, other]) expectError(await c.get('/api/auth/me'), 401, 'UNAUTHENTICATED');
    expect((await bearer.get('/api/auth/me')).statusCode).toBe(200);
    expect(await t.database.db.select().from(apiTokens).where(eq(apiTokens.userId, account.id))).toHaveLength(
      1,
    );
  });
});
