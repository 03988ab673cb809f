import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/commands/context';
import { addIndicator } from '../../src/commands/indicators';
import { createProblem } from '../../src/commands/problems';
import { proposeSolution } from '../../src/commands/solutions';
import { createTestContext, type TestContext } from '../support/app';
import { createMesa, mesaBySlug, unique } from '../support/fixtures';

/**
 * The transparency portal's HTML pages: what they show of published Mesas' public records, what they
 * never show, their languages, their tags for search engines and link previews, their caching.
 */

const BASE = 'https://mesas.example.org';
const DEMO = ['forestal', 'acuicola', 'logistica'] as const;
const MAX_PAGE_BYTES = 60 * 1024;

let t: TestContext;
const marks = {
  publicTitle: unique('Problema público de prueba'),
  publicSolution: unique('Solución pública de prueba'),
  publicIndicator: unique('Indicador público de prueba'),
  membersTitle: unique('Problema reservado a miembros'),
  teamTitle: unique('Problema reservado al equipo'),
  unpublishedMesa: unique('Mesa no publicada'),
  unpublishedProblem: unique('Problema de Mesa no publicada'),
};
const codes = { public: '', members: '', team: '', unpublished: '' };
let unpublishedSlug = '';

const get = (url: string, headers: Record<string, string> = {}) =>
  t.anonymous.request('GET', url, undefined, headers);
const codeOf = (n: number) => `P-${n}`;

/** The content of a <meta> tag (name or property). */
function meta(html: string, key: string): string | undefined {
  const m = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html);
  return m?.[1];
}
const linkHref = (html: string, rel: string, extra = '') =>
  new RegExp(`<link rel="${rel}"${extra} href="([^"]*)"`).exec(html)?.[1];
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");

