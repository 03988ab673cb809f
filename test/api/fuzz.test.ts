import { and, eq, ne, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import {
  agendaItems,
  apiTokens,
  assessmentQuestions,
  assessments,
  barrierCategories,
  commitments,
  decisions,
  escalations,
  mailOutbox,
  meetings,
  outcomeIndicators,
  problems,
  solutions,
  users,
} from '../../src/db/schema';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { type Client, createTestContext } from '../support/app';
import {
  addParticipant,
  createPerson,
  demoEmail,
  demoRoles,
  ensureMesa,
  newSession,
  organizationId,
} from '../support/fixtures';
import { mulberry32 } from '../support/random';

/**
 * A schema-driven fuzz test: every operation of /api/openapi.json, as every demo role and anonymously,
 * with a well-formed request and with wrong types, missing fields, NUL and control characters, unpaired
 * surrogates, huge numbers, 1 MB strings, deep JSON and broken path and query parameters. No answer may
 * be a 5xx or show a stack trace. Deterministic: a seeded generator picks the values, and the number of
 * cases per operation is fixed (the 1 MB and deep cases go to fewer roles to bound the run).
 */

const SEED = 0x6d65736173;

/** mulberry32: a small, seeded PRNG, so every run sends the same requests. */
function generator(seed: number) {
  const next = mulberry32(seed);
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
    uuid: () =>
      'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(next() * 16).toString(16)),
  };
}

// ── The API as its OpenAPI document describes it ─────────────────────────────────────────────────────

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
}

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}

interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path, e.g. /api/mesas/{id}/commitments. */
  path: string;
  params: Parameter[];
  query: Parameter[];
  body: JsonSchema | null;
  /** A server-sent event stream: a request that is let in never ends, so only refused ones are sent. */
  stream: boolean;
}

type Role = (typeof demoRoles)[number] | 'anonymous';

// ── The server under test, on its own database ───────────────────────────────────────────────────────

const t = await createTestContext();
const today = todayIn(new Date(), 'America/Lima');
const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
  paths: Record<
    string,
    Record<string, { parameters?: Parameter[]; requestBody?: unknown; responses?: unknown }>
  >;
};

const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
  Object.entries(byMethod).map(([method, op]) => {
    const parameters = op.parameters ?? [];
    const content = (op.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined)
      ?.content;
    return {
      method: method.toUpperCase() as Operation['method'],
      path,
      params: parameters.filter((p) => p.in === 'path'),
      query: parameters.filter((p) => p.in === 'query'),
      body: content?.['application/json']?.schema ?? null,
      stream: JSON.stringify(op.responses ?? {}).includes('text/event-stream'),
    };
  }),
);

/** Real records for path parameters and references, chosen so that fuzzing them cannot lock anyone out. */
const forestal = await ensureMesa(t, 'forestal', 'members');
const produce = await organizationId(t, 'PRODUCE');

async function firstId(table: PgTable & { id: PgColumn }, where?: SQL): Promise<string> {
  const [row] = await t.database.db.select({ id: table.id }).from(table).where(where).limit(1);
  return (row?.id as string | undefined) ?? generator(1).uuid();
}

const [teamUser] = await t.database.db
  .select({ personId: users.personId })
  .from(users)
  .where(eq(users.email, demoEmail('team')));
const spare = await createPerson(t, { fullName: 'Persona de prueba (fuzz)' });
const spareParticipation = await addParticipant(t, forestal, { role: 'observer', personId: spare.id });
const spareAccount = await (await newSession(t, demoEmail('admin'))).post('/api/accounts', {
  email: 'fuzz-spare@example.org',
  fullName: 'Cuenta de prueba (fuzz)',
  globalRole: null,
  locale: 'es',
});
const spareToken = await (await newSession(t, demoEmail('admin'))).post('/api/auth/tokens', { name: 'fuzz' });
const meetingId = await firstId(meetings, eq(meetings.mesaId, forestal));
const problemId = await firstId(
  problems,
  and(eq(problems.mesaId, forestal), ne(problems.visibility, 'team')),
);

