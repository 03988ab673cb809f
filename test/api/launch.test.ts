import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessments, auditEvents, mesaEvents, mesas } from '../../src/db/schema';
import { todayIn } from '../../src/domain/calendar-days';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { createMesa, inLanguage, messages, snapshot, unique } from '../support/fixtures';

/**
 * Launching a Mesa from its feasibility assessment (issue 11, item 7): the launch may activate the
 * Mesa in the same step, dated today in the Mesa's own zone; a launch with unanswered checklist
 * questions asks for confirmation.
 */

let t: TestContext;
let coordinator: Client;
let questionIds: string[] = [];

beforeAll(async () => {
  t = await createTestContext();
  coordinator = await t.as('coordinator');
  const res = await coordinator.get('/api/assessment-questions');
  questionIds = res.json().questions.map((q: { id: string }) => q.id);
});
afterAll(() => t?.close());

const allYes = () => questionIds.map((questionId) => ({ questionId, answer: 'yes' }));
const tables = [assessments, mesas, mesaEvents];

async function mesaRow(id: string) {
  const [row] = await t.database.db.select().from(mesas).where(eq(mesas.id, id));
  return row!;
}

const statusEvents = (mesaId: string) =>
  t.database.db
    .select()
    .from(mesaEvents)
    .where(and(eq(mesaEvents.mesaId, mesaId), eq(mesaEvents.kind, 'status')))
    .orderBy(asc(mesaEvents.recordedAt));

describe('a launch with unanswered questions', () => {
  it('answers 409 ASSESSMENT_INCOMPLETE with how many, in Spanish and English, and writes nothing', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa incompleta') });
    const body = {
      answers: allYes().slice(0, 3),
      decision: 'launch',
      rationale: 'El sector privado lo pide',
      activate: true,
    };
    const before = await snapshot(t, ...tables);
    for (const language of ['es', 'en'] as const) {
      const res = await coordinator.request(
        'POST',
        `/api/mesas/${mesa.id}/assessments`,
        body,
        await inLanguage(t, coordinator, language),
      );
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().error).toMatchObject({
        code: 'ASSESSMENT_INCOMPLETE',
        unanswered: questionIds.length - 3,
        message: messages[language].ASSESSMENT_INCOMPLETE,
      });
    }
    await inLanguage(t, coordinator, 'es');
    expect(messages.es.ASSESSMENT_INCOMPLETE).not.toBe(messages.en.ASSESSMENT_INCOMPLETE);
    expect(await snapshot(t, ...tables)).toEqual(before);
    expect((await mesaRow(mesa.id)).status).toBe('candidate');
  });

  it('is recorded once confirmed; "not now" and "no" need no confirmation', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa confirmada') });
    const notNow = await coordinator.post(`/api/mesas/${mesa.id}/assessments`, {
      answers: allYes().slice(0, 1),
      decision: 'not_now',
      rationale: 'Falta el equipo dedicado',
    });
    expect(notNow.statusCode, notNow.body).toBe(201);
    const launched = await coordinator.post(`/api/mesas/${mesa.id}/assessments`, {
      answers: allYes().slice(0, 1),
      decision: 'launch',
      rationale: 'El equipo ya fue designado',
      confirmIncomplete: true,
    });
    expect(launched.statusCode, launched.body).toBe(201);
    expect(launched.json().decision).toBe('launch');
    // Without `activate` the Mesa stays where it was.
    expect((await mesaRow(mesa.id)).status).toBe('candidate');
  });

  it('deciding an open assessment to launch asks for the same confirmation', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa abierta') });
    const open = await coordinator.post(`/api/mesas/${mesa.id}/assessments`, {
      answers: allYes().slice(0, 2),
    });
    expect(open.statusCode, open.body).toBe(201);
    const url = `/api/assessments/${open.json().id}/decision`;
    const refused = await coordinator.post(url, { decision: 'launch', rationale: 'Listo', activate: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'ASSESSMENT_INCOMPLETE',
      unanswered: questionIds.length - 2,
    });
    const [row] = await t.database.db.select().from(assessments).where(eq(assessments.id, open.json().id));
    expect(row!.decision).toBeNull();

    const decided = await coordinator.post(url, {
      decision: 'launch',
      rationale: 'Listo para lanzar',
      activate: true,
      confirmIncomplete: true,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(await mesaRow(mesa.id)).toMatchObject({ status: 'active' });
    const events = await statusEvents(mesa.id);
    expect(events.at(-1)).toMatchObject({
      fromStatus: 'candidate',
      toStatus: 'active',
      reason: 'Listo para lanzar',
    });
  });
});

