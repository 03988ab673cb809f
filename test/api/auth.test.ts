import { eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/auth/tokens';
import { apiTokens, auditEvents, authSessions, people, users } from '../../src/db/schema';
import { DEMO_PASSWORD } from '../../src/demo/seed';
import { type Client, client, createTestContext, type TestContext } from '../support/app';
import { demoEmail, messages, newSession, rowCount, snapshot, unique, unknownId } from '../support/fixtures';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t?.close());

const login = (email: string, password = DEMO_PASSWORD, headers: Record<string, string> = {}) =>
  t.anonymous.request('POST', '/api/auth/login', { email, password }, headers);

const sessionCookie = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === 'mesas_session');

function cookieClient(res: LightMyRequestResponse, csrf?: string): Client {
  const headers: Record<string, string> = { cookie: `mesas_session=${sessionCookie(res)!.value}` };
  if (csrf) headers['x-csrf-token'] = csrf;
  return client(t.app, headers);
}

const bearer = (token: string) => client(t.app, { authorization: `Bearer ${token}` });

function expectError(res: LightMyRequestResponse, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.code).toBe(code);
}

/** A new account with its own person, created by the administrator. */
async function newAccount(password = 'clave-de-prueba-1') {
  const email = `${unique('usuario')}@example.org`;
  const res = await (await t.as('admin')).post('/api/accounts', {
    email,
    password,
    fullName: 'Usuaria de prueba',
  });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id as string, email, password };
}

describe('signing in', () => {
  it('sets an httpOnly, SameSite session cookie and returns the user and CSRF token', async () => {
    const sessions = await rowCount(t, authSessions);
    const res = await login(demoEmail('coordinator'));
    expect(res.statusCode).toBe(200);
    const cookie = sessionCookie(res)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 14 * 24 * 3600 });
    expect(cookie.secure).toBeFalsy();
    expect(cookie.value.length).toBeGreaterThanOrEqual(40);
    const body = res.json();
    expect(body.user).toMatchObject({
      email: demoEmail('coordinator'),
      globalRole: 'coordinator',
      mesas: [],
    });
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(body.timeZone).toBe('America/Lima');
    // Only a keyed hash of the cookie is stored.
    expect(await rowCount(t, authSessions)).toBe(sessions + 1);
    const stored = await t.database.db
      .select()
      .from(authSessions)
      .where(eq(authSessions.tokenHash, hashToken(cookie.value, t.app.sessionSecret)));
    expect(stored).toHaveLength(1);
    expect(
      await t.database.db.select().from(authSessions).where(eq(authSessions.tokenHash, cookie.value)),
    ).toEqual([]);
  });

  it('accepts the e-mail in any case', async () => {
    expect((await login('Observer@DEMO.mesas.local')).statusCode).toBe(200);
  });

  it('refuses a wrong password and an unknown e-mail alike, without a cookie or a session', async () => {
    const sessions = await rowCount(t, authSessions);
    const wrong = await login(demoEmail('admin'), 'not-the-password', { 'accept-language': 'en' });
    const unknown = await login('nobody@demo.mesas.local', DEMO_PASSWORD, { 'accept-language': 'en' });
    for (const res of [wrong, unknown]) {
      expectError(res, 401, 'INVALID_CREDENTIALS');
      expect(res.json().error.message).toBe(messages.en.INVALID_CREDENTIALS);
      expect(sessionCookie(res)).toBeUndefined();
    }
    expect(Object.keys(wrong.json().error).sort()).toEqual(Object.keys(unknown.json().error).sort());
    expect(await rowCount(t, authSessions)).toBe(sessions);
  });

  it('lets a signed-in browser sign in again without a CSRF token', async () => {
    const first = await login(demoEmail('team'));
    const again = await cookieClient(first).post('/api/auth/login', {
      email: demoEmail('team'),
      password: DEMO_PASSWORD,
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(sessionCookie(again)!.value).not.toBe(sessionCookie(first)!.value);
  });
});

