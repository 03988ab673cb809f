import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments, people } from '../../src/db/schema';
import en from '../../src/i18n/strings.en';
import es from '../../src/i18n/strings.es';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { type ForestalTeam, forestalTeam, inLanguage, snapshot } from '../support/fixtures';

/**
 * Input PostgreSQL cannot store (NUL in text or jsonb, unpaired UTF-16 surrogates) and absurd nesting
 * are refused with 400 VALIDATION_FAILED naming the field, in body, query and path alike, and nothing
 * is written.
 */

let t: TestContext;
let team: Client;
let forestal: string;
let commitment: ForestalTeam['commitment'];

beforeAll(async () => {
  t = await createTestContext();
  ({ team, mesaId: forestal, commitment } = await forestalTeam(t));
});

afterAll(async () => {
  await t.close();
});

const raw = (c: Client, method: 'GET' | 'POST', url: string, json?: string, language = 'en') =>
  t.app.inject({
    method,
    url,
    headers: {
      ...c.headers,
      'accept-language': language,
      ...(json ? { 'content-type': 'application/json' } : {}),
    },
    ...(json ? { payload: json } : {}),
  });

function expectRefused(res: LightMyRequestResponse, path: string, key: string) {
  expect(res.statusCode, JSON.stringify(res.json())).toBe(400);
  const error = res.json().error;
  expect(error.code).toBe('VALIDATION_FAILED');
  expect(error.fields).toHaveLength(1);
  expect(error.fields[0]).toMatchObject({ path, key });
  return error.fields[0].message as string;
}

describe('text PostgreSQL cannot store', () => {
  it('refuses a NUL in a body field, naming it, in the caller language, and writes nothing', async () => {
    const before = await snapshot(t, commitments);
    const body = JSON.stringify(commitment('Publicar\u0000el reglamento'));
    for (const [language, fields] of [
      ['en', en.fields],
      ['es', es.fields],
    ] as const) {
      await inLanguage(t, team, language);
      const res = await raw(team, 'POST', `/api/mesas/${forestal}/commitments`, body, language);
      expect(expectRefused(res, 'text', 'fields.unstorableCharacter')).toBe(fields.unstorableCharacter);
    }
    expect(await snapshot(t, commitments)).toEqual(before);
  });

  it('refuses a NUL in a nested field and in an object key', async () => {
    const coordinator = await t.as('coordinator');
    const res = await raw(
      coordinator,
      'POST',
      '/api/people',
      JSON.stringify({ fullName: 'Ana', extra: ['ok', 'x\u0000'] }),
    );
    expectRefused(res, 'extra.1', 'fields.unstorableCharacter');
    const key = await raw(
      coordinator,
      'POST',
      '/api/people',
      JSON.stringify({ fullName: 'Ana', 'a\u0000': 1 }),
    );
    expectRefused(key, 'a?', 'fields.unstorableCharacter');
  });

  it('refuses a NUL in a query parameter and in a path parameter', async () => {
    const coordinator = await t.as('coordinator');
    expectRefused(await raw(coordinator, 'GET', '/api/people?q=Ana%00'), 'q', 'fields.unstorableCharacter');
    expectRefused(await raw(coordinator, 'GET', '/api/people/%00'), 'id', 'fields.unstorableCharacter');
  });

  it('refuses an unpaired surrogate, which would be stored changed, and keeps paired ones', async () => {
    const coordinator = await t.as('coordinator');
    const before = await snapshot(t, people);
    const lone = await raw(coordinator, 'POST', '/api/people', '{"fullName":"Ana \\ud800 Ruiz"}');
    expectRefused(lone, 'fullName', 'fields.unstorableCharacter');
    const low = await raw(coordinator, 'POST', '/api/people', '{"fullName":"Ana \\udc00 Ruiz"}');
    expectRefused(low, 'fullName', 'fields.unstorableCharacter');
    expect(await snapshot(t, people)).toEqual(before);
    const paired = await raw(coordinator, 'POST', '/api/people', '{"fullName":"Ana \\ud83c\\udf33 Ruiz"}');
    expect(paired.statusCode, paired.body).toBe(201);
    expect(paired.json().fullName).toBe('Ana 🌳 Ruiz');
  });

  it('refuses JSON nested 10,000 levels deep with 400, not a crash', async () => {
    const coordinator = await t.as('coordinator');
    const deep = `{"fullName":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const res = await raw(coordinator, 'POST', '/api/people', deep);
    expectRefused(res, ['fullName', ...Array(31).fill('0')].join('.'), 'fields.nestedTooDeep');
  });
});
