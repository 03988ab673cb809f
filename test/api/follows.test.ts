import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followChanges, follows, mailOutbox, users } from '../../src/db/schema';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { createMailJob } from '../../src/jobs/mail-job';
import { type Client, createTestContext, type TestContext } from '../support/app';
import {
  addParticipant,
  createMesa,
  demoPersonId,
  newSession,
  snapshot,
  unique,
  unknownId,
} from '../support/fixtures';

/**
 * Follows: a participant follows a problem or a commitment and the mail job writes them one message
 * at most an hour listing what moved since, in their language, never about their own changes and
 * never about a record they may no longer see.
 */

const HOUR = 3_600_000;
const PUBLIC_URL = 'https://mesas.example.org';
let t: TestContext;
let team: Client;
let mesaId: string;
let today: string;
/** The mail job's clock: moved forward by the tests, never back. */
const start = Date.now();
let clock = new Date(start);

interface Follower {
  client: Client;
  email: string;
  userId: string;
}

/** A new account taking part in the Mesa as a public representative. */
async function follower(locale: 'es' | 'en'): Promise<Follower> {
  const email = `${unique('follower')}@example.org`.toLowerCase();
  const res = await (await t.as('admin')).post('/api/accounts', {
    email,
    password: 'una-clave-bastante-larga',
    fullName: unique('Seguidor'),
    locale,
  });
  expect(res.statusCode, res.body).toBe(201);
  await addParticipant(t, mesaId, { role: 'public_rep', personId: res.json().personId });
  return { client: await newSession(t, email), email, userId: res.json().id };
}

