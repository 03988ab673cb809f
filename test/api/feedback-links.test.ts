import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, fieldFeedback, fieldFeedbackLinks, mailOutbox, problems } from '../../src/db/schema';
import { type Client, createTestContext, type TestContext } from '../support/app';
import {
  addParticipant,
  createMesa,
  createPerson,
  demoPersonId,
  snapshot,
  unique,
} from '../support/fixtures';

/**
 * Field feedback from a phone: the team makes a link for a participant and an enacted problem; the
 * link opens without signing in and records the report as that person.
 */

let t: TestContext;
let team: Client;
let mesaId: string;
let repId: string;

/** A new problem of the Mesa, moved to enacted, with a solution. */
async function enactedProblem(fields: Record<string, unknown> = {}) {
  const created = await team.post(`/api/mesas/${mesaId}/problems`, { title: unique('Problema'), ...fields });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  await team.post(`/api/problems/${id}/solutions`, { text: 'Ventanilla única en línea.' });
  for (const to of ['in_progress', 'enacted']) {
    expect((await team.post(`/api/problems/${id}/transitions`, { to })).statusCode).toBe(200);
  }
  return id;
}

async function newLink(problemId: string, body: Record<string, unknown> = { personId: repId }) {
  const res = await team.post(`/api/problems/${problemId}/feedback-links`, body);
  expect(res.statusCode, res.body).toBe(201);
  const { url, expiresAt, mailed } = res.json() as { url: string; expiresAt: string; mailed: boolean };
  return { url, expiresAt, mailed, token: url.split('/f/')[1]! };
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

beforeAll(async () => {
  t = await createTestContext();
  team = await t.as('team');
  mesaId = (await createMesa(t, { locale: 'es', visibility: 'members' })).id;
  await addParticipant(t, mesaId, { role: 'team', personId: await demoPersonId(t, 'team') });
  repId = await demoPersonId(t, 'private_rep');
  await addParticipant(t, mesaId, { role: 'private_rep', personId: repId });
});
afterAll(() => t?.close());

describe('POST /api/problems/:id/feedback-links', () => {
  it('gives the team a short link valid 30 days, whose token is stored only as its SHA-256', async () => {
    const problemId = await enactedProblem();
    const before = Date.now();
    const link = await newLink(problemId);
    expect(link.url).toMatch(/^http:\/\/localhost:\d+\/f\/[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(link.token, 'base64url')).toHaveLength(16);
    const days = (Date.parse(link.expiresAt) - before) / 86_400_000;
    expect(days).toBeGreaterThan(29.99);
    expect(days).toBeLessThan(30.01);
    const rows = await t.database.db
      .select()
      .from(fieldFeedbackLinks)
      .where(eq(fieldFeedbackLinks.problemId, problemId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tokenHash: sha256(link.token), personId: repId, lastUsedAt: null });
    expect(JSON.stringify(rows)).not.toContain(link.token);
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'field_feedback_link'), eq(auditEvents.entityId, rows[0]!.id)));
    expect(audited).toHaveLength(1);
    expect(JSON.stringify(audited[0])).not.toContain(link.token);
  });

  it('is refused to participants (403) and to anonymous callers (401)', async () => {
    const problemId = await enactedProblem();
    const body = { personId: repId };
    const counts = await snapshot(t, fieldFeedbackLinks);
    expect(
      (await (await t.as('private_rep')).post(`/api/problems/${problemId}/feedback-links`, body)).statusCode,
    ).toBe(403);
    expect(
      (await (await t.as('public_rep')).post(`/api/problems/${problemId}/feedback-links`, body)).statusCode,
    ).toBe(404);
    expect((await t.anonymous.post(`/api/problems/${problemId}/feedback-links`, body)).statusCode).toBe(401);
    expect(await snapshot(t, fieldFeedbackLinks)).toEqual(counts);
  });

  it('refuses a problem not enacted, a person outside the Mesa and one who may not see the problem', async () => {
    const open = (await team.post(`/api/mesas/${mesaId}/problems`, { title: unique('Abierto') })).json().id;
    const counts = await snapshot(t, fieldFeedbackLinks);
    const notEnacted = await team.post(`/api/problems/${open}/feedback-links`, { personId: repId });
    expect(notEnacted.statusCode).toBe(400);
    expect(notEnacted.json().error.fields).toMatchObject([
      { path: 'status', key: 'fields.onlyEnactedProblems' },
    ]);
    const problemId = await enactedProblem();
    const stranger = (await createPerson(t)).id;
    const outside = await team.post(`/api/problems/${problemId}/feedback-links`, { personId: stranger });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields).toMatchObject([{ path: 'personId' }]);
    const teamOnly = await enactedProblem({ visibility: 'team' });
    const hidden = await team.post(`/api/problems/${teamOnly}/feedback-links`, { personId: repId });
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().error.fields).toMatchObject([
      { path: 'personId', key: 'fields.personCannotSeeProblem' },
    ]);
    expect((await snapshot(t, fieldFeedbackLinks))[0]).toBe(counts[0]);
  });

  it('with send, mails the link to the person in their language', async () => {
    const email = `${unique('rosa')}@example.org`;
    const rosa = (await createPerson(t, { email })).id;
    const englishMesa = (await createMesa(t, { locale: 'en', visibility: 'members' })).id;
    await addParticipant(t, englishMesa, { role: 'team', personId: await demoPersonId(t, 'team') });
    await addParticipant(t, englishMesa, { role: 'private_rep', personId: rosa });
    const saved = mesaId;
    mesaId = englishMesa;
    const problemId = await enactedProblem();
    mesaId = saved;
    const link = await newLink(problemId, { personId: rosa, send: true });
    expect(link.mailed).toBe(true);
    const [mail] = await t.database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.kind, 'field_feedback_link'), eq(mailOutbox.toAddress, email)));
    expect(mail).toMatchObject({ locale: 'en', personId: rosa });
    expect(mail!.subject).toMatch(/is ".*" applied on the ground\?$/);
    expect(mail!.text).toContain(link.url);
    // Without send nothing is mailed.
    expect((await newLink(problemId, { personId: rosa })).mailed).toBe(false);
  });
});

