import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, meetings } from '../../src/db/schema';
import type { DemoAccountRole } from '../../src/demo/types';
import { dateTimeFormat } from '../../src/domain/dates';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { createMesa, demoPersonId, inDays, inLanguage, unique } from '../support/fixtures';
import { pdfText } from '../support/pdf-text';

/**
 * Sessions as they are held, not as they were planned: the next agenda picks up where the previous
 * session actually started (a session planned for the 8th and held on the 4th loses nothing dated
 * the 4th), sessions are numbered in the order they start, starting one more than a day early is confirmed
 * first, and the minutes carry the day it was held.
 */

let t: TestContext;
let team: Client;
let highLevel: Client;
const person: Partial<Record<DemoAccountRole, string>> = {};

const personOf = (role: DemoAccountRole) => demoPersonId(t, role);

/** A Mesa of its own, in Spanish, with the demo team and moderator. */
async function newMesa() {
  const id = (await createMesa(t, { locale: 'es', visibility: 'members' })).id;
  const coordinator = await t.as('coordinator');
  for (const role of ['team', 'moderator'] as const) {
    const res = await coordinator.post(`/api/mesas/${id}/participations`, { personId: person[role], role });
    expect(res.statusCode, res.body).toBe(201);
  }
  return id;
}

async function planSession(mesaId: string, days: number) {
  const res = await team.post(`/api/mesas/${mesaId}/meetings`, {
    kind: 'session',
    startsAt: inDays(days),
    endsAt: inDays(days, 17),
    moderatorPersonId: person.moderator,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; number: number | null; version: number };
}

async function newProblem(mesaId: string, title = unique('Problema')) {
  const res = await team.post(`/api/mesas/${mesaId}/problems`, { title });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}

const meetingRow = async (id: string) =>
  (await t.database.db.select().from(meetings).where(eq(meetings.id, id)))[0]!;

beforeAll(async () => {
  t = await createTestContext();
  for (const role of ['team', 'moderator'] as const) person[role] = await personOf(role);
  team = await t.as('team');
  highLevel = await t.as('high_level');
});
afterAll(() => t?.close());

describe('a session held four days before its scheduled day', () => {
  let mesaId: string;
  let first: { id: string };
  let second: { id: string };

  it('asks to confirm the early start: 409 EARLY_START_UNCONFIRMED in the caller’s language, nothing changes', async () => {
    mesaId = await newMesa();
    first = await planSession(mesaId, 4);
    expect(first).toMatchObject({ number: null });
    const before = await meetingRow(first.id);
    const audited = (await t.database.db.select().from(auditEvents)).length;

    const refused = await team.post(`/api/meetings/${first.id}/start`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('EARLY_START_UNCONFIRMED');
    expect(refused.json().error.message).toMatch(/^Esta sesión está programada/);
    const english = await team.request(
      'POST',
      `/api/meetings/${first.id}/start`,
      {},
      await inLanguage(t, team, 'en'),
    );
    await inLanguage(t, team, 'es');
    expect(english.statusCode).toBe(409);
    expect(english.json().error.message).toMatch(/^This session is planned for a later day/);
    expect(await meetingRow(first.id)).toEqual(before);
    expect((await t.database.db.select().from(auditEvents)).length).toBe(audited);
  });

  it('starts with confirmEarly, and the session takes number 1 then', async () => {
    const res = await team.post(`/api/meetings/${first.id}/start`, { confirmEarly: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'in_progress', number: 1 });
    expect((await team.post(`/api/meetings/${first.id}/close`, {})).statusCode).toBe(200);
  });

  it('puts on the next agenda what happened the same day after it: decision, negative feedback, new problems', async () => {
    // All of it dated today, four days before session 1's scheduled start.
    const fresh = await newProblem(mesaId, 'Guías de transporte en papel');
    const reported = await newProblem(mesaId);
    const feedback = await team.post(`/api/problems/${reported.id}/feedback`, {
      verdict: 'not_applied',
      text: 'En la región no se aplica todavía.',
    });
    expect(feedback.statusCode, feedback.body).toBe(201);
    const escalated = await newProblem(mesaId);
    const escalation = await team.post(`/api/problems/${escalated.id}/escalations`, {
      reason: 'budget',
      brief: 'La Mesa no puede asignar el presupuesto.',
      options: ['Financiar', 'Esperar'],
    });
    expect(escalation.statusCode, escalation.body).toBe(201);
    const decided = await highLevel.post(`/api/escalations/${escalation.json().id}/decision`, {
      decision: 'El MEF financia el catastro.',
    });
    expect(decided.statusCode, decided.body).toBe(200);

    second = await planSession(mesaId, 11);
    const agenda = (await team.get(`/api/meetings/${second.id}/agenda`)).json();
    const item = (problemId: string) =>
      agenda.items.find((i: { problem: { id: string } | null }) => i.problem?.id === problemId);
    expect(item(fresh.id)).toMatchObject({ kind: 'new_problem' });
    expect(item(reported.id)).toMatchObject({
      kind: 'field_feedback',
      reasons: ['field_feedback', 'new_problem'],
      feedbackId: expect.any(String),
    });
    expect(item(escalated.id)).toMatchObject({
      kind: 'escalation_decision',
      escalationId: escalation.json().id,
    });
  });

  it('lists none of it again once that next session was held', async () => {
    expect((await team.post(`/api/meetings/${second.id}/start`, { confirmEarly: true })).statusCode).toBe(
      200,
    );
    expect((await team.post(`/api/meetings/${second.id}/close`, {})).statusCode).toBe(200);
    const third = await planSession(mesaId, 18);
    const agenda = (await team.get(`/api/meetings/${third.id}/agenda`)).json();
    expect(
      agenda.items.filter((i: { kind: string }) =>
        ['new_problem', 'field_feedback', 'escalation_decision'].includes(i.kind),
      ),
    ).toEqual([]);
  });

  it('writes in the minutes the day it was held, and the scheduled day beside it (Markdown and PDF)', async () => {
    const day = dateTimeFormat('es', { dateStyle: 'full', timeZone: 'America/Lima' });
    const held = day.format(new Date());
    const scheduled = day.format(new Date(inDays(4)));
    const md = await team.get(`/api/meetings/${first.id}/minutes.md`);
    expect(md.statusCode).toBe(200);
    expect(md.body).toContain(held);
    expect(md.body).toMatch(new RegExp(`Fecha programada.*${scheduled}`));
    const pdf = await team.get(`/api/meetings/${first.id}/minutes.pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = (await pdfText(pdf.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain(held);
    expect(text).toContain('Fecha programada');
    expect(text).toContain(scheduled);
  });
});

describe('a session started hours after its scheduled time', () => {
  it('saves on its agenda what was recorded between the scheduled time and the actual start', async () => {
    const mesaId = await newMesa();
    const res = await team.post(`/api/mesas/${mesaId}/meetings`, {
      kind: 'session',
      startsAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      moderatorPersonId: person.moderator,
    });
    expect(res.statusCode, res.body).toBe(201);
    // Raised while the room waited for the session to begin.
    const raised = await newProblem(mesaId, 'Puerto sin balanza');
    const started = await team.post(`/api/meetings/${res.json().id}/start`, {});
    expect(started.statusCode, started.body).toBe(200);
    const agenda = (await team.get(`/api/meetings/${res.json().id}/agenda`)).json();
    expect(agenda.generated).toBe(false);
    expect(agenda.items).toContainEqual(
      expect.objectContaining({ key: `problem:${raised.id}`, kind: 'new_problem' }),
    );
  });
});

describe('sessions numbered in the order they are held', () => {
  it('numbers the one planned later but held first as the earlier session', async () => {
    const mesaId = await newMesa();
    const planned1 = await planSession(mesaId, 1);
    const planned2 = await planSession(mesaId, 0);
    expect([planned1.number, planned2.number]).toEqual([null, null]);

    const held1 = await team.post(`/api/meetings/${planned2.id}/start`, {});
    expect(held1.statusCode, held1.body).toBe(200);
    expect(held1.json().number).toBe(1);
    // Still planned: no number yet.
    expect((await team.get(`/api/meetings/${planned1.id}`)).json().number).toBeNull();
    expect((await team.post(`/api/meetings/${planned2.id}/close`, {})).statusCode).toBe(200);
    const held2 = await team.post(`/api/meetings/${planned1.id}/start`, {});
    expect(held2.statusCode, held2.body).toBe(200);
    expect(held2.json().number).toBe(2);
    // The number is part of the start's audit event.
    const [audit] = await t.database.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, planned1.id), eq(auditEvents.action, 'start')));
    expect(audit?.after).toMatchObject({ number: 2 });
  });

  it('starts the day before its scheduled day without asking', async () => {
    const mesaId = await newMesa();
    const session = await planSession(mesaId, 1);
    const res = await team.post(`/api/meetings/${session.id}/start`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().number).toBe(1);
  });
});
