import { createHash } from 'node:crypto';
import { and, eq, getTableColumns } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportMesaArchive } from '../../src/archive/export';
import { readArchive } from '../../src/archive/read';
import {
  auditEvents,
  mailOutbox,
  wheelLinks,
  wheelQuestions,
  wheelRespondents,
  wheelRounds,
  wheelScores,
} from '../../src/db/schema';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { wheelDimensions } from '../../src/domain/wheel';
import { type Client, createTestContext, type TestContext } from '../support/app';
import {
  addParticipant,
  createMesa,
  createPerson,
  demoPersonId,
  snapshot,
  unique,
  unknownId,
} from '../support/fixtures';

/**
 * The Evaluation Wheel through the API: the question set, rounds opened by the team and mailed to the
 * participants, anonymous answers once each (through a personal link or signed in), results only as
 * aggregates once the round is closed and enough answered, and no way for the team to tie a score to
 * the person who gave it.
 */

let t: TestContext;
let team: Client;
let today: string;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

interface Person {
  id: string;
  fullName: string;
}

interface WheelMesa {
  id: string;
  people: (Person & { role: string })[];
}

/**
 * A new Mesa with the demo team account's person on its team, `reps` representatives with an address
 * (private, public…) and an observer, who is not asked.
 */
async function wheelMesa(reps: string[], fields: Record<string, unknown> = {}): Promise<WheelMesa> {
  const mesa = await createMesa(t, { visibility: 'members', locale: 'es', ...fields });
  await addParticipant(t, mesa.id, { role: 'team', personId: await demoPersonId(t, 'team') });
  const people: WheelMesa['people'] = [];
  for (const role of reps) {
    const person = await createPerson(t, { email: `${unique('p')}@example.org` });
    await addParticipant(t, mesa.id, { role, personId: person.id });
    people.push({ ...person, role });
  }
  await addParticipant(t, mesa.id, { role: 'observer' });
  return { id: mesa.id, people };
}

