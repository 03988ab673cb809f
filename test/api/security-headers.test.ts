import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config';
import { type App, buildApp } from '../../src/server/app';
import { createTestContext, signIn, type TestContext, testConfig } from '../support/app';

let t: TestContext;
let webRoot = '';
const apps: App[] = [];

beforeAll(async () => {
  t = await createTestContext();
  webRoot = mkdtempSync(path.join(tmpdir(), 'mesas-web-'));
  writeFileSync(
    path.join(webRoot, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body></body></html>',
  );
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await t?.close();
  rmSync(webRoot, { recursive: true, force: true });
});

/** Another server on the same database, with other settings. */
async function appWith(overrides: Record<string, string>, web: string | null = null): Promise<App> {
  const config = testConfig(overrides);
  const app = await buildApp({
    config,
    database: t.database,
    sessionSecret: config.SESSION_SECRET!,
    webRoot: web,
  });
  await app.ready();
  apps.push(app);
  return app;
}

function directives(res: LightMyRequestResponse): Map<string, string> {
  const header = String(res.headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(' ')[0]!, d.slice(d.indexOf(' ') + 1)]),
  );
}

/** The headers every answer carries, whatever it is. */
function expectSecurityHeaders(res: LightMyRequestResponse) {
  const csp = directives(res);
  expect(csp.get('script-src'), res.headers['content-security-policy'] as string).toBe("'self'");
  expect(csp.get('frame-ancestors')).toBe("'none'");
  expect(csp.get('default-src')).toBe("'self'");
  expect(csp.get('object-src')).toBe("'none'");
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(res.headers['x-frame-options']).toBe('DENY');
}

describe('security headers', () => {
  it('are on API answers, errors and 404s', async () => {
    const ok = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(ok.statusCode).toBe(200);
    expectSecurityHeaders(ok);
    const unauthenticated = await t.anonymous.get('/api/mesas');
    expect(unauthenticated.statusCode).toBe(401);
    expectSecurityHeaders(unauthenticated);
    const invalid = await (await t.as('coordinator')).post('/api/mesas', { name: 1 });
    expect(invalid.statusCode).toBe(400);
    expectSecurityHeaders(invalid);
    const missing = await t.anonymous.get('/api/no-such-thing');
    expect(missing.statusCode).toBe(404);
    expectSecurityHeaders(missing);
  });

  it('are on the web app: its page, a client-side route and a missing file', async () => {
    const app = await appWith({}, webRoot);
    for (const url of ['/', '/mesas/forestal', '/index.html']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<script type="module" src="/assets/app.js">');
      expectSecurityHeaders(res);
    }
    const api = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(api.statusCode).toBe(404);
    expectSecurityHeaders(api);
  });

  it('sends HSTS only when PUBLIC_URL is https, and upgrades requests only then', async () => {
    const plain = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(directives(plain).has('upgrade-insecure-requests')).toBe(false);
    const https = await appWith({ PUBLIC_URL: 'https://mesas.example.gob.pe' });
    for (const url of ['/healthz', '/api/mesas']) {
      const res = await https.inject({ method: 'GET', url });
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
      expect(directives(res).has('upgrade-insecure-requests')).toBe(true);
      expectSecurityHeaders(res);
    }
  });
});

describe('API_DOCS', () => {
  it('is public outside production and signed_in in production unless set', () => {
    expect(testConfig().API_DOCS).toBe('public');
    const production = {
      NODE_ENV: 'production',
      SESSION_SECRET: 's'.repeat(32),
      AUDIT_KEY: 'a'.repeat(32),
    };
    expect(loadConfig(production).API_DOCS).toBe('signed_in');
    expect(loadConfig({ ...production, API_DOCS: 'public' }).API_DOCS).toBe('public');
    expect(() => loadConfig({ API_DOCS: 'everyone' })).toThrow(/API_DOCS/);
  });

  it('public: anyone reads the docs page (with its own unframeable policy) and the OpenAPI document', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    const csp = directives(page);
    expect(csp.get('frame-ancestors')).toBe("'none'");
    // The UI's own policy (its script files, its styles), with no inline script.
    expect(csp.get('script-src')).toMatch(/^'self'/);
    expect(csp.get('script-src')).not.toContain('unsafe-inline');
    expect(csp.get('img-src')).toContain('validator.swagger.io');
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const spec = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(spec.statusCode).toBe(200);
    expect(spec.json().openapi).toMatch(/^3\./);
    expectSecurityHeaders(spec);
  });

  it('signed_in: anonymous callers get 401, signed-in ones the docs', async () => {
    const app = await appWith({ API_DOCS: 'signed_in' });
    for (const url of ['/api/openapi.json', '/api/docs', '/api/docs/json']) {
      const anonymous = await app.inject({ method: 'GET', url });
      expect(anonymous.statusCode, url).toBe(401);
      expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
      expectSecurityHeaders(anonymous);
    }
    const member = await signIn(app, 'team@demo.mesas.local');
    expect((await member.get('/api/openapi.json')).statusCode).toBe(200);
    expect((await member.get('/api/docs')).statusCode).toBe(200);
    expect((await member.get('/api/docs/json')).statusCode).toBe(200);
  });

  it('off: neither the page nor the document exists', async () => {
    const app = await appWith({ API_DOCS: 'off' });
    const member = await signIn(app, 'admin@demo.mesas.local');
    for (const url of ['/api/openapi.json', '/api/docs', '/api/docs/json']) {
      const res = await member.get(url);
      expect(res.statusCode, url).toBe(404);
      expectSecurityHeaders(res);
    }
  });
});
