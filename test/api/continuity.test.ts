import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  meetingParticipants,
  meetings,
  mesas,
  organizations,
  participations,
  people,
} from '../../src/db/schema';
import { addDays, instantInZone, todayIn } from '../../src/domain/calendar-days';
import { createTestContext, type TestContext } from '../support/app';
import { createMesa, unique } from '../support/fixtures';

/**
 * Continuity on the dashboards (issue 11, item 7): a Mesa whose minister (the high-level body) never
 * sits in sessions does not show the ministry absent at every session; only the designated private
 * organizations are expected, not those invited occasionally.
 */
const TZ = 'America/Lima';
let t: TestContext;
let mesaId: string;
let today: string;
const org = { ministry: '', a: '', b: '', c: '', agency: '' };

async function insertOrg(name: string, kind: 'public_entity' | 'business_association') {
  const [row] = await t.database.db
    .insert(organizations)
    .values({ name: unique(name), kind })
    .returning({ id: organizations.id });
  return row!.id;
}

async function insertPerson(organizationId: string) {
  const [row] = await t.database.db
    .insert(people)
    .values({ fullName: unique('Persona'), organizationId })
    .returning({ id: people.id });
  return row!.id;
}

const person: Record<string, string> = {};

async function insertSession(number: number, daysAgo: number, present: string[]) {
  const at = (time: string) => instantInZone(addDays(today, -daysAgo), time, TZ);
  const [row] = await t.database.db
    .insert(meetings)
    .values({
      mesaId,
      kind: 'session',
      number,
      startsAt: at('10:00'),
      endsAt: at('12:00'),
      timeZone: TZ,
      state: 'closed',
      closedAt: at('12:00'),
    })
    .returning({ id: meetings.id });
  for (const [key, organizationId] of Object.entries(org)) {
    await t.database.db.insert(meetingParticipants).values({
      meetingId: row!.id,
      personId: person[key]!,
      organizationId,
      attendance: present.includes(key) ? 'present' : 'absent',
    });
  }
}

beforeAll(async () => {
  t = await createTestContext();
  today = todayIn(new Date(), TZ);
  mesaId = (await createMesa(t, { visibility: 'members', cadence: 'biweekly' })).id;
  await t.database.db
    .update(mesas)
    .set({ status: 'active', launchedOn: addDays(today, -40) })
    .where(eq(mesas.id, mesaId));
  org.ministry = await insertOrg('Ministerio', 'public_entity');
  org.a = await insertOrg('Asociación A', 'business_association');
  org.b = await insertOrg('Asociación B', 'business_association');
  org.c = await insertOrg('Gremio C', 'business_association');
  org.agency = await insertOrg('Agencia', 'public_entity');
  for (const key of Object.keys(org) as (keyof typeof org)[]) person[key] = await insertPerson(org[key]);
  await t.database.db.insert(participations).values([
    // The minister heads the high-level body and never sits in sessions.
    { mesaId, personId: person.ministry!, role: 'high_level' },
    { mesaId, personId: person.a!, role: 'private_rep' },
    { mesaId, personId: person.b!, role: 'private_rep' },
    // Invited when needed only: not expected at every session.
    { mesaId, personId: person.c!, role: 'private_rep', isOccasional: true },
    { mesaId, personId: person.agency!, role: 'public_rep', isOccasional: true },
  ]);
  await insertSession(1, 28, ['a', 'b']);
  await insertSession(2, 14, ['a']);
});
afterAll(() => t?.close());

describe('continuity on the dashboards', () => {
  it('expects the designated private organizations, not the absent minister', async () => {
    const res = await (await t.as('admin')).get(`/api/mesas/${mesaId}/metrics`);
    expect(res.statusCode, res.body).toBe(200);
    const points = res.json().continuity.sessions as { designated: number; present: number; share: number }[];
    expect(points.map((p) => [p.designated, p.present, p.share])).toEqual([
      [2, 2, 1],
      [2, 1, 0.5],
    ]);
    expect(res.json().continuity.latest).toBe(0.5);
  });

  it('reads the same at the last session on the portfolio', async () => {
    const res = await (await t.as('admin')).get('/api/portfolio');
    expect(res.statusCode, res.body).toBe(200);
    const row = res.json().mesas.find((m: { id: string }) => m.id === mesaId);
    expect(row.continuity).toMatchObject({ designated: 2, present: 1, share: 0.5 });
  });

  it('does not invite the minister or the occasional participants to a session, nor list them absent', async () => {
    const admin = await t.as('admin');
    const created = await admin.post(`/api/mesas/${mesaId}/meetings`, {
      kind: 'session',
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const invited = (await admin.get(`/api/meetings/${id}`))
      .json()
      .participants.filter((p: { invited: boolean }) => p.invited)
      .map((p: { person: { id: string } }) => p.person.id)
      .sort();
    expect(invited).toEqual([person.a, person.b].sort());
    const started = await admin.post(`/api/meetings/${id}/start`, {});
    expect(started.statusCode, started.body).toBe(200);
    const closed = await admin.post(`/api/meetings/${id}/close`, {});
    expect(closed.statusCode, closed.body).toBe(200);
    const detail = (await admin.get(`/api/meetings/${id}`)).json();
    const listed = detail.attendanceByOrganization.map(
      (o: { organization: { id: string } }) => o.organization.id,
    );
    expect(listed.sort()).toEqual([org.a, org.b].sort());
    expect(listed).not.toContain(org.ministry);
  });
});