async function problem(visibility: 'members' | 'team' = 'members'): Promise<string> {
  const res = await team.post(`/api/mesas/${mesaId}/problems`, {
    title: unique('Trámite lento'),
    visibility,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function commitment(visibility: 'members' | 'team' = 'members') {
  const res = await team.post(`/api/mesas/${mesaId}/commitments`, {
    personId: await demoPersonId(t, 'team'),
    text: unique('Publicar el padrón'),
    dueOn: addDays(today, 7),
    visibility,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

async function transition(problemId: string, to: string, as = team) {
  const res = await as.post(`/api/problems/${problemId}/transitions`, { to });
  expect(res.statusCode, res.body).toBe(200);
}

async function report(commitmentId: string, text: string) {
  const res = await team.post(`/api/commitments/${commitmentId}/progress`, { text });
  expect(res.statusCode, res.body).toBe(201);
}

async function follow(who: Client, kind: 'problems' | 'commitments', id: string) {
  const res = await who.request('PUT', `/api/${kind}/${id}/follow`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { following: boolean; since: string | null };
}

/** One run of the mail job at `at` (nothing is sent: the outbox keeps what it queues). */
async function runJob(at: Date) {
  clock = at;
  const job = createMailJob({ db: t.database.db, config: t.app.config, now: () => clock, transport: null });
  try {
    return await job.runOnce();
  } finally {
    await job.stop();
  }
}

const mailsTo = (f: Follower) =>
  t.database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.kind, 'follow_changes'), eq(mailOutbox.toAddress, f.email)))
    .orderBy(mailOutbox.createdAt);

async function queued(f: Follower) {
  const [row] = await t.database.db
    .select({ n: count() })
    .from(followChanges)
    .where(eq(followChanges.userId, f.userId));
  return row!.n;
}

beforeAll(async () => {
  t = await createTestContext({ PUBLIC_URL });
  today = todayIn(new Date(), 'America/Lima');
  mesaId = (await createMesa(t, { visibility: 'members' })).id;
  await addParticipant(t, mesaId, { role: 'team', personId: await demoPersonId(t, 'team') });
  team = await t.as('team');
});
afterAll(() => t?.close());

describe('following', () => {
  it('follows and unfollows a problem and a commitment, idempotently', async () => {
    const ann = await follower('en');
    const problemId = await problem();
    const { id: commitmentId } = await commitment();
    for (const [kind, id] of [
      ['problems', problemId],
      ['commitments', commitmentId],
    ] as const) {
      expect((await ann.client.get(`/api/${kind}/${id}/follow`)).json()).toEqual({
        following: false,
        since: null,
      });
      const first = await follow(ann.client, kind, id);
      const again = await follow(ann.client, kind, id);
      expect(first.following).toBe(true);
      expect(again).toEqual(first);
      expect((await ann.client.get(`/api/${kind}/${id}/follow`)).json()).toEqual(first);
    }
    const list = await ann.client.get('/api/me/follows');
    expect(list.statusCode, list.body).toBe(200);
    expect(
      list
        .json()
        .follows.map((f: { kind: string; id: string }) => [f.kind, f.id])
        .sort(),
    ).toEqual(
      [
        ['commitment', commitmentId],
        ['problem', problemId],
      ].sort(),
    );
    for (const [kind, id] of [
      ['problems', problemId],
      ['commitments', commitmentId],
    ] as const) {
      for (let i = 0; i < 2; i++) {
        const res = await ann.client.delete(`/api/${kind}/${id}/follow`);
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json()).toEqual({ following: false, since: null });
      }
    }
    expect((await ann.client.get('/api/me/follows')).json().follows).toEqual([]);
    const [rows] = await t.database.db
      .select({ n: count() })
      .from(follows)
      .where(eq(follows.userId, ann.userId));
    expect(rows!.n).toBe(0);
  });

  it('cannot follow a record it may not see: 404, as for one that does not exist, and nothing written', async () => {
    const bea = await follower('es');
    const hidden = await problem('team');
    const hiddenCommitment = await commitment('team');
    const before = await snapshot(t, follows);
    for (const url of [
      `/api/problems/${hidden}/follow`,
      `/api/commitments/${hiddenCommitment.id}/follow`,
      `/api/problems/${unknownId()}/follow`,
      `/api/commitments/${unknownId()}/follow`,
    ]) {
      for (const method of ['GET', 'PUT', 'DELETE'] as const) {
        const res = await bea.client.request(method, url);
        expect(res.statusCode, `${method} ${url}`).toBe(404);
        expect(res.json().error.code).toBe('NOT_FOUND');
      }
    }
    expect(await snapshot(t, follows)).toEqual(before);
    expect((await t.anonymous.request('PUT', `/api/problems/${hidden}/follow`)).statusCode).toBe(401);
  });
});

describe('the follow mail', () => {
  let ann: Follower;
  let bea: Follower;
  let problemId: string;
  let theCommitment: { id: string; version: number };
  /** When the first follow mail was written. */
  let firstMail: Date;

  beforeAll(async () => {
    ann = await follower('en');
    bea = await follower('es');
    problemId = await problem();
    theCommitment = await commitment();
    await follow(ann.client, 'problems', problemId);
    await follow(ann.client, 'commitments', theCommitment.id);
    await follow(bea.client, 'problems', problemId);
  });

  it('lists a status change and a progress report of the same hour in one mail, in each follower’s language', async () => {
    await transition(problemId, 'prioritized');
    await report(theCommitment.id, 'Borrador enviado a la oficina de asesoría jurídica');
    firstMail = new Date(start + HOUR);
    const run = await runJob(firstMail);
    expect(run.follows).toBeGreaterThanOrEqual(2);

    const [toAnn, ...moreToAnn] = await mailsTo(ann);
    expect(moreToAnn).toEqual([]);
    expect(toAnn!.locale).toBe('en');
    expect(toAnn!.subject).toBe('2 changes in what you follow');
    expect(toAnn!.text).toContain('status changed from Identified to Prioritized');
    expect(toAnn!.text).toContain('progress reported for');
    expect(toAnn!.text).toContain('Borrador enviado a la oficina de asesoría jurídica');
    expect(toAnn!.text).toContain(`${PUBLIC_URL}/problems/${problemId}`);
    expect(toAnn!.text).toContain(`${PUBLIC_URL}/mesas/${mesaId}/commitments`);
    expect(toAnn!.html).toContain('Prioritized');

    // Bea follows only the problem, and reads Spanish.
    const [toBea, ...moreToBea] = await mailsTo(bea);
    expect(moreToBea).toEqual([]);
    expect(toBea!.locale).toBe('es');
    expect(toBea!.subject).toBe('1 cambio en lo que sigues');
    expect(toBea!.text).toContain('el estado pasó de Identificado a Priorizado');
    expect(toBea!.text).not.toContain('Borrador enviado');
    expect(await queued(ann)).toBe(0);

    // Nothing new: a second run writes nothing.
    await runJob(new Date(firstMail.getTime() + 60_000));
    expect(await mailsTo(ann)).toHaveLength(1);
    expect(await mailsTo(bea)).toHaveLength(1);
  });

  it('keeps a change made half an hour later until an hour after the first mail, then mails it alone', async () => {
    const res = await team.patch(`/api/commitments/${theCommitment.id}`, {
      version: theCommitment.version,
      dueOn: addDays(today, 14),
      reason: 'La oficina pidió una semana más',
    });
    expect(res.statusCode, res.body).toBe(200);

    await runJob(new Date(firstMail.getTime() + 30 * 60_000));
    expect(await mailsTo(ann)).toHaveLength(1);
    expect(await queued(ann)).toBe(1);

    await runJob(new Date(firstMail.getTime() + 59 * 60_000));
    expect(await mailsTo(ann)).toHaveLength(1);

    await runJob(new Date(firstMail.getTime() + HOUR));
    const mails = await mailsTo(ann);
    expect(mails).toHaveLength(2);
    const second = mails[1]!;
    expect(second.subject).toBe('1 change in what you follow');
    expect(second.text).toContain('due date moved from');
    expect(second.text).toContain('La oficina pidió una semana más');
    expect(second.text).not.toContain('Prioritized');
    expect(second.text).not.toContain('Borrador enviado');
    expect(await queued(ann)).toBe(0);
  });

  it('never mails followers about their own changes', async () => {
    const own = await problem();
    const [teamUser] = await t.database.db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(eq(users.email, 'team@demo.mesas.local'));
    const self: Follower = { client: team, email: teamUser!.email, userId: teamUser!.id };
    await follow(team, 'problems', own);
    await transition(own, 'prioritized');
    expect(await queued(self)).toBe(0);
    await runJob(new Date(start + 3 * HOUR));
    expect(await mailsTo(self)).toEqual([]);

    // Someone else's change of the same problem is mailed to them.
    await transition(own, 'in_progress', await t.as('coordinator'));
    await runJob(new Date(start + 4 * HOUR));
    const [mail, ...more] = await mailsTo(self);
    expect(more).toEqual([]);
    // The demo team's account reads Spanish.
    expect(mail!.text).toContain('el estado pasó de Priorizado a En curso');
    expect(mail!.text).not.toContain('de Identificado a Priorizado');
  });

  it('mails nothing about a record the follower may no longer see', async () => {
    const carl = await follower('es');
    const secret = await problem();
    await follow(carl.client, 'problems', secret);
    const detail = await team.get(`/api/problems/${secret}`);
    const made = await team.patch(`/api/problems/${secret}`, {
      version: detail.json().version,
      visibility: 'team',
    });
    expect(made.statusCode, made.body).toBe(200);
    await transition(secret, 'prioritized');
    expect(await queued(carl)).toBe(1);

    await runJob(new Date(start + 5 * HOUR));
    expect(await mailsTo(carl)).toEqual([]);
    expect(await queued(carl)).toBe(0);
    expect((await carl.client.get('/api/me/follows')).json().follows).toEqual([]);
  });

  it("tells a problem's followers how its solutions progress", async () => {
    const eve = await follower('en');
    const worked = await problem();
    await follow(eve.client, 'problems', worked);
    const proposed = await team.post(`/api/problems/${worked}/solutions`, { text: 'Ventanilla única' });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const revised = await team.post(`/api/solutions/${proposed.json().id}/versions`, {
      text: 'Ventanilla única digital',
      reason: 'La oficina no tiene personal',
    });
    expect(revised.statusCode, revised.body).toBe(201);
    const agreed = await team.patch(`/api/solutions/${proposed.json().id}`, {
      version: revised.json().version,
      agreedOn: today,
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    // A change that is not progress (the instrument) is not told.
    const instrument = await team.patch(`/api/solutions/${proposed.json().id}`, {
      version: agreed.json().version,
      instrument: 'procedure',
    });
    expect(instrument.statusCode, instrument.body).toBe(200);

    await runJob(new Date(start + 5 * HOUR));
    const [mail, ...more] = await mailsTo(eve);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('3 changes in what you follow');
    expect(mail!.text).toContain('a solution was proposed: “Ventanilla única”');
    expect(mail!.text).toContain(
      'a solution was revised (version 2): “Ventanilla única digital” (La oficina no tiene personal)',
    );
    expect(mail!.text).toContain('the Mesa agreed on a solution on');
  });

  it('stops mailing once the follower unfollows', async () => {
    const dora = await follower('en');
    const watched = await problem();
    await follow(dora.client, 'problems', watched);
    await transition(watched, 'prioritized');
    expect(await queued(dora)).toBe(1);
    const res = await dora.client.delete(`/api/problems/${watched}/follow`);
    expect(res.statusCode, res.body).toBe(200);
    expect(await queued(dora)).toBe(0);
    await transition(watched, 'in_progress');
    expect(await queued(dora)).toBe(0);

    await runJob(new Date(start + 6 * HOUR));
    expect(await mailsTo(dora)).toEqual([]);
  });
});
