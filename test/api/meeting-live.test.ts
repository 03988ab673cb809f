import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client';
import { pruneLiveEvents } from '../../src/db/queries/meetings-events';
import { liveEvents } from '../../src/db/schema';
import type { DemoAccountRole } from '../../src/demo/types';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { type App, buildApp } from '../../src/server/app';
import { hubOf, LISTENER_NAME, liveSettings } from '../../src/server/live';
import { type Client, createTestContext, type TestContext, testConfig } from '../support/app';
import { type EventStreamReader, openEventStream } from '../support/event-stream';
import { demoPersonId, ensureMesa, inDays } from '../support/fixtures';

/**
 * The live session mode's event stream, over real HTTP (server-sent events cannot be injected): a
 * change written through the API reaches every open stream of the meeting, on this
 * instance and — with PostgreSQL — on another instance serving the same database.
 */

let t: TestContext;
let base: string;
let forestal: string;
let today: string;
const person: Partial<Record<DemoAccountRole, string>> = {};
const streams: EventStreamReader[] = [];

/** Opens an event stream over real HTTP; every stream a test opens is closed after it. */
async function openStream(url: string, client: Client, headers: Record<string, string> = {}) {
  const stream = await openEventStream(url, client, headers);
  streams.push(stream);
  return stream;
}

const personOf = (role: DemoAccountRole) => demoPersonId(t, role);