describe('the session cookie and CSRF', () => {
  it('returns the CSRF token of the session from GET /api/auth/me', async () => {
    const res = await login(demoEmail('moderator'));
    const me = await cookieClient(res).get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBe(res.json().csrfToken);
    expect(me.json().user.mesas).toEqual([{ mesaId: expect.any(String), roles: ['moderator'] }]);
  });

  it('refuses a cookie write without the token, with a wrong one or with another session’s, writing nothing', async () => {
    const mine = await newSession(t, demoEmail('coordinator'));
    const other = await newSession(t, demoEmail('coordinator'));
    const withCsrf = (csrf?: string) =>
      client(t.app, {
        cookie: `mesas_session=${mine.cookie}`,
        ...(csrf === undefined ? {} : { 'x-csrf-token': csrf }),
      });
    const body = { fullName: 'Persona sin token' };
    for (const csrf of [undefined, 'wrong-token', other.csrf, '']) {
      const before = await snapshot(t, people);
      const res = await withCsrf(csrf).post('/api/people', body);
      expectError(res, 403, 'CSRF_TOKEN_INVALID');
      expect(await snapshot(t, people)).toEqual(before);
    }
    const before = await snapshot(t, people);
    for (const [method, url] of [
      ['PATCH', '/api/auth/me'],
      ['DELETE', `/api/auth/tokens/${unknownId()}`],
      ['POST', '/api/auth/logout'],
    ] as const) {
      expectError(await withCsrf().request(method, url, { locale: 'en' }), 403, 'CSRF_TOKEN_INVALID');
    }
    expect(await snapshot(t, people)).toEqual(before);
    // Reading needs no token, and the right one lets the write through.
    expect((await withCsrf().get('/api/people')).statusCode).toBe(200);
    expect((await withCsrf(mine.csrf).post('/api/people', body)).statusCode).toBe(201);
  });

  it('ends the session on logout, so the old cookie no longer works', async () => {
    const c = await newSession(t, demoEmail('observer'));
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    const out = await c.post('/api/auth/logout');
    expect(out.statusCode).toBe(200);
    expect(sessionCookie(out)).toMatchObject({ value: '' });
    expectError(await c.get('/api/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await c.get('/api/mesas'), 401, 'UNAUTHENTICATED');
  });

  it('refuses an expired session', async () => {
    const c = await newSession(t, demoEmail('observer'));
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    await t.database.db
      .update(authSessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(authSessions.tokenHash, hashToken(c.cookie, t.app.sessionSecret)));
    expectError(await c.get('/api/auth/me'), 401, 'UNAUTHENTICATED');
  });

  it('treats an unknown cookie as no credentials', async () => {
    expectError(
      await client(t.app, { cookie: 'mesas_session=forged' }).get('/api/mesas'),
      401,
      'UNAUTHENTICATED',
    );
  });
});

describe('personal API tokens', () => {
  it('are shown once, work as Bearer without CSRF, are listed without the secret, and stop after revocation', async () => {
    const team = await t.as('team');
    const created = await team.post('/api/auth/tokens', { name: 'Hoja de cálculo' });
    expect(created.statusCode).toBe(201);
    const { id, token, name } = created.json();
    expect(name).toBe('Hoja de cálculo');
    expect(token).toMatch(/^mesas_pat_[\w-]{40,}$/);

    const [row] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(row!.tokenHash).toBe(hashToken(token, t.app.sessionSecret));
    expect(row!.lastUsedAt).toBeNull();
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(JSON.stringify(audit)).not.toContain(token);

    // A write with the token alone: no cookie, no CSRF token.
    const api = bearer(token);
    const me = await api.get('/api/auth/me');
    expect(me.json()).toMatchObject({ user: { email: demoEmail('team') }, csrfToken: null });
    const person = await api.post('/api/people', { fullName: 'Persona vía token' });
    expect(person.statusCode, person.body).toBe(201);
    const [used] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(used!.lastUsedAt).toBeInstanceOf(Date);

    const listed = (await team.get('/api/auth/tokens')).json().tokens;
    expect(listed.find((x: { id: string }) => x.id === id)).toEqual({
      id,
      name: 'Hoja de cálculo',
      createdAt: expect.any(String),
      lastUsedAt: expect.any(String),
    });
    expect(JSON.stringify(listed)).not.toContain(token);

    // Someone else cannot revoke it; its owner can, once.
    expectError(await (await t.as('admin')).delete(`/api/auth/tokens/${id}`), 404, 'NOT_FOUND');
    expect((await api.get('/api/auth/me')).statusCode).toBe(200);
    expect((await team.delete(`/api/auth/tokens/${id}`)).statusCode).toBe(200);
    expectError(await team.delete(`/api/auth/tokens/${id}`), 404, 'NOT_FOUND');
    expectError(await api.get('/api/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await api.post('/api/people', { fullName: 'Otra' }), 401, 'UNAUTHENTICATED');
    expect((await team.get('/api/auth/tokens')).json().tokens.map((x: { id: string }) => x.id)).not.toContain(
      id,
    );
  });

  it('refuses malformed or unknown Authorization headers, even alongside a valid cookie', async () => {
    const admin = await t.as('admin');
    for (const authorization of [
      'Basic YWRtaW46bWVzYXM=',
      'Bearer',
      'Bearer not-a-mesas-token',
      'Bearer mesas_pat_unknown',
      'mesas_pat_x',
    ]) {
      const res = await client(t.app, { ...admin.headers, authorization }).get('/api/accounts');
      expectError(res, 401, 'UNAUTHENTICATED');
    }
  });

  it('give the rights of their owner only', async () => {
    const { token } = (await (await t.as('observer')).post('/api/auth/tokens', { name: 'Lectura' })).json();
    expectError(await bearer(token).post('/api/people', { fullName: 'No' }), 403, 'FORBIDDEN');
    expectError(await bearer(token).get('/api/accounts'), 403, 'FORBIDDEN');
  });
});

describe('disabling an account and changing its password', () => {
  it('a disabled account cannot sign in, and its sessions and tokens stop working', async () => {
    const admin = await t.as('admin');
    const account = await newAccount();
    const first = await login(account.email, account.password);
    expect(first.statusCode).toBe(200);
    const session = cookieClient(first, first.json().csrfToken);
    const { token } = (await session.post('/api/auth/tokens', { name: 'CLI' })).json();
    expect((await bearer(token).get('/api/auth/me')).statusCode).toBe(200);

    const disabled = await admin.patch(`/api/accounts/${account.id}`, { disabled: true });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().disabledAt).toEqual(expect.any(String));
    expect(
      await t.database.db.select().from(authSessions).where(eq(authSessions.userId, account.id)),
    ).toEqual([]);

    expectError(await session.get('/api/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await bearer(token).get('/api/auth/me'), 401, 'UNAUTHENTICATED');
    const refused = await login(account.email, account.password);
    expectError(refused, 401, 'INVALID_CREDENTIALS');
    expect(sessionCookie(refused)).toBeUndefined();

    // Enabled again: a new sign-in works, the old session stays ended.
    expect((await admin.patch(`/api/accounts/${account.id}`, { disabled: false })).statusCode).toBe(200);
    expect((await login(account.email, account.password)).statusCode).toBe(200);
    expectError(await session.get('/api/auth/me'), 401, 'UNAUTHENTICATED');
  });

  it('a new password ends the sessions signed in with the old one', async () => {
    const admin = await t.as('admin');
    const account = await newAccount();
    const res = await login(account.email, account.password);
    const session = cookieClient(res);
    const changed = await admin.patch(`/api/accounts/${account.id}`, { password: 'clave-nueva-larga' });
    expect(changed.statusCode).toBe(200);
    expectError(await session.get('/api/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await login(account.email, account.password), 401, 'INVALID_CREDENTIALS');
    expect((await login(account.email, 'clave-nueva-larga')).statusCode).toBe(200);
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, account.id))
      .orderBy(sql`${auditEvents.seq} desc`)
      .limit(1);
    expect(audit!.action).toBe('update_with_password');
    const [stored] = await t.database.db.select().from(users).where(eq(users.id, account.id));
    expect(JSON.stringify(audit)).not.toContain(stored!.passwordHash);
    expect(JSON.stringify(audit)).not.toContain('clave-nueva-larga');
  });

  it('the error language follows the account, before any Accept-Language', async () => {
    const account = await newAccount();
    const c = await newSession(t, account.email);
    expect((await c.get('/api/accounts')).json().error.message).toBe(messages.es.FORBIDDEN);
    expect((await c.patch('/api/auth/me', { locale: 'en' })).json().user.locale).toBe('en');
    expect((await c.get('/api/accounts')).json().error.message).toBe(messages.en.FORBIDDEN);
    const stillEnglish = await c.request('GET', '/api/accounts', undefined, {
      'accept-language': 'es-PE,es;q=0.9',
    });
    expect(stillEnglish.json().error.message).toBe(messages.en.FORBIDDEN);
  });
});

describe('the login rate limit', () => {
  let limited: TestContext;
  beforeAll(async () => {
    limited = await createTestContext({
      LOGIN_RATE_LIMIT: '3',
      PUBLIC_URL: 'https://mesas.example.org',
      TRUST_PROXY: '10.0.0.2',
    });
  });
  afterAll(() => limited?.close());

  it('reaches the configuration as a number', () => {
    expect(limited.app.config.LOGIN_RATE_LIMIT).toBe(3);
    expect(limited.app.config.PUBLIC_URL).toBe('https://mesas.example.org');
  });

  it('answers 429 RATE_LIMITED once the attempts are used up, even with the right password', async () => {
    const attempt = (password: string) =>
      limited.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: demoEmail('admin'), password },
        headers: { 'accept-language': 'en' },
      });
    const first = await attempt(DEMO_PASSWORD);
    expect(first.statusCode).toBe(200);
    // Served over HTTPS, the cookie is Secure.
    expect(sessionCookie(first)).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
    expect((await attempt('wrong-password')).statusCode).toBe(401);
    expect((await attempt('wrong-password')).statusCode).toBe(401);
    for (const password of ['wrong-password', DEMO_PASSWORD]) {
      const res = await attempt(password);
      expect(res.statusCode).toBe(429);
      expect(res.json().error).toMatchObject({ code: 'RATE_LIMITED', message: messages.en.RATE_LIMITED });
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(sessionCookie(res)).toBeUndefined();
    }
    // Other endpoints are not limited by it.
    expect((await limited.anonymous.get('/healthz')).statusCode).toBe(200);
    expect((await limited.anonymous.get('/api/mesas')).statusCode).toBe(401);
  });

  const attemptFrom = (remoteAddress: string, forwardedFor?: string, email = demoEmail('observer')) =>
    limited.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: 'wrong-password' },
      remoteAddress,
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    });

  it('cannot be dodged by a client sending its own X-Forwarded-For', async () => {
    const statuses = [];
    for (let i = 1; i <= 5; i++)
      statuses.push((await attemptFrom('198.51.100.7', `203.0.113.${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it('counts each client behind a reverse proxy on its own', async () => {
    // The proxy (named by TRUST_PROXY) appends the address it saw; what the client claimed comes before.
    // Another account than above, so that its own throttle stays out of the way.
    const viaProxy = (client: string) => attemptFrom('10.0.0.2', `192.0.2.1, ${client}`, demoEmail('team'));
    for (let i = 0; i < 3; i++) expect((await viaProxy('192.0.2.50')).statusCode).toBe(401);
    expect((await viaProxy('192.0.2.50')).statusCode).toBe(429);
    expect((await viaProxy('192.0.2.51')).statusCode).toBe(401);
  });
});
