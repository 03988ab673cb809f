import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiTokens,
  authSessions,
  mesaEvents,
  mesas,
  organizations,
  participations,
  people,
  users,
} from '../../src/db/schema';
import type { ErrorCode } from '../../src/domain/errors';
import { type Client, createTestContext, type TestContext } from '../support/app';
import {
  addParticipant,
  createPerson,
  inLanguage,
  mesaBySlug,
  messages,
  organizationId,
  snapshot,
  unique,
  unknownId,
} from '../support/fixtures';

/**
 * Refused input: each case asserts the status, the error code, the field named, that the message is
 * translated into the caller's language, and that nothing at all was written (not even to the audit log).
 */

let t: TestContext;
let coordinator: Client;
let admin: Client;
const ids = {
  forestal: '',
  produce: '',
  participation: '',
  person: '',
  adminAccount: '',
  observerPerson: '',
};

const tables = [mesas, mesaEvents, participations, organizations, people, users, apiTokens] as const;

interface Refusal {
  status: number;
  code: ErrorCode;
  /** The field `error.fields` must name. */
  field?: string;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * Sends the request in English and in Spanish (the caller's account speaking each in turn, Spanish
 * last); both must be refused the same way and write nothing.
 */
async function refused(c: Client, method: Method, url: string, body: unknown, want: Refusal) {
  const before = await snapshot(t, ...tables);
  const mesaBefore = await t.database.db.select().from(mesas).where(eq(mesas.id, ids.forestal));
  const replies = [];
  for (const language of ['en', 'es'] as const) {
    const res = await c.request(method, url, body, await inLanguage(t, c, language));
    const where = `${method} ${url} ${JSON.stringify(body)?.slice(0, 200)} → ${res.body.slice(0, 500)}`;
    expect(res.statusCode, where).toBe(want.status);
    const { error } = res.json();
    expect(error.code, where).toBe(want.code);
    expect(error.message, where).toBe(messages[language][want.code]);
    expect(error.requestId, where).toBe(res.headers['x-request-id']);
    if (want.field) {
      expect(
        error.fields?.map((f: { path: string }) => f.path),
        where,
      ).toContain(want.field);
    }
    replies.push(error);
  }
  expect(replies[0].message).not.toBe(replies[1].message);
  expect(await snapshot(t, ...tables)).toEqual(before);
  expect(await t.database.db.select().from(mesas).where(eq(mesas.id, ids.forestal))).toEqual(mesaBefore);
  return replies[0] as { fields?: { path: string; message: string }[] } & Record<string, unknown>;
}

const invalid = (field: string): Refusal => ({ status: 400, code: 'VALIDATION_FAILED', field });
const notFound: Refusal = { status: 404, code: 'NOT_FOUND' };
const conflict = (field: string): Refusal => ({ status: 409, code: 'CONFLICT', field });
const long = (n: number) => 'x'.repeat(n);

beforeAll(async () => {
  t = await createTestContext();
  coordinator = await t.as('coordinator');
  admin = await t.as('admin');
  ids.forestal = (await mesaBySlug(t, 'forestal'))!.id;
  ids.produce = await organizationId(t, 'PRODUCE');
  ids.person = (await createPerson(t, { email: `${unique('persona')}@example.org` })).id;
  ids.participation = await addParticipant(t, ids.forestal, { role: 'observer', personId: ids.person });
  ids.adminAccount = (await admin.get('/api/auth/me')).json().user.id;
  ids.observerPerson = (await (await t.as('observer')).get('/api/auth/me')).json().user.personId;
});
afterAll(() => t?.close());

describe('POST /api/mesas', () => {
  const valid = () => ({
    name: 'Mesa Ejecutiva de Prueba',
    kind: 'sector',
    sector: 'Pruebas',
    hostOrganizationId: ids.produce,
  });

  it('names every missing required field', async () => {
    const error = await refused(coordinator, 'POST', '/api/mesas', {}, invalid('name'));
    expect(error.fields!.map((f) => f.path).sort()).toEqual(['hostOrganizationId', 'kind', 'name', 'sector']);
  });

  it.each([
    ['a name of the wrong type', { name: 42 }, 'name'],
    ['a name of 201 characters', { name: long(201) }, 'name'],
    ['a blank name', { name: '   ' }, 'name'],
    ['an unknown kind', { kind: 'regional' }, 'kind'],
    ['a malformed host id', { hostOrganizationId: 'produce' }, 'hostOrganizationId'],
    ['a slug with capitals and spaces', { slug: 'Mesa Nueva' }, 'slug'],
    ['a cadence of 0 days', { cadence: 'custom', cadenceDays: 0 }, 'cadenceDays'],
    ['a cadence in days that is not a whole number', { cadence: 'custom', cadenceDays: 1.5 }, 'cadenceDays'],
    ['a Mesa created already closed', { status: 'closed' }, 'status'],
    ['an impossible launch date', { launchedOn: '2024-02-30' }, 'launchedOn'],
    ['a description over 5000 characters', { description: long(5001) }, 'description'],
  ])('refuses %s', async (_name, change, field) => {
    await refused(coordinator, 'POST', '/api/mesas', { ...valid(), ...change }, invalid(field));
  });

  it('refuses a host institution that does not exist', async () => {
    await refused(
      coordinator,
      'POST',
      '/api/mesas',
      { ...valid(), hostOrganizationId: unknownId() },
      invalid('hostOrganizationId'),
    );
  });

  it('refuses a slug already taken', async () => {
    await refused(coordinator, 'POST', '/api/mesas', { ...valid(), slug: 'forestal' }, conflict('slug'));
  });
});

describe('PATCH /api/mesas/:id', () => {
  const version = async () => (await mesaBySlug(t, 'forestal'))!.version;

  it.each([
    ['no version', () => ({ name: 'Otro nombre' }), 'version'],
    ['a version that is a string', () => ({ version: '1', name: 'Otro nombre' }), 'version'],
    ['a version of 0', () => ({ version: 0 }), 'version'],
  ])('refuses %s', async (_name, body, field) => {
    await refused(coordinator, 'PATCH', `/api/mesas/${ids.forestal}`, body(), invalid(field));
  });

  it.each([
    ['an empty name', { name: '' }, 'name'],
    ['a name of 201 characters', { name: long(201) }, 'name'],
    ['an unknown visibility', { visibility: 'secret' }, 'visibility'],
    ['an unknown language', { locale: 'fr' }, 'locale'],
    ['a cadence of 91 days', { cadenceDays: 91 }, 'cadenceDays'],
  ])('refuses %s', async (_name, change, field) => {
    await refused(
      coordinator,
      'PATCH',
      `/api/mesas/${ids.forestal}`,
      { version: await version(), ...change },
      invalid(field),
    );
  });

  it('refuses a malformed id and answers 404 for an unknown one', async () => {
    const body = { version: 1, name: 'Otro nombre' };
    await refused(coordinator, 'PATCH', '/api/mesas/forestal', body, invalid('id'));
    await refused(coordinator, 'PATCH', `/api/mesas/${unknownId()}`, body, notFound);
    await refused(coordinator, 'GET', `/api/mesas/${unknownId()}`, undefined, notFound);
  });

  it('ignores fields that may not be edited this way (status, slug, host)', async () => {
    const before = (await mesaBySlug(t, 'forestal'))!;
    const res = await coordinator.patch(`/api/mesas/${ids.forestal}`, {
      version: before.version,
      status: 'closed',
      slug: 'otra',
      hostOrganizationId: ids.produce,
      id: unknownId(),
    });
    expect(res.statusCode).toBe(200);
    const after = (await mesaBySlug(t, 'forestal'))!;
    expect({ status: after.status, slug: after.slug, host: after.hostOrganizationId, id: after.id }).toEqual({
      status: before.status,
      slug: before.slug,
      host: before.hostOrganizationId,
      id: before.id,
    });
  });
});

describe('POST /api/mesas/:id/transitions', () => {
  const url = () => `/api/mesas/${ids.forestal}/transitions`;

  it.each([
    ['an unknown status', { to: 'flying', reason: 'Prueba' }, 'to'],
    ['no reason', { to: 'paused' }, 'reason'],
    ['a blank reason', { to: 'paused', reason: '  ' }, 'reason'],
    ['a reason over 2000 characters', { to: 'paused', reason: long(2001) }, 'reason'],
    ['a malformed host id', { to: 'paused', reason: 'Prueba', host: 'MINAGRI' }, 'host'],
    ['a malformed date', { to: 'paused', reason: 'Prueba', occurredOn: '01/02/2024' }, 'occurredOn'],
  ])('refuses %s', async (_name, body, field) => {
    await refused(coordinator, 'POST', url(), body, invalid(field));
  });

  it('refuses a host institution that does not exist', async () => {
    await refused(
      coordinator,
      'POST',
      url(),
      { to: 'paused', reason: 'Prueba', host: unknownId() },
      invalid('host'),
    );
  });

  it('answers 404 for an unknown Mesa', async () => {
    await refused(
      coordinator,
      'POST',
      `/api/mesas/${unknownId()}/transitions`,
      { to: 'paused', reason: 'x' },
      notFound,
    );
  });
});

describe('participations', () => {
  const url = () => `/api/mesas/${ids.forestal}/participations`;

  it.each<[string, Record<string, unknown>, string]>([
    ['no person', { role: 'observer' }, 'personId'],
    ['a malformed person id', { personId: 'rosa', role: 'observer' }, 'personId'],
    ['an unknown role', { personId: '$person', role: 'chief' }, 'role'],
    [
      'a flag that is not a boolean',
      { personId: '$person', role: 'team', isFirstHandOperator: 'yes' },
      'isFirstHandOperator',
    ],
    ['a note over 1000 characters', { personId: '$person', role: 'team', note: long(1001) }, 'note'],
    [
      'a malformed designating organization',
      { personId: '$person', role: 'team', designatedById: 'ADEX' },
      'designatedById',
    ],
  ])('refuses %s', async (_name, body, field) => {
    const withPerson = { ...body, ...(body.personId === '$person' ? { personId: ids.person } : {}) };
    await refused(coordinator, 'POST', url(), withPerson, invalid(field));
  });

  it('refuses references to records that do not exist', async () => {
    await refused(coordinator, 'POST', url(), { personId: unknownId(), role: 'team' }, invalid('personId'));
    await refused(
      coordinator,
      'POST',
      url(),
      { personId: ids.person, role: 'team', designatedById: unknownId() },
      invalid('designatedById'),
    );
  });

  it('refuses an end before the start', async () => {
    const body = { personId: ids.person, role: 'team', startedOn: '2024-05-01', endedOn: '2024-04-30' };
    await refused(coordinator, 'POST', url(), body, invalid('endedOn'));
    await refused(coordinator, 'PATCH', `${url()}/${ids.participation}`, body, invalid('endedOn'));
  });

  it('refuses the same person twice in the same role', async () => {
    await refused(
      coordinator,
      'POST',
      url(),
      { personId: ids.person, role: 'observer' },
      conflict('personId'),
    );
  });

  it('refuses a role the person already holds in the Mesa', async () => {
    await addParticipant(t, ids.forestal, { role: 'private_rep', personId: ids.person });
    await refused(
      coordinator,
      'PATCH',
      `${url()}/${ids.participation}`,
      { role: 'private_rep' },
      conflict('role'),
    );
  });

  it('answers 404 for unknown Mesas and participations, and 400 for malformed ids', async () => {
    const body = { personId: ids.person, role: 'team' };
    await refused(coordinator, 'POST', `/api/mesas/${unknownId()}/participations`, body, notFound);
    await refused(coordinator, 'GET', `/api/mesas/${unknownId()}/participations`, undefined, notFound);
    await refused(coordinator, 'PATCH', `${url()}/${unknownId()}`, { note: 'x' }, notFound);
    await refused(coordinator, 'DELETE', `${url()}/${unknownId()}`, undefined, notFound);
    await refused(coordinator, 'PATCH', `${url()}/1`, { note: 'x' }, invalid('participationId'));
  });
});

describe('organizations', () => {
  it.each([
    ['no name', { kind: 'company' }, 'name'],
    ['a name of 201 characters', { name: long(201), kind: 'company' }, 'name'],
    ['an unknown kind', { name: 'Banco', kind: 'bank' }, 'kind'],
    ['an acronym of 31 characters', { name: 'Banco', kind: 'company', acronym: long(31) }, 'acronym'],
    ['a website that is not a URL', { name: 'Banco', kind: 'company', website: 'banco' }, 'website'],
    ['a malformed parent id', { name: 'Banco', kind: 'company', parentId: 'MEF' }, 'parentId'],
  ])('refuses %s', async (_name, body, field) => {
    await refused(coordinator, 'POST', '/api/organizations', body, invalid(field));
  });

  it('refuses a parent that does not exist', async () => {
    const body = { name: 'Banco', kind: 'company', parentId: unknownId() };
    await refused(coordinator, 'POST', '/api/organizations', body, invalid('parentId'));
    await refused(
      coordinator,
      'PATCH',
      `/api/organizations/${ids.produce}`,
      { parentId: unknownId() },
      invalid('parentId'),
    );
  });

  it('refuses an organization as its own parent', async () => {
    await refused(
      coordinator,
      'PATCH',
      `/api/organizations/${ids.produce}`,
      { parentId: ids.produce },
      invalid('parentId'),
    );
  });

  it('refuses a name already taken, whatever its case', async () => {
    const body = { name: 'MINISTERIO DE LA PRODUCCIÓN', kind: 'public_entity' };
    await refused(coordinator, 'POST', '/api/organizations', body, conflict('name'));
    const minagri = await organizationId(t, 'MINAGRI');
    await refused(
      coordinator,
      'PATCH',
      `/api/organizations/${minagri}`,
      { name: 'Ministerio de la Producción' },
      conflict('name'),
    );
  });

  it('answers 404 for an unknown organization', async () => {
    await refused(coordinator, 'PATCH', `/api/organizations/${unknownId()}`, { name: 'Otro' }, notFound);
    await refused(coordinator, 'GET', `/api/organizations/${unknownId()}`, undefined, notFound);
  });
});

describe('people', () => {
  it.each([
    ['no name', { email: 'a@example.org' }, 'fullName'],
    ['a name of the wrong type', { fullName: ['Ana'] }, 'fullName'],
    ['a name of 201 characters', { fullName: long(201) }, 'fullName'],
    ['an e-mail that is not one', { fullName: 'Ana', email: 'ana-at-example' }, 'email'],
    ['a phone of 51 characters', { fullName: 'Ana', phone: long(51) }, 'phone'],
    ['a malformed organization id', { fullName: 'Ana', organizationId: 'ADEX' }, 'organizationId'],
  ])('refuses %s', async (_name, body, field) => {
    await refused(coordinator, 'POST', '/api/people', body, invalid(field));
  });

  it('refuses an organization that does not exist', async () => {
    await refused(
      coordinator,
      'POST',
      '/api/people',
      { fullName: 'Ana', organizationId: unknownId() },
      invalid('organizationId'),
    );
    await refused(
      coordinator,
      'PATCH',
      `/api/people/${ids.person}`,
      { organizationId: unknownId() },
      invalid('organizationId'),
    );
  });

  it('refuses an e-mail another person has', async () => {
    await refused(
      coordinator,
      'POST',
      '/api/people',
      { fullName: 'Ana', email: 'TEAM@demo.mesas.local' },
      conflict('email'),
    );
    await refused(
      coordinator,
      'PATCH',
      `/api/people/${ids.person}`,
      { email: 'team@demo.mesas.local' },
      conflict('email'),
    );
  });

  it('answers 404 for an unknown person', async () => {
    await refused(coordinator, 'PATCH', `/api/people/${unknownId()}`, { fullName: 'Otra' }, notFound);
    await refused(coordinator, 'GET', `/api/people/${unknownId()}`, undefined, notFound);
  });
});

describe('accounts', () => {
  const valid = () => ({
    email: `${unique('nueva')}@example.org`,
    password: 'una-clave-larga',
    fullName: 'Cuenta',
  });

  it.each([
    ['no e-mail', { email: undefined }, 'email'],
    ['an e-mail that is not one', { email: 'nueva' }, 'email'],
    ['a password under 10 characters', { password: 'corta' }, 'password'],
    ['a password that is a number', { password: 1234567890123 }, 'password'],
    ['an unknown global role', { globalRole: 'root' }, 'globalRole'],
    ['a language with no string files', { locale: 'zz' }, 'locale'],
    ['a malformed person id', { fullName: undefined, personId: 'x' }, 'personId'],
  ])('refuses %s', async (_name, change, field) => {
    await refused(admin, 'POST', '/api/accounts', { ...valid(), ...change }, invalid(field));
  });

  it('needs a person: an existing one or a name for a new one', async () => {
    await refused(admin, 'POST', '/api/accounts', { ...valid(), fullName: undefined }, invalid('fullName'));
    await refused(
      admin,
      'POST',
      '/api/accounts',
      { ...valid(), fullName: undefined, personId: unknownId() },
      invalid('personId'),
    );
  });

  it('refuses an organization that does not exist for the new person', async () => {
    await refused(
      admin,
      'POST',
      '/api/accounts',
      { ...valid(), organizationId: unknownId() },
      invalid('organizationId'),
    );
  });

  it('refuses an e-mail or a person that already has an account', async () => {
    await refused(
      admin,
      'POST',
      '/api/accounts',
      { ...valid(), email: 'Observer@Demo.Mesas.Local' },
      conflict('email'),
    );
    await refused(
      admin,
      'POST',
      '/api/accounts',
      { ...valid(), fullName: undefined, personId: ids.observerPerson },
      conflict('personId'),
    );
  });

  it('refuses a new person whose e-mail another person has, leaving no partial rows', async () => {
    const email = (await t.database.db.select().from(people).where(eq(people.id, ids.person)))[0]!.email!;
    await refused(admin, 'POST', '/api/accounts', { ...valid(), email }, conflict('email'));
  });

  it('refuses bad changes', async () => {
    await refused(admin, 'PATCH', `/api/accounts/${unknownId()}`, { locale: 'en' }, notFound);
    await refused(
      admin,
      'PATCH',
      `/api/accounts/${ids.adminAccount}`,
      { password: 'corta' },
      invalid('password'),
    );
    await refused(
      admin,
      'PATCH',
      `/api/accounts/${ids.adminAccount}`,
      { disabled: 'yes' },
      invalid('disabled'),
    );
    await refused(admin, 'GET', `/api/accounts/${unknownId()}`, undefined, notFound);
  });

  it('keeps an administrator from locking themselves out', async () => {
    await refused(
      admin,
      'PATCH',
      `/api/accounts/${ids.adminAccount}`,
      { disabled: true },
      conflict('globalRole'),
    );
    await refused(
      admin,
      'PATCH',
      `/api/accounts/${ids.adminAccount}`,
      { globalRole: 'coordinator' },
      conflict('globalRole'),
    );
  });

  it('ignores a global role sent to PATCH /api/auth/me', async () => {
    const observer = await t.as('observer');
    const res = await observer.patch('/api/auth/me', { locale: 'es', globalRole: 'admin' });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.globalRole).toBeNull();
    expect((await observer.get('/api/accounts')).statusCode).toBe(403);
  });
});

