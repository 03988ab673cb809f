import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../src/db/schema';
import { recordWords } from '../../src/i18n/record-words';
import { escapeHtml } from '../../src/mail/format';
import { type Client, createTestContext, signIn, type TestContext } from '../support/app';
import { createMesa, mesaBySlug, organizationId, unique } from '../support/fixtures';

/**
 * A language is its string files: Portuguese (pt) has files for the portal, the open data, errors and
 * some mails, and nothing else names it. The portal speaks it (?lang=pt, Accept-Language: pt-BR), an
 * account may choose it and then gets its errors and mails in it, and the API lists it.
 */

const BASE = 'https://mesas.example.org';

interface Category {
  id: string;
  nameEs: string;
  nameEn: string;
}
interface Question {
  textEs: string;
  textEn: string;
}
const PASSWORD = 'Roble-Cauce-Ventana-1842';

let t: TestContext;
/** A signed-in account whose language is Portuguese, created through the API. */
let portuguese: Client;
let portugueseEmail = '';

const get = (url: string, headers: Record<string, string> = {}) =>
  t.anonymous.request('GET', url, undefined, headers);

function meta(html: string, key: string): string | undefined {
  return new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];
}

function refusal(res: LightMyRequestResponse, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  const { error } = res.json();
  expect(error.code).toBe(code);
  return error as { message: string; fields?: { path: string; key: string; message: string }[] };
}

