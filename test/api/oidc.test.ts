import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fastifyCookie from '@fastify/cookie';
import { eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import Provider, { type ProviderContext } from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashToken } from '../../src/auth/tokens';
import { auditEvents, authSessions, people, users } from '../../src/db/schema';
import { buildApp } from '../../src/server/app';
import { createTestContext, type TestContext, testConfig } from '../support/app';
import { demoEmail, rowCount, unique } from '../support/fixtures';

/**
 * Sign-in with a real OpenID Connect provider (oidc-provider) listening on loopback: one confidential
 * client using the code flow with PKCE, and people the test defines. The flow is driven with plain HTTP
 * as a browser would follow it: the app by inject, the provider by fetch with redirects followed by hand.
 */

const CLIENT_ID = 'mesas';
const CLIENT_SECRET = randomBytes(24).toString('hex');
/** Every request to the provider gives up after this long. */
const WAIT_MS = 5_000;

/** People at the provider, by their subject. */
const identities = new Map<string, { email: string; email_verified: boolean }>();
/** Set to make the provider's clock run this far behind while it issues tokens. */
let providerClockBehindMs = 0;
let lastIdToken: string | null = null;

let server: Server;
let issuer: string;
let t: TestContext;

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: ['http://localhost:3000/api/auth/oidc/callback'],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    jwks: { keys: [{ ...signingKey, kid: 'test', use: 'sig', alg: 'RS256' }] },
    // An access token outlives the ID token by far: with the provider's clock behind, only the ID token
    // has expired when it arrives, and that is what the client must catch.
    ttl: {
      AccessToken: 6 * 3600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx: unknown, sub: string) {
      const person = identities.get(sub);
      return person ? { accountId: sub, claims: () => ({ sub, ...person }) } : undefined;
    },
    // The client is the deployment's own: consent is implied, so sign-in is the only interaction.
    async loadExistingGrant(ctx: ProviderContext) {
      const accountId = ctx.oidc.session!.accountId!;
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  provider.use(async (ctx, next) => {
    if (ctx.path !== '/token') return next();
    if (providerClockBehindMs)
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() - providerClockBehindMs });
    try {
      await next();
    } finally {
      vi.useRealTimers();
    }
    lastIdToken = (ctx.body as { id_token?: string } | undefined)?.id_token ?? null;
  });
  server.on('request', provider.callback());
  t = await createTestContext({
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    OIDC_NAME: 'ID Gob.pe',
  });
});

afterAll(async () => {
  await t?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** A person at the provider with this e-mail; their subject. */
function identity(email: string, emailVerified = true): string {
  const sub = unique('sub');
  identities.set(sub, { email, email_verified: emailVerified });
  return sub;
}

/** The browser's cookies at the provider, kept by hand. */
class CookieJar {
  private cookies = new Map<string, string>();
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  take(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', value = ''] = pair.split(/=(.*)/s);
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || !value) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
  }
}

/** One request of the browser to the provider, its answer read whole (redirects are not followed). */
async function atProvider(jar: CookieJar, url: string, form?: Record<string, string>) {
  const res = await fetch(url, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: {
      cookie: jar.header(),
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    ...(form ? { body: new URLSearchParams(form).toString() } : {}),
    signal: AbortSignal.timeout(WAIT_MS),
  });
  jar.take(res);
  return { url, status: res.status, location: res.headers.get('location'), body: await res.text() };
}

interface Started {
  /** The sign-in cookie the app set, as the browser sends it back. */
  cookie: string;
  authorizationUrl: URL;
}

async function start(redirect?: string): Promise<Started> {
  const res = await t.anonymous.get(
    `/api/auth/oidc/start${redirect ? `?redirect=${encodeURIComponent(redirect)}` : ''}`,
  );
  expect(res.statusCode, res.body).toBe(302);
  const cookie = res.cookies.find((c) => c.name === 'mesas_oidc');
  expect(cookie).toBeDefined();
  return {
    cookie: `mesas_oidc=${encodeURIComponent(cookie!.value)}`,
    authorizationUrl: new URL(String(res.headers.location)),
  };
}

/**
 * Signs in at the provider as `sub` and returns the address the provider sends the browser back to
 * (the app's callback with the code and state).
 */
async function signInAtProvider(started: Started, sub: string): Promise<URL> {
  const jar = new CookieJar();
  let res = await atProvider(jar, started.authorizationUrl.href);
  for (let step = 0; step < 10; step++) {
    if (res.location) {
      const next = new URL(res.location, issuer);
      if (next.origin !== issuer) return next;
      res = await atProvider(jar, next.href);
    } else {
      // The provider's sign-in form, posted to its own address: the development interaction takes the
      // subject as the login.
      expect(res.status, res.body).toBe(200);
      res = await atProvider(jar, res.url, { prompt: 'login', login: sub, password: 'x' });
    }
  }
  throw new Error('the provider did not send the browser back');
}

function callback(started: Started, back: URL, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'GET',
    url: `${back.pathname}${back.search}`,
    headers: { cookie: started.cookie, ...headers },
  });
}

