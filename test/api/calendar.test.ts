import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingInvitationIcs } from '../../src/calendar/ics';
import {
  agendaItems,
  auditEvents,
  calendarFeeds,
  meetingParticipants,
  meetings,
  users,
} from '../../src/db/schema';
import type { DemoAccountRole } from '../../src/demo/types';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { createTestContext, type TestContext } from '../support/app';
import { demoPersonId, ensureMesa } from '../support/fixtures';

/**
 * The iCalendar output, read back with ical.js: a parser independent of the generator (ical-generator),
 * which resolves each event's TZID against the VTIMEZONE the file carries.
 */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { calendar, events, byUid: new Map(events.map((e) => [e.uid, e])) };
}

let t: TestContext;
let forestal: string;
let acuicola: string;
const meeting = {
  session: '',
  madrid: '',
  publicSector: '',
  team: '',
  draft: '',
  elsewhere: '',
  invited: '',
};
const uid = (id: string) => `meeting-${id}@mesas`;
/** Whether an event is one of the meetings made here (the demo Mesa has meetings of its own). */
const isOurs = (eventUid: string) => Object.values(meeting).map(uid).includes(eventUid);

const personOf = (role: DemoAccountRole) => demoPersonId(t, role);

async function insertMeeting(
  values: Partial<typeof meetings.$inferInsert> & { startsAt: Date; endsAt: Date },
) {
  const [row] = await t.database.db
    .insert(meetings)
    .values({
      mesaId: forestal,
      kind: 'intersessional',
      timeZone: 'America/Lima',
      state: 'scheduled',
      ...values,
    })
    .returning();
  return row!.id;
}

beforeAll(async () => {
  t = await createTestContext();
  forestal = await ensureMesa(t, 'forestal', 'members');
  acuicola = await ensureMesa(t, 'acuicola', 'members');
  // 9:00 in Lima (UTC-5, no daylight saving) is 14:00 UTC.
  meeting.session = await insertMeeting({
    kind: 'session',
    number: 7,
    title: 'Registro de plantaciones',
    startsAt: new Date('2031-03-10T14:00:00Z'),
    endsAt: new Date('2031-03-10T16:30:00Z'),
    place: 'MINAGRI, sala 3',
    onlineUrl: 'https://meet.example.org/forestal-7',
  });
  await t.database.db.insert(agendaItems).values([
    {
      meetingId: meeting.session,
      position: 1,
      kind: 'commitment_due',
      title: 'Compromisos vencidos',
      minutes: 15,
    },
    {
      meetingId: meeting.session,
      position: 2,
      kind: 'focus_problem',
      title: 'Catastro forestal',
      minutes: 30,
    },
  ]);
  // Madrid in July is on summer time (UTC+2): 10:00 there is 08:00 UTC.
  meeting.madrid = await insertMeeting({
    kind: 'high_level',
    title: 'Misión comercial',
    startsAt: new Date('2031-07-01T08:00:00Z'),
    endsAt: new Date('2031-07-01T09:00:00Z'),
    timeZone: 'Europe/Madrid',
  });
  meeting.publicSector = await insertMeeting({
    title: 'SERFOR y SUNARP',
    publicSectorOnly: true,
    startsAt: new Date('2031-03-12T15:00:00Z'),
    endsAt: new Date('2031-03-12T16:00:00Z'),
  });
  meeting.team = await insertMeeting({
    title: 'Preparación interna',
    visibility: 'team',
    startsAt: new Date('2031-03-09T15:00:00Z'),
    endsAt: new Date('2031-03-09T16:00:00Z'),
  });
  meeting.draft = await insertMeeting({
    title: 'Borrador',
    state: 'draft',
    startsAt: new Date('2031-03-20T15:00:00Z'),
    endsAt: new Date('2031-03-20T16:00:00Z'),
  });
  meeting.elsewhere = await insertMeeting({
    mesaId: acuicola,
    title: 'Otra Mesa',
    startsAt: new Date('2031-03-11T15:00:00Z'),
    endsAt: new Date('2031-03-11T16:00:00Z'),
  });
  meeting.invited = await insertMeeting({
    mesaId: acuicola,
    title: 'Invitación a la Mesa acuícola',
    startsAt: new Date('2031-03-13T15:00:00Z'),
    endsAt: new Date('2031-03-13T16:00:00Z'),
  });
  // Invitations: the high-level body (no participant of any Mesa) and, to a meeting of a Mesa they may
  // not see, a forestal representative.
  await t.database.db.insert(meetingParticipants).values([
    { meetingId: meeting.invited, personId: await personOf('high_level') },
    { meetingId: meeting.elsewhere, personId: await personOf('private_rep') },
  ]);
});
afterAll(() => t?.close());