const ids = {
  mesas: forestal,
  participations: spareParticipation,
  organizations: produce,
  people: spare.id,
  accounts: (spareAccount.json() as { id?: string }).id ?? generator(2).uuid(),
  tokens: (spareToken.json() as { id?: string }).id ?? generator(3).uuid(),
  problems: problemId,
  solutions: await firstId(solutions, eq(solutions.problemId, problemId)),
  indicators: await firstId(outcomeIndicators),
  categories: await firstId(barrierCategories),
  meetings: meetingId,
  items: await firstId(agendaItems, eq(agendaItems.meetingId, meetingId)),
  decisions: await firstId(decisions, eq(decisions.meetingId, meetingId)),
  commitments: await firstId(commitments, eq(commitments.mesaId, forestal)),
  outbox: await firstId(mailOutbox),
  assessments: await firstId(assessments),
  'assessment-questions': await firstId(assessmentQuestions),
  escalations: await firstId(escalations),
  apiTokens: await firstId(apiTokens),
};

/** A real id for a path parameter: the record named by the path segment before it. */
function realParam(path: string, name: string): string {
  const segments = path.split('/');
  const at = segments.findIndex((s) => s.includes(`{${name}}`));
  if (name === 'token') return 'mesas_cal_fuzz';
  const owner = name === 'id' ? segments[at - 1] : name.replace(/Id$/, 's');
  return (ids as Record<string, string>)[owner ?? ''] ?? ids.mesas;
}

/** A real id for a reference in a body, by the field's name. */
function realReference(field: string, rand: ReturnType<typeof generator>): string {
  const name = field.toLowerCase();
  if (name.includes('person') || name.includes('moderator')) return teamUser?.personId ?? spare.id;
  if (name.includes('organization') || name === 'parentid') return produce;
  if (name.includes('problem')) return problemId;
  if (name.includes('solution')) return ids.solutions;
  if (name.includes('meeting')) return meetingId;
  if (name.includes('mesa')) return forestal;
  if (name.includes('agendaitem')) return ids.items;
  return rand.uuid();
}

// ── Values ───────────────────────────────────────────────────────────────────────────────────────────

const MEGABYTE_STRING = 'x'.repeat(1_000_000);
const deepArrays = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const controlStrings = [
  'a\u0000b',
  '\u0000',
  '\u0001\u0007\b\u001b[31m\u007f',
  '\u0085\u2028\u2029\ufeff\u200b',
  'lone \ud800 surrogate',
  '\udfff',
  '<script>alert(1)</script>',
  "'; drop table mesas; --",
  '%00%ff',
  '',
  ' ',
];
const hugeNumbers = [1e308, -1e308, 2 ** 53 + 2, -(2 ** 63), 2 ** 31, -1, 0.5, 1e-320];

function typeOf(schema: JsonSchema): string {
  const variant = schema.oneOf?.[0] ?? schema.anyOf?.[0] ?? schema.allOf?.[0];
  if (variant && !schema.type) return typeOf(variant);
  const type = [schema.type ?? (schema.properties ? 'object' : 'string')].flat();
  return type.find((x) => x !== 'null') ?? 'string';
}