/** A new account without a global role, created by the administrator; its e-mail. */
async function newAccount(): Promise<string> {
  const email = `${unique('usuaria')}@example.org`;
  const res = await (await t.as('admin')).post('/api/accounts', {
    email,
    password: `${randomBytes(12).toString('base64url')}-Aa1`,
    fullName: 'Usuaria de prueba',
  });
  expect(res.statusCode, res.body).toBe(201);
  return email;
}

const sessionCookie = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === 'mesas_session');

async function accountOf(email: string) {
  const [row] = await t.database.db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row!;
}

const auditOf = (userId: string, action: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(sql`${auditEvents.entityId} = ${userId} and ${auditEvents.action} = ${action}`);

function expectRefused(res: LightMyRequestResponse, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.code).toBe(code);
  expect(sessionCookie(res)?.value ?? '').toBe('');
}

describe('signing in with the identity provider', () => {
  it('tells the sign-in page that it is offered, and under which name', async () => {
    const res = await t.anonymous.get('/api/auth/options');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ oidc: { name: 'ID Gob.pe' } });
  });

  it('sends the browser to the provider with PKCE, state and nonce, kept in a signed HttpOnly cookie', async () => {
    const res = await t.anonymous.get('/api/auth/oidc/start');
    expect(res.statusCode).toBe(302);
    const url = new URL(String(res.headers.location));
    expect(url.origin).toBe(issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: CLIENT_ID,
      response_type: 'code',
      redirect_uri: 'http://localhost:3000/api/auth/oidc/callback',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      state: expect.stringMatching(/^[\w-]{20,}$/),
      nonce: expect.stringMatching(/^[\w-]{20,}$/),
    });
    expect(url.searchParams.get('scope')?.split(' ')).toEqual(expect.arrayContaining(['openid', 'email']));
    const cookie = res.cookies.find((c) => c.name === 'mesas_oidc')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/oidc', maxAge: 600 });
    // The verifier never leaves in the address; only its challenge does.
    expect(res.headers.location).not.toContain(
      JSON.parse(Buffer.from(cookie.value.split('.')[0]!, 'base64url').toString()).codeVerifier,
    );
  });

  it('signs in the account with the verified e-mail, links it, and its session works', async () => {
    const email = demoEmail('coordinator');
    const sub = identity(email);
    const sessions = await rowCount(t, authSessions);
    const started = await start('/mesas?tab=mine');
    const res = await callback(started, await signInAtProvider(started, sub));
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe('/mesas?tab=mine');
    const cookie = sessionCookie(res)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(await rowCount(t, authSessions)).toBe(sessions + 1);

    const me = await t.app.inject({
      url: '/api/auth/me',
      headers: { cookie: `mesas_session=${cookie.value}` },
    });
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json().user).toMatchObject({ email, globalRole: 'coordinator' });
    expect(me.json().csrfToken).toEqual(expect.any(String));

    const account = await accountOf(email);
    expect(account).toMatchObject({ oidcIssuer: issuer, oidcSubject: sub });
    const [link] = await auditOf(account.id, 'link_oidc');
    expect(link).toMatchObject({ actorUserId: account.id, after: { oidcIssuer: issuer, oidcSubject: sub } });
    expect(await auditOf(account.id, 'sign_in')).toHaveLength(1);
  });

  it('keeps signing in a linked account by its subject, whatever e-mail the provider gives later', async () => {
    const email = demoEmail('moderator');
    const sub = identity(email);
    const first = await start();
    expect((await callback(first, await signInAtProvider(first, sub))).statusCode).toBe(303);
    const account = await accountOf(email);

    identities.set(sub, { email: `${unique('renamed')}@example.org`, email_verified: false });
    const again = await start();
    const res = await callback(again, await signInAtProvider(again, sub));
    expect(res.statusCode, res.body).toBe(303);
    const me = await t.app.inject({
      url: '/api/auth/me',
      headers: { cookie: `mesas_session=${sessionCookie(res)!.value}` },
    });
    expect(me.json().user.email).toBe(email);
    expect(await auditOf(account.id, 'link_oidc')).toHaveLength(1);
    expect(await auditOf(account.id, 'sign_in')).toHaveLength(2);
  });

  it('refuses a forged state: no session, nothing linked', async () => {
    const email = demoEmail('team');
    const started = await start();
    const back = await signInAtProvider(started, identity(email));
    back.searchParams.set('state', randomBytes(32).toString('base64url'));
    const sessions = await rowCount(t, authSessions);
    expectRefused(await callback(started, back), 400, 'OIDC_FAILED');
    expect(await rowCount(t, authSessions)).toBe(sessions);
    expect((await accountOf(email)).oidcSubject).toBeNull();
  });

  it("refuses an answer meant for another browser's sign-in, or with no sign-in cookie or a forged one", async () => {
    const sub = identity(demoEmail('team'));
    const mine = await start();
    const theirs = await start();
    const back = await signInAtProvider(theirs, sub);
    expectRefused(await callback(mine, back), 400, 'OIDC_FAILED');
    expectRefused(await callback({ ...theirs, cookie: '' }, back), 400, 'OIDC_FAILED');
    const [value, signature] = decodeURIComponent(theirs.cookie.slice('mesas_oidc='.length)).split('.');
    const payload = JSON.parse(Buffer.from(value!, 'base64url').toString());
    const altered = Buffer.from(JSON.stringify({ ...payload, redirect: '/elsewhere' })).toString('base64url');
    const forged = { ...theirs, cookie: `mesas_oidc=${encodeURIComponent(`${altered}.${signature}`)}` };
    expectRefused(await callback(forged, back), 400, 'OIDC_FAILED');
    expect((await accountOf(demoEmail('team'))).oidcSubject).toBeNull();
  });

  it("refuses an ID token whose nonce is not this sign-in's", async () => {
    const email = demoEmail('private_rep');
    // The sign-in cookie as the app would sign it, with the nonce (or nothing) changed.
    const resigned = (started: Started, change: Record<string, string>) => {
      const [value] = decodeURIComponent(started.cookie.slice('mesas_oidc='.length)).split('.');
      const payload = JSON.parse(Buffer.from(value!, 'base64url').toString());
      const changed = Buffer.from(JSON.stringify({ ...payload, ...change })).toString('base64url');
      const signed = fastifyCookie.sign(changed, hashToken('oidc-transaction', t.app.sessionSecret));
      return { ...started, cookie: `mesas_oidc=${encodeURIComponent(signed)}` };
    };
    let started = await start();
    let back = await signInAtProvider(started, identity(email));
    expectRefused(await callback(resigned(started, { nonce: 'another-nonce' }), back), 400, 'OIDC_FAILED');
    expect((await accountOf(email)).oidcSubject).toBeNull();
    started = await start();
    back = await signInAtProvider(started, identity(email));
    expect((await callback(resigned(started, {}), back)).statusCode).toBe(303);
  });

  it('refuses an expired ID token', async () => {
    const email = demoEmail('public_rep');
    const started = await start();
    const back = await signInAtProvider(started, identity(email));
    const sessions = await rowCount(t, authSessions);
    providerClockBehindMs = 2 * 3600_000;
    try {
      expectRefused(await callback(started, back), 400, 'OIDC_FAILED');
    } finally {
      providerClockBehindMs = 0;
    }
    // The provider did issue a well-formed ID token, whose expiry had passed when it arrived.
    const payload = JSON.parse(Buffer.from(lastIdToken!.split('.')[1]!, 'base64url').toString());
    expect(payload).toMatchObject({ iss: issuer, aud: CLIENT_ID });
    expect(payload.exp * 1000).toBeLessThan(Date.now() - 60_000);
    expect(await rowCount(t, authSessions)).toBe(sessions);
    expect((await accountOf(email)).oidcSubject).toBeNull();
  });

  it('refuses an e-mail the provider has not verified', async () => {
    const email = demoEmail('observer');
    const started = await start();
    const res = await callback(started, await signInAtProvider(started, identity(email, false)));
    expectRefused(res, 403, 'OIDC_EMAIL_UNVERIFIED');
    expect((await accountOf(email)).oidcSubject).toBeNull();
  });

  it('creates no account for an e-mail that has none, and says so in the browser in its language', async () => {
    const email = `${unique('nadie')}@example.org`;
    const accounts = await rowCount(t, users);
    const persons = await rowCount(t, people);
    const started = await start();
    const back = await signInAtProvider(started, identity(email));
    const res = await callback(started, back, { accept: 'text/html', 'accept-language': 'es-PE,es;q=0.9' });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<html lang="es">');
    expect(res.body).toContain('Ninguna cuenta de Mesas tiene este correo electrónico');
    expect(res.body).toContain('href="/login"');
    expect(res.body).toContain('OIDC_NO_ACCOUNT');
    expect(sessionCookie(res)?.value ?? '').toBe('');
    expect(await rowCount(t, users)).toBe(accounts);
    expect(await rowCount(t, people)).toBe(persons);
    expect(await t.database.db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  it('refuses a disabled account, and an account already linked to someone else at the provider', async () => {
    const disabled = await newAccount();
    await t.database.db.update(users).set({ disabledAt: new Date() }).where(eq(users.email, disabled));
    let started = await start();
    expectRefused(
      await callback(started, await signInAtProvider(started, identity(disabled))),
      403,
      'OIDC_ACCOUNT_DISABLED',
    );
    expect((await accountOf(disabled)).oidcSubject).toBeNull();

    // Once linked to one subject, an account is not given to another with the same e-mail.
    const linked = await newAccount();
    const sub = identity(linked);
    started = await start();
    expect((await callback(started, await signInAtProvider(started, sub))).statusCode).toBe(303);
    started = await start();
    expectRefused(
      await callback(started, await signInAtProvider(started, identity(linked))),
      409,
      'OIDC_OTHER_IDENTITY',
    );
    expect((await accountOf(linked)).oidcSubject).toBe(sub);
  });
});

describe('without an identity provider configured or reachable', () => {
  it('offers password sign-in only, and the provider routes answer 404', async () => {
    const config = testConfig();
    const app = await buildApp({ config, database: t.database, sessionSecret: config.SESSION_SECRET! });
    try {
      expect((await app.inject({ url: '/api/auth/options' })).json()).toEqual({ oidc: null });
      expect((await app.inject({ url: '/api/auth/oidc/start' })).statusCode).toBe(404);
      expect((await app.inject({ url: '/api/auth/oidc/callback?code=x&state=y' })).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('answers 503 while the provider cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const config = testConfig({
      OIDC_ISSUER: `http://127.0.0.1:${port}`,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
    });
    const app = await buildApp({ config, database: t.database, sessionSecret: config.SESSION_SECRET! });
    try {
      const res = await app.inject({ url: '/api/auth/oidc/start' });
      expect(res.statusCode, res.body).toBe(503);
      expect(res.json().error.code).toBe('UNAVAILABLE');
      expect(res.cookies.find((c) => c.name === 'mesas_oidc')?.value ?? '').toBe('');
    } finally {
      await app.close();
    }
  });
});