describe('launching and activating in one step', () => {
  it("moves the Mesa to active, launched today in the Mesa's own zone, with its event and audit", async () => {
    // Kiritimati is 19 hours ahead of Lima: its day differs from the deployment's most of the day.
    const zone = 'Pacific/Kiritimati';
    const mesa = await createMesa(t, { name: unique('Mesa lejana'), timeZone: zone, status: 'assessing' });
    const res = await coordinator.post(`/api/mesas/${mesa.id}/assessments`, {
      answers: allYes(),
      decision: 'launch',
      rationale: 'Todas las condiciones se cumplen',
      activate: true,
    });
    const today = todayIn(new Date(), zone);
    expect(res.statusCode, res.body).toBe(201);
    expect(await mesaRow(mesa.id)).toMatchObject({ status: 'active', launchedOn: today });
    const events = await statusEvents(mesa.id);
    expect(events.at(-1)).toMatchObject({
      fromStatus: 'assessing',
      toStatus: 'active',
      occurredOn: today,
      reason: 'Todas las condiciones se cumplen',
    });
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.mesaId, mesa.id))
      .orderBy(asc(auditEvents.seq));
    const launch = audit.filter((e) => e.requestId === audit.at(-1)!.requestId);
    expect(launch.map((e) => [e.entityType, e.action])).toEqual([
      ['assessment', 'create'],
      ['mesa', 'transition'],
    ]);
    const detail = (await coordinator.get(`/api/mesas/${mesa.id}`)).json();
    expect(detail).toMatchObject({ status: 'active', launchedOn: today });
  });

  it('leaves an active Mesa as it is', async () => {
    const mesa = await createMesa(t, {
      name: unique('Mesa activa'),
      status: 'active',
      launchedOn: '2024-03-01',
    });
    const events = (await statusEvents(mesa.id)).length;
    const res = await coordinator.post(`/api/mesas/${mesa.id}/assessments`, {
      answers: allYes(),
      decision: 'launch',
      rationale: 'Sigue',
      activate: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await mesaRow(mesa.id)).toMatchObject({ status: 'active', launchedOn: '2024-03-01' });
    expect(await statusEvents(mesa.id)).toHaveLength(events);
  });

  it('refuses to activate a closed Mesa, and records no assessment either (one transaction)', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa cerrada') });
    const closed = await coordinator.post(`/api/mesas/${mesa.id}/transitions`, {
      to: 'closed',
      reason: 'No prosperó',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const before = await snapshot(t, ...tables);
    const res = await coordinator.post(`/api/mesas/${mesa.id}/assessments`, {
      answers: allYes(),
      decision: 'launch',
      rationale: 'Otra vez',
      activate: true,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'ILLEGAL_TRANSITION', from: 'closed', to: 'active' });
    expect(await snapshot(t, ...tables)).toEqual(before);
  });

  it('activates only with a launch: 400 otherwise, and nothing written', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa no') });
    const before = await snapshot(t, ...tables);
    const res = await coordinator.post(`/api/mesas/${mesa.id}/assessments`, {
      answers: allYes(),
      decision: 'not_now',
      rationale: 'Aún no',
      activate: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ path: 'activate' })]);
    expect(await snapshot(t, ...tables)).toEqual(before);
  });
});
