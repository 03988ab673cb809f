import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/commands/context';
import { reportFieldFeedback } from '../../src/commands/field-feedback';
import { auditEvents, mailOutbox, problems, solutions, solutionVersions } from '../../src/db/schema';
import { type Client, createTestContext, type TestContext } from '../support/app';
import {
  addParticipant,
  createMesa,
  createPerson,
  demoEmail,
  demoPersonId,
  inDays,
  snapshot,
  unique,
} from '../support/fixtures';

/**
 * Negative field feedback that changes something: it flags the problem in the Matrix and on the next
 * agenda, alerts the dedicated team by mail in each member's language, and the team reopens the fix
 * with a new solution version in one step.
 */

let t: TestContext;
let team: Client;
let privateRep: Client;
let mesaId: string;
/** A team member with an e-mail address and no account: mailed in the Mesa's language (English). */
let ana: { id: string; email: string };

const problemRow = async (id: string) =>
  (await t.database.db.select().from(problems).where(eq(problems.id, id)))[0]!;

/** A new problem of the Mesa, moved to enacted, with a solution. */
async function enactedProblem(title = unique('Problema')) {
  const created = await team.post(`/api/mesas/${mesaId}/problems`, { title });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const solution = await team.post(`/api/problems/${id}/solutions`, { text: 'Registro en línea en 3 días.' });
  expect(solution.statusCode, solution.body).toBe(201);
  for (const to of ['in_progress', 'enacted']) {
    const moved = await team.post(`/api/problems/${id}/transitions`, { to });
    expect(moved.statusCode, moved.body).toBe(200);
  }
  return { id, solutionId: solution.json().id as string };
}

async function report(problemId: string, verdict: string, as = privateRep) {
  const res = await as.post(`/api/problems/${problemId}/feedback`, {
    verdict,
    text: `Informe ${verdict} desde campo`,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { feedback: { id: string }; offerReopen: boolean; problem: Record<string, unknown> };
}

const matrixRow = async (problemId: string) => {
  const res = await team.get(`/api/mesas/${mesaId}/matrix`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().problems.find((p: { id: string }) => p.id === problemId);
};

const alertMails = (feedbackId: string) =>
  t.database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.kind, 'field_feedback_alert'), like(mailOutbox.dedupeKey, `%${feedbackId}%`)));

beforeAll(async () => {
  t = await createTestContext();
  team = await t.as('team');
  privateRep = await t.as('private_rep');
  mesaId = (await createMesa(t, { locale: 'en', visibility: 'members' })).id;
  await addParticipant(t, mesaId, { role: 'team', personId: await demoPersonId(t, 'team') });
  await addParticipant(t, mesaId, { role: 'moderator', personId: await demoPersonId(t, 'moderator') });
  await addParticipant(t, mesaId, { role: 'private_rep', personId: await demoPersonId(t, 'private_rep') });
  const email = `${unique('ana')}@example.org`;
  ana = { id: (await createPerson(t, { email })).id, email };
  await addParticipant(t, mesaId, { role: 'team', personId: ana.id });
  // A team member without an address gets nothing.
  await addParticipant(t, mesaId, { role: 'team' });
});
afterAll(() => t?.close());

