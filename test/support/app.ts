import { eq, sql } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/config/config';
import type { Database } from '../../src/db/client';
import { createAuthSession } from '../../src/db/queries/actors';
import { users } from '../../src/db/schema';
import { DEMO_PASSWORD } from '../../src/demo/seed';
import type { DemoAccountRole } from '../../src/demo/types';
import { type App, buildApp } from '../../src/server/app';
import { sessionOf } from '../../src/server/sessions';
import { freshDatabase } from './database';

export interface TestContext {
  app: App;
  database: Database;
  /**
   * A client sending the cookie and CSRF token of a session for the demo account of a role. The session
   * is stored as sign-in stores one, without checking the password: that check is deliberately slow
   * (a quarter of a second of scrypt), and the sign-in itself is tested in auth.test.ts.
   */
  as(role: DemoAccountRole): Promise<Client>;
  /** A client with no credentials. */
  anonymous: Client;
  close(): Promise<void>;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface Client {
  request(
    method: Method,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  headers: Record<string, string>;
}

export function client(app: App, headers: Record<string, string> = {}): Client {
  const request = (method: Method, url: string, body?: unknown, extra: Record<string, string> = {}) => {
    const options: InjectOptions = { method, url, headers: { ...headers, ...extra } };
    if (body !== undefined) options.payload = body as InjectOptions['payload'];
    return app.inject(options);
  };
  return {
    headers,
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body ?? {}),
    delete: (url) => request('DELETE', url),
  };
}

/** The test configuration; overrides are environment variables, validated and coerced like real ones. */
export const testConfig = (overrides: Record<string, string> = {}) =>
  loadConfig({
    NODE_ENV: 'test',
    SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
    LOG_LEVEL: 'silent',
    TIME_ZONE: 'America/Lima',
    LOGIN_RATE_LIMIT: '1000',
    ...overrides,
  });

export async function signIn(app: App, email: string, password = DEMO_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'mesas_session');
  return client(app, { cookie: `mesas_session=${cookie?.value}`, 'x-csrf-token': res.json().csrfToken });
}

/**
 * A new session for an account, stored as sign-in stores one but without checking the password; for
 * tests about what a session may do rather than about signing in.
 */
export async function sessionFor(
  app: App,
  database: Database,
  email: string,
): Promise<Client & { cookie: string; csrf: string }> {
  const [user] = await database.db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  if (!user) throw new Error(`no account ${email}`);
  const { token: cookie, row } = sessionOf(app, null);
  await createAuthSession(database.db, { ...row, userId: user.id });
  const csrf = row.csrfToken;
  return { ...client(app, { cookie: `mesas_session=${cookie}`, 'x-csrf-token': csrf }), cookie, csrf };
}

/** A whole Mesas server on its own fresh database (migrated, with the demo data) for one test file. */
export async function createTestContext(overrides: Record<string, string> = {}): Promise<TestContext> {
  const database = await freshDatabase();
  const config = testConfig(overrides);
  const app = await buildApp({ config, database, sessionSecret: config.SESSION_SECRET! });
  await app.ready();
  const sessions = new Map<DemoAccountRole, Client>();
  return {
    app,
    database,
    anonymous: client(app),
    async as(role) {
      const existing = sessions.get(role);
      if (existing) return existing;
      const c = await sessionFor(app, database, `${role}@demo.mesas.local`);
      sessions.set(role, c);
      return c;
    },
    async close() {
      // A file that listened: Node's fetch leaves connections it opened and never used, which a closing
      // server waits for until the client drops them (4 s). Once the app has ended its streams, they go.
      const closing = app.close();
      if (app.server.listening) setTimeout(() => app.server.closeAllConnections(), 250).unref();
      await closing;
      await database.drop();
    },
  };
}