async function newMeeting(c: Client, body: Record<string, unknown> = {}) {
  const res = await c.post(`/api/mesas/${forestal}/meetings`, {
    kind: 'session',
    startsAt: inDays(1),
    endsAt: inDays(1, 17),
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

beforeAll(async () => {
  t = await createTestContext();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  base = `http://127.0.0.1:${address.port}`;
  forestal = await ensureMesa(t, 'forestal', 'members');
  today = todayIn(new Date(), 'America/Lima');
  for (const role of ['team', 'moderator', 'public_rep', 'private_rep', 'observer'] as const) {
    person[role] = await personOf(role);
  }
});
afterEach(() => {
  for (const s of streams.splice(0)) s.close();
  liveSettings.heartbeatMs = 15_000;
  liveSettings.listenerRetryMs = 250;
});
afterAll(() => t?.close());

describe('GET /api/meetings/:id/events', () => {
  it('pushes every change of the live session to the open streams', async () => {
    const team = await t.as('team');
    const meeting = await newMeeting(team);
    const url = `${base}/api/meetings/${meeting.id}/events`;
    const mine = await openStream(url, team);
    const theirs = await openStream(url, await t.as('private_rep'));
    expect(mine.status).toBe(200);
    expect(mine.contentType).toMatch(/^text\/event-stream/);
    await Promise.all([mine.next('ready'), theirs.next('ready')]);

    /** Makes a change and expects its event on both streams (how fast is measured by bench/sessions.ts). */
    const expectEvent = async (type: string, change: () => Promise<{ statusCode: number; body: string }>) => {
      const res = await change();
      expect(res.statusCode, res.body).toBeLessThan(300);
      const [a, b] = await Promise.all([mine.next(type), theirs.next(type)]);
      for (const e of [a, b]) {
        expect(e.data).toMatchObject({ type, meetingId: meeting.id, at: expect.any(String) });
      }
      return a.data;
    };

    await expectEvent('meeting.started', () => team.post(`/api/meetings/${meeting.id}/start`, {}));
    const attendance = await expectEvent('attendance.updated', () =>
      team.request('PUT', `/api/meetings/${meeting.id}/attendance`, {
        entries: [{ personId: person.public_rep, status: 'present' }],
      }),
    );
    expect(attendance.personIds).toEqual([person.public_rep]);

    const item = (await team.get(`/api/meetings/${meeting.id}/agenda`)).json().items[0];
    const version = (await team.get(`/api/meetings/${meeting.id}`)).json().version;
    await expectEvent('agenda.updated', () =>
      team.request('PUT', `/api/meetings/${meeting.id}/agenda`, {
        version,
        edits: [{ op: 'add', title: 'Varios', at: 0 }],
      }),
    );
    if (item) {
      const noted = await expectEvent('agenda_item.updated', () =>
        team.patch(`/api/meetings/${meeting.id}/agenda/items/${item.id}`, { notes: 'Avance reportado' }),
      );
      expect(noted.agendaItemId).toBe(item.id);
    }
    const decision = await expectEvent('decision.created', () =>
      team.post(`/api/meetings/${meeting.id}/decisions`, { text: 'Se aprueba el cronograma' }),
    );
    expect(decision.decisionId).toEqual(expect.any(String));
    expect(JSON.stringify(decision)).not.toContain('cronograma');

    const commitment = await expectEvent('commitment.created', () =>
      team.post(`/api/mesas/${forestal}/commitments`, {
        personId: person.public_rep,
        text: 'Publicar el cronograma',
        dueOn: addDays(today, 7),
        meetingId: meeting.id,
      }),
    );
    expect(commitment.commitmentId).toEqual(expect.any(String));

    await expectEvent('meeting.closed', () => team.post(`/api/meetings/${meeting.id}/close`, {}));
    for (const s of [mine, theirs]) expect((await s.next('minutes.created')).data.minutesVersion).toBe(1);
    await expectEvent('minutes.created', () =>
      team.post(`/api/meetings/${meeting.id}/minutes`, { reason: 'Faltaba un asistente' }),
    );
  });

  it('sends nothing for a refused write, and nothing about other meetings', async () => {
    const team = await t.as('team');
    const meeting = await newMeeting(team, { kind: 'intersessional' });
    const other = await newMeeting(team, { kind: 'intersessional' });
    const stream = await openStream(`${base}/api/meetings/${meeting.id}/events`, team);
    await stream.next('ready');
    const refused = await team.request('PUT', `/api/meetings/${meeting.id}/attendance`, {
      entries: [
        { personId: person.team, status: 'present' },
        { personId: crypto.randomUUID(), status: 'present' },
      ],
    });
    expect(refused.statusCode).toBe(400);
    await team.patch(`/api/meetings/${other.id}`, { version: other.version, title: 'Otra reunión' });
    // A change to this meeting afterwards arrives, and is the only event since `ready`.
    await team.patch(`/api/meetings/${meeting.id}`, { version: meeting.version, title: 'Esta reunión' });
    await stream.next('meeting.updated');
    expect(stream.events.map((e) => e.type)).toEqual(['ready', 'meeting.updated']);
  });

  it('does not announce a commitment to a reader who may not see it', async () => {
    const team = await t.as('team');
    const meeting = await newMeeting(team);
    await team.post(`/api/meetings/${meeting.id}/start`, {});
    const url = `${base}/api/meetings/${meeting.id}/events`;
    const teamStream = await openStream(url, team);
    const repStream = await openStream(url, await t.as('public_rep'));
    await Promise.all([teamStream.next('ready'), repStream.next('ready')]);
    const res = await team.post(`/api/mesas/${forestal}/commitments`, {
      personId: person.team,
      text: 'Preparar la nota confidencial',
      dueOn: addDays(today, 3),
      meetingId: meeting.id,
      visibility: 'team',
    });
    expect(res.statusCode, res.body).toBe(201);
    await teamStream.next('commitment.created');
    // A later public change reaches both; the team-only one never reached the representative.
    await team.request('PUT', `/api/meetings/${meeting.id}/attendance`, {
      entries: [{ personId: person.team, status: 'present' }],
    });
    await repStream.next('attendance.updated');
    expect(repStream.events.map((e) => e.type)).toEqual(['ready', 'attendance.updated']);
  });

  it('tells every meeting being held in the Mesa about a problem raised meanwhile', async () => {
    const team = await t.as('team');
    const live = await newMeeting(team, { kind: 'intersessional' });
    const planned = await newMeeting(team, { kind: 'intersessional' });
    await team.post(`/api/meetings/${live.id}/start`, {});
    const liveStream = await openStream(`${base}/api/meetings/${live.id}/events`, team);
    const plannedStream = await openStream(`${base}/api/meetings/${planned.id}/events`, team);
    await Promise.all([liveStream.next('ready'), plannedStream.next('ready')]);
    const problem = await team.post(`/api/mesas/${forestal}/problems`, {
      title: 'Problema planteado en la sesión',
    });
    expect(problem.statusCode, problem.body).toBe(201);
    // Announced by the creation itself, to the meeting being held only.
    expect((await liveStream.next('problem.created')).data.problemId).toBe(problem.json().id);
    const edited = await team.patch(`/api/problems/${problem.json().id}`, {
      version: problem.json().version,
      impact: 5,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await liveStream.next('problem.updated')).data.problemId).toBe(problem.json().id);
    await team.patch(`/api/meetings/${planned.id}`, { version: planned.version, title: 'Sigue programada' });
    await plannedStream.next('meeting.updated');
    expect(plannedStream.events.map((e) => e.type)).toEqual(['ready', 'meeting.updated']);
  });

  it('answers 404 to a reader who may not see the meeting, 401 to an anonymous one', async () => {
    const team = await t.as('team');
    const meeting = await newMeeting(team, { kind: 'intersessional', publicSectorOnly: true });
    const url = `${base}/api/meetings/${meeting.id}/events`;
    expect((await openStream(url, await t.as('private_rep'))).status).toBe(404);
    expect((await openStream(url, await t.as('observer'))).status).toBe(404);
    expect((await openStream(url, t.anonymous)).status).toBe(401);
    const allowed = await openStream(url, await t.as('public_rep'));
    expect(allowed.status).toBe(200);
    await allowed.next('ready');
  });

  it('sends heartbeats, and forgets a stream when its client goes away', async () => {
    liveSettings.heartbeatMs = 100;
    const team = await t.as('team');
    const meeting = await newMeeting(team, { kind: 'intersessional' });
    const stream = await openStream(`${base}/api/meetings/${meeting.id}/events`, team);
    await stream.next('ready');
    const hub = hubOf(t.database)!;
    expect(hub.streamCount(meeting.id)).toBe(1);
    await new Promise((r) => setTimeout(r, 350));
    expect(stream.comments.filter((c) => c === 'heartbeat').length).toBeGreaterThanOrEqual(2);
    stream.close();
    const deadline = Date.now() + 2000;
    while (hub.streamCount(meeting.id) > 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(hub.streamCount(meeting.id)).toBe(0);
  });
});

/** A problem of the Mesa only its dedicated team may see. */
async function teamOnlyProblem(team: Client) {
  const res = await team.post(`/api/mesas/${forestal}/problems`, {
    title: 'Problema reservado al equipo',
    visibility: 'team',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

describe('what the live stream reveals', () => {
  it('does not announce a decision on a team-only problem to a member without team visibility', async () => {
    const team = await t.as('team');
    const hidden = await teamOnlyProblem(team);
    const meeting = await newMeeting(team, { kind: 'intersessional' });
    await team.post(`/api/meetings/${meeting.id}/start`, {});
    const url = `${base}/api/meetings/${meeting.id}/events`;
    const teamStream = await openStream(url, team);
    const repStream = await openStream(url, await t.as('public_rep'));
    await Promise.all([teamStream.next('ready'), repStream.next('ready')]);

    const decided = await team.post(`/api/meetings/${meeting.id}/decisions`, {
      text: 'Decisión reservada',
      problemId: hidden,
    });
    expect(decided.statusCode, decided.body).toBe(201);
    const decisionId = decided.json().id;
    expect((await teamStream.next('decision.created')).data.decisionId).toBe(decisionId);
    const withdrawn = await team.request('DELETE', `/api/meetings/${meeting.id}/decisions/${decisionId}`);
    expect(withdrawn.statusCode, withdrawn.body).toBeLessThan(300);
    expect((await teamStream.next('decision.deleted')).data.decisionId).toBe(decisionId);

    // A later change the representative may see reaches them; the decision never did.
    await team.request('PUT', `/api/meetings/${meeting.id}/attendance`, {
      entries: [{ personId: person.team, status: 'present' }],
    });
    await repStream.next('attendance.updated');
    expect(repStream.events.map((e) => e.type)).toEqual(['ready', 'attendance.updated']);
    expect(JSON.stringify(repStream.events)).not.toContain(decisionId);
  });
});

describe('reconnecting', () => {
  it('numbers every event, tells the client when to retry, and replays exactly what a reconnecting stream missed', async () => {
    const team = await t.as('team');
    const rep = await t.as('public_rep');
    const hidden = await teamOnlyProblem(team);
    const meeting = await newMeeting(team, { kind: 'intersessional' });
    const url = `${base}/api/meetings/${meeting.id}/events`;
    const first = await openStream(url, team);
    await first.next('ready');
    expect(first.retries).toEqual(['3000']);
    await team.post(`/api/meetings/${meeting.id}/start`, {});
    const started = await first.next('meeting.started');
    expect(started.id).toMatch(/^\d+$/);
    first.close();

    // While no stream is open: three changes, one of them about a team-only problem.
    await team.request('PUT', `/api/meetings/${meeting.id}/attendance`, {
      entries: [{ personId: person.team, status: 'present' }],
    });
    const open = await team.post(`/api/meetings/${meeting.id}/decisions`, { text: 'Decisión abierta' });
    const closed = await team.post(`/api/meetings/${meeting.id}/decisions`, {
      text: 'Decisión reservada',
      problemId: hidden,
    });
    expect([open.statusCode, closed.statusCode]).toEqual([201, 201]);

    const lastEventId = { 'last-event-id': started.id! };
    const teamAgain = await openStream(url, team, lastEventId);
    const repAgain = await openStream(url, rep, lastEventId);
    await Promise.all([teamAgain.next('ready'), repAgain.next('ready')]);
    // A change after the reconnection, so that everything replayed has arrived before it.
    const renamed = await team.patch(`/api/meetings/${meeting.id}`, {
      version: (await team.get(`/api/meetings/${meeting.id}`)).json().version,
      title: 'Sesión reanudada',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    await Promise.all([teamAgain.next('meeting.updated'), repAgain.next('meeting.updated')]);

    const seen = (s: EventStreamReader) => s.events.map((e) => [e.type, e.data.decisionId ?? null]);
    expect(seen(teamAgain)).toEqual([
      ['ready', null],
      ['attendance.updated', null],
      ['decision.created', open.json().id],
      ['decision.created', closed.json().id],
      ['meeting.updated', null],
    ]);
    expect(seen(repAgain)).toEqual([
      ['ready', null],
      ['attendance.updated', null],
      ['decision.created', open.json().id],
      ['meeting.updated', null],
    ]);
    // Every event but `ready` has an id, increasing, all after the one the client last had.
    const ids = teamAgain.events.filter((e) => e.type !== 'ready').map((e) => Number(e.id));
    expect(ids.every((id) => id > Number(started.id))).toBe(true);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the notices for a day: older ones are pruned', async () => {
    const team = await t.as('team');
    const meeting = await newMeeting(team, { kind: 'intersessional' });
    const db = t.database.db;
    const [old] = await db
      .insert(liveEvents)
      .values({
        meetingId: meeting.id,
        payload: { type: 'meeting.updated', meetingId: meeting.id },
        createdAt: new Date(Date.now() - 25 * 3_600_000),
      })
      .returning();
    await team.patch(`/api/meetings/${meeting.id}`, { version: meeting.version, title: 'Reciente' });
    await pruneLiveEvents(db);
    const kept = await db.select().from(liveEvents).where(eq(liveEvents.meetingId, meeting.id));
    expect(kept.map((e) => (e.payload as { type: string }).type)).toEqual(['meeting.updated']);
    expect(kept.map((e) => e.seq)).not.toContain(old!.seq);
  });

  it('ignores a Last-Event-ID that is not a number', async () => {
    const team = await t.as('team');
    const meeting = await newMeeting(team, { kind: 'intersessional' });
    const stream = await openStream(`${base}/api/meetings/${meeting.id}/events`, team, {
      'last-event-id': 'nonsense',
    });
    expect(stream.status).toBe(200);
    await stream.next('ready');
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'listens again when the LISTEN connection is dropped, and delivers what changed meanwhile',
    async () => {
      liveSettings.listenerRetryMs = 1500;
      const team = await t.as('team');
      const meeting = await newMeeting(team, { kind: 'intersessional' });
      await team.post(`/api/meetings/${meeting.id}/start`, {});
      const stream = await openStream(`${base}/api/meetings/${meeting.id}/events`, team);
      await stream.next('ready');
      const hub = hubOf(t.database)!;
      expect(hub.isListening()).toBe(true);

      const terminated = await t.database.db.execute(sql`
        select pg_terminate_backend(pid) as done from pg_stat_activity
        where application_name = ${LISTENER_NAME} and datname = current_database()`);
      expect((terminated as unknown as { rows: unknown[] }).rows.length).toBeGreaterThan(0);
      const lostBy = Date.now() + 5000;
      while (hub.isListening() && Date.now() < lostBy) await new Promise((r) => setTimeout(r, 10));
      expect(hub.isListening()).toBe(false);

      // Written while nobody listens: no NOTIFY reaches this server.
      const decided = await team.post(`/api/meetings/${meeting.id}/decisions`, { text: 'Durante el corte' });
      expect(decided.statusCode, decided.body).toBe(201);
      expect(hub.isListening()).toBe(false);

      const event = await stream.next('decision.created', 10_000);
      expect(event.data.decisionId).toBe(decided.json().id);
      expect(hub.isListening()).toBe(true);
      // And it listens for real again: a later change arrives live, once.
      await team.request('PUT', `/api/meetings/${meeting.id}/attendance`, {
        entries: [{ personId: person.team, status: 'present' }],
      });
      await stream.next('attendance.updated', 5000);
      expect(stream.events.map((e) => e.type)).toEqual(['ready', 'decision.created', 'attendance.updated']);
    },
  );
});

describe('two server instances on one PostgreSQL database', () => {
  let other: App | null = null;
  afterAll(async () => {
    await other?.close();
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'delivers a change written through instance A to a stream open on instance B',
    async () => {
      const url = (t.database.db as unknown as { $client: { options: { connectionString: string } } }).$client
        .options.connectionString;
      const database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
      const config = testConfig();
      other = await buildApp({ config, database, sessionSecret: config.SESSION_SECRET! });
      other.addHook('onClose', () => database.close());
      await other.listen({ port: 0, host: '127.0.0.1' });
      const address = other.server.address();
      if (!address || typeof address === 'string') throw new Error('not listening');
      const baseB = `http://127.0.0.1:${address.port}`;
      expect(hubOf(database)).not.toBe(hubOf(t.database));

      const team = await t.as('team');
      const meeting = await newMeeting(team);
      // The session cookie is valid on both instances: they share the database and the secret.
      const streamB = await openStream(
        `${baseB}/api/meetings/${meeting.id}/events`,
        await t.as('public_rep'),
      );
      expect(streamB.status).toBe(200);
      await streamB.next('ready');

      const res = await team.post(`/api/meetings/${meeting.id}/start`, {});
      expect(res.statusCode, res.body).toBe(200);
      const event = await streamB.next('meeting.started');
      expect(event.data.meetingId).toBe(meeting.id);
    },
  );
});
