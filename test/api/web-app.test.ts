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

/** The build's manifest: each module's chunk, its static imports and its CSS. */
const MANIFEST = {
  'index.html': { file: 'assets/app-Ab12Cd34.js', imports: ['_shared.js'], css: ['assets/app-St000001.css'] },
  // A chunk the app's script shares with a page, and the style sheet that index.html names already.
  '_shared.js': { file: 'assets/shared-Sh000001.js', css: ['assets/app-St000001.css'] },
  '_grid.js': { file: 'assets/grid-Gr000001.js', imports: ['_shared.js'] },
  'src/pages/matrix/MatrixPage.tsx': {
    file: 'assets/MatrixPage-Mp000001.js',
    imports: ['_shared.js', '_grid.js'],
    css: ['assets/matrix-Mc000001.css'],
  },
  'src/pages/LoginPage.tsx': { file: 'assets/LoginPage-Lp000001.js', imports: ['_shared.js'] },
  'src/components/SignedInHeader.tsx': { file: 'assets/SignedInHeader-Sh000002.js' },
  'src/i18n/first.es.ts': { file: 'assets/first.es-Fe000001.js' },
  'src/i18n/pages.es.ts': { file: 'assets/pages.es-Pe000001.js' },
  'src/i18n/first.en.ts': { file: 'assets/first.en-Fn000001.js' },
  'src/i18n/pages.en.ts': { file: 'assets/pages.en-Pn000001.js' },
};

/** A built web app as the build leaves it: hashed assets, each with its brotli and gzip copies. */
function writeBuild(root: string) {
  mkdirSync(path.join(root, '.vite'));
  writeFileSync(path.join(root, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
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
    // Pages whose needs the server does not name (a slug is not a Mesa's id): the file as built.
    for (const url of ['/', '/mesas/forestal/matrix', '/nowhere?redirect=%2F']) {
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

  it("names in a page's HTML what the page will ask for, its reads before the app's script", async () => {
    const mesaId = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
    const res = await get(`/mesas/${mesaId}/matrix?status=open`, 'br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe(PAGE_CACHE);
    const html = res.body;
    const links = [
      ...html.matchAll(/<link rel="([^"]+)"(?: as="([^"]+)")? crossorigin href="([^"]+)">/g),
    ].map(([, rel, as, href]) => `${rel}${as ? `:${as}` : ''} ${href}`);
    expect(links).toEqual([
      'preload:fetch /api/auth/me',
      `preload:fetch /api/mesas/${mesaId}/matrix`,
      'modulepreload /assets/MatrixPage-Mp000001.js',
      'modulepreload /assets/grid-Gr000001.js',
      'modulepreload /assets/first.es-Fe000001.js',
      'modulepreload /assets/pages.es-Pe000001.js',
      'modulepreload /assets/SignedInHeader-Sh000002.js',
      'preload:style /assets/matrix-Mc000001.css',
    ]);
    // The reads come before the app's script; the code after it; the rest of the page as built.
    expect(html.indexOf('/api/mesas/')).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf('MatrixPage-')).toBeGreaterThan(html.indexOf('<script'));
    expect(html.replace(/<link [^>]+>\s*/g, '')).toBe(INDEX);
  });

  it('names the strings of the language the device uses, and nothing from a cookie it does not know', async () => {
    const english = await app.inject({ method: 'GET', url: '/login', cookies: { mesas_locale: 'en' } });
    expect(english.body).toContain('/assets/first.en-Fn000001.js');
    expect(english.body).toContain('/assets/LoginPage-Lp000001.js');
    // The sign-in page needs only the first strings.
    expect(english.body).not.toContain('pages.en');
    expect(english.body).not.toContain('first.es');

    const odd = await app.inject({
      method: 'GET',
      url: '/login',
      cookies: { mesas_locale: 'es"><script>alert(1)</script>' },
    });
    expect(odd.statusCode).toBe(200);
    expect(odd.body).not.toContain('alert');
    expect(odd.body).not.toContain('first.');
    expect(odd.body).toContain('/assets/LoginPage-Lp000001.js');
  });
});