describe('negative field feedback on an enacted problem', () => {
  let problem: { id: string };
  let feedbackId: string;

  it('flags the problem in the same request, without bumping its edit version, and offers the reopen', async () => {
    problem = await enactedProblem();
    expect((await matrixRow(problem.id)).fieldAlert).toBeNull(); // the Matrix is cached from here on
    const before = await problemRow(problem.id);
    const result = await report(problem.id, 'not_applied');
    feedbackId = result.feedback.id;
    expect(result.offerReopen).toBe(true);
    expect(result.problem.fieldAlert).toMatchObject({ feedbackId, verdict: 'not_applied' });
    const after = await problemRow(problem.id);
    expect(after.fieldAlertFeedbackId).toBe(feedbackId);
    expect(after.version).toBe(before.version);
    expect(after.status).toBe('enacted');
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, problem.id), eq(auditEvents.action, 'field_alert')));
    expect(audit?.after).toEqual({ fieldAlertFeedbackId: feedbackId });
  });

  it('shows the flag on the Matrix row (the cached Matrix notices) and on the problem page', async () => {
    const row = await matrixRow(problem.id);
    expect(row.fieldAlert).toEqual({ feedbackId, verdict: 'not_applied', reportedOn: expect.any(String) });
    const page = (await team.get(`/api/problems/${problem.id}`)).json();
    expect(page.fieldAlert).toMatchObject({ feedbackId, verdict: 'not_applied' });
  });

  it('queues one mail per dedicated-team member with an address, each in their language', async () => {
    const mails = await alertMails(feedbackId);
    const byAddress = new Map(mails.map((m) => [m.toAddress, m]));
    expect([...byAddress.keys()].sort()).toEqual(
      [demoEmail('team'), demoEmail('moderator'), ana.email].map((e) => e.toLowerCase()).sort(),
    );
    expect(mails).toHaveLength(3);
    // The demo accounts read Spanish; Ana has no account and gets the Mesa's language, English.
    const spanish = byAddress.get(demoEmail('team'))!;
    expect(spanish.locale).toBe('es');
    expect(spanish.subject).toMatch(/no se aplica en campo/);
    const english = byAddress.get(ana.email)!;
    expect(english.locale).toBe('en');
    expect(english.subject).toMatch(/^P-\d+ not applied on the ground/);
    expect(english.text).toContain('Informe not_applied desde campo');
    expect(english.text).toContain(`/problems/${problem.id}`);
    expect(byAddress.has(demoEmail('private_rep'))).toBe(false);
  });

  it('keeps the problem on the next agenda even when the report predates the last session', async () => {
    const held = await team.post(`/api/mesas/${mesaId}/meetings`, {
      kind: 'session',
      startsAt: inDays(3),
      endsAt: inDays(3, 17),
    });
    expect(held.statusCode, held.body).toBe(201);
    const start = await team.post(`/api/meetings/${held.json().id}/start`, { confirmEarly: true });
    expect(start.statusCode, start.body).toBe(200);
    expect((await team.post(`/api/meetings/${held.json().id}/close`, {})).statusCode).toBe(200);
    // Another problem whose negative report came before that session and was answered by `works`.
    const answered = await enactedProblem();
    await report(answered.id, 'partly');
    await report(answered.id, 'works');

    const next = await team.post(`/api/mesas/${mesaId}/meetings`, {
      kind: 'session',
      startsAt: inDays(10),
      endsAt: inDays(10, 17),
    });
    expect(next.statusCode, next.body).toBe(201);
    const agenda = (await team.get(`/api/meetings/${next.json().id}/agenda`)).json();
    const item = agenda.items.find((i: { problem: { id: string } | null }) => i.problem?.id === problem.id);
    expect(item).toMatchObject({ kind: 'field_feedback', feedbackId });
  });
});