async function openRound(mesaId: string, body: Record<string, unknown> = {}) {
  const res = await team.post(`/api/mesas/${mesaId}/wheel`, { closesOn: addDays(today, 14), ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; asked: number; mailed: number; notApplicable: string[] };
}

/** The token of the personal link last mailed to a person, read from the outbox. */
async function tokenOf(personId: string, roundId: string): Promise<string> {
  const rows = await t.database.db
    .select({ text: mailOutbox.text, kind: mailOutbox.kind })
    .from(mailOutbox)
    .where(eq(mailOutbox.personId, personId));
  const mine = rows.filter((r) => r.kind === 'wheel_invitation' || r.kind === 'wheel_reminder');
  for (const row of mine.reverse()) {
    const token = /\/w\/([A-Za-z0-9_-]{22})/.exec(row.text)?.[1];
    if (!token) continue;
    const [link] = await t.database.db
      .select({ roundId: wheelRespondents.roundId })
      .from(wheelLinks)
      .innerJoin(wheelRespondents, eq(wheelRespondents.id, wheelLinks.respondentId))
      .where(eq(wheelLinks.tokenHash, sha256(token)));
    if (link?.roundId === roundId) return token;
  }
  throw new Error(`no link mailed to ${personId}`);
}

/** Every question of the form scored by `score(index)`. */
async function answersFor(token: string, score: (index: number, dimension: string) => number) {
  const form = await t.anonymous.get(`/api/wheel-links/${token}`);
  expect(form.statusCode, form.body).toBe(200);
  const questions = form.json().questions as { id: string; dimension: string }[];
  return { answers: questions.map((q, i) => ({ questionId: q.id, score: score(i, q.dimension) })) };
}

async function answerByLink(token: string, score: (index: number, dimension: string) => number) {
  const res = await t.anonymous.post(`/api/wheel-links/${token}`, await answersFor(token, score));
  expect(res.statusCode, res.body).toBe(201);
}

beforeAll(async () => {
  t = await createTestContext();
  team = await t.as('team');
  today = todayIn(new Date(), 'America/Lima');
});
afterAll(() => t?.close());

describe('the question set', () => {
  it('is seeded with two or three questions per dimension, in Spanish and English', async () => {
    const res = await team.get('/api/wheel/questions');
    expect(res.statusCode).toBe(200);
    const questions = res.json().questions as {
      dimension: string;
      textEs: string;
      textEn: string;
      key: string;
    }[];
    for (const dimension of wheelDimensions) {
      const mine = questions.filter((q) => q.dimension === dimension);
      expect(mine.length, dimension).toBeGreaterThanOrEqual(2);
      expect(mine.length, dimension).toBeLessThanOrEqual(3);
      for (const q of mine) {
        expect(q.key.startsWith(`${dimension}.`)).toBe(true);
        expect(q.textEs.length).toBeGreaterThan(20);
        expect(q.textEn.length).toBeGreaterThan(20);
      }
    }
  });

  it('is edited by an administrator: added, reworded, retired; rounds keep the wording they asked', async () => {
    const admin = await t.as('admin');
    const key = `outputs.${unique('q').replace(/-/g, '_').toLowerCase()}`;
    const created = await admin.post('/api/wheel/questions', {
      key,
      dimension: 'outputs',
      textEs: 'Las exportaciones del sector crecieron gracias a la Mesa.',
      textEn: "The sector's exports grew thanks to the Mesa.",
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const counts = await snapshot(t, wheelQuestions);
    const twice = await admin.post('/api/wheel/questions', {
      key,
      dimension: 'outputs',
      textEs: 'Otra vez la misma clave.',
      textEn: 'The same key again.',
    });
    expect(twice.statusCode).toBe(409);
    const badKey = await admin.post('/api/wheel/questions', {
      key: 'mandate.x',
      dimension: 'outputs',
      textEs: 'Clave de otra dimensión.',
      textEn: 'Key of another dimension.',
    });
    expect(badKey.statusCode).toBe(400);
    expect(badKey.json().error.fields).toMatchObject([{ path: 'key', key: 'fields.wheelQuestionKey' }]);
    const unknownDimension = await admin.post('/api/wheel/questions', {
      key: 'luck.good',
      dimension: 'luck',
      textEs: 'Suerte.',
      textEn: 'Luck.',
    });
    expect(unknownDimension.statusCode).toBe(400);
    expect(await snapshot(t, wheelQuestions)).toEqual(counts);

    const mesa = await wheelMesa(['private_rep']);
    const round = await openRound(mesa.id);
    const reworded = await admin.patch(`/api/wheel/questions/${id}`, {
      textEn: 'Exports grew thanks to the Mesa.',
      version: 1,
    });
    expect(reworded.statusCode, reworded.body).toBe(200);
    expect(reworded.json()).toMatchObject({ textEn: 'Exports grew thanks to the Mesa.', version: 2 });
    const stale = await admin.patch(`/api/wheel/questions/${id}`, { textEn: 'Stale.', version: 1 });
    expect(stale.statusCode).toBe(409);
    const asked = await team.get(`/api/wheel-rounds/${round.id}`);
    expect(asked.json().questions.find((q: { key: string }) => q.key === key)).toMatchObject({
      textEn: "The sector's exports grew thanks to the Mesa.",
    });

    const retired = await admin.patch(`/api/wheel/questions/${id}`, { retired: true });
    expect(retired.json().retiredAt).not.toBeNull();
    const active = (await team.get('/api/wheel/questions')).json().questions as { id: string }[];
    expect(active.map((q) => q.id)).not.toContain(id);
    const all = (await admin.get('/api/wheel/questions?retired=true')).json().questions as { id: string }[];
    expect(all.map((q) => q.id)).toContain(id);
    await team.post(`/api/wheel-rounds/${round.id}/close`);
  });

  it('is not edited by anyone else', async () => {
    const body = {
      key: 'outputs.other',
      dimension: 'outputs',
      textEs: 'Otra pregunta.',
      textEn: 'Another question.',
    };
    const counts = await snapshot(t, wheelQuestions);
    expect((await (await t.as('coordinator')).post('/api/wheel/questions', body)).statusCode).toBe(403);
    expect((await team.post('/api/wheel/questions', body)).statusCode).toBe(403);
    expect((await t.anonymous.post('/api/wheel/questions', body)).statusCode).toBe(401);
    expect(await snapshot(t, wheelQuestions)).toEqual(counts);
  });
});

describe('opening a round', () => {
  it('asks every current participant but observers and mails each a personal link in their language', async () => {
    const mesa = await wheelMesa(['private_rep', 'public_rep'], { locale: 'en' });
    const round = await openRound(mesa.id, { notApplicable: ['crisis'] });
    // The team member (the demo account's person has no address here? it may) and the two reps.
    expect(round.asked).toBe(3);
    expect(round.notApplicable).toEqual(['crisis']);
    const detail = (await team.get(`/api/wheel-rounds/${round.id}`)).json();
    expect(detail.questions.some((q: { dimension: string }) => q.dimension === 'crisis')).toBe(false);
    expect(
      detail.respondents.map((r: { group: string; answered: boolean }) => [r.group, r.answered]).sort(),
    ).toEqual([
      ['private', false],
      ['public', false],
      ['team', false],
    ]);
    for (const p of mesa.people) {
      const [mail] = await t.database.db
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.personId, p.id), eq(mailOutbox.kind, 'wheel_invitation')));
      expect(mail).toMatchObject({ locale: 'en', mesaId: mesa.id });
      expect(mail!.subject).toContain('Evaluation Wheel');
      expect(mail!.text).toContain('anonymous');
      const token = await tokenOf(p.id, round.id);
      // Only the token's hash is kept.
      const links = await t.database.db
        .select()
        .from(wheelLinks)
        .where(eq(wheelLinks.tokenHash, sha256(token)));
      expect(links).toHaveLength(1);
      expect(
        JSON.stringify(
          await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, round.id)),
        ),
      ).not.toContain(token);
    }
    await team.post(`/api/wheel-rounds/${round.id}/close`);
  });

  it('mails in Portuguese for a Portuguese-speaking Mesa, whose link opens the form in Portuguese', async () => {
    const mesa = await wheelMesa(['private_rep'], { locale: 'pt' });
    const round = await openRound(mesa.id);
    const person = mesa.people[0]!;
    const [mail] = await t.database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.personId, person.id), eq(mailOutbox.kind, 'wheel_invitation')));
    expect(mail).toMatchObject({ locale: 'pt' });
    expect(mail!.subject).toContain('Roda de Avaliação');
    expect(mail!.text).toContain('Suas respostas são anônimas');
    const form = (await t.anonymous.get(`/api/wheel-links/${await tokenOf(person.id, round.id)}`)).json();
    expect(form.locale).toBe('pt');
    await team.post(`/api/wheel-rounds/${round.id}/close`);
  });

  it('mails in Spanish for a Spanish-speaking Mesa', async () => {
    const mesa = await wheelMesa(['private_rep']);
    const round = await openRound(mesa.id);
    const [mail] = await t.database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.personId, mesa.people[0]!.id), eq(mailOutbox.kind, 'wheel_invitation')));
    expect(mail).toMatchObject({ locale: 'es' });
    expect(mail!.subject).toContain('Rueda de Evaluación');
    await team.post(`/api/wheel-rounds/${round.id}/close`);
  });

  it('refuses a second open round, a past closing day and an unknown dimension, writing nothing', async () => {
    const mesa = await wheelMesa(['private_rep']);
    const round = await openRound(mesa.id);
    const counts = await snapshot(t, wheelRounds, wheelRespondents, mailOutbox);
    const again = await team.post(`/api/mesas/${mesa.id}/wheel`, { closesOn: addDays(today, 7) });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields).toMatchObject([{ key: 'fields.wheelRoundAlreadyOpen' }]);
    await team.post(`/api/wheel-rounds/${round.id}/close`);
    const after = await snapshot(t, wheelRounds, wheelRespondents, mailOutbox);
    const past = await team.post(`/api/mesas/${mesa.id}/wheel`, { closesOn: addDays(today, -1) });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.fields).toMatchObject([{ path: 'closesOn', key: 'fields.wheelClosesOnPast' }]);
    const unknown = await team.post(`/api/mesas/${mesa.id}/wheel`, {
      closesOn: addDays(today, 7),
      notApplicable: ['luck'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toMatchObject([{ path: 'notApplicable.0' }]);
    const malformed = await team.post(`/api/mesas/${mesa.id}/wheel`, { closesOn: 'next week' });
    expect(malformed.statusCode).toBe(400);
    expect(await snapshot(t, wheelRounds, wheelRespondents, mailOutbox)).toEqual(after);
    expect(after[0]).toBe(counts[0]);
  });

  it('is for the team and the coordinating office: a member may not open one, nor read the rounds', async () => {
    const mesa = await wheelMesa([]);
    const rep = await t.as('private_rep');
    await addParticipant(t, mesa.id, { role: 'private_rep', personId: await demoPersonId(t, 'private_rep') });
    const counts = await snapshot(t, wheelRounds);
    expect((await rep.post(`/api/mesas/${mesa.id}/wheel`, { closesOn: addDays(today, 7) })).statusCode).toBe(
      403,
    );
    expect((await rep.get(`/api/mesas/${mesa.id}/wheel`)).statusCode).toBe(403);
    // Someone outside a members-only Mesa does not learn it exists.
    expect((await (await t.as('public_rep')).get(`/api/mesas/${mesa.id}/wheel`)).statusCode).toBe(404);
    expect(
      (await t.anonymous.post(`/api/mesas/${mesa.id}/wheel`, { closesOn: addDays(today, 7) })).statusCode,
    ).toBe(401);
    expect(await snapshot(t, wheelRounds)).toEqual(counts);
    const coordinator = await t.as('coordinator');
    const opened = await coordinator.post(`/api/mesas/${mesa.id}/wheel`, { closesOn: addDays(today, 7) });
    expect(opened.statusCode, opened.body).toBe(201);
    expect((await rep.get(`/api/wheel-rounds/${opened.json().id}`)).statusCode).toBe(403);
    expect((await rep.get(`/api/wheel-rounds/${opened.json().id}/results`)).statusCode).toBe(403);
    await coordinator.post(`/api/wheel-rounds/${opened.json().id}/close`);
  });
});