/** A well-formed value for a schema, references filled with real ids where the name says which. */
function sample(schema: JsonSchema, field: string, rand: ReturnType<typeof generator>, depth = 0): unknown {
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants?.length) return sample(rand.pick(variants), field, rand, depth);
  if (schema.type === 'null') return null;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return rand.pick(schema.enum);
  if (schema.nullable && rand.chance(0.1)) return null;
  switch (typeOf(schema)) {
    case 'object': {
      const out: Record<string, unknown> = {};
      if (depth > 4) return out;
      const required = new Set(schema.required ?? []);
      for (const [name, child] of Object.entries(schema.properties ?? {})) {
        if (required.has(name) || rand.chance(0.5)) out[name] = sample(child, name, rand, depth + 1);
      }
      return out;
    }
    case 'array': {
      const n = Math.max(schema.minItems ?? 0, depth > 4 ? 0 : 1);
      return Array.from({ length: n }, () => sample(schema.items ?? {}, field, rand, depth + 1));
    }
    case 'integer':
    case 'number': {
      const low = schema.minimum ?? (field === 'version' ? 1 : 0);
      const high = schema.maximum ?? low + 10;
      return typeOf(schema) === 'integer' ? low + rand.int(high - low + 1) : low + rand.next() * (high - low);
    }
    case 'boolean':
      return rand.chance(0.5);
    default:
      switch (schema.format) {
        case 'uuid':
          return realReference(field, rand);
        case 'date':
          return addDays(today, rand.int(30));
        case 'date-time':
          return new Date(Date.now() + 86_400_000 * (1 + rand.int(30))).toISOString();
        case 'email':
          return `fuzz-${rand.int(1e9)}@example.org`;
        case 'uri':
          return 'https://example.org/fuzz';
      }
      return 'Texto de prueba ñandú 🌳'.slice(0, Math.max(schema.maxLength ?? 24, schema.minLength ?? 1));
  }
}

/** Values of the wrong type for a schema. */
function wrongTypes(schema: JsonSchema): unknown[] {
  switch (typeOf(schema)) {
    case 'object':
      return [[], 'object', 7, true];
    case 'array':
      return ['list', { 0: 'a' }, 3];
    case 'integer':
    case 'number':
      return ['12', true, [], {}, 'NaN'];
    case 'boolean':
      return ['true', 1, null];
    default:
      return [12345, true, [], {}, { $gt: '' }];
  }
}

/** What goes wrong with one field: a wrong type, a hostile string, a huge number, null. */
function hostileValue(schema: JsonSchema, rand: ReturnType<typeof generator>): unknown {
  const type = typeOf(schema);
  const pools: unknown[][] = [wrongTypes(schema), controlStrings, [null]];
  if (type === 'integer' || type === 'number') pools.push(hugeNumbers, hugeNumbers);
  if (type === 'array') pools.push([controlStrings, hugeNumbers, [[[[[['deep']]]]]]]);
  if (type === 'string') pools.push(controlStrings);
  return rand.pick(rand.pick(pools));
}

const hostilePathValues = [
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%ff',
  '%',
  '..%2F..%2Fetc%2Fpasswd',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '-1',
  '9'.repeat(400),
  'x'.repeat(5000),
  '%F0%9F%8C%B3',
];

const hostileQueryValues = [
  'a%00b',
  '%00',
  '%ED%A0%80',
  '%ff',
  '1e400',
  '-99999999999999999999999',
  '%0A%0D%1B',
  'true',
  '2026-02-30',
  `${'x'.repeat(20_000)}`,
];

// ── Requests ─────────────────────────────────────────────────────────────────────────────────────────

interface Case {
  what: string;
  params?: Record<string, string>;
  query?: string;
  /** The raw body: JSON text, or text that is not JSON. */
  body?: string;
  contentType?: string;
  roles: readonly Role[];
}

const allRoles: readonly Role[] = [...demoRoles, 'anonymous'];
const sessions = new Map<Role, Client>();

async function clientFor(role: Role): Promise<Client | null> {
  if (role === 'anonymous') return null;
  let c = sessions.get(role);
  if (!c) {
    c = await newSession(t, demoEmail(role));
    sessions.set(role, c);
  }
  return c;
}

function urlOf(op: Operation, c: Case): string {
  let url = op.path;
  for (const p of op.params) {
    url = url.replace(`{${p.name}}`, c.params?.[p.name] ?? encodeURIComponent(realParam(op.path, p.name)));
  }
  return c.query ? `${url}?${c.query}` : url;
}