describe('what clears the flag and what does not raise it', () => {
  it('a later `works` report clears it, and the Matrix row shows no flag', async () => {
    const problem = await enactedProblem();
    const negative = await report(problem.id, 'partly');
    expect((await problemRow(problem.id)).fieldAlertFeedbackId).toBe(negative.feedback.id);
    const positive = await report(problem.id, 'works');
    expect(positive.offerReopen).toBe(false);
    expect((await problemRow(problem.id)).fieldAlertFeedbackId).toBeNull();
    expect((await matrixRow(problem.id)).fieldAlert).toBeNull();
  });

  it('reopening through the ordinary transition clears it too', async () => {
    const problem = await enactedProblem();
    await report(problem.id, 'not_applied');
    const moved = await team.post(`/api/problems/${problem.id}/transitions`, {
      to: 'in_progress',
      reason: 'No se aplica en la región',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().fieldAlert).toBeNull();
    expect((await problemRow(problem.id)).fieldAlertFeedbackId).toBeNull();
  });

  it('a report recorded after the fact (dated, as the demo or an import does) flags the problem but mails nobody', async () => {
    const dated = await enactedProblem();
    const { id } = await reportFieldFeedback(systemContext(t.database.db, 'test'), dated.id, {
      verdict: 'not_applied',
      text: 'Informe registrado después',
      occurredAt: new Date(Date.now() - 40 * 86_400_000),
    });
    expect((await problemRow(dated.id)).fieldAlertFeedbackId).toBe(id);
    expect(await alertMails(id)).toHaveLength(0);
  });

  it('negative feedback on a problem still in progress flags nothing and mails nobody', async () => {
    const created = await team.post(`/api/mesas/${mesaId}/problems`, { title: unique('Abierto') });
    const id = created.json().id as string;
    const result = await report(id, 'not_applied');
    expect(result.offerReopen).toBe(false);
    expect((await problemRow(id)).fieldAlertFeedbackId).toBeNull();
    expect(await alertMails(result.feedback.id)).toEqual([]);
  });
});

describe('POST /api/problems/:id/reopen', () => {
  let problem: { id: string; solutionId: string };

  const versionsOf = (solutionId: string) =>
    t.database.db
      .select()
      .from(solutionVersions)
      .where(eq(solutionVersions.solutionId, solutionId))
      .orderBy(solutionVersions.number);

  it('refuses bad input with 400 and changes nothing', async () => {
    problem = await enactedProblem();
    await report(problem.id, 'not_applied');
    const before = await problemRow(problem.id);
    const counts = await snapshot(t, problems, solutions, solutionVersions);
    const url = `/api/problems/${problem.id}/reopen`;
    for (const body of [
      { solution: { text: 'Nueva versión' } },
      { reason: '   ', solution: { text: 'Nueva versión' } },
      { reason: 'No se aplica', solution: { text: '' } },
      { reason: 'No se aplica' },
    ]) {
      const res = await team.post(url, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    const foreign = await enactedProblem();
    const wrongSolution = await team.post(url, {
      reason: 'No se aplica',
      solution: { text: 'Nueva versión', solutionId: foreign.solutionId },
    });
    expect(wrongSolution.statusCode).toBe(400);
    expect(wrongSolution.json().error.fields).toMatchObject([{ path: 'solution.solutionId' }]);
    const stale = await team.post(url, {
      reason: 'No se aplica',
      solution: { text: 'Nueva versión' },
      version: before.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(await problemRow(problem.id)).toEqual(before);
    // Only the problem made for the foreign solution was added meanwhile.
    const [p, s, v, audit] = await snapshot(t, problems, solutions, solutionVersions);
    expect([p, s, v]).toEqual([counts[0]! + 1, counts[1]! + 1, counts[2]! + 1]);
    expect(audit).toBeGreaterThan(counts[3]!);
    expect(await versionsOf(problem.solutionId)).toHaveLength(1);
  });

  it('is refused to a participant (403) and for a problem not enacted (409)', async () => {
    const body = { reason: 'No se aplica', solution: { text: 'Nueva versión' } };
    expect((await privateRep.post(`/api/problems/${problem.id}/reopen`, body)).statusCode).toBe(403);
    const created = await team.post(`/api/mesas/${mesaId}/problems`, { title: unique('Abierto') });
    const open = await team.post(`/api/problems/${created.json().id}/reopen`, body);
    expect(open.statusCode).toBe(409);
    expect(open.json().error.code).toBe('ILLEGAL_TRANSITION');
  });

  it('moves the problem back to work and records the new solution version in one step, audited', async () => {
    const before = await problemRow(problem.id);
    const res = await team.post(`/api/problems/${problem.id}/reopen`, {
      reason: 'Las oficinas regionales no aplican el registro en línea',
      solution: { text: 'Registro en línea también en las oficinas regionales.' },
      version: before.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json();
    expect(page).toMatchObject({ status: 'in_progress', fieldAlert: null });
    expect(page.statusReason).toBe('Las oficinas regionales no aplican el registro en línea');
    const after = await problemRow(problem.id);
    expect(after.fieldAlertFeedbackId).toBeNull();
    const versions = await versionsOf(problem.solutionId);
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    expect(versions[1]).toMatchObject({
      text: 'Registro en línea también en las oficinas regionales.',
      reason: 'Las oficinas regionales no aplican el registro en línea',
    });
    const requestId = res.headers['x-request-id'] as string;
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.requestId, requestId));
    expect(audited.map((a) => `${a.entityType}:${a.action}`).sort()).toEqual([
      'problem:transition',
      'solution:revise',
    ]);
    const transition = audited.find((a) => a.action === 'transition')!;
    expect(transition.after).toMatchObject({ status: 'in_progress', fieldAlertFeedbackId: null });
  });

  it('proposes a first solution when the problem has none', async () => {
    const created = await team.post(`/api/mesas/${mesaId}/problems`, { title: unique('Sin solución') });
    const id = created.json().id as string;
    for (const to of ['in_progress', 'enacted']) await team.post(`/api/problems/${id}/transitions`, { to });
    const res = await team.post(`/api/problems/${id}/reopen`, {
      reason: 'No funciona',
      solution: { text: 'Primera propuesta' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().solutions).toMatchObject([{ currentVersion: 1, text: 'Primera propuesta' }]);
  });
});
