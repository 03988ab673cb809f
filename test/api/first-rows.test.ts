import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/commands/context';
import { createProblem } from '../../src/commands/problems';
import { problemCode } from '../../src/domain/problem-code';
import { type App, buildApp } from '../../src/server/app';
import { FIRST_ROWS } from '../../src/server/first-rows';
import { PAGE_CACHE, PERSONAL_PAGE_CACHE } from '../../src/server/web';
import { client, createTestContext, sessionFor, type TestContext, testConfig } from '../support/app';
import { demoEmail, ensureMesa, mesaBySlug, unique, unknownId } from '../support/fixtures';

/**
 * The Matrix page's HTML carries the Matrix's first rows, read for the person the session cookie names,
 * so that the Matrix is readable before the app's code arrives: the rows that person may see, in the
 * view the address asks for, and nothing for anyone else.
 */

let t: TestContext;
let app: App;
let webRoot = '';
let forestal = '';
const SHEET = '<link rel="stylesheet" crossorigin href="/assets/app-Ef56Gh78.css">';
const INDEX =
  `<!doctype html><html lang="es"><head><title>Mesas</title>${SHEET}</head>` +
  '<body><div id="root"></div><script type="module" src="/assets/app-Ab12Cd34.js"></script></body></html>';
const titles = {
  members: unique('Permiso de los miembros'),
  team: unique('Discrepancia del equipo'),
  hostile: `${unique('Ventanilla')} <script>alert("x")</script> & 'otros'`,
};

beforeAll(async () => {
  t = await createTestContext();
  webRoot = mkdtempSync(path.join(tmpdir(), 'mesas-first-rows-'));
  writeFileSync(path.join(webRoot, 'index.html'), INDEX);
  const config = testConfig();
  app = await buildApp({ config, database: t.database, sessionSecret: config.SESSION_SECRET!, webRoot });
  await app.ready();
  forestal = (await mesaBySlug(t, 'forestal'))!.id;
  const ctx = systemContext(t.database.db, 'test');
  // More problems than the page carries, so that it carries only the first ones.
  for (let i = 0; i < FIRST_ROWS; i++) await createProblem(ctx, forestal, { title: unique('Trámite') });
  await createProblem(ctx, forestal, { title: titles.members, visibility: 'members' });
  await createProblem(ctx, forestal, { title: titles.team, visibility: 'team' });
  await createProblem(ctx, forestal, { title: titles.hostile, visibility: 'members' });
});
afterAll(async () => {
  await app?.close();
  await t?.close();
  rmSync(webRoot, { recursive: true, force: true });
});

const page = async (role: Parameters<TestContext['as']>[0] | null, url: string) => {
  const c = role ? await sessionFor(app, t.database, demoEmail(role)) : client(app);
  const res = await c.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res;
};

/** The rows of the block: each row's problem id and the text of its cells. */
function firstRows(html: string) {
  const block = /<div id="first-rows"[^>]*>([\s\S]*?<\/p>)<\/div>/.exec(html)?.[1];
  if (!block) return null;
  const cells = (row: string, tag: string) =>
    [...row.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);
  return {
    block,
    headers: cells(/<thead>([\s\S]*?)<\/thead>/.exec(block)![1]!, 'th'),
    rows: [...block.matchAll(/<tr data-first-row="([^"]+)">([\s\S]*?)<\/tr>/g)].map((m) => ({
      id: m[1]!,
      cells: cells(m[2]!, 'td'),
    })),
  };
}

