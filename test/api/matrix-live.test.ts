import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/server/app';
import { hubOf, LISTENER_NAME, liveSettings } from '../../src/server/live';
import { type Client, createTestContext, type TestContext, testConfig } from '../support/app';
import { type EventStreamReader, openEventStream } from '../support/event-stream';
import { addParticipant, createMesa, demoPersonId, ensureMesa, forestalTeam } from '../support/fixtures';

/**
 * The live stream of a Mesa's Matrix, over real HTTP (server-sent events cannot be injected): a change
 * another member writes through the API reaches every open Matrix of the Mesa, as ids only, and only
 * for the problems each reader may see.
 */

let t: TestContext;
let base: string;
let forestal: string;
const streams: EventStreamReader[] = [];

const eventsUrl = (mesaId: string, root = base) => `${root}/api/mesas/${mesaId}/matrix/events`;

async function follow(client: Client, mesaId = forestal, root = base): Promise<EventStreamReader> {
  const stream = await openEventStream(eventsUrl(mesaId, root), client);
  streams.push(stream);
  return stream;
}

async function newProblem(c: Client, body: Record<string, unknown> = {}) {
  const res = await c.post(`/api/mesas/${forestal}/problems`, { title: 'Problema en vivo', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

async function editProblem(c: Client, id: string, changes: Record<string, unknown>) {
  const { version } = (await c.get(`/api/problems/${id}`)).json();
  const res = await c.patch(`/api/problems/${id}`, { version, ...changes });
  expect(res.statusCode, res.body).toBe(200);
}

/** What a stream received, as [type, problemId] pairs. */
const received = (s: EventStreamReader) => s.events.map((e) => [e.type, e.data.problemId ?? null]);

beforeAll(async () => {
  t = await createTestContext();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  base = `http://127.0.0.1:${address.port}`;
  forestal = await ensureMesa(t, 'forestal', 'members');
});
afterEach(() => {
  for (const s of streams.splice(0)) s.close();
  liveSettings.heartbeatMs = 15_000;
  liveSettings.listenerRetryMs = 250;
});
afterAll(() => t?.close());

describe('GET /api/mesas/:id/matrix/events', () => {
  it("tells every member's open Matrix that another member changed a problem, with ids only", async () => {
    const team = await t.as('team');
    const problem = await newProblem(team, { title: 'Permiso de transporte demora 40 días' });
    const rep = await follow(await t.as('public_rep'));
    const mine = await follow(team);
    expect(rep.status).toBe(200);
    expect(rep.contentType).toMatch(/^text\/event-stream/);
    const [ready] = await Promise.all([rep.next('ready'), mine.next('ready')]);
    expect(ready.data).toMatchObject({ type: 'ready', mesaId: forestal });
    expect(rep.retries).toEqual(['3000']);

    await editProblem(team, problem.id, { impact: 5, title: 'Permiso de transporte demora 45 días' });
    for (const stream of [rep, mine]) {
      const event = await stream.next('problem.updated');
      expect(event.data).toEqual({ type: 'problem.updated', mesaId: forestal, problemId: problem.id });
      // Not stored, so not numbered: a client refetches on `ready` instead of replaying.
      expect(event.id).toBeUndefined();
      expect(JSON.stringify(event.data)).not.toContain('Permiso');
    }
  });

  it('announces every kind of change the Matrix shows', async () => {
    const { team, commitment } = await forestalTeam(t);
    const stream = await follow(team);
    await stream.next('ready');
    const expectEvent = async (type: string, change: () => Promise<{ statusCode: number; body: string }>) => {
      const res = await change();
      expect(res.statusCode, res.body).toBeLessThan(300);
      return (await stream.next(type)).data;
    };

    const created = await expectEvent('problem.created', () =>
      team.post(`/api/mesas/${forestal}/problems`, { title: 'Falta de viveros certificados' }),
    );
    const id = created.problemId as string;
    expect(id).toEqual(expect.any(String));
    const about = { mesaId: forestal, problemId: id };
    expect(
      await expectEvent('problem.transitioned', () =>
        team.post(`/api/problems/${id}/transitions`, { to: 'prioritized' }),
      ),
    ).toMatchObject(about);
    expect(
      await expectEvent('problem.updated', async () => {
        const { version } = (await team.get(`/api/problems/${id}`)).json();
        return team.patch(`/api/problems/${id}`, { version, inFocus: true });
      }),
    ).toMatchObject(about);
    expect(
      await expectEvent('solution.changed', () =>
        team.post(`/api/problems/${id}/solutions`, { text: 'Registro de viveros en línea' }),
      ),
    ).toMatchObject(about);
    expect(
      await expectEvent('indicator.changed', () =>
        team.post(`/api/problems/${id}/indicators`, {
          name: 'Viveros certificados',
          unit: 'viveros',
          direction: 'higher_is_better',
        }),
      ),
    ).toMatchObject(about);
    expect(
      await expectEvent('feedback.created', () =>
        team.post(`/api/problems/${id}/feedback`, { verdict: 'works', text: 'Ya se registran en línea' }),
      ),
    ).toMatchObject(about);
    expect(
      await expectEvent('commitments.changed', () =>
        team.post(`/api/mesas/${forestal}/commitments`, { ...commitment(), problemId: id }),
      ),
    ).toMatchObject(about);
    const { version } = (await team.get(`/api/mesas/${forestal}`)).json();
    expect(
      await expectEvent('mesa.updated', () =>
        team.patch(`/api/mesas/${forestal}`, { version, focusLimit: 6 }),
      ),
    ).toEqual({ type: 'mesa.updated', mesaId: forestal });
  });

  it('sends nothing for a refused write, nor about another Mesa', async () => {
    const team = await t.as('team');
    const coordinator = await t.as('coordinator');
    const other = await createMesa(t);
    const problem = await newProblem(team);
    const stream = await follow(team);
    await stream.next('ready');
    const stale = await team.patch(`/api/problems/${problem.id}`, {
      version: problem.version + 7,
      impact: 1,
    });
    expect(stale.statusCode).toBe(409);
    const elsewhere = await coordinator.post(`/api/mesas/${other.id}/problems`, { title: 'En otra Mesa' });
    expect(elsewhere.statusCode, elsewhere.body).toBe(201);
    await editProblem(team, problem.id, { ease: 2 });
    await stream.next('problem.updated');
    expect(received(stream)).toEqual([
      ['ready', null],
      ['problem.updated', problem.id],
    ]);
  });
});

describe('what the Matrix stream reveals', () => {
  it('never gives a reader the id of a problem they may not see', async () => {
    const { team, commitment } = await forestalTeam(t);
    const visible = await newProblem(team, { title: 'Problema de todos' });
    const repStream = await follow(await t.as('public_rep'));
    const teamStream = await follow(team);
    await Promise.all([repStream.next('ready'), teamStream.next('ready')]);

    const hidden = await newProblem(team, { title: 'Problema reservado al equipo', visibility: 'team' });
    await editProblem(team, hidden.id, { impact: 4 });
    // A team-only commitment on a problem the representative sees: the Matrix does not show it to them.
    const committed = await team.post(`/api/mesas/${forestal}/commitments`, {
      ...commitment(),
      problemId: visible.id,
      visibility: 'team',
    });
    expect(committed.statusCode, committed.body).toBe(201);
    expect((await teamStream.next('problem.created')).data.problemId).toBe(hidden.id);
    expect((await teamStream.next('problem.updated')).data.problemId).toBe(hidden.id);
    expect((await teamStream.next('commitments.changed')).data.problemId).toBe(visible.id);

    // A later change the representative may see reaches them; none of the others did.
    await editProblem(team, visible.id, { impact: 2 });
    await repStream.next('problem.updated');
    expect(received(repStream)).toEqual([
      ['ready', null],
      ['problem.updated', visible.id],
    ]);
    expect(JSON.stringify(repStream.events)).not.toContain(hidden.id);
  });

  it('tells a reader who loses sight of a problem that the Matrix changed, without its id', async () => {
    const team = await t.as('team');
    const problem = await newProblem(team, { title: 'Problema que pasa a reservado' });
    const repStream = await follow(await t.as('public_rep'));
    await repStream.next('ready');

    await editProblem(team, problem.id, { visibility: 'team' });
    expect((await repStream.next('problem.updated')).data).toEqual({
      type: 'problem.updated',
      mesaId: forestal,
    });
    // From then on the problem is out of their sight: its changes are not announced to them at all.
    await editProblem(team, problem.id, { impact: 1 });
    const marker = await newProblem(team, { title: 'Problema visible después' });
    await repStream.next('problem.created');
    expect(received(repStream)).toEqual([
      ['ready', null],
      ['problem.updated', null],
      ['problem.created', marker.id],
    ]);
    expect(JSON.stringify(repStream.events)).not.toContain(problem.id);
  });

  it('checks again what a reader may see when the participants of the Mesa change', async () => {
    const team = await t.as('team');
    const coordinator = await t.as('coordinator');
    const rep = await t.as('private_rep');
    const repStream = await follow(rep);
    const teamStream = await follow(team);
    await Promise.all([repStream.next('ready'), teamStream.next('ready')]);

    // The representative joins the dedicated team: their stream is told to refetch everything, and
    // from then on gets the team-only problems too.
    const joined = await addParticipant(t, forestal, {
      role: 'team',
      personId: await demoPersonId(t, 'private_rep'),
    });
    await repStream.next('resync');
    const hidden = await newProblem(team, { title: 'Reservado, ya visible', visibility: 'team' });
    expect((await repStream.next('problem.created')).data.problemId).toBe(hidden.id);

    // And leaves it again: refetch, and no more team-only ids.
    const left = await coordinator.delete(`/api/mesas/${forestal}/participations/${joined}`);
    expect(left.statusCode, left.body).toBe(200);
    await repStream.next('resync');
    const hiddenAgain = await newProblem(team, { title: 'Reservado otra vez', visibility: 'team' });
    const marker = await newProblem(team, { title: 'Visible para todos' });
    await repStream.next('problem.created');
    expect(received(repStream)).toEqual([
      ['ready', null],
      ['resync', null],
      ['problem.created', hidden.id],
      ['resync', null],
      ['problem.created', marker.id],
    ]);
    expect(JSON.stringify(repStream.events)).not.toContain(hiddenAgain.id);
    // The team's own rights did not change: nothing to refetch for them.
    expect(teamStream.events.map((e) => e.type)).not.toContain('resync');
  });

  it('answers 401 to an anonymous caller and 404 for a Mesa the caller may not see', async () => {
    const reserved = await createMesa(t, { visibility: 'team' });
    expect((await follow(t.anonymous)).status).toBe(401);
    expect((await follow(await t.as('private_rep'), reserved.id)).status).toBe(404);
    expect((await follow(await t.as('team'), crypto.randomUUID())).status).toBe(404);
    expect((await follow(await t.as('team'), 'not-an-id')).status).toBe(400);
    const allowed = await follow(await t.as('coordinator'), reserved.id);
    expect(allowed.status).toBe(200);
    await allowed.next('ready');
  });
});

describe('the life of a Matrix stream', () => {
  it('sends heartbeats, and forgets a stream when its client goes away', async () => {
    liveSettings.heartbeatMs = 100;
    const stream = await follow(await t.as('team'));
    await stream.next('ready');
    const hub = hubOf(t.database)!;
    expect(hub.matrixStreamCount(forestal)).toBe(1);
    await new Promise((r) => setTimeout(r, 350));
    expect(stream.comments.filter((c) => c === 'heartbeat').length).toBeGreaterThanOrEqual(2);
    stream.close();
    const deadline = Date.now() + 2000;
    while (hub.matrixStreamCount(forestal) > 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(hub.matrixStreamCount(forestal)).toBe(0);
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'tells the open Matrices to refetch when the LISTEN connection was lost, since nothing is replayed',
    async () => {
      liveSettings.listenerRetryMs = 1500;
      const team = await t.as('team');
      const stream = await follow(team);
      await stream.next('ready');
      const hub = hubOf(t.database)!;
      await t.database.db.execute(sql`
        select pg_terminate_backend(pid) from pg_stat_activity
        where application_name = ${LISTENER_NAME} and datname = current_database()`);
      const lostBy = Date.now() + 5000;
      while (hub.isListening() && Date.now() < lostBy) await new Promise((r) => setTimeout(r, 10));
      expect(hub.isListening()).toBe(false);
      // Written while nobody listens: its notice is lost, and the stream is told to refetch instead.
      await newProblem(team, { title: 'Durante el corte' });
      await stream.next('resync', 10_000);
      expect(hub.isListening()).toBe(true);
      const after = await newProblem(team, { title: 'Después del corte' });
      expect((await stream.next('problem.created', 5000)).data.problemId).toBe(after.id);
      expect(stream.events.map((e) => e.type)).toEqual(['ready', 'resync', 'problem.created']);
    },
  );

  describe('when the server closes', () => {
    let other: App | null = null;
    afterAll(async () => {
      await other?.close();
    });

    it('ends the open streams, so that it can close', async () => {
      // A second server on the same database (and so the same sessions), closed by this test alone.
      const config = testConfig();
      other = await buildApp({ config, database: t.database, sessionSecret: config.SESSION_SECRET! });
      await other.listen({ port: 0, host: '127.0.0.1' });
      const address = other.server.address();
      if (!address || typeof address === 'string') throw new Error('not listening');
      const stream = await follow(await t.as('team'), forestal, `http://127.0.0.1:${address.port}`);
      expect(stream.status).toBe(200);
      await stream.next('ready');

      const closing = other.close();
      other = null;
      await closing;
      await stream.ended;

      // The first server still follows the Matrix: its hub outlived the second server's.
      const still = await follow(await t.as('team'));
      await still.next('ready');
      const problem = await newProblem(await t.as('team'), { title: 'Después del cierre' });
      expect((await still.next('problem.created')).data.problemId).toBe(problem.id);
    });
  });
});