describe("a Mesa's calendar", () => {
  it('lists its announced meetings as events in their own time zones, with place, link and agenda', async () => {
    const res = await (await t.as('team')).get(`/api/mesas/${forestal}/calendar.ics`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const { calendar, events, byUid } = parse(res.body);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(
      calendar
        .getAllSubcomponents('vtimezone')
        .map((z) => z.getFirstPropertyValue('tzid'))
        .sort(),
    ).toEqual(['America/Lima', 'Europe/Madrid']);
    // Drafts are not announced; other Mesas' meetings are not in this one's calendar.
    expect(
      events
        .map((e) => e.uid)
        .filter(isOurs)
        .sort(),
    ).toEqual([meeting.session, meeting.madrid, meeting.publicSector, meeting.team].map(uid).sort());

    const session = byUid.get(uid(meeting.session))!;
    expect(session.summary).toBe('Sesión 7: Registro de plantaciones · Mesa Ejecutiva Forestal');
    expect(session.startDate.zone.tzid).toBe('America/Lima');
    expect(session.startDate.toString()).toBe('2031-03-10T09:00:00');
    expect(session.startDate.toJSDate().toISOString()).toBe('2031-03-10T14:00:00.000Z');
    expect(session.endDate.toJSDate().toISOString()).toBe('2031-03-10T16:30:00.000Z');
    expect(session.location).toBe('MINAGRI, sala 3');
    expect(session.description).toContain('1. Compromisos vencidos (15 min)');
    expect(session.description).toContain('2. Catastro forestal (30 min)');
    expect(session.description).toContain('https://meet.example.org/forestal-7');
    expect(session.component.getFirstPropertyValue('url')).toBe(
      `http://localhost:3000/meetings/${meeting.session}`,
    );

    const madrid = byUid.get(uid(meeting.madrid))!;
    expect(madrid.startDate.zone.tzid).toBe('Europe/Madrid');
    expect(madrid.startDate.toString()).toBe('2031-07-01T10:00:00');
    expect(madrid.startDate.toJSDate().toISOString()).toBe('2031-07-01T08:00:00.000Z');
    expect(madrid.summary).toBe('Reunión de alto nivel: Misión comercial · Mesa Ejecutiva Forestal');
  });

  it('speaks the language asked for', async () => {
    const res = await (await t.as('team')).get(`/api/mesas/${forestal}/calendar.ics?lang=en`);
    const session = parse(res.body).byUid.get(uid(meeting.session))!;
    expect(session.summary).toBe('Session 7: Registro de plantaciones · Mesa Ejecutiva Forestal');
  });

  it('shows each reader only the meetings they may see', async () => {
    const uids = async (role: DemoAccountRole) =>
      parse((await (await t.as(role)).get(`/api/mesas/${forestal}/calendar.ics`)).body)
        .events.map((e) => e.uid)
        .filter(isOurs)
        .sort();
    // A private representative sees neither the public-sector-only meeting nor the team's own.
    expect(await uids('private_rep')).toEqual([meeting.session, meeting.madrid].map(uid).sort());
    expect(await uids('public_rep')).toEqual(
      [meeting.session, meeting.madrid, meeting.publicSector].map(uid).sort(),
    );
    expect((await t.anonymous.get(`/api/mesas/${forestal}/calendar.ics`)).statusCode).toBe(401);
    expect((await (await t.as('team')).get(`/api/mesas/${acuicola}/calendar.ics`)).statusCode).toBe(404);
  });
});

describe('the personal secret feed', () => {
  it('works without cookies, holds the meetings and due days, and stops after rotation', async () => {
    const rep = await t.as('private_rep');
    const team = await t.as('team');
    const dueOn = addDays(todayIn(new Date(), 'America/Lima'), 9);
    const commitment = await team.post(`/api/mesas/${forestal}/commitments`, {
      personId: await personOf('private_rep'),
      text: 'Enviar el inventario de plantaciones',
      dueOn,
    });
    expect(commitment.statusCode, commitment.body).toBe(201);
    const someoneElses = await team.post(`/api/mesas/${forestal}/commitments`, {
      personId: await personOf('public_rep'),
      text: 'No es del representante privado',
      dueOn,
    });
    expect(someoneElses.statusCode).toBe(201);

    expect((await rep.get('/api/me/calendar-feed')).json()).toEqual({ active: false, createdAt: null });
    const created = await rep.post('/api/me/calendar-feed');
    expect(created.statusCode, created.body).toBe(201);
    const { url, webcalUrl } = created.json();
    expect(url).toMatch(/^http:\/\/localhost:3000\/api\/calendar\/mesas_cal_[\w-]{43}\.ics$/);
    expect(webcalUrl).toBe(url.replace('http:', 'webcal:'));
    expect((await rep.get('/api/me/calendar-feed')).json().active).toBe(true);
    const path = new URL(url).pathname;
    const token = path.slice('/api/calendar/'.length, -'.ics'.length);

    // Only a keyed hash of the token is stored, and the audit log never holds it either.
    const stored = await t.database.db.select().from(calendarFeeds);
    expect(stored.some((f) => f.tokenHash === token)).toBe(false);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(JSON.stringify(await t.database.db.select().from(auditEvents))).not.toContain(token);

    const res = await t.anonymous.get(path);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const { events, byUid } = parse(res.body);
    // Forestal's meetings as the private representative may see them; not the acuicola meeting they
    // are listed for, since they may not see that Mesa.
    expect(
      events
        .filter((e) => isOurs(e.uid))
        .map((e) => e.uid)
        .sort(),
    ).toEqual([meeting.session, meeting.madrid].map(uid).sort());
    const due = byUid.get(`commitment-${commitment.json().id}@mesas`)!;
    expect(due.startDate.isDate).toBe(true);
    expect(due.startDate.toString()).toBe(dueOn);
    expect(due.endDate.toString()).toBe(addDays(dueOn, 1));
    expect(due.summary).toBe('Vence: Enviar el inventario de plantaciones');
    expect(byUid.has(`commitment-${someoneElses.json().id}@mesas`)).toBe(false);
    expect(byUid.get(uid(meeting.session))!.startDate.toJSDate().toISOString()).toBe(
      '2031-03-10T14:00:00.000Z',
    );

    // A new address: the old one answers 404, the new one works; revoking stops it too.
    const rotated = await rep.post('/api/me/calendar-feed');
    const newPath = new URL(rotated.json().url).pathname;
    expect(newPath).not.toBe(path);
    expect((await t.anonymous.get(path)).statusCode).toBe(404);
    expect((await t.anonymous.get(newPath)).statusCode).toBe(200);
    expect((await rep.delete('/api/me/calendar-feed')).json()).toEqual({ revoked: true });
    expect((await t.anonymous.get(newPath)).statusCode).toBe(404);
    expect((await rep.delete('/api/me/calendar-feed')).json()).toEqual({ revoked: false });
    expect((await t.anonymous.get('/api/calendar/mesas_cal_unknown.ics')).statusCode).toBe(404);
  });

  it('holds the meetings a person is invited to outside the Mesas they take part in', async () => {
    const minister = await t.as('high_level');
    const path = new URL((await minister.post('/api/me/calendar-feed')).json().url).pathname;
    const { events } = parse((await t.anonymous.get(path)).body);
    expect(events.map((e) => e.uid)).toEqual([uid(meeting.invited)]);
    expect(events[0]!.summary).toBe(
      'Reunión intersesional: Invitación a la Mesa acuícola · Mesa Ejecutiva Acuícola',
    );
  });

  it("follows the person's access: a disabled account's feed stops", async () => {
    const observer = await t.as('observer');
    const path = new URL((await observer.post('/api/me/calendar-feed')).json().url).pathname;
    expect((await t.anonymous.get(path)).statusCode).toBe(200);
    await t.database.db
      .update(users)
      .set({ disabledAt: new Date() })
      .where(eq(users.email, 'observer@demo.mesas.local'));
    expect((await t.anonymous.get(path)).statusCode).toBe(404);
  });
});

describe('the invitation attachment', () => {
  it('is a REQUEST with the organizer and the attendees, in the meeting’s time zone', () => {
    const ics = meetingInvitationIcs(
      {
        id: '5d0c7a4e-2b1f-4c3a-9f1e-7a6b5c4d3e2f',
        kind: 'session',
        number: 8,
        title: '',
        startsAt: new Date('2031-03-17T14:00:00Z'),
        endsAt: new Date('2031-03-17T16:00:00Z'),
        timeZone: 'America/Lima',
        place: 'MINAGRI',
        onlineUrl: null,
        version: 3,
        updatedAt: new Date('2031-03-01T12:00:00Z'),
        mesa: { name: 'Mesa Ejecutiva Forestal' },
        agenda: [{ title: 'Compromisos vencidos', minutes: 15 }],
      },
      {
        locale: 'en',
        publicUrl: 'https://mesas.example.org',
        organizer: { name: 'Equipo de la Mesa', email: 'equipo@example.org' },
        attendees: [
          { name: 'Rosa Quispe', email: 'rosa@example.org' },
          { name: 'Jorge Ramírez', email: 'jorge@example.org', optional: true },
        ],
      },
    );
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event!.uid).toBe('meeting-5d0c7a4e-2b1f-4c3a-9f1e-7a6b5c4d3e2f@mesas');
    expect(event!.sequence).toBe(3);
    expect(event!.summary).toBe('Session 8 · Mesa Ejecutiva Forestal');
    expect(event!.startDate.zone.tzid).toBe('America/Lima');
    expect(event!.startDate.toString()).toBe('2031-03-17T09:00:00');
    expect(event!.organizer.toLowerCase()).toBe('mailto:equipo@example.org');
    const attendees = event!.attendees.map((a) => ({
      email: String(a.getFirstValue()).toLowerCase(),
      role: a.getParameter('role'),
      rsvp: a.getParameter('rsvp'),
      name: a.getParameter('cn'),
    }));
    expect(attendees).toEqual([
      { email: 'mailto:rosa@example.org', role: 'REQ-PARTICIPANT', rsvp: 'TRUE', name: 'Rosa Quispe' },
      { email: 'mailto:jorge@example.org', role: 'OPT-PARTICIPANT', rsvp: 'TRUE', name: 'Jorge Ramírez' },
    ]);
    expect(event!.description).toContain('1. Compromisos vencidos (15 min)');
  });
});