describe('answering', () => {
  let mesa: WheelMesa;
  let roundId: string;

  beforeAll(async () => {
    mesa = await wheelMesa(['private_rep', 'private_rep', 'public_rep']);
    await addParticipant(t, mesa.id, { role: 'private_rep', personId: await demoPersonId(t, 'private_rep') });
    roundId = (await openRound(mesa.id, { notApplicable: ['partners'] })).id;
  });

  it('opens the form from the link without signing in, in the person’s language', async () => {
    const p = mesa.people[0]!;
    const res = await t.anonymous.get(`/api/wheel-links/${await tokenOf(p.id, roundId)}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toMatchObject({
      person: { fullName: p.fullName },
      locale: 'es',
      open: true,
      answered: false,
      minAnswers: 5,
    });
    expect(res.json().questions.length).toBeGreaterThan(20);
  });

  it('refuses bad answers with a clear 400 and writes nothing', async () => {
    const token = await tokenOf(mesa.people[0]!.id, roundId);
    const { answers } = await answersFor(token, () => 3);
    const counts = await snapshot(t, wheelScores, wheelRespondents);
    const cases = [
      { answers: answers.slice(1) },
      { answers: answers.map((a, i) => (i === 0 ? { ...a, score: 6 } : a)) },
      { answers: answers.map((a, i) => (i === 0 ? { ...a, score: 2.5 } : a)) },
      { answers: [...answers, { questionId: unknownId(), score: 1 }] },
      { answers: [...answers, answers[0]] },
      { answers: 'all fives' },
    ];
    for (const body of cases) {
      const res = await t.anonymous.post(`/api/wheel-links/${token}`, body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    const missing = await t.anonymous.post(`/api/wheel-links/${token}`, { answers: answers.slice(1) });
    expect(missing.json().error.fields).toMatchObject([
      { path: 'answers', key: 'fields.wheelAnswerMissing' },
    ]);
    expect(await snapshot(t, wheelScores, wheelRespondents)).toEqual(counts);
    const [respondent] = await t.database.db
      .select()
      .from(wheelRespondents)
      .where(and(eq(wheelRespondents.roundId, roundId), eq(wheelRespondents.personId, mesa.people[0]!.id)));
    expect(respondent!.answered).toBe(false);
  });

  it('takes each participant’s answers once, through the link or signed in', async () => {
    const p = mesa.people[0]!;
    const token = await tokenOf(p.id, roundId);
    await answerByLink(token, () => 4);
    const counts = await snapshot(t, wheelScores);
    const twice = await t.anonymous.post(`/api/wheel-links/${token}`, await answersFor(token, () => 1));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.fields).toMatchObject([{ key: 'fields.wheelAlreadyAnswered' }]);
    expect(await snapshot(t, wheelScores)).toEqual(counts);
    expect((await t.anonymous.get(`/api/wheel-links/${token}`)).json().answered).toBe(true);

    const rep = await t.as('private_rep');
    const form = await rep.get(`/api/wheel-rounds/${roundId}/form`);
    expect(form.statusCode, form.body).toBe(200);
    const answers = (form.json().questions as { id: string }[]).map((q) => ({ questionId: q.id, score: 0 }));
    expect((await rep.post(`/api/wheel-rounds/${roundId}/answers`, { answers })).statusCode).toBe(201);
    expect((await rep.post(`/api/wheel-rounds/${roundId}/answers`, { answers })).statusCode).toBe(409);
  });

  it('refuses an unknown token and a participant the round does not ask', async () => {
    const counts = await snapshot(t, wheelScores, wheelRespondents);
    const forged = 'A'.repeat(22);
    expect((await t.anonymous.get(`/api/wheel-links/${forged}`)).statusCode).toBe(404);
    const { answers } = await answersFor(await tokenOf(mesa.people[1]!.id, roundId), () => 2);
    expect((await t.anonymous.post(`/api/wheel-links/${forged}`, { answers })).statusCode).toBe(404);
    // The demo public representative does not take part in this Mesa: the round does not exist for them.
    const outsider = await t.as('public_rep');
    expect((await outsider.get(`/api/wheel-rounds/${roundId}/form`)).statusCode).toBe(404);
    const refused = await outsider.post(`/api/wheel-rounds/${roundId}/answers`, { answers });
    expect(refused.statusCode, refused.body).toBe(404);
    expect((await t.anonymous.post(`/api/wheel-rounds/${roundId}/answers`, { answers })).statusCode).toBe(
      401,
    );
    expect(await snapshot(t, wheelScores, wheelRespondents)).toEqual(counts);
  });

  it('sends a fresh link to those who have not answered when the team reminds them', async () => {
    const res = await team.post(`/api/wheel-rounds/${roundId}/remind`);
    expect(res.statusCode, res.body).toBe(200);
    // people[1], people[2] (the team member and the demo rep have no address here or answered).
    expect(res.json().reminded).toBeGreaterThanOrEqual(2);
    const reminders = await t.database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.personId, mesa.people[0]!.id), eq(mailOutbox.kind, 'wheel_reminder')));
    expect(reminders).toHaveLength(0);
    expect((await (await t.as('private_rep')).post(`/api/wheel-rounds/${roundId}/remind`)).statusCode).toBe(
      403,
    );
  });

  it('refuses answers once the round is closed', async () => {
    const token = await tokenOf(mesa.people[1]!.id, roundId);
    const body = await answersFor(token, () => 3);
    expect((await team.post(`/api/wheel-rounds/${roundId}/close`)).statusCode).toBe(200);
    const late = await t.anonymous.post(`/api/wheel-links/${token}`, body);
    expect(late.statusCode).toBe(400);
    expect(late.json().error.fields).toMatchObject([{ key: 'fields.wheelRoundClosed' }]);
    expect((await team.post(`/api/wheel-rounds/${roundId}/close`)).statusCode).toBe(400);
  });
});

describe('results', () => {
  /** Answers of six participants: three private, two public, one team (the demo team account). */
  let mesa: WheelMesa;
  let roundId: string;
  const privateScores = [5, 4, 3];
  const publicScores = [2, 0];

  beforeAll(async () => {
    mesa = await wheelMesa(['private_rep', 'private_rep', 'private_rep', 'public_rep', 'public_rep']);
    roundId = (await openRound(mesa.id, { notApplicable: ['crisis'] })).id;
    const privates = mesa.people.filter((p) => p.role === 'private_rep');
    const publics = mesa.people.filter((p) => p.role === 'public_rep');
    // The mandate questions get each respondent's own score; every other question "don't know", but
    // the outputs ones, where everyone gives 1.
    const by = (score: number) => (_: number, dimension: string) =>
      dimension === 'mandate' ? score : dimension === 'outputs' ? 1 : 0;
    for (const [i, p] of privates.entries())
      await answerByLink(await tokenOf(p.id, roundId), by(privateScores[i]!));
    for (const [i, p] of publics.entries())
      await answerByLink(await tokenOf(p.id, roundId), by(publicScores[i]!));
  });

  it('shows nothing while the round is open, only who answered', async () => {
    const res = await team.get(`/api/wheel-rounds/${roundId}/results`);
    expect(res.statusCode).toBe(200);
    expect(res.json().results).toMatchObject({
      answered: 5,
      shown: false,
      hiddenBecause: 'open',
      dimensions: null,
    });
    const detail = (await team.get(`/api/wheel-rounds/${roundId}`)).json();
    expect(detail).toMatchObject({ asked: 6, answered: 5 });
    const answered = detail.respondents.filter((r: { answered: boolean }) => r.answered);
    expect(answered.map((r: { person: Person }) => r.person.id).sort()).toEqual(
      mesa.people.map((p) => p.id).sort(),
    );
  });

  it('shows the means once closed, "don’t know" and not applicable left out, and hides small groups', async () => {
    await team.post(`/api/wheel-rounds/${roundId}/close`);
    const res = await team.get(`/api/wheel-rounds/${roundId}/results`);
    const { results } = res.json();
    expect(results).toMatchObject({ answered: 5, shown: true, hiddenBecause: null });
    const dim = (key: string) => results.dimensions.find((d: { dimension: string }) => d.dimension === key);
    const mandateQuestions = (await team.get(`/api/wheel-rounds/${roundId}`))
      .json()
      .questions.filter((q: { dimension: string }) => q.dimension === 'mandate').length;
    // Mandate: 5, 4, 3, 2 per question (the 0 is "don't know").
    expect(dim('mandate')).toMatchObject({
      applicable: true,
      mean: 3.5,
      scored: 4 * mandateQuestions,
      dontKnow: mandateQuestions,
    });
    expect(dim('outputs')).toMatchObject({ mean: 1, dontKnow: 0 });
    expect(dim('sector')).toMatchObject({ mean: null, scored: 0 });
    expect(dim('crisis')).toEqual({
      dimension: 'crisis',
      applicable: false,
      mean: null,
      scored: 0,
      dontKnow: 0,
    });
    // Three private, two public, none from the team: no group reaches five, none is shown.
    expect(
      results.groups.map((g: { group: string; answered: number; shown: boolean }) => [
        g.group,
        g.answered,
        g.shown,
      ]),
    ).toEqual([
      ['public', 2, false],
      ['private', 3, false],
      ['team', 0, false],
    ]);
    expect(results.groups.every((g: { dimensions: unknown }) => g.dimensions === null)).toBe(true);
    // Measured facts beside every dimension; those Mesas does not measure say so with an empty list.
    const facts = res.json().facts as { dimension: string; facts: { kind: string }[] }[];
    expect(facts.map((f) => f.dimension)).toEqual([...wheelDimensions]);
    expect(facts.find((f) => f.dimension === 'facilitation')!.facts.map((f) => f.kind)).toEqual([
      'sessions_against_cadence',
      'commitments_on_time',
    ]);
    expect(facts.find((f) => f.dimension === 'mandate')!.facts).toEqual([]);
  });

  it('no answer of the round endpoints ties a score to a person', async () => {
    const urls = [
      `/api/mesas/${mesa.id}/wheel`,
      `/api/wheel-rounds/${roundId}`,
      `/api/wheel-rounds/${roundId}/results`,
      `/api/wheel-rounds/${roundId}/results.csv`,
    ];
    const names = mesa.people.flatMap((p) => [p.id, p.fullName]);
    for (const url of urls) {
      for (const as of [team, await t.as('coordinator'), await t.as('admin')]) {
        const res = await as.get(url);
        expect(res.statusCode, url).toBe(200);
        if (url.endsWith('/results') || url.endsWith('.csv') || url.endsWith('/wheel')) {
          // Aggregates only: nobody is named.
          for (const n of names) expect(res.body, url).not.toContain(n);
        } else {
          // Who answered, and nothing of what: no score, no time of answering.
          const respondents = res.json().respondents as Record<string, unknown>[];
          expect(JSON.stringify(respondents)).not.toMatch(/score|mean/i);
          for (const r of respondents) {
            expect(Object.keys(r).sort()).toEqual(['answered', 'group', 'mailed', 'person', 'remindedAt']);
          }
        }
      }
    }
    // No list in the results is as long as the number of answers: nothing is given per respondent.
    const body = (await team.get(`/api/wheel-rounds/${roundId}/results`)).json();
    const lengths: number[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) {
        lengths.push(v.length);
        v.forEach(walk);
      } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(body.results);
    expect(lengths).not.toContain(5);
  });

  it('stores scores with nothing that names, dates or orders the respondent', async () => {
    expect(Object.keys(getTableColumns(wheelScores)).sort()).toEqual([
      'id',
      'respondentGroup',
      'roundQuestionId',
      'score',
    ]);
    expect(Object.keys(getTableColumns(wheelRespondents))).not.toContain('answeredAt');
    const answers = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, roundId), eq(auditEvents.action, 'answer')));
    expect(answers).toHaveLength(5);
    for (const e of answers) expect(JSON.stringify(e.after)).not.toMatch(/score/i);
  });

  it('keeps the scores as anonymous in the continuity archive, in the order of their random ids', async () => {
    const archive = await exportMesaArchive(t.database.db, mesa.id);
    const { tables } = await readArchive(archive.bytes);
    const scores = tables.wheel_scores!;
    expect(scores.length).toBeGreaterThan(0);
    for (const row of scores)
      expect(Object.keys(row).sort()).toEqual(['id', 'respondent_group', 'round_question_id', 'score']);
    const ids = scores.map((r) => String(r.id));
    expect(ids).toEqual([...ids].sort());
    const respondents = tables.wheel_respondents!;
    expect(respondents.filter((r) => r.answered === true)).toHaveLength(5);
    for (const row of respondents) expect(Object.keys(row)).not.toContain('answered_at');
    // The personal links stay on this installation.
    expect(Object.keys(tables)).not.toContain('wheel_links');
  });

  it('writes the results table as CSV in the caller’s language', async () => {
    const res = await team.get(`/api/wheel-rounds/${roundId}/results.csv?lang=en`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      "Respondents,Dimension,Mean (1-5),Scores,Don't know,Previous round's mean,Measured facts",
    );
    expect(
      lines.find((l) => l.startsWith('Everyone,Mandate and institutional alignment,3.5,')),
    ).toBeDefined();
    expect(lines).toContain('Private sector,too few answers to show,,,,,');
    const es = await team.get(`/api/wheel-rounds/${roundId}/results.csv?lang=es`);
    expect(es.body).toContain('Todos,Mandato y alineamiento institucional,3.5,');
  });

  it('puts the previous round beside the next one', async () => {
    const next = await openRound(mesa.id);
    const res = (await team.get(`/api/wheel-rounds/${next.id}/results`)).json();
    expect(res.previous.round.id).toBe(roundId);
    expect(
      res.previous.results.dimensions.find((d: { dimension: string }) => d.dimension === 'mandate').mean,
    ).toBe(3.5);
    // Its measured facts look back to the day before it opened.
    expect(res.round.periodTo).toBe(addDays(today, -1));
    const list = (await team.get(`/api/mesas/${mesa.id}/wheel`)).json();
    expect(list.rounds.map((r: { id: string }) => r.id)).toEqual([next.id, roundId]);
    expect(list).toMatchObject({ intervalMonths: 6, can: { manage: true } });
    await team.post(`/api/wheel-rounds/${next.id}/close`);
  });

  it('shows nothing for a closed round that too few answered', async () => {
    const small = await wheelMesa(['private_rep', 'public_rep']);
    const round = await openRound(small.id);
    for (const p of small.people) await answerByLink(await tokenOf(p.id, round.id), () => 5);
    await team.post(`/api/wheel-rounds/${round.id}/close`);
    const { results } = (await team.get(`/api/wheel-rounds/${round.id}/results`)).json();
    expect(results).toMatchObject({
      answered: 2,
      shown: false,
      hiddenBecause: 'too_few',
      dimensions: null,
      questions: null,
    });
  });
});