describe('/api/feedback-links/:token, without signing in', () => {
  let problemId: string;
  let token: string;

  it('shows the problem, its current solution and the Mesa to a caller with no cookie', async () => {
    problemId = await enactedProblem();
    token = (await newLink(problemId)).token;
    const res = await t.anonymous.get(`/api/feedback-links/${token}`);
    expect(res.statusCode, res.body).toBe(200);
    const number = (await t.database.db.select().from(problems).where(eq(problems.id, problemId)))[0]!.number;
    expect(res.json()).toMatchObject({
      problem: { code: `P-${number}`, status: 'enacted' },
      solution: 'Ventanilla única en línea.',
      mesa: { name: expect.any(String) },
      locale: 'es',
    });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('refuses a wrong verdict with 400 and stores nothing', async () => {
    const counts = await snapshot(t, fieldFeedback);
    const res = await t.anonymous.post(`/api/feedback-links/${token}`, { verdict: 'maybe', text: 'Nota' });
    expect(res.statusCode).toBe(400);
    const empty = await t.anonymous.post(`/api/feedback-links/${token}`, { verdict: 'works', text: ' ' });
    expect(empty.statusCode).toBe(400);
    expect(await snapshot(t, fieldFeedback)).toEqual(counts);
  });

  it('records the report as the link’s person, audited as made through the link, and flags the problem', async () => {
    const res = await t.anonymous.post(`/api/feedback-links/${token}`, {
      verdict: 'not_applied',
      text: 'En Pucallpa siguen pidiendo el papel.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    const [row] = await t.database.db.select().from(fieldFeedback).where(eq(fieldFeedback.id, id));
    expect(row).toMatchObject({ problemId, personId: repId, verdict: 'not_applied', createdBy: null });
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'field_feedback'), eq(auditEvents.entityId, id)));
    expect(audit!.after).toMatchObject({ via: 'link' });
    expect(audit!.actorLabel).toMatch(/field feedback link/);
    const problem = (await t.database.db.select().from(problems).where(eq(problems.id, problemId)))[0]!;
    expect(problem.fieldAlertFeedbackId).toBe(id);
    const [link] = await t.database.db
      .select()
      .from(fieldFeedbackLinks)
      .where(eq(fieldFeedbackLinks.tokenHash, sha256(token)));
    expect(link!.lastUsedAt).not.toBeNull();
    const page = (await team.get(`/api/problems/${problemId}`)).json();
    expect(page.feedback[0]).toMatchObject({ id, person: { id: repId } });
  });

  it('answers 404 for an unknown token and an expired one', async () => {
    expect((await t.anonymous.get('/api/feedback-links/AAAAAAAAAAAAAAAAAAAAAA')).statusCode).toBe(404);
    expect(
      (await t.anonymous.post('/api/feedback-links/nope', { verdict: 'works', text: 'Nota' })).statusCode,
    ).toBe(404);
    const expiring = await newLink(await enactedProblem());
    await t.database.db
      .update(fieldFeedbackLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(fieldFeedbackLinks.tokenHash, sha256(expiring.token)));
    expect((await t.anonymous.get(`/api/feedback-links/${expiring.token}`)).statusCode).toBe(404);
    const counts = await snapshot(t, fieldFeedback);
    const late = await t.anonymous.post(`/api/feedback-links/${expiring.token}`, {
      verdict: 'works',
      text: 'Nota',
    });
    expect(late.statusCode).toBe(404);
    expect(await snapshot(t, fieldFeedback)).toEqual(counts);
  });

  it('shows nothing once the person may no longer see the problem', async () => {
    const hidden = await enactedProblem();
    const link = await newLink(hidden);
    const version = (await team.get(`/api/problems/${hidden}`)).json().version;
    const patched = await team.patch(`/api/problems/${hidden}`, { visibility: 'team', version });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await t.anonymous.get(`/api/feedback-links/${link.token}`)).statusCode).toBe(404);
    const res = await t.anonymous.post(`/api/feedback-links/${link.token}`, {
      verdict: 'works',
      text: 'Nota',
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('rate limit', () => {
  it('limits anonymous link requests per address like sign-in', async () => {
    const limited = await createTestContext({ LOGIN_RATE_LIMIT: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push((await limited.anonymous.get(`/api/feedback-links/unknown${i}`)).statusCode);
      }
      expect(statuses).toEqual([404, 404, 404, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
