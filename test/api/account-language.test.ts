import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoAccountRole } from '../../src/demo/types';
import { translator } from '../../src/i18n';
import { type Client, client, createTestContext, type TestContext } from '../support/app';
import { mesaBySlug, messages, unknownId } from '../support/fixtures';

/**
 * One rule picks the language of every answer: the route's `?lang=`, else the signed-in account's
 * language (session cookie or API token), else Accept-Language, else the deployment's default.
 */

/** The two languages every string exists in. */
type Locale = 'es' | 'en';

let t: TestContext;
let forestal = '';
/** Bearer clients of accounts whose language is Spanish and English. */
const tokens = {} as Record<Locale, Client>;
/** Cookie sessions of the same accounts. */
const sessions = {} as Record<Locale, Client>;

const accountOf: Record<Locale, DemoAccountRole> = { es: 'observer', en: 'public_rep' };

/** The first row of the Matrix workbook, the sheet's name and the file's name. */
async function xlsxHeader(res: LightMyRequestResponse) {
  expect(res.statusCode, res.body).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  return { sheetName: sheet.name, header, disposition: String(res.headers['content-disposition']) };
}

async function csvHeader(res: LightMyRequestResponse): Promise<string[]> {
  expect(res.statusCode, res.body).toBe(200);
  const book = new ExcelJS.Workbook();
  const sheet = await book.csv.read(Readable.from([res.body.replace(/^\uFEFF/, '')]), {
    parserOptions: { delimiter: ',' },
    map: (v: string) => v,
  });
  return (sheet.getRow(1).values as string[]).slice(1);
}

/** The Matrix's column headers as the spreadsheet writes them in a language. */
const columns = (lang: Locale) => ({
  number: translator(lang)('matrixSheet.columns.number'),
  title: translator(lang)('matrixSheet.columns.title'),
});

function expectRefusal(
  res: LightMyRequestResponse,
  status: number,
  code: keyof typeof messages.en,
  lang: Locale,
) {
  expect(res.statusCode, res.body).toBe(status);
  const { error } = res.json();
  expect(error.code).toBe(code);
  expect(error.message).toBe(messages[lang][code]);
  return error as { fields?: { path: string; key: string; message: string }[] };
}

beforeAll(async () => {
  t = await createTestContext();
  forestal = (await mesaBySlug(t, 'forestal'))!.id;
  for (const lang of ['es', 'en'] as const) {
    const session = await t.as(accountOf[lang]);
    const changed = await session.patch('/api/auth/me', { locale: lang });
    expect(changed.statusCode, changed.body).toBe(200);
    const created = await session.post('/api/auth/tokens', { name: `Integración ${lang}` });
    expect(created.statusCode, created.body).toBe(201);
    tokens[lang] = client(t.app, { authorization: `Bearer ${created.json().token}` });
    sessions[lang] = session;
  }
});

afterAll(async () => {
  await t?.close();
});

describe('an API token speaks its account’s language', () => {
  it('sanity: the two languages differ in what these tests compare', () => {
    expect(messages.es.NOT_FOUND).not.toBe(messages.en.NOT_FOUND);
    expect(columns('es').title).not.toBe(columns('en').title);
  });

  for (const lang of ['es', 'en'] as const) {
    describe(`an account in ${lang}, no Accept-Language`, () => {
      it('gets 404, 403 and 400 refusals, field messages included, in its language', async () => {
        const api = tokens[lang];
        expectRefusal(await api.get(`/api/mesas/${unknownId()}`), 404, 'NOT_FOUND', lang);
        expectRefusal(await api.get('/api/accounts'), 403, 'FORBIDDEN', lang);
        expectRefusal(await api.get(`/api/unknown-route-${lang}`), 404, 'NOT_FOUND', lang);

        // A body that fails the request schema: the field's message too.
        const invalid = expectRefusal(await api.post('/api/auth/tokens', {}), 400, 'VALIDATION_FAILED', lang);
        expect(invalid.fields?.length).toBeGreaterThan(0);
        const other = lang === 'es' ? 'en' : 'es';
        const theOther = expectRefusal(
          await tokens[other].post('/api/auth/tokens', {}),
          400,
          'VALIDATION_FAILED',
          other,
        );
        expect(invalid.fields?.[0]?.key).toBe(theOther.fields?.[0]?.key);
        expect(invalid.fields?.[0]?.message).not.toBe(theOther.fields?.[0]?.message);

        // A `lang` the route does not know is refused in the account's language.
        expectRefusal(
          await api.get(`/api/mesas/${forestal}/matrix.xlsx?lang=fr`),
          400,
          'VALIDATION_FAILED',
          lang,
        );
      });

      it('gets the Matrix XLSX and CSV with headers (and file names) in its language', async () => {
        const api = tokens[lang];
        const xlsx = await xlsxHeader(await api.get(`/api/mesas/${forestal}/matrix.xlsx`));
        expect(xlsx.header.slice(0, 2)).toEqual([columns(lang).number, columns(lang).title]);
        expect(xlsx.sheetName).toBe(translator(lang)('matrixSheet.sheetName'));
        expect(xlsx.disposition).toContain(lang === 'es' ? 'filename="matriz-' : 'filename="matrix-');

        const csv = await csvHeader(await api.get(`/api/mesas/${forestal}/matrix.csv`));
        expect(csv.slice(0, 2)).toEqual([columns(lang).number, columns(lang).title]);
      });
    });
  }

  it('comes before Accept-Language, which browsers and HTTP libraries send on their own', async () => {
    const spanish = (h: Record<string, string>) =>
      tokens.es.request('GET', `/api/mesas/${unknownId()}`, undefined, h);
    const english = (h: Record<string, string>) =>
      tokens.en.request('GET', `/api/mesas/${unknownId()}`, undefined, h);
    expectRefusal(await spanish({ 'accept-language': 'en-US,en;q=0.9' }), 404, 'NOT_FOUND', 'es');
    expectRefusal(await english({ 'accept-language': 'es-PE,es;q=0.9' }), 404, 'NOT_FOUND', 'en');
    // What Node's fetch sends when nothing is set.
    expectRefusal(await english({ 'accept-language': '*' }), 404, 'NOT_FOUND', 'en');

    const csv = await tokens.en.request('GET', `/api/mesas/${forestal}/matrix.csv`, undefined, {
      'accept-language': 'es',
    });
    expect((await csvHeader(csv)).slice(0, 2)).toEqual([columns('en').number, columns('en').title]);
  });

  it('is the same for a session cookie', async () => {
    for (const lang of ['es', 'en'] as const) {
      const other = lang === 'es' ? 'en' : 'es';
      const res = await sessions[lang].request('GET', `/api/mesas/${unknownId()}`, undefined, {
        'accept-language': other,
      });
      expectRefusal(res, 404, 'NOT_FOUND', lang);
    }
  });
});

