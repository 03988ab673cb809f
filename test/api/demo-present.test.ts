import { and, asc, eq, lt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../src/db/client';
import { mesaMetrics } from '../../src/db/queries/metrics';
import {
  assessments,
  commitments,
  decisions,
  meetingParticipants,
  meetings,
  mesaEvents,
  mesas,
  minutesVersions,
  people,
} from '../../src/db/schema';
import { seedDemo } from '../../src/demo/seed';
import { addDays } from '../../src/domain/calendar-days';
import { dateInZone } from '../../src/domain/dates';
import { emptyDatabase, freshDatabase } from '../support/database';

/**
 * The demo's present (issue 11, item 13): loaded on a given day, the Forestry Mesa has recent
 * sessions, late and due-soon commitments, a session planned that week and its cadence met; the
 * paper's dated facts are those of the demo without its present; the same day gives the same demo.
 */
const ZONE = 'America/Lima';
/** Wednesday 2 December 2026, 10:00 in Lima: its week runs from Monday 30 November to Sunday 6 December. */
const NOW = new Date('2026-12-02T15:00:00Z');
const TODAY = '2026-12-02';
const WEEK = { from: '2026-11-30', to: '2026-12-06' };

let present: Database & { drop(): Promise<void> };
let twin: Database & { drop(): Promise<void> };
/** The demo as the test template holds it: the paper's history alone. */
let history: Database & { drop(): Promise<void> };

beforeAll(async () => {
  [present, twin, history] = await Promise.all([emptyDatabase(), emptyDatabase(), freshDatabase()]);
  expect(await seedDemo(present.db, { timeZone: ZONE, now: NOW })).toEqual({ loaded: true });
  expect(await seedDemo(twin.db, { timeZone: ZONE, now: NOW })).toEqual({ loaded: true });
}, 180_000);
afterAll(async () => {
  await Promise.all([present?.drop(), twin?.drop(), history?.drop()]);
});

async function mesaOf(db: Db, slug: string) {
  const [row] = await db.select().from(mesas).where(eq(mesas.slug, slug));
  return row!;
}

async function sessionsOf(db: Db, mesaId: string) {
  return db
    .select()
    .from(meetings)
    .where(and(eq(meetings.mesaId, mesaId), eq(meetings.kind, 'session')))
    .orderBy(asc(meetings.startsAt));
}

const dayOf = (at: Date) => dateInZone(at, ZONE);

describe('the demo loaded on a Wednesday', () => {
  it('plans one session of the Forestry Mesa that week, after now', async () => {
    const forestry = await mesaOf(present.db, 'forestal');
    const upcoming = (await sessionsOf(present.db, forestry.id)).filter((m) => m.startsAt > NOW);
    expect(upcoming).toHaveLength(1);
    expect(upcoming[0]!.state).toBe('scheduled');
    const day = dayOf(upcoming[0]!.startsAt);
    expect(day >= WEEK.from && day <= WEEK.to, day).toBe(true);
  });

  it('has recent closed sessions every two weeks, with attendance, decisions and minutes', async () => {
    const forestry = await mesaOf(present.db, 'forestal');
    const recent = (await sessionsOf(present.db, forestry.id)).filter(
      (m) => m.state === 'closed' && dayOf(m.startsAt) >= addDays(TODAY, -60),
    );
    expect(recent.length).toBeGreaterThanOrEqual(3);
    const days = recent.map((m) => dayOf(m.startsAt));
    for (let i = 1; i < days.length; i++) expect(days[i]).toBe(addDays(days[i - 1]!, 14));
    expect(days.at(-1)! >= addDays(TODAY, -14)).toBe(true);
    // Numbered after the paper's sessions, in the order held.
    const numbers = recent.map((m) => m.number!);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers[0]).toBeGreaterThan(4);
    for (const m of recent) {
      const attendance = await present.db
        .select({ status: meetingParticipants.attendance, name: people.fullName })
        .from(meetingParticipants)
        .innerJoin(people, eq(people.id, meetingParticipants.personId))
        .where(eq(meetingParticipants.meetingId, m.id));
      expect(attendance.filter((a) => a.status === 'present').length).toBeGreaterThan(attendance.length / 2);
      // The vice minister (the high-level body) does not sit in sessions: not invited, never absent.
      expect(attendance.find((a) => a.name === 'Fernando Alvarado Tello')).toBeUndefined();
      const decided = await present.db.select().from(decisions).where(eq(decisions.meetingId, m.id));
      expect(decided.length).toBeGreaterThan(0);
      const minutes = await present.db
        .select()
        .from(minutesVersions)
        .where(eq(minutesVersions.meetingId, m.id));
      expect(minutes.map((v) => v.number)).toEqual([1]);
    }
  });

  it('has commitments late by a few days, due in the coming days and done on time', async () => {
    const forestry = await mesaOf(present.db, 'forestal');
    const rows = await present.db.select().from(commitments).where(eq(commitments.mesaId, forestry.id));
    const open = rows.filter((c) => c.status === 'open');
    const late = open.filter((c) => c.dueOn < TODAY && c.dueOn >= addDays(TODAY, -7));
    const dueSoon = open.filter((c) => c.dueOn >= TODAY && c.dueOn <= addDays(TODAY, 7));
    const doneOnTime = rows.filter(
      (c) => c.status === 'done' && c.dueOn >= addDays(TODAY, -60) && dayOf(c.completedAt!) <= c.dueOn,
    );
    const doneLate = rows.filter(
      (c) => c.status === 'done' && c.dueOn >= addDays(TODAY, -60) && dayOf(c.completedAt!) > c.dueOn,
    );
    expect(late.length).toBeGreaterThanOrEqual(1);
    expect(dueSoon.length).toBeGreaterThanOrEqual(1);
    expect(doneOnTime.length).toBeGreaterThanOrEqual(1);
    expect(doneLate.length).toBeGreaterThanOrEqual(1);
    // Nothing was completed in the future.
    for (const c of rows) if (c.completedAt) expect(c.completedAt <= NOW).toBe(true);
  });

  it('reads alive on the dashboards: active, cadence met, not days late', async () => {
    const forestry = await mesaOf(present.db, 'forestal');
    expect(forestry).toMatchObject({ status: 'active', cadence: 'biweekly' });
    const m = await mesaMetrics(present.db, forestry, {
      levels: ['public', 'members', 'team'],
      includePublicSectorOnly: true,
      now: NOW,
      timeZone: ZONE,
    });
    expect(m.cadence.standing).toMatchObject({
      overdue: false,
      daysOverdue: 0,
      nextScheduledOn: '2026-12-03',
    });
    expect(m.cadence.standing.lastHeldOn! >= addDays(TODAY, -14)).toBe(true);
    // Paused after the paper's sessions, so the years without sessions are not counted as missed.
    expect(m.cadence.standing.expected).toBeLessThan(100);
    expect(m.continuity.sessions.at(-1)!.heldOn >= addDays(TODAY, -14)).toBe(true);
    expect(m.continuity.latest).toBeGreaterThan(0.5);
  });

  it('keeps the other Mesas as the paper leaves them: paused since July 2016, nothing recent', async () => {
    for (const slug of ['acuicola', 'logistica']) {
      const mesa = await mesaOf(present.db, slug);
      expect(mesa.status, slug).toBe('paused');
      for (const s of await sessionsOf(present.db, mesa.id))
        expect(s.startsAt < new Date('2016-07-28')).toBe(true);
    }
  });
});

