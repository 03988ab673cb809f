import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/server/app';
import { ASSET_CACHE, PAGE_CACHE } from '../../src/server/web';
import { createTestContext, type TestContext, testConfig } from '../support/app';

let t: TestContext;
let app: App;
let webRoot = '';
const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/app-Ab12Cd34.js"></script></head></html>';
const SCRIPT = `export const words = ${JSON.stringify('Mesa ejecutiva '.repeat(400))};\n`;

/** A built web app as the build leaves it: hashed assets, each with its brotli and gzip copies. */
function writeBuild(root: string) {
  mkdirSync(path.join(root, 'assets'));
  for (const [file, content] of [
    ['index.html', INDEX],
    ['assets/app-Ab12Cd34.js', SCRIPT],
  ] as const) {
    writeFileSync(path.join(root, file), content);
    writeFileSync(path.join(root, `${file}.br`), brotliCompressSync(content));
    writeFileSync(path.join(root, `${file}.gz`), gzipSync(content));
  }
}

beforeAll(async () => {
  t = await createTestContext();
  webRoot = mkdtempSync(path.join(tmpdir(), 'mesas-web-'));
  writeBuild(webRoot);
  const config = testConfig();
  app = await buildApp({ config, database: t.database, sessionSecret: config.SESSION_SECRET!, webRoot });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await t?.close();
  rmSync(webRoot, { recursive: true, force: true });
});

const get = (url: string, encoding?: string) =>
  app.inject({ method: 'GET', url, headers: encoding === undefined ? {} : { 'accept-encoding': encoding } });

describe('the web app as the server sends it', () => {
  it('sends a script compressed the way the browser accepts, cached for a year under its hashed name', async () => {
    const br = await get('/assets/app-Ab12Cd34.js', 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe(ASSET_CACHE);
    expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    expect(br.rawPayload.length).toBeLessThan(SCRIPT.length / 10);

    const gz = await get('/assets/app-Ab12Cd34.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);

    const plain = await get('/assets/app-Ab12Cd34.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    expect(plain.headers['cache-control']).toBe(ASSET_CACHE);
  });

  it('has index.html asked again every time, at / and at any page of the app', async () => {
    for (const url of ['/', '/mesas/forestal/matrix', '/login?redirect=%2F']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.headers['cache-control'], url).toBe(PAGE_CACHE);
      const body =
        res.headers['content-encoding'] === 'br' ? brotliDecompressSync(res.rawPayload).toString() : res.body;
      expect(body, url).toBe(INDEX);
    }
  });

  it('answers a script of another build with a 404, not with the page', async () => {
    const res = await get('/assets/app-Old00000.js', 'br');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/json/);
    expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