describe('an explicit ?lang= wins', () => {
  it('over the account’s language, in exports and in the route’s refusals', async () => {
    for (const lang of ['es', 'en'] as const) {
      const asked = lang === 'es' ? 'en' : 'es';
      const api = tokens[lang];
      const xlsx = await xlsxHeader(await api.get(`/api/mesas/${forestal}/matrix.xlsx?lang=${asked}`));
      expect(xlsx.header.slice(0, 2)).toEqual([columns(asked).number, columns(asked).title]);
      const csv = await csvHeader(await api.get(`/api/mesas/${forestal}/matrix.csv?lang=${asked}`));
      expect(csv.slice(0, 2)).toEqual([columns(asked).number, columns(asked).title]);
      expectRefusal(
        await api.get(`/api/mesas/${unknownId()}/matrix.csv?lang=${asked}`),
        404,
        'NOT_FOUND',
        asked,
      );
    }
  });

  it('in the dashboards’ CSV too', async () => {
    const spanish = await tokens.en.get(`/api/mesas/${forestal}/metrics/momentum.csv?lang=es`);
    const english = await tokens.en.get(`/api/mesas/${forestal}/metrics/momentum.csv`);
    const alsoEnglish = await tokens.es.get(`/api/mesas/${forestal}/metrics/momentum.csv?lang=en`);
    const alsoSpanish = await tokens.es.get(`/api/mesas/${forestal}/metrics/momentum.csv`);
    for (const res of [spanish, english, alsoEnglish, alsoSpanish])
      expect(res.statusCode, res.body).toBe(200);
    const firstLine = (res: LightMyRequestResponse) => res.body.replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    expect(firstLine(english)).toBe(firstLine(alsoEnglish));
    expect(firstLine(spanish)).toBe(firstLine(alsoSpanish));
    expect(firstLine(english)).not.toBe(firstLine(spanish));
  });
});

describe('without an account', () => {
  it('Accept-Language still decides, else the default (Spanish)', async () => {
    const anonymous = (h: Record<string, string>) => t.anonymous.request('GET', '/api/mesas', undefined, h);
    expectRefusal(await anonymous({ 'accept-language': 'en-GB,en;q=0.9' }), 401, 'UNAUTHENTICATED', 'en');
    expectRefusal(await anonymous({ 'accept-language': 'es-PE' }), 401, 'UNAUTHENTICATED', 'es');
    expectRefusal(await anonymous({}), 401, 'UNAUTHENTICATED', 'es');
    expectRefusal(await anonymous({ 'accept-language': '*' }), 401, 'UNAUTHENTICATED', 'es');
    // An unknown token is no account: its refusal follows Accept-Language.
    const forged = await t.anonymous.request('GET', '/api/mesas', undefined, {
      authorization: 'Bearer mesas_pat_unknown',
      'accept-language': 'en',
    });
    expectRefusal(forged, 401, 'UNAUTHENTICATED', 'en');
  });
});