describe("the paper's facts", () => {
  /** What the paper dates: meetings, commitments and lifecycle up to 2017, and the assessment. */
  async function paperFacts(db: Db) {
    const before = new Date('2018-01-01T00:00:00Z');
    const [meetingRows, commitmentRows, eventRows, assessmentRows] = await Promise.all([
      db
        .select({
          mesa: mesas.slug,
          kind: meetings.kind,
          number: meetings.number,
          title: meetings.title,
          startsAt: meetings.startsAt,
          state: meetings.state,
        })
        .from(meetings)
        .innerJoin(mesas, eq(mesas.id, meetings.mesaId))
        .where(lt(meetings.startsAt, before))
        .orderBy(asc(meetings.startsAt)),
      db
        .select({
          mesa: mesas.slug,
          text: commitments.text,
          dueOn: commitments.dueOn,
          status: commitments.status,
          completedAt: commitments.completedAt,
        })
        .from(commitments)
        .innerJoin(mesas, eq(mesas.id, commitments.mesaId))
        .where(lt(commitments.dueOn, '2018-01-01'))
        .orderBy(asc(commitments.dueOn), asc(commitments.text)),
      db
        .select({
          mesa: mesas.slug,
          kind: mesaEvents.kind,
          from: mesaEvents.fromStatus,
          to: mesaEvents.toStatus,
          on: mesaEvents.occurredOn,
        })
        .from(mesaEvents)
        .innerJoin(mesas, eq(mesas.id, mesaEvents.mesaId))
        .where(lt(mesaEvents.occurredOn, '2017-04-14'))
        .orderBy(asc(mesas.slug), asc(mesaEvents.occurredOn), asc(mesaEvents.kind)),
      db
        .select({
          assessedOn: assessments.assessedOn,
          decision: assessments.decision,
          on: assessments.decidedOn,
        })
        .from(assessments),
    ]);
    return { meetingRows, commitmentRows, eventRows, assessmentRows };
  }

  it('are those of the demo without its present, at their real dates', async () => {
    const facts = await paperFacts(present.db);
    expect(facts).toEqual(await paperFacts(history.db));
    const forestry2017 = facts.meetingRows.filter((m) => m.mesa === 'forestal' && m.kind === 'session');
    expect(forestry2017.map((m) => dayOf(m.startsAt))).toEqual([
      '2017-03-02',
      '2017-03-16',
      '2017-03-30',
      '2017-04-13',
    ]);
    expect(facts.eventRows.filter((e) => e.mesa === 'forestal').map((e) => [e.on, e.to])).toEqual([
      ['2014-11-17', 'candidate'],
      ['2014-12-04', 'active'],
      ['2016-07-28', 'paused'],
      ['2017-02-16', 'active'],
      ['2017-02-16', null],
    ]);
    expect(facts.assessmentRows).toEqual([
      { assessedOn: '2017-02-06', decision: 'launch', on: '2017-02-08' },
    ]);
    // The Ucayali window, due in May 2017, is still open: a fact of the paper's era.
    expect(facts.commitmentRows.filter((c) => c.status === 'open').map((c) => c.dueOn)).toEqual([
      '2017-05-11',
    ]);
  });
});

describe('loading the demo', () => {
  it('gives the same demo for the same day', async () => {
    const digest = async (db: Db) => ({
      meetings: await db
        .select({ startsAt: meetings.startsAt, number: meetings.number, state: meetings.state })
        .from(meetings)
        .orderBy(asc(meetings.startsAt)),
      commitments: await db
        .select({ text: commitments.text, dueOn: commitments.dueOn, status: commitments.status })
        .from(commitments)
        .orderBy(asc(commitments.dueOn), asc(commitments.text)),
      events: await db
        .select({ on: mesaEvents.occurredOn, to: mesaEvents.toStatus })
        .from(mesaEvents)
        .orderBy(asc(mesaEvents.occurredOn), asc(mesaEvents.toStatus)),
    });
    expect(await digest(twin.db)).toEqual(await digest(present.db));
  });

  it('a second time adds nothing', async () => {
    const count = async () => {
      const [row] = await present.db.select({ n: sql<number>`count(*)::int` }).from(meetings);
      return row!.n;
    };
    const before = await count();
    expect(await seedDemo(present.db, { timeZone: ZONE, now: new Date() })).toEqual({ loaded: false });
    expect(await count()).toBe(before);
  });
});