describe('login and request format', () => {
  it.each([
    ['no e-mail', { password: 'mesas-demo' }, 'email'],
    ['an e-mail that is not one', { email: 'admin', password: 'mesas-demo' }, 'email'],
    ['an empty password', { email: 'admin@demo.mesas.local', password: '' }, 'password'],
    [
      'a password of the wrong type',
      { email: 'admin@demo.mesas.local', password: ['mesas-demo'] },
      'password',
    ],
  ])('refuses a login with %s', async (_name, body, field) => {
    const sessions = await snapshot(t, authSessions);
    await refused(t.anonymous, 'POST', '/api/auth/login', body, invalid(field));
    expect(await snapshot(t, authSessions)).toEqual(sessions);
  });

  it('refuses a body that is not JSON', async () => {
    const res = await coordinator.request('POST', '/api/people', '{"fullName": ', {
      'content-type': 'application/json',
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('refuses a body over 1 MiB', async () => {
    const before = await snapshot(t, ...tables);
    const res = await coordinator.post('/api/people', { fullName: 'Ana', position: long(1024 * 1024 + 1) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await snapshot(t, ...tables)).toEqual(before);
  });

  it('answers unknown API paths with the JSON 404', async () => {
    const res = await coordinator.get('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });

  it('refuses a malformed query', async () => {
    await refused(admin, 'GET', '/api/audit?limit=1000', undefined, invalid('limit'));
    await refused(coordinator, 'GET', '/api/organizations?kind=bank', undefined, invalid('kind'));
    await refused(coordinator, 'GET', '/api/people?organizationId=x', undefined, invalid('organizationId'));
  });
});

describe('field messages raised by the rules', () => {
  /** The one field issue of a refusal, asked in English and in Spanish; the key is the same in both. */
  async function fieldIn(method: Method, url: string, body: unknown, path: string) {
    const found: Record<'en' | 'es', { path: string; key: string; message: string }> = {} as never;
    for (const language of ['en', 'es'] as const) {
      const res = await coordinator.request(method, url, body, await inLanguage(t, coordinator, language));
      expect(res.statusCode, res.body).toBe(400);
      const { error } = res.json();
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.message).toBe(messages[language].VALIDATION_FAILED);
      found[language] = error.fields.find((f: { path: string }) => f.path === path);
      expect(found[language], res.body).toBeDefined();
    }
    expect(found.es.key).toBe(found.en.key);
    return found;
  }

  it("answers a meeting that ends before it starts in the caller's language", async () => {
    const startsAt = new Date(Date.now() + 8 * 86_400_000);
    const endsAt = new Date(startsAt.getTime() - 3_600_000);
    const body = { kind: 'session', startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() };
    const field = await fieldIn('POST', `/api/mesas/${ids.forestal}/meetings`, body, 'endsAt');
    expect(field.en).toEqual({
      path: 'endsAt',
      key: 'fields.afterStart',
      message: 'must be after the start',
    });
    expect(field.es).toEqual({
      path: 'endsAt',
      key: 'fields.afterStart',
      message: 'debe ser posterior al inicio',
    });
  });

  it("answers a problem parked without a reason in the caller's language", async () => {
    const created = await coordinator.post(`/api/mesas/${ids.forestal}/problems`, {
      title: unique('Problema'),
    });
    expect(created.statusCode, created.body).toBe(201);
    const url = `/api/problems/${created.json().id}/transitions`;
    const field = await fieldIn('POST', url, { to: 'parked' }, 'reason');
    expect(field.en).toEqual({
      path: 'reason',
      key: 'fields.reasonRequiredForChange',
      message: 'required for this change',
    });
    expect(field.es.message).toBe('obligatorio para este cambio');
  });

  it('writes the values of a message into it', async () => {
    const startsAt = new Date(Date.now() + 9 * 86_400_000).toISOString();
    const endsAt = new Date(Date.now() + 9 * 86_400_000 + 3_600_000).toISOString();
    const meeting = await coordinator.post(`/api/mesas/${ids.forestal}/meetings`, {
      kind: 'session',
      startsAt,
      endsAt,
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const { id, version } = meeting.json();
    const body = { version, edits: [{ op: 'add', title: 'Varios', at: 999 }] };
    const field = await fieldIn('PUT', `/api/meetings/${id}/agenda`, body, 'edits.0.at');
    expect(field.en.key).toBe('fields.positionRange');
    expect(field.en.message).toMatch(/^must be a position from 0 to \d+$/);
    expect(field.es.message).toMatch(/^debe ser una posición del 0 al \d+$/);
  });
});

describe("messages of a request that does not match its schema, in the caller's language", () => {
  /** The message of each field a refused person names, in English and in Spanish. */
  async function messagesOf(body: unknown, url = '/api/people', method: Method = 'POST') {
    const found: Record<'en' | 'es', Record<string, string>> = { en: {}, es: {} };
    for (const language of ['en', 'es'] as const) {
      const res = await coordinator.request(method, url, body, await inLanguage(t, coordinator, language));
      expect(res.statusCode, res.body).toBe(400);
      for (const f of res.json().error.fields as { path: string; message: string }[]) {
        found[language][f.path] = f.message;
      }
    }
    return found;
  }

  it.each([
    ['a missing field', { email: 'a@example.org' }, 'fullName', 'required', 'obligatorio'],
    ['a list for a text', { fullName: ['Ana'] }, 'fullName', 'must be text', 'debe ser un texto'],
    [
      'a text too long',
      { fullName: long(201) },
      'fullName',
      'must have at most 200 characters',
      'debe tener como máximo 200 caracteres',
    ],
    [
      'an e-mail that is not one',
      { fullName: 'Ana', email: 'ana-at-example' },
      'email',
      'must be an e-mail address',
      'debe ser una dirección de correo electrónico',
    ],
    [
      'an id that is not one',
      { fullName: 'Ana', organizationId: 'ADEX' },
      'organizationId',
      'must be an identifier (a UUID)',
      'debe ser un identificador (un UUID)',
    ],
  ])('writes %s in words of its own', async (_name, body, path, english, spanish) => {
    const found = await messagesOf(body);
    expect(found.en[path]).toBe(english);
    expect(found.es[path]).toBe(spanish);
  });

  it('names the allowed values, and a refinement in its own words', async () => {
    const kind = await messagesOf({}, '/api/organizations?kind=bank', 'GET');
    expect(kind.en.kind).toMatch(/^must be one of: [a-z_]+(, [a-z_]+)+$/);
    expect(kind.es.kind).toMatch(/^debe ser uno de estos valores: [a-z_]+(, [a-z_]+)+$/);
    const audit = await admin.request('GET', `/api/mesas/${ids.forestal}/audit?entityType=mesa`, undefined, {
      'accept-language': 'es',
    });
    expect(audit.statusCode, audit.body).toBe(400);
    expect(audit.json().error.fields[0].message).toBe('entityType y entityId van juntos');
  });
});
