import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { expect } from 'vitest';
import { auditEvents, mesas, organizations, users } from '../../src/db/schema';
import { type DemoAccountRole, demoAccountRoles } from '../../src/demo/types';
import { addDays, daysBetween, todayIn } from '../../src/domain/calendar-days';
import type { Locale, Visibility } from '../../src/domain/roles';
import en from '../../src/i18n/locales/en.json';
import es from '../../src/i18n/locales/es.json';
import { type Client, sessionFor, type TestContext } from './app';

/** The demo accounts, one per role, in the order the authorization table lists them. */
export const demoRoles = demoAccountRoles;

export const demoEmail = (role: DemoAccountRole) => `${role}@demo.mesas.local`;

/**
 * How many of Lima's calendar days ago something of the demo happened. The demo's escalation about
 * small producers was made 9 × 24 h before the demo was loaded: nine, or ten when the demo was loaded
 * just before midnight in Lima and the test runs just after.
 */
export const limaDaysSince = (at: string | Date) =>
  daysBetween(todayIn(new Date(at), 'America/Lima'), todayIn(new Date(), 'America/Lima'));

/** A well-formed id that names no record. */
export const unknownId = () => randomUUID();

/** A short unique suffix for names that must not collide. */
let counter = 0;
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

/** A new session for an account, without checking the password (see sessionFor). */
export const newSession = (t: TestContext, email: string) => sessionFor(t.app, t.database, email);

export async function organizationId(t: TestContext, acronym: string): Promise<string> {
  const [row] = await t.database.db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.acronym, acronym));
  if (!row) throw new Error(`no organization ${acronym}`);
  return row.id;
}

export async function mesaBySlug(t: TestContext, slug: string) {
  const [row] = await t.database.db.select().from(mesas).where(eq(mesas.slug, slug));
  return row ?? null;
}

/**
 * The id of the Mesa with this slug: the demo one when it exists, else one created here through the
 * API by the coordinating office, with the given visibility and nobody from the demo taking part.
 */
export async function ensureMesa(t: TestContext, slug: string, visibility: Visibility): Promise<string> {
  const existing = await mesaBySlug(t, slug);
  if (existing) {
    expect(existing.visibility).toBe(visibility);
    return existing.id;
  }
  const coordinator = await t.as('coordinator');
  const res = await coordinator.post('/api/mesas', {
    name: `Mesa ${slug}`,
    slug,
    kind: 'sector',
    sector: slug,
    hostOrganizationId: await organizationId(t, 'PRODUCE'),
    visibility,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** The demo's dedicated team writing commitments in the Forestry Mesa. */
export interface ForestalTeam {
  team: Client;
  mesaId: string;
  /** Today in the test time zone. */
  today: string;
  /** A valid new commitment of the person behind the team account, due in a week. */
  commitment(text?: string): { personId: string; text: string; dueOn: string };
}

/** The person behind a demo account. */
export async function demoPersonId(t: TestContext, role: DemoAccountRole): Promise<string> {
  const [row] = await t.database.db
    .select({ personId: users.personId })
    .from(users)
    .where(eq(users.email, demoEmail(role)));
  return row!.personId;
}

/** An instant `days` from now at `hour`:00 UTC, as ISO 8601 (meetings are planned with it). */
/**
 * An instant some days from today, today being the day in Lima where the demo Mesas meet (not the UTC
 * day: from 00:00 to 05:00 UTC Lima is still on the day before), at an hour given in UTC (15:00 UTC is
 * 10:00 in Lima).
 */
export const inDays = (days: number, hour = 15) => {
  const day = addDays(todayIn(new Date(), 'America/Lima'), days);
  return new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`).toISOString();
};

export async function forestalTeam(t: TestContext): Promise<ForestalTeam> {
  const today = todayIn(new Date(), 'America/Lima');
  const mesaId = await ensureMesa(t, 'forestal', 'members');
  const personId = await demoPersonId(t, 'team');
  const team = await t.as('team');
  return {
    team,
    mesaId,
    today,
    commitment: (text = unique('Compromiso')) => ({ personId, text, dueOn: addDays(today, 7) }),
  };
}

/** Creates a Mesa through the API as the given client (the coordinator by default). */
export async function createMesa(t: TestContext, fields: Record<string, unknown> = {}, as?: Client) {
  const c = as ?? (await t.as('coordinator'));
  const res = await c.post('/api/mesas', {
    name: unique('Mesa de prueba'),
    kind: 'sector',
    sector: 'Pruebas',
    hostOrganizationId: await organizationId(t, 'PRODUCE'),
    ...fields,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; status: string; slug: string } & Record<
    string,
    unknown
  >;
}

/** Creates a person in the directory through the API as the coordinator. */
export async function createPerson(t: TestContext, fields: Record<string, unknown> = {}) {
  const res = await (await t.as('coordinator')).post('/api/people', {
    fullName: unique('Persona'),
    ...fields,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; fullName: string };
}

/** Adds a new person to a Mesa with a role, as the coordinator; returns the participation id. */
export async function addParticipant(
  t: TestContext,
  mesaId: string,
  fields: Record<string, unknown> & { role: string },
): Promise<string> {
  const personId = (fields.personId as string | undefined) ?? (await createPerson(t)).id;
  const res = await (await t.as('coordinator')).post(`/api/mesas/${mesaId}/participations`, {
    ...fields,
    personId,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

export async function rowCount(t: TestContext, table: PgTable): Promise<number> {
  const [row] = await t.database.db.select({ n: count() }).from(table);
  return Number(row?.n ?? 0);
}

/** Row counts of the given tables and of the audit log, to show that a refused request wrote nothing. */
export async function snapshot(t: TestContext, ...tables: PgTable[]): Promise<number[]> {
  return Promise.all([...tables, auditEvents].map((table) => rowCount(t, table)));
}

export const messages = { en: en.errors, es: es.errors };

/**
 * Makes a client's answers come in a language, as the server picks it: the account's language for a
 * client that calls as an account (set here in the database, so no audit event is written), else
 * Accept-Language. Returns the headers to send with the request.
 */
export async function inLanguage(t: TestContext, c: Client, locale: Locale): Promise<Record<string, string>> {
  const me = await c.get('/api/auth/me');
  if (me.statusCode === 200) {
    await t.database.db.update(users).set({ locale }).where(eq(users.id, me.json().user.id));
  }
  return { 'accept-language': locale };
}