describe("the Matrix page's first rows", () => {
  it('are the first rows of the Matrix the person sees, in its order, after the app root', async () => {
    const res = await page('team', `/mesas/${forestal}/matrix`);
    const api = (
      await (await sessionFor(app, t.database, demoEmail('team'))).get(`/api/mesas/${forestal}/matrix`)
    ).json().problems as { id: string; number: number; title: string }[];
    const found = firstRows(res.body)!;
    expect(found).not.toBeNull();
    expect(api.length).toBeGreaterThan(FIRST_ROWS);
    expect(found.rows.map((r) => r.id)).toEqual(api.slice(0, FIRST_ROWS).map((p) => p.id));
    expect(found.rows[0]!.cells.slice(0, 2)).toEqual([problemCode(api[0]!.number), api[0]!.title]);
    expect(found.headers.slice(0, 3)).toEqual(['N°', 'Problema', 'Estado']);
    expect(found.block).toContain(`… y ${api.length - FIRST_ROWS} problemas más`);
    expect(res.body.indexOf('<div id="root"></div>')).toBeLessThan(res.body.indexOf('<div id="first-rows"'));
    // The app's style sheet follows the rows, which carry their own styles, so that it does not hold
    // back their first paint; the head still asks for it at once.
    const head = res.body.slice(0, res.body.indexOf('</head>'));
    expect(head).not.toContain('rel="stylesheet"');
    expect(head).toContain('<link rel="preload" as="style" crossorigin href="/assets/app-Ef56Gh78.css">');
    expect(res.body.indexOf(SHEET)).toBeGreaterThan(res.body.indexOf('<div id="first-rows"'));
    expect(res.body.indexOf(SHEET)).toBeLessThan(res.body.indexOf('<script type="module"'));
    // What one person may see: kept by their browser alone, and asked again each time.
    expect(res.headers['cache-control']).toBe(PERSONAL_PAGE_CACHE);
    expect(res.headers.vary).toMatch(/cookie/i);
  });

  it('follow the view in the address: its sort and the columns it hides', async () => {
    const res = await page('team', `/mesas/${forestal}/matrix?sort=number&dir=desc&hide=category,entities`);
    const found = firstRows(res.body)!;
    expect(found.headers).not.toContain('Categoría');
    expect(found.headers).not.toContain('Entidades responsables');
    const numbers = found.rows.map((r) => Number(r.cells[0]!.replace('P-', '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(found.rows.every((r) => r.cells.length === found.headers.length)).toBe(true);
  });

  it("leave out the problems the person may not see, as the Matrix's API does", async () => {
    const url = `/mesas/${forestal}/matrix?sort=number&dir=desc`;
    const team = firstRows((await page('team', url)).body)!.rows.map((r) => r.cells[1]);
    expect(team).toContain(titles.members);
    expect(team).toContain(titles.team);
    const privateRep = (await page('private_rep', url)).body;
    expect(firstRows(privateRep)!.rows.map((r) => r.cells[1])).toContain(titles.members);
    expect(privateRep).not.toContain(titles.team);
  });

  it('escape what a title holds', async () => {
    const body = (await page('team', `/mesas/${forestal}/matrix?sort=number&dir=desc`)).body;
    expect(body).not.toContain('<script>alert');
    expect(body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;otros&#39;');
  });

  it('are not written for someone signed out, a Mesa out of sight, a search or a grouping', async () => {
    const signedOut = await page(null, `/mesas/${forestal}/matrix`);
    expect(signedOut.body).not.toContain('first-rows');
    expect(signedOut.body.slice(0, signedOut.body.indexOf('</head>'))).toContain(SHEET);
    expect(signedOut.headers['cache-control']).toBe(PAGE_CACHE);
    const stale = await client(app, { cookie: 'mesas_session=not-a-session' }).get(
      `/mesas/${forestal}/matrix`,
    );
    expect(stale.statusCode).toBe(200);
    expect(stale.body).not.toContain('first-rows');
    const acuicola = await ensureMesa(t, 'acuicola', 'members');
    expect((await page('private_rep', `/mesas/${acuicola}/matrix`)).body).not.toContain('first-rows');
    expect((await page('team', `/mesas/${unknownId()}/matrix`)).body).not.toContain('first-rows');
    for (const view of ['q=permiso', 'groupBy=category']) {
      expect((await page('team', `/mesas/${forestal}/matrix?${view}`)).body).not.toContain('first-rows');
    }
    // Other pages are the app's page as before.
    const other = await page('team', `/mesas/${forestal}`);
    expect(other.body).not.toContain('first-rows');
    expect(other.headers['cache-control']).toBe(PAGE_CACHE);
  });
});