function wellFormedQuery(op: Operation, rand: ReturnType<typeof generator>): string {
  const parts: string[] = [];
  for (const p of op.query) {
    if (!p.required && rand.chance(0.5)) continue;
    const value = sample(p.schema ?? {}, p.name, rand);
    parts.push(`${encodeURIComponent(p.name)}=${encodeURIComponent(String(value))}`);
  }
  return parts.join('&');
}

/** The cases for one operation: fixed in number, values from the seeded generator. */
function casesOf(op: Operation, rand: ReturnType<typeof generator>): Case[] {
  const few = (): Role[] => ['admin', rand.pick(demoRoles.filter((r) => r !== 'admin'))];
  const cases: Case[] = [];
  const body = (value: unknown) => JSON.stringify(value);
  const valid = op.body ? (sample(op.body, 'body', rand) as Record<string, unknown>) : undefined;
  const withBody = (text: string | undefined): Pick<Case, 'body'> =>
    text === undefined ? {} : { body: text };

  if (op.stream) {
    // Only requests that must be refused: a stream that is let in stays open.
    for (const value of hostilePathValues.slice(0, 6)) {
      for (const p of op.params)
        cases.push({ what: `path ${p.name}=${value}`, params: { [p.name]: value }, roles: few() });
    }
    return cases;
  }

  cases.push({
    what: 'well-formed',
    query: wellFormedQuery(op, rand),
    ...withBody(valid && body(valid)),
    roles: allRoles,
  });

  for (const p of op.params) {
    for (const value of ['a%00b', rand.pick(hostilePathValues), rand.uuid()]) {
      cases.push({
        what: `path ${p.name}=${value.slice(0, 40)}`,
        params: { [p.name]: value },
        ...withBody(valid && body(valid)),
        roles: few(),
      });
    }
  }

  for (const p of op.query) {
    for (const value of ['a%00b', rand.pick(hostileQueryValues), rand.pick(hostileQueryValues)]) {
      cases.push({
        what: `query ${p.name}=${value.slice(0, 40)}`,
        query: `${p.name}=${value}`,
        roles: few(),
      });
    }
    if (['integer', 'number'].includes(typeOf(p.schema ?? {}))) {
      cases.push({ what: `query ${p.name}=2^31`, query: `${p.name}=${2 ** 31}`, roles: few() });
    }
    cases.push({ what: `query ${p.name} twice`, query: `${p.name}=a&${p.name}=b`, roles: few() });
    cases.push({ what: `query ${p.name} of 1 MB`, query: `${p.name}=${MEGABYTE_STRING}`, roles: ['admin'] });
  }

  if (!op.body || !valid) return cases;
  cases.push({ what: 'no body', roles: few() });
  cases.push({ what: 'empty object', body: '{}', roles: allRoles.filter((r) => r !== 'anonymous') });
  cases.push({ what: 'not JSON', body: '{"a":', roles: few() });
  cases.push({ what: 'JSON as text/plain', body: body(valid), contentType: 'text/plain', roles: few() });
  for (const wrong of [[], 'body', 42, null])
    cases.push({ what: `body ${body(wrong)}`, body: body(wrong), roles: few() });
  cases.push({ what: 'body nested 10,000 arrays deep', body: deepArrays(10_000), roles: ['admin'] });
  cases.push({
    what: 'number of 400 digits',
    body: body(valid).replace(/^\{/, `{"version":${'9'.repeat(400)},`),
    roles: few(),
  });

  const properties = Object.entries(op.body.properties ?? {});
  for (const [name, schema] of properties) {
    const value = hostileValue(schema, rand);
    cases.push({
      what: `${name}=${JSON.stringify(value)?.slice(0, 40)}`,
      body: body({ ...valid, [name]: value }),
      roles: few(),
    });
    // Past what the database's integer and numeric columns hold: every number field gets these.
    const type = typeOf(schema);
    if (type === 'integer' || type === 'number') {
      for (const edge of type === 'integer' ? [2 ** 31, -(2 ** 31) - 1] : [2 ** 31, 1e308, -1e308]) {
        cases.push({ what: `${name}=${edge}`, body: body({ ...valid, [name]: edge }), roles: few() });
      }
    }
    if ((op.body.required ?? []).includes(name)) {
      const { [name]: _, ...missing } = valid;
      cases.push({ what: `without ${name}`, body: body(missing), roles: few() });
    }
  }
  // Free text: a NUL in an id, a date or a choice is refused by its format before it goes anywhere.
  const strings = properties.filter(
    ([, s]) => typeOf(s) === 'string' && !s.format && !s.enum && !(s as { pattern?: string }).pattern,
  );
  if (strings.length > 0) {
    const [name] = rand.pick(strings);
    cases.push({
      what: `${name} of 1 MB`,
      body: body({ ...valid, [name]: MEGABYTE_STRING }),
      roles: ['admin'],
    });
    const everyString = (value: () => string) =>
      body({ ...valid, ...Object.fromEntries(strings.map(([n]) => [n, value()])) });
    cases.push({ what: 'every string with a NUL', body: everyString(() => 'a\u0000b'), roles: few() });
    cases.push({
      what: 'every string an unpaired surrogate',
      body: everyString(() => 'a\ud800b'),
      roles: few(),
    });
    cases.push({
      what: 'every string hostile',
      body: everyString(() => rand.pick(controlStrings)),
      roles: allRoles,
    });
  }
  if (properties.length > 0) {
    const [name] = rand.pick(properties);
    cases.push({
      what: `${name} nested 10,000 arrays deep`,
      body: body(valid).replace(/^\{/, `{${JSON.stringify(name)}:${deepArrays(10_000)},`),
      roles: ['admin'],
    });
  }
  return cases;
}

/** A 5xx, or a body that shows how the server is built inside. */
function fault(res: LightMyRequestResponse): string | null {
  if (res.statusCode >= 500) return `status ${res.statusCode}`;
  const text = res.body.slice(0, 200_000);
  if (/\n\s+at [^\n]+[:(]/.test(text) || /\\n\s+at /.test(text)) return 'stack trace in the body';
  if (/Error: [^"]*(\/src\/|\/node_modules\/|\.ts:\d)/.test(text))
    return 'error with a file path in the body';
  return null;
}

let requests = 0;

async function send(op: Operation, c: Case, role: Role): Promise<string | null> {
  const client = await clientFor(role);
  const headers: Record<string, string> = { ...(client?.headers ?? {}) };
  if (c.body !== undefined) headers['content-type'] = c.contentType ?? 'application/json';
  const res = await t.app.inject({
    method: op.method,
    url: urlOf(op, c),
    headers,
    ...(c.body !== undefined ? { payload: c.body } : {}),
  });
  requests++;
  // A request may end its own session (logout, a changed password): the next one gets a new session.
  if (res.statusCode === 401 && role !== 'anonymous') sessions.delete(role);
  const problem = fault(res);
  return problem && `${op.method} ${op.path} [${c.what}] as ${role}: ${problem}: ${res.body.slice(0, 300)}`;
}

afterAll(async () => {
  console.info(`fuzz: ${requests} requests over ${operations.length} operations`);
  await t.close();
});

describe('fuzzing every operation of the OpenAPI document', () => {
  it('finds the operations', () => {
    expect(operations.length).toBeGreaterThan(100);
  });

  // Fixed order and seed per operation: a failure reproduces by running this file again.
  for (const [index, op] of operations.entries()) {
    it(`${op.method} ${op.path}`, { timeout: 120_000 }, async () => {
      const rand = generator(SEED + index);
      const failures: string[] = [];
      for (const c of casesOf(op, rand)) {
        for (const role of c.roles) {
          const failure = await send(op, c, role);
          if (failure) failures.push(failure);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