beforeAll(async () => {
  t = await createTestContext({ PUBLIC_URL: BASE });
  const coordinator = await t.as('coordinator');
  for (const slug of DEMO) {
    const mesa = (await mesaBySlug(t, slug))!;
    if (!mesa.published) {
      const res = await coordinator.patch(`/api/mesas/${mesa.id}`, {
        published: true,
        version: mesa.version,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
  }
  const system = systemContext(t.database.db, 'test');
  const forestal = (await mesaBySlug(t, 'forestal'))!;
  const pub = await createProblem(system, forestal.id, {
    title: marks.publicTitle,
    visibility: 'public',
  });
  await proposeSolution(system, pub.id, { text: marks.publicSolution });
  await addIndicator(system, pub.id, {
    name: marks.publicIndicator,
    unit: 'días',
    direction: 'lower_is_better',
    baselineValue: 90,
    currentValue: 30,
    source: 'Informe de prueba',
  });
  const members = await createProblem(system, forestal.id, {
    title: marks.membersTitle,
    visibility: 'members',
  });
  const team = await createProblem(system, forestal.id, { title: marks.teamTitle, visibility: 'team' });
  const hidden = await createMesa(t, { name: marks.unpublishedMesa, visibility: 'public' });
  unpublishedSlug = hidden.slug;
  const inHidden = await createProblem(system, hidden.id, {
    title: marks.unpublishedProblem,
    visibility: 'public',
  });
  codes.public = codeOf(pub.number);
  codes.members = codeOf(members.number);
  codes.team = codeOf(team.number);
  codes.unpublished = codeOf(inHidden.number);
});
afterAll(() => t?.close());

function expectHtml(res: LightMyRequestResponse, status = 200) {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
  expect(res.body.startsWith('<!DOCTYPE html><html lang="')).toBe(true);
  // No client code at all: the page is complete as sent.
  expect(res.body).not.toMatch(/<script/i);
}

describe('GET /portal', () => {
  it('lists every published Mesa with its host, lifecycle, sessions, solved problems and headline results', async () => {
    const res = await get('/portal');
    expectHtml(res);
    for (const slug of DEMO) {
      const mesa = (await mesaBySlug(t, slug))!;
      expect(res.body).toContain(`href="/portal/mesas/${slug}?lang=es"`);
      expect(res.body).toContain(`>${mesa.name}</a>`);
    }
    expect(res.body).toContain('Ministerio de la Producción');
    expect(res.body).toMatch(/<dt>Estado<\/dt><dd>(Activa|En pausa|Cerrada)[^<]*<\/dd>/);
    expect(res.body).toMatch(/<dt>Sesiones realizadas<\/dt><dd>\d+<\/dd>/);
    expect(res.body).toMatch(/<dt>Problemas resueltos<\/dt><dd>\d+ de \d+ problemas públicos<\/dd>/);
    // The paper's forestry result, before → after.
    expect(res.body).toContain('Plazo para registrar una plantación forestal');
    expect(res.body).toMatch(/180 días .*→ 3 días/);
    expect(res.body).not.toContain(marks.unpublishedMesa);
  });

  it('shows a Mesa again only once it is published, and drops it when unpublished', async () => {
    const coordinator = await t.as('coordinator');
    const logistica = (await mesaBySlug(t, 'logistica'))!;
    let res = await coordinator.patch(`/api/mesas/${logistica.id}`, {
      published: false,
      version: logistica.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    try {
      expect((await get('/portal')).body).not.toContain('/portal/mesas/logistica');
      expect((await get('/portal/mesas/logistica')).statusCode).toBe(404);
    } finally {
      res = await coordinator.patch(`/api/mesas/${logistica.id}`, {
        published: true,
        version: res.json().version,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await get('/portal')).body).toContain('/portal/mesas/logistica');
  });
});

describe('GET /portal/mesas/:slug', () => {
  it("shows a published Mesa's organizations by group, public Matrix, achievements, sessions, minutes and commitments", async () => {
    const res = await get('/portal/mesas/forestal');
    expectHtml(res);
    const html = res.body;
    expect(html).toContain('<h1>Mesa Ejecutiva Forestal</h1>');
    for (const heading of [
      'Organizaciones participantes',
      'Logros: antes y después',
      'Problemas y soluciones (Matriz)',
      'Sesiones realizadas',
      'Resúmenes de actas',
      'Compromisos de las entidades públicas',
    ]) {
      expect(html).toMatch(new RegExp(`<h2 id="[a-z]+">${heading.replace(/[()]/g, '\\$&')}</h2>`));
    }
    expect(html).toMatch(/<h3 id="group-public">Sector público<\/h3><ul><li>/);
    expect(html).toMatch(/<h3 id="group-private">Sector privado<\/h3><ul><li>/);
    expect(html).toContain('Servicio Nacional Forestal y de Fauna Silvestre');
    // The public problem with its status, its solution in force and its timeline, linked to its page.
    expect(html).toContain(
      `href="/portal/mesas/forestal/problems/${codes.public}?lang=es">${codes.public}: ${marks.publicTitle}</a>`,
    );
    expect(html).toContain(marks.publicSolution);
    expect(html).toMatch(/<span class="status status-verified">Verificado<\/span>/);
    expect(html).toMatch(/<ol class="timeline" aria-label="Historia del estado"><li><time dateTime="/);
    // Achievements as a table with a caption and header cells.
    expect(html).toContain(
      '<caption>Indicadores de los problemas públicos, antes y después de la solución</caption>',
    );
    expect(html).toContain(`<th scope="row">${marks.publicIndicator}</th>`);
    expect(html).toContain('Informe de prueba');
    // Public entities' commitments: one column per count, then the on-time rate, each cell labelled
    // for the phone layout, and a row per entity with its figures.
    const labels = [
      'Compromisos',
      'Cumplidos a tiempo',
      'Cumplidos con retraso',
      'Abiertos',
      'Vencidos',
      'A tiempo',
    ];
    expect(html).toContain(
      `<th scope="col">Entidad</th>${labels.map((l) => `<th scope="col" class="num">${l}</th>`).join('')}`,
    );
    expect(html).toMatch(
      new RegExp(
        `<tr><th scope="row">[^<]+</th>${labels
          .slice(0, 5)
          .map((l) => `<td class="num" data-label="${l}">\\d+</td>`)
          .join('')}<td class="num" data-label="A tiempo">(\\d+ %|—)</td></tr>`,
      ),
    );
  });

  it('shows nothing of records kept for members or the team, nor of other Mesas', async () => {
    const html = (await get('/portal/mesas/forestal')).body;
    expect(html).not.toContain(marks.membersTitle);
    expect(html).not.toContain(marks.teamTitle);
    expect(html).not.toContain(`/problems/${codes.members}?`);
    expect(html).not.toContain(`/problems/${codes.team}?`);
    expect(html).not.toContain(marks.unpublishedProblem);
    // No person is named: no e-mail address at all.
    expect(html).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });

  it('answers the same HTML 404 page for an unknown and an unpublished Mesa', async () => {
    const unknown = await get('/portal/mesas/no-such-mesa');
    const unpublished = await get(`/portal/mesas/${unpublishedSlug}`);
    expectHtml(unknown, 404);
    expectHtml(unpublished, 404);
    expect(unknown.body).toContain('<h1>Página no encontrada</h1>');
    expect(unknown.body).toContain('<meta name="robots" content="noindex"/>');
    expect(unpublished.body).toBe(unknown.body);
    expect(unpublished.body).not.toContain(marks.unpublishedMesa);
    expect(unpublished.headers.etag).toBeUndefined();
  });
});

describe('GET /portal/mesas/:slug/problems/:code', () => {
  it('shows a public problem with its status history, solutions and indicators', async () => {
    const res = await get(`/portal/mesas/forestal/problems/${codes.public}`);
    expectHtml(res);
    expect(res.body).toContain(`<h1>${codes.public}: ${marks.publicTitle}</h1>`);
    expect(res.body).toContain(marks.publicSolution);
    expect(res.body).toContain(`<th scope="row">${marks.publicIndicator}</th>`);
    expect(res.body).toMatch(
      /<h2>Historia del estado<\/h2><ol><li><time dateTime="[^"]+">[^<]+<\/time>: <strong>Identificado<\/strong>/,
    );
    expect(res.body).toContain('<a href="/portal/mesas/forestal?lang=es">Mesa Ejecutiva Forestal</a>');
  });

  it("shows a paper's achievement with its source on the problem that produced it", async () => {
    const sitemap = (await get('/portal/sitemap.xml')).body;
    const forestalProblems = [
      ...sitemap.matchAll(/<loc>[^<]*\/portal\/mesas\/forestal\/problems\/(P-\d+)\?lang=es<\/loc>/g),
    ].map((m) => m[1]!);
    const pages = await Promise.all(
      forestalProblems.map((code) => get(`/portal/mesas/forestal/problems/${code}`)),
    );
    const withResult = pages.find((p) => p.body.includes('Plazo para registrar una plantación forestal'));
    expect(withResult, 'a forestry problem page with the plantation registration result').toBeDefined();
    expect(withResult!.body).toMatch(/<th scope="row">Plazo para registrar una plantación forestal<\/th>/);
    expect(withResult!.body).toContain('Banco Mundial');
  });

  it('answers 404 for a problem kept for members or the team, an unknown code, a bad code and an unpublished Mesa', async () => {
    const notFound = (await get('/portal/mesas/no-such-mesa')).body;
    for (const url of [
      `/portal/mesas/forestal/problems/${codes.members}`,
      `/portal/mesas/forestal/problems/${codes.team}`,
      '/portal/mesas/forestal/problems/P-999999',
      '/portal/mesas/forestal/problems/no-es-un-codigo',
      `/portal/mesas/${unpublishedSlug}/problems/${codes.unpublished}`,
      '/portal/mesas/no-such-mesa/problems/P-1',
    ]) {
      const res = await get(url);
      expectHtml(res, 404);
      expect(res.body, url).toBe(notFound);
    }
  });

  it('answers the HTML 404 page under /portal for any other address, and sends /portal/ home', async () => {
    const res = await get('/portal/no/such/page');
    expectHtml(res, 404);
    expect(res.body).toContain('<h1>Página no encontrada</h1>');
    const slash = await get('/portal/?lang=en');
    expect(slash.statusCode).toBe(301);
    expect(slash.headers.location).toBe('/portal?lang=en');
  });
});

describe('languages', () => {
  it('speaks Spanish by default, English with ?lang=en or an English Accept-Language', async () => {
    const es = await get('/portal/mesas/forestal');
    expect(es.body).toContain('<html lang="es">');
    expect(es.headers.vary).toMatch(/accept-language/i);
    const en = await get('/portal/mesas/forestal?lang=en');
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Participating organizations');
    expect(en.body).toContain('Achievements: before and after');
    expect(en.body).not.toContain('Organizaciones participantes');
    expect(en.headers.vary).toBeUndefined();
    const negotiated = await get('/portal/mesas/forestal', { 'accept-language': 'en-GB,en;q=0.9,es;q=0.5' });
    expect(negotiated.body).toContain('<html lang="en">');
    const spanishFirst = await get('/portal', { 'accept-language': 'es-PE,en;q=0.5' });
    expect(spanishFirst.body).toContain('<html lang="es">');
    const notFound = await get('/portal/mesas/no-such-mesa?lang=en');
    expect(notFound.body).toContain('<h1>Page not found</h1>');
  });

  it('links to the same page in the other language, and names both with hreflang', async () => {
    const es = (await get(`/portal/mesas/forestal/problems/${codes.public}`)).body;
    const path = `/portal/mesas/forestal/problems/${codes.public}`;
    expect(es).toContain(`<a class="lang" href="${path}?lang=en" hrefLang="en" lang="en">English</a>`);
    expect(es).toContain(`<link rel="alternate" hrefLang="es" href="${BASE}${path}?lang=es"/>`);
    expect(es).toContain(`<link rel="alternate" hrefLang="en" href="${BASE}${path}?lang=en"/>`);
    expect(es).toContain(`<link rel="alternate" hrefLang="x-default" href="${BASE}${path}"/>`);
    const en = (await get(`${path}?lang=en`)).body;
    expect(en).toContain(`<a class="lang" href="${path}?lang=es" hrefLang="es" lang="es">Español</a>`);
    // Links inside the page keep the reader's language.
    expect(en).toContain('href="/portal/mesas/forestal?lang=en"');
  });

  it('refuses a language it does not have with a clear 400', async () => {
    const res = await get('/portal?lang=fr');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
});

describe('links', () => {
  it('leads only to addresses that answer: pages, feeds, open data and the sitemap', async () => {
    const pages = [
      '/portal',
      '/portal/mesas/forestal?lang=en',
      `/portal/mesas/forestal/problems/${codes.public}`,
    ];
    const hrefs = new Set<string>();
    for (const page of pages) {
      const html = (await get(page)).body;
      for (const m of html.matchAll(/href="(\/[^"#]*)"/g)) hrefs.add(decode(m[1]!));
    }
    expect(hrefs).toContain('/portal/feed.atom?lang=es');
    expect(hrefs).toContain('/portal/mesas/forestal/feed.atom?lang=en');
    expect(hrefs).toContain('/open-data/datapackage.json');
    const broken: string[] = [];
    for (const href of hrefs) {
      const res = await get(href);
      if (res.statusCode !== 200) broken.push(`${href}: ${res.statusCode}`);
    }
    expect(broken).toEqual([]);
  });
});

describe('titles, descriptions and link previews', () => {
  it('gives each page a title, a description, Open Graph tags and an absolute canonical address', async () => {
    const pages = [
      { path: '/portal', title: 'Mesas Ejecutivas' },
      { path: '/portal/mesas/forestal', title: 'Mesa Ejecutiva Forestal' },
      {
        path: `/portal/mesas/forestal/problems/${codes.public}`,
        title: `${codes.public}: ${marks.publicTitle}`,
      },
    ];
    for (const page of pages) {
      for (const lang of ['es', 'en'] as const) {
        const html = (await get(`${page.path}?lang=${lang}`)).body;
        const url = `${BASE}${page.path}?lang=${lang}`;
        const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
        expect(title, page.path).toBeDefined();
        expect(decode(title!)).toContain(page.title);
        expect(meta(html, 'description')?.length, page.path).toBeGreaterThan(20);
        expect(decode(meta(html, 'og:title')!)).toContain(page.title);
        expect(meta(html, 'og:description')).toBe(meta(html, 'description'));
        expect(meta(html, 'og:type')).toMatch(/^(website|article)$/);
        expect(decode(meta(html, 'og:url')!)).toBe(url);
        expect(meta(html, 'og:locale')).toBe(lang === 'es' ? 'es_PE' : 'en_US');
        expect(decode(linkHref(html, 'canonical')!)).toBe(url);
      }
    }
  });
});

describe('GET /portal/sitemap.xml and /robots.txt', () => {
  it('lists every portal page in both languages, and only those', async () => {
    const res = await get('/portal/sitemap.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    expect(res.body).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"/,
    );
    const locs = [...res.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decode(m[1]!));
    for (const lang of ['es', 'en']) {
      expect(locs).toContain(`${BASE}/portal?lang=${lang}`);
      for (const slug of DEMO) expect(locs).toContain(`${BASE}/portal/mesas/${slug}?lang=${lang}`);
      expect(locs).toContain(`${BASE}/portal/mesas/forestal/problems/${codes.public}?lang=${lang}`);
    }
    expect(locs).not.toContain(`${BASE}/portal/mesas/forestal/problems/${codes.members}?lang=es`);
    expect(locs).not.toContain(`${BASE}/portal/mesas/forestal/problems/${codes.team}?lang=es`);
    expect(locs.some((l) => l.includes(`/portal/mesas/${unpublishedSlug}`))).toBe(false);
    // Every listed page exists.
    for (const loc of locs) {
      const page = await get(loc.slice(BASE.length));
      expect(page.statusCode, loc).toBe(200);
    }
  });

  it('points search engines to the sitemap', async () => {
    const res = await get('/robots.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain(`Sitemap: ${BASE}/portal/sitemap.xml`);
    expect(res.body).toContain('Disallow: /api/');
  });
});

describe('caching for a press day', () => {
  it('answers 304 to a current ETag and a new page once the Mesa changes', async () => {
    const path = '/portal/mesas/forestal?lang=es';
    const first = await get(path);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const again = await get(path, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // Each language is its own document.
    const english = await get('/portal/mesas/forestal?lang=en');
    expect(english.headers.etag).not.toBe(etag);
    expect((await get('/portal/mesas/forestal?lang=en', { 'if-none-match': etag })).statusCode).toBe(200);

    const title = unique('Problema nuevo publicado');
    const forestal = (await mesaBySlug(t, 'forestal'))!;
    await createProblem(systemContext(t.database.db, 'test'), forestal.id, { title, visibility: 'public' });
    const changed = await get(path, { 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.body).toContain(title);
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('revalidates the portfolio, a problem page and the sitemap too', async () => {
    for (const path of [
      '/portal',
      `/portal/mesas/forestal/problems/${codes.public}?lang=en`,
      '/portal/sitemap.xml',
    ]) {
      const first = await get(path);
      expect(first.statusCode, path).toBe(200);
      expect(first.headers['cache-control'], path).toBe('public, max-age=60');
      const again = await get(path, { 'if-none-match': first.headers.etag as string });
      expect(again.statusCode, path).toBe(304);
    }
  });
});

describe('size', () => {
  it('keeps every portal page of the demo under 60 KB in both languages', async () => {
    const locs = [...(await get('/portal/sitemap.xml')).body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
      decode(m[1]!).slice(BASE.length),
    );
    expect(locs.length).toBeGreaterThan(20);
    const sizes = await Promise.all(
      locs.map(async (path) => ({ path, bytes: (await get(path)).rawPayload.length })),
    );
    const largest = sizes.sort((a, b) => b.bytes - a.bytes)[0]!;
    expect(largest.bytes, largest.path).toBeLessThanOrEqual(MAX_PAGE_BYTES);
  });
});