beforeAll(async () => {
  t = await createTestContext({ PUBLIC_URL: BASE });
  const coordinator = await t.as('coordinator');
  const forestal = (await mesaBySlug(t, 'forestal'))!;
  if (!forestal.published) {
    const res = await coordinator.patch(`/api/mesas/${forestal.id}`, {
      published: true,
      version: forestal.version,
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  portugueseEmail = `${unique('conta-pt')}@example.org`;
  const created = await (await t.as('admin')).post('/api/accounts', {
    email: portugueseEmail,
    password: PASSWORD,
    fullName: unique('Conta em português'),
    locale: 'pt',
  });
  expect(created.statusCode, created.body).toBe(201);
  expect(created.json().locale).toBe('pt');
  portuguese = await signIn(t.app, portugueseEmail, PASSWORD);
});
afterAll(() => t?.close());

describe('the portal in Portuguese', () => {
  it('speaks Portuguese with ?lang=pt, and links to the page in every other language by its name', async () => {
    const path = '/portal/mesas/forestal';
    const res = await get(`${path}?lang=pt`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('<html lang="pt">');
    expect(html).toContain('Organizações participantes');
    expect(html).toContain('Conquistas: antes e depois');
    expect(html).not.toContain('Organizaciones participantes');
    expect(html).not.toContain('Participating organizations');
    expect(meta(html, 'og:locale')).toBe('pt_BR');
    expect(html).toContain('<meta property="og:locale:alternate" content="es_PE"/>');
    expect(html).toContain('<meta property="og:locale:alternate" content="en_US"/>');
    expect(html).toContain(`<a class="lang" href="${path}?lang=es" hrefLang="es" lang="es">Español</a>`);
    expect(html).toContain(`<a class="lang" href="${path}?lang=en" hrefLang="en" lang="en">English</a>`);
    expect(html).toContain(`<link rel="alternate" hrefLang="pt" href="${BASE}${path}?lang=pt"/>`);
    // The Spanish page offers Portuguese too.
    const es = (await get(path)).body;
    expect(es).toContain(`<a class="lang" href="${path}?lang=pt" hrefLang="pt" lang="pt">Português</a>`);
  });

  it('speaks Portuguese to a browser asking for pt-BR, on every kind of page', async () => {
    const headers = { 'accept-language': 'pt-BR,pt;q=0.9,en;q=0.5' };
    const portfolio = await get('/portal', headers);
    expect(portfolio.body).toContain('<html lang="pt">');
    expect(portfolio.body).toContain('<title>Mesas Executivas</title>');
    expect(portfolio.headers.vary).toMatch(/accept-language/i);

    const mesa = (await get('/portal/mesas/forestal', headers)).body;
    expect(mesa).toContain('<html lang="pt">');
    const problemPath = /href="(\/portal\/mesas\/forestal\/problems\/P-\d+)(?:\?lang=pt)?"/.exec(mesa)?.[1];
    expect(problemPath).toBeDefined();
    const problem = (await get(problemPath!, headers)).body;
    expect(problem).toContain('<html lang="pt">');
    expect(problem).toContain('Histórico de situações');

    const missing = await get('/portal/mesas/nao-existe', headers);
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('<h1>Página não encontrada</h1>');
  });

  it('names the barrier categories in Portuguese, on the Mesa page and on a problem page', async () => {
    const categories: Category[] = (await portuguese.get('/api/categories')).json().categories;
    const words = recordWords('pt');
    const headers = { 'accept-language': 'pt-BR' };
    const mesa = (await get('/portal/mesas/forestal', headers)).body;
    const shown = categories.filter((c) => mesa.includes(escapeHtml(words[c.nameEn] ?? '\u0000')));
    expect(shown.length).toBeGreaterThan(0);
    for (const c of categories) expect(mesa, c.nameEn).not.toContain(escapeHtml(c.nameEn));

    const spanish = (await get('/portal/mesas/forestal', { 'accept-language': 'es' })).body;
    for (const c of shown) expect(spanish).toContain(escapeHtml(c.nameEs));

    const problemPath = /href="(\/portal\/mesas\/forestal\/problems\/P-\d+)(?:\?lang=pt)?"/.exec(mesa)?.[1];
    const problem = (await get(problemPath!, headers)).body;
    const category = categories.find((c) => problem.includes(escapeHtml(words[c.nameEn] ?? '\u0000')));
    expect(category).toBeDefined();
    expect(problem).not.toContain(escapeHtml(category!.nameEn));
  });

  it('gives the feed, the open data and the sitemap in Portuguese', async () => {
    const feed = await get('/portal/feed.atom?lang=pt');
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain('Mesas Executivas: o que mudou');
    const data = await get('/open-data/datapackage.json?lang=pt');
    expect(data.statusCode).toBe(200);
    expect(data.json().title).toBe('Mesas Executivas: dados abertos');
    const sitemap = (await get('/portal/sitemap.xml')).body;
    expect(sitemap).toContain(`<loc>${BASE}/portal/mesas/forestal?lang=pt</loc>`);
    expect(sitemap).toContain(`hreflang="pt" href="${BASE}/portal/mesas/forestal?lang=pt"`);
  });

  it('refuses a language it has no files for', async () => {
    expect((await get('/portal?lang=fr')).statusCode).toBe(400);
  });
});

describe('the records kept in Spanish and English', () => {
  it('have their Portuguese words: every category, Evaluation Wheel question and feasibility question', async () => {
    const words = recordWords('pt');
    const admin = await t.as('admin');
    const categories: Category[] = (await admin.get('/api/categories')).json().categories;
    const wheel: Question[] = (await admin.get('/api/wheel/questions')).json().questions;
    const assessment: Question[] = (await admin.get('/api/assessment-questions')).json().questions;
    expect([categories.length, wheel.length, assessment.length]).toEqual([13, 29, 23]);
    const english = [...categories.map((c) => c.nameEn), ...[...wheel, ...assessment].map((q) => q.textEn)];
    expect(english.filter((text) => !words[text])).toEqual([]);
  });

  it('show the new English words in Portuguese once an administrator rewrites the English', async () => {
    const admin = await t.as('admin');
    const categories: Category[] = (await admin.get('/api/categories')).json().categories;
    const headers = { 'accept-language': 'pt-BR' };
    const before = (await get('/portal/mesas/forestal', headers)).body;
    const shown = categories.find((c) =>
      before.includes(escapeHtml(recordWords('pt')[c.nameEn] ?? '\u0000')),
    )!;
    const rewritten = `${shown.nameEn} (rewritten)`;
    const res = await admin.patch(`/api/categories/${shown.id}`, { nameEn: rewritten });
    expect(res.statusCode, res.body).toBe(200);
    try {
      const after = (await get('/portal/mesas/forestal', headers)).body;
      expect(after).toContain(escapeHtml(rewritten));
      expect(after).not.toContain(escapeHtml(recordWords('pt')[shown.nameEn]!));
    } finally {
      await admin.patch(`/api/categories/${shown.id}`, { nameEn: shown.nameEn });
    }
  });
});

describe('an account in Portuguese', () => {
  it('gets refusals, field messages included, in Portuguese', async () => {
    const me = await portuguese.get('/api/auth/me');
    expect(me.json().user.locale).toBe('pt');
    expect(refusal(await portuguese.get(`/api/mesas/${crypto.randomUUID()}`), 404, 'NOT_FOUND').message).toBe(
      'Não encontrado.',
    );
    expect(refusal(await portuguese.get('/api/accounts'), 403, 'FORBIDDEN').message).toBe(
      'Você não tem permissão para fazer isso.',
    );
    const invalid = refusal(await portuguese.post('/api/auth/tokens', {}), 400, 'VALIDATION_FAILED');
    expect(invalid.message).toBe('Alguns campos não são válidos.');
    expect(invalid.fields?.[0]).toMatchObject({ path: 'name', message: 'obrigatório' });
  });

  it('is refused a language without string files, in Portuguese, and keeps its own', async () => {
    const res = refusal(await portuguese.patch('/api/auth/me', { locale: 'fr' }), 400, 'VALIDATION_FAILED');
    expect(res.fields?.[0]).toMatchObject({ path: 'locale', message: 'deve ser um destes: en, es, pt' });
    expect((await portuguese.get('/api/auth/me')).json().user.locale).toBe('pt');
  });

  it('is mailed in Portuguese', async () => {
    const wanted = `${unique('novo')}@example.org`;
    const res = await portuguese.post('/api/me/email', { email: wanted });
    expect(res.statusCode, res.body).toBe(202);
    const [message] = await t.database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.toAddress, wanted), eq(mailOutbox.kind, 'email_change')));
    expect(message?.locale).toBe('pt');
    expect(message?.subject).toBe('Confirme seu novo endereço de e-mail no Mesas');
    expect(message?.text).toContain(portugueseEmail);
  });

  it('may switch to Portuguese and back through the API', async () => {
    const observer = await t.as('observer');
    const toPt = await observer.patch('/api/auth/me', { locale: 'pt' });
    expect(toPt.statusCode, toPt.body).toBe(200);
    expect(toPt.json().user.locale).toBe('pt');
    expect(refusal(await observer.get('/api/accounts'), 403, 'FORBIDDEN').message).toBe(
      'Você não tem permissão para fazer isso.',
    );
    const back = await observer.patch('/api/auth/me', { locale: 'es' });
    expect(back.json().user.locale).toBe('es');
  });
});

describe('the API', () => {
  it('answers a stranger asking for pt-BR in Portuguese', async () => {
    const res = await get('/api/auth/me', { 'accept-language': 'pt-BR' });
    expect(refusal(res, 401, 'UNAUTHENTICATED').message).toBe('Faça login para continuar.');
  });

  it('keeps a Mesa in Portuguese and refuses an unknown language', async () => {
    const mesa = await createMesa(t, { locale: 'pt' });
    expect(mesa.locale).toBe('pt');
    const coordinator = await t.as('coordinator');
    expect((await coordinator.get(`/api/mesas/${mesa.id}`)).json().locale).toBe('pt');
    const refused = await coordinator.post('/api/mesas', {
      name: unique('Mesa em francês'),
      kind: 'sector',
      sector: 'Pruebas',
      hostOrganizationId: await organizationId(t, 'PRODUCE'),
      locale: 'fr',
    });
    expect(refused.statusCode).toBe(400);
  });

  it('lists the languages of its string files in its OpenAPI document', async () => {
    const document = (await get('/api/openapi.json')).json();
    const body = document.paths['/api/auth/me'].patch.requestBody.content['application/json'].schema;
    expect(body.properties.locale.enum).toEqual(['en', 'es', 'pt']);
  });
});
