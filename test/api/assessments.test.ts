import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/commands/context';
import { createMeeting } from '../../src/commands/meetings';
import {
  assessmentAnswers,
  assessmentMeetings,
  assessmentQuestions,
  assessments,
  auditEvents,
} from '../../src/db/schema';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { addParticipant, createMesa, mesaBySlug, snapshot, unique, unknownId } from '../support/fixtures';

let t: TestContext;
let coordinator: Client;
let admin: Client;
/** Question ids by key (the paper's checklist, seeded by the migration). */
const question = new Map<string, { id: string; redFlag: string | null }>();

beforeAll(async () => {
  t = await createTestContext();
  coordinator = await t.as('coordinator');
  admin = await t.as('admin');
  const res = await coordinator.get('/api/assessment-questions');
  expect(res.statusCode, res.body).toBe(200);
  for (const q of res.json().questions) question.set(q.key, q);
});
afterAll(() => t?.close());

const qid = (key: string) => {
  const q = question.get(key);
  if (!q) throw new Error(`no question ${key}`);
  return q.id;
};

const tables = [assessments, assessmentAnswers, assessmentMeetings];

async function meeting(
  mesaId: string,
  kind: 'preliminary' | 'session' | 'intersessional',
  day = '2024-02-01',
) {
  const row = await createMeeting(systemContext(t.database.db, 'test'), mesaId, {
    kind,
    title: unique(`Reunión ${kind}`),
    startsAt: new Date(`${day}T15:00:00Z`),
    endsAt: new Date(`${day}T17:00:00Z`),
    timeZone: 'America/Lima',
    invitees: [],
  });
  return row.id;
}

const auditOf = (entityId: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.entityId, entityId))
    .orderBy(asc(auditEvents.seq));

describe('the default checklist', () => {
  it("holds the paper's questions in five areas, in Spanish and English, with their red flags", async () => {
    const res = await coordinator.get('/api/assessment-questions');
    const questions: { key: string; area: string; textEs: string; textEn: string; redFlag: string | null }[] =
      res.json().questions;
    expect([...new Set(questions.map((q) => q.area))]).toEqual([
      'convener',
      'public_sector',
      'team',
      'sector',
      'private_sector',
    ]);
    expect(questions.length).toBeGreaterThanOrEqual(20);
    for (const q of questions) {
      expect(q.textEs.length, q.key).toBeGreaterThan(10);
      expect(q.textEn.length, q.key).toBeGreaterThan(10);
      expect(q.textEs).not.toEqual(q.textEn);
    }
    const flagOf = Object.fromEntries(questions.map((q) => [q.key, q.redFlag]));
    expect(flagOf).toMatchObject({
      'private_sector.self_organized': 'private_not_organized',
      'sector.coordination_failures': 'structural_problems',
      'team.appointed': 'no_dedicated_team',
      'convener.allocates_budget': 'weak_convener',
    });
    expect(questions.find((q) => q.key === 'private_sector.self_organized')!.textEn).toBe(
      'Are they self-organized (internally coordinated)?',
    );
  });
});

describe('assessing a Mesa', () => {
  it('records the answers, linked preliminary meetings, red flags and the decision, with an audit event', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa candidata') });
    const prelim = await meeting(mesa.id, 'preliminary');
    const res = await coordinator.post(`/api/mesas/${mesa.id}/assessments`, {
      assessedOn: '2024-02-05',
      answers: [
        {
          questionId: qid('convener.willing'),
          answer: 'yes',
          note: 'El ministro la impulsa',
          evidence: 'Acta',
        },
        { questionId: qid('private_sector.self_organized'), answer: 'no', note: 'Sin gremio' },
        { questionId: qid('sector.coordination_failures'), answer: 'partly' },
        { questionId: qid('private_sector.commit_time'), answer: 'partly' },
      ],
      decision: 'not_now',
      rationale: 'Esperar a que el sector privado se organice',
      decidedOn: '2024-02-06',
      meetingIds: [prelim],
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      mesaId: mesa.id,
      assessedOn: '2024-02-05',
      decision: 'not_now',
      rationale: 'Esperar a que el sector privado se organice',
      decidedOn: '2024-02-06',
      warnings: [],
    });
    // A `no` on self-organization raises its flag; a `partly` on coordination failures raises
    // structural_problems (flag_on_partly); a `partly` on time does not.
    expect(body.redFlags).toEqual([
      { flag: 'structural_problems', questions: ['sector.coordination_failures'] },
      { flag: 'private_not_organized', questions: ['private_sector.self_organized'] },
    ]);
    expect(body.summary).toEqual([
      { area: 'convener', yes: 1, partly: 0, no: 0 },
      { area: 'sector', yes: 0, partly: 1, no: 0 },
      { area: 'private_sector', yes: 0, partly: 1, no: 1 },
    ]);
    expect(body.answers[0]).toMatchObject({
      key: 'convener.willing',
      area: 'convener',
      answer: 'yes',
      note: 'El ministro la impulsa',
      evidence: 'Acta',
      redFlag: null,
    });
    expect(body.answers.find((a: { key: string }) => a.key === 'private_sector.self_organized').redFlag).toBe(
      'private_not_organized',
    );
    expect(body.meetings).toEqual([expect.objectContaining({ id: prelim, kind: 'preliminary' })]);

    const stored = await t.database.db
      .select()
      .from(assessmentAnswers)
      .where(eq(assessmentAnswers.assessmentId, body.id));
    expect(stored).toHaveLength(4);
    const audit = await auditOf(body.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: 'assessment', action: 'create', mesaId: mesa.id });
    expect((audit[0]!.after as { meetingIds: string[] }).meetingIds).toEqual([prelim]);

    const one = await coordinator.get(`/api/assessments/${body.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toEqual(body);
  });

  it('warns when the decision is to launch despite red flags, and allows it', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa audaz') });
    const res = await coordinator.post(`/api/mesas/${mesa.id}/assessments`, {
      answers: [
        { questionId: qid('private_sector.self_organized'), answer: 'no' },
        { questionId: qid('team.appointed'), answer: 'no' },
      ],
      decision: 'launch',
      rationale: 'La Mesa misma dará incentivos para que el sector privado se organice (4.5 a)',
      confirmIncomplete: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().decision).toBe('launch');
    expect(res.json().warnings).toEqual(['no_dedicated_team', 'private_not_organized']);
  });

  it('keeps the history when the assessment is repeated, newest first', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa repetida') });
    const first = await coordinator.post(`/api/mesas/${mesa.id}/assessments`, {
      assessedOn: '2023-05-01',
      answers: [{ questionId: qid('private_sector.self_organized'), answer: 'no' }],
      decision: 'not_now',
      rationale: 'Sector privado desorganizado',
    });
    expect(first.statusCode, first.body).toBe(201);
    const second = await coordinator.post(`/api/mesas/${mesa.id}/assessments`, {
      assessedOn: '2024-01-15',
      answers: [{ questionId: qid('private_sector.self_organized'), answer: 'yes' }],
    });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ decision: null, redFlags: [] });

    const list = await coordinator.get(`/api/mesas/${mesa.id}/assessments`);
    expect(list.statusCode).toBe(200);
    const history = list.json().assessments;
    expect(history.map((a: { id: string }) => a.id)).toEqual([second.json().id, first.json().id]);
    expect(history[1]).toMatchObject({
      decision: 'not_now',
      redFlags: [{ flag: 'private_not_organized', questions: ['private_sector.self_organized'] }],
    });
    expect(list.json().can).toEqual({ manage: true });

    // Deciding the open one; the earlier decision is untouched.
    const decided = await coordinator.post(`/api/assessments/${second.json().id}/decision`, {
      decision: 'launch',
      rationale: 'El gremio ya se organizó',
      decidedOn: '2024-01-20',
      confirmIncomplete: true,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({
      decision: 'launch',
      decidedOn: '2024-01-20',
      version: 2,
      warnings: [],
    });
    const audit = await auditOf(second.json().id);
    expect(audit.map((e) => e.action)).toEqual(['create', 'decide']);
    expect(audit[1]).toMatchObject({ before: { decision: null }, after: { decision: 'launch' } });
    const again = (await coordinator.get(`/api/mesas/${mesa.id}/assessments`)).json().assessments;
    expect(again[1]).toMatchObject({
      id: first.json().id,
      decision: 'not_now',
      rationale: 'Sector privado desorganizado',
    });
  });

  it('refuses to decide twice with 409: a new assessment is made instead', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa decidida') });
    const made = await coordinator.post(`/api/mesas/${mesa.id}/assessments`, {
      answers: [{ questionId: qid('convener.willing'), answer: 'yes' }],
      decision: 'no',
      rationale: 'Problemas estructurales',
    });
    const id = made.json().id;
    const before = await snapshot(t, ...tables);
    const res = await coordinator.post(`/api/assessments/${id}/decision`, {
      decision: 'launch',
      rationale: 'Cambio de opinión',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'CONFLICT', decision: 'no' });
    expect(await snapshot(t, ...tables)).toEqual(before);
    const [row] = await t.database.db.select().from(assessments).where(eq(assessments.id, id));
    expect(row).toMatchObject({ decision: 'no', rationale: 'Problemas estructurales', version: 1 });
  });
});

describe('bad input', () => {
  let mesaId = '';
  let otherMesaId = '';
  let prelim = '';
  let session = '';
  let otherPrelim = '';

  beforeAll(async () => {
    mesaId = (await createMesa(t, { name: unique('Mesa estricta') })).id;
    otherMesaId = (await createMesa(t, { name: unique('Otra Mesa') })).id;
    prelim = await meeting(mesaId, 'preliminary');
    session = await meeting(mesaId, 'session');
    otherPrelim = await meeting(otherMesaId, 'preliminary');
  });

  const good = () => ({ questionId: qid('convener.willing'), answer: 'yes' });

  it.each([
    [
      'an unknown question',
      () => ({ answers: [{ questionId: unknownId(), answer: 'yes' }] }),
      'answers.0.questionId',
      'fields.unknownQuestion',
    ],
    [
      'a question answered twice',
      () => ({ answers: [good(), { ...good(), answer: 'no' }] }),
      'answers.1.questionId',
      'fields.listedTwice',
    ],
    [
      'a bad answer value',
      () => ({ answers: [{ ...good(), answer: 'maybe' }] }),
      'answers.0.answer',
      undefined,
    ],
    ['no answers', () => ({ answers: [] }), 'answers', 'fields.required'],
    [
      'a decision without rationale',
      () => ({ answers: [good()], decision: 'launch' }),
      'rationale',
      'fields.rationaleRequired',
    ],
    [
      'a decision with a blank rationale',
      () => ({ answers: [good()], decision: 'no', rationale: '   ' }),
      'rationale',
      'fields.rationaleRequired',
    ],
    [
      'a decision before the assessment',
      () => ({
        answers: [good()],
        assessedOn: '2024-03-01',
        decision: 'no',
        rationale: 'x',
        decidedOn: '2024-02-01',
      }),
      'decidedOn',
      'fields.beforeAssessedOn',
    ],
    [
      'an assessment in the future',
      () => ({ answers: [good()], assessedOn: '2999-01-01' }),
      'assessedOn',
      'fields.notInTheFuture',
    ],
    [
      'a meeting of another Mesa',
      () => ({ answers: [good()], meetingIds: [otherPrelim] }),
      'meetingIds.0',
      'fields.notAMeetingOfTheMesa',
    ],
    [
      'an unknown meeting',
      () => ({ answers: [good()], meetingIds: [unknownId()] }),
      'meetingIds.0',
      'fields.notAMeetingOfTheMesa',
    ],
    [
      'a session rather than a preliminary meeting',
      () => ({ answers: [good()], meetingIds: [prelim, session] }),
      'meetingIds.1',
      'fields.notAPreliminaryMeeting',
    ],
  ] as const)('refuses %s with 400 and writes nothing', async (_name, body, path, key) => {
    const before = await snapshot(t, ...tables);
    const res = await coordinator.post(`/api/mesas/${mesaId}/assessments`, body());
    expect(res.statusCode, res.body).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    const field = error.fields.find((f: { path: string }) => f.path === path);
    expect(field, res.body).toBeDefined();
    if (key) expect(field.key).toBe(key);
    expect(field.message.length).toBeGreaterThan(0);
    expect(await snapshot(t, ...tables)).toEqual(before);
  });

  it('refuses a decision without rationale on an open assessment, and writes nothing', async () => {
    const made = await coordinator.post(`/api/mesas/${mesaId}/assessments`, { answers: [good()] });
    expect(made.statusCode, made.body).toBe(201);
    const before = await snapshot(t, ...tables);
    const res = await coordinator.post(`/api/assessments/${made.json().id}/decision`, {
      decision: 'launch',
      rationale: '',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      expect.objectContaining({ path: 'rationale', key: 'fields.rationaleRequired' }),
    ]);
    expect(await snapshot(t, ...tables)).toEqual(before);
    const [row] = await t.database.db.select().from(assessments).where(eq(assessments.id, made.json().id));
    expect(row!.decision).toBeNull();
  });

  it('answers in Spanish when asked', async () => {
    const res = await coordinator.request(
      'POST',
      `/api/mesas/${mesaId}/assessments`,
      { answers: [good()], decision: 'no' },
      { 'accept-language': 'es' },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].message).toBe('obligatorio con una decisión');
  });
});

describe('who may read and write assessments', () => {
  it('the dedicated team and the high-level body read; private and public representatives, observers and anonymous callers do not', async () => {
    const forestal = (await mesaBySlug(t, 'forestal'))!;
    const url = `/api/mesas/${forestal.id}/assessments`;
    for (const role of ['team', 'moderator', 'high_level', 'coordinator', 'admin'] as const) {
      const res = await (await t.as(role)).get(url);
      expect(res.statusCode, role).toBe(200);
      expect(res.json().can.manage, role).toBe(role === 'coordinator' || role === 'admin');
    }
    for (const role of ['private_rep', 'public_rep', 'observer'] as const) {
      expect((await (await t.as(role)).get(url)).statusCode, role).toBe(403);
    }
    expect((await t.anonymous.get(url)).statusCode).toBe(401);
    const one = (await coordinator.get(url)).json().assessments[0].id;
    expect((await (await t.as('private_rep')).get(`/api/assessments/${one}`)).statusCode).toBe(403);
    expect((await t.anonymous.get(`/api/assessments/${one}`)).statusCode).toBe(401);
  });

  it('only the coordinating office assesses and decides', async () => {
    const forestal = (await mesaBySlug(t, 'forestal'))!;
    const body = { answers: [{ questionId: qid('convener.willing'), answer: 'yes' }] };
    const open = await coordinator.post(`/api/mesas/${(await createMesa(t)).id}/assessments`, body);
    expect(open.statusCode, open.body).toBe(201);
    const before = await snapshot(t, ...tables);
    for (const role of [
      'team',
      'moderator',
      'high_level',
      'private_rep',
      'public_rep',
      'observer',
    ] as const) {
      const res = await (await t.as(role)).post(`/api/mesas/${forestal.id}/assessments`, body);
      expect(res.statusCode, role).toBe(403);
    }
    expect((await t.anonymous.post(`/api/mesas/${forestal.id}/assessments`, body)).statusCode).toBe(401);
    for (const role of ['team', 'high_level', 'private_rep'] as const) {
      const res = await (await t.as(role)).post(`/api/assessments/${open.json().id}/decision`, {
        decision: 'launch',
        rationale: 'x',
      });
      // The open assessment is of a Mesa they take no part in (members-only): not even visible.
      expect([403, 404], role).toContain(res.statusCode);
    }
    expect(await snapshot(t, ...tables)).toEqual(before);
  });
});

describe('the demo', () => {
  it('has the assessment of the Forestry reinstallation, decided, drawing on a preliminary meeting', async () => {
    const forestal = (await mesaBySlug(t, 'forestal'))!;
    const list = (await coordinator.get(`/api/mesas/${forestal.id}/assessments`)).json();
    const demo = list.assessments.find((a: { assessedOn: string }) => a.assessedOn === '2017-02-06');
    expect(demo).toMatchObject({ decision: 'launch', decidedOn: '2017-02-08', redFlags: [], warnings: [] });
    expect(demo.rationale).toContain('CONAFOR');
    expect(demo.meetings).toEqual([expect.objectContaining({ kind: 'preliminary' })]);
    expect(list.preliminaryMeetings.map((m: { id: string }) => m.id)).toContain(demo.meetings[0].id);
    expect(
      demo.answers.find((a: { key: string }) => a.key === 'private_sector.self_organized'),
    ).toMatchObject({
      answer: 'partly',
    });
  });
});

describe('the checklist (admin)', () => {
  it('is edited by administrators only, with version locking and an audit event', async () => {
    const key = `private_sector.${unique('q').replace(/-/g, '_')}`;
    const body = {
      key,
      area: 'private_sector',
      textEs: '¿Participan los pequeños productores?',
      textEn: 'Do small producers take part?',
      redFlag: 'no_small_producers',
    };
    for (const role of ['coordinator', 'high_level', 'team'] as const) {
      expect((await (await t.as(role)).post('/api/assessment-questions', body)).statusCode, role).toBe(403);
    }
    expect((await t.anonymous.post('/api/assessment-questions', body)).statusCode).toBe(401);
    const created = await admin.post('/api/assessment-questions', body);
    expect(created.statusCode, created.body).toBe(201);
    const q = created.json();
    expect(q).toMatchObject({
      key,
      area: 'private_sector',
      redFlag: 'no_small_producers',
      retired: false,
      version: 1,
    });
    expect((await admin.post('/api/assessment-questions', body)).statusCode).toBe(409);

    expect(
      (await coordinator.patch(`/api/assessment-questions/${q.id}`, { version: 1, textEn: 'x y z' }))
        .statusCode,
    ).toBe(403);
    const edited = await admin.patch(`/api/assessment-questions/${q.id}`, {
      version: 1,
      textEn: 'Are small producers represented?',
      flagOnPartly: true,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      textEn: 'Are small producers represented?',
      flagOnPartly: true,
      version: 2,
    });
    const stale = await admin.patch(`/api/assessment-questions/${q.id}`, { version: 1, textEn: 'Stale' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_WRITE');

    // A new question is answerable at once; a retired one no longer, but old answers keep it.
    const mesa = await createMesa(t);
    const answered = await coordinator.post(`/api/mesas/${mesa.id}/assessments`, {
      answers: [{ questionId: q.id, answer: 'partly' }],
    });
    expect(answered.statusCode, answered.body).toBe(201);
    expect(answered.json().redFlags).toEqual([{ flag: 'no_small_producers', questions: [key] }]);
    const retired = await admin.patch(`/api/assessment-questions/${q.id}`, { version: 2, retired: true });
    expect(retired.json()).toMatchObject({ retired: true, version: 3 });
    const listed = (await coordinator.get('/api/assessment-questions')).json().questions;
    expect(listed.some((x: { id: string }) => x.id === q.id)).toBe(false);
    const all = (await coordinator.get('/api/assessment-questions?includeRetired=true')).json().questions;
    expect(all.some((x: { id: string }) => x.id === q.id)).toBe(true);
    const refused = await coordinator.post(`/api/mesas/${mesa.id}/assessments`, {
      answers: [{ questionId: q.id, answer: 'yes' }],
    });
    expect(refused.statusCode).toBe(400);
    expect((await coordinator.get(`/api/assessments/${answered.json().id}`)).json().answers[0].key).toBe(key);
    expect((await auditOf(q.id)).map((e) => e.action)).toEqual(['create', 'update', 'update']);
  });

  it('refuses a malformed key or red flag with 400', async () => {
    const before = await snapshot(t, assessmentQuestions);
    const bad = await admin.post('/api/assessment-questions', {
      key: 'Bad Key',
      area: 'sector',
      textEs: 'Pregunta',
      textEn: 'Question',
      redFlag: 'Not a flag',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['key', 'redFlag']);
    expect(
      (
        await admin.post('/api/assessment-questions', {
          key: 'x.y',
          area: 'nowhere',
          textEs: 'a',
          textEn: 'b',
        })
      ).statusCode,
    ).toBe(400);
    expect(await snapshot(t, assessmentQuestions)).toEqual(before);
  });
});

describe('participation composition', () => {
  it('round-trips the small-producer and sector-responsibility flags', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa compuesta') });
    const id = await addParticipant(t, mesa.id, {
      role: 'private_rep',
      representsSmallProducers: true,
      isFirstHandOperator: true,
    });
    const list = (await coordinator.get(`/api/mesas/${mesa.id}/participations`)).json().all;
    expect(list.find((p: { id: string }) => p.id === id)).toMatchObject({
      representsSmallProducers: true,
      holdsSectorResponsibility: false,
    });
    const res = await coordinator.patch(`/api/mesas/${mesa.id}/participations/${id}`, {
      representsSmallProducers: false,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ representsSmallProducers: false });
  });

  it('gives the composition advice in the Mesa response with worked-out numbers', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa asesorada') });
    const detail = async () => (await coordinator.get(`/api/mesas/${mesa.id}`)).json();
    // 4 private reps: 3 association staff and 1 operator who speaks for smallholders → 3/4 staff.
    await addParticipant(t, mesa.id, { role: 'private_rep' });
    await addParticipant(t, mesa.id, { role: 'private_rep' });
    await addParticipant(t, mesa.id, { role: 'private_rep' });
    const smallholder = await addParticipant(t, mesa.id, {
      role: 'private_rep',
      isFirstHandOperator: true,
      representsSmallProducers: true,
    });
    const moderator = await addParticipant(t, mesa.id, {
      role: 'moderator',
      holdsSectorResponsibility: true,
    });
    let body = await detail();
    expect(body.composition).toEqual({
      privateReps: 4,
      associationStaff: 3,
      staffShare: 0.75,
      mostlyStaff: true,
      smallProducerReps: 1,
      smallProducersRepresented: true,
      teamWithSectorResponsibility: 1,
    });
    expect(body.compositionWarnings).toEqual([
      'private_reps_mostly_staff',
      'team_holds_sector_responsibility',
    ]);

    await coordinator.patch(`/api/mesas/${mesa.id}/participations/${moderator}`, {
      holdsSectorResponsibility: false,
    });
    await coordinator.patch(`/api/mesas/${mesa.id}/participations/${smallholder}`, {
      endedOn: '2024-06-30',
      startedOn: '2024-01-01',
    });
    body = await detail();
    expect(body.composition).toMatchObject({
      privateReps: 3,
      associationStaff: 3,
      staffShare: 1,
      smallProducersRepresented: false,
      teamWithSectorResponsibility: 0,
    });
    expect(body.compositionWarnings).toEqual(['private_reps_mostly_staff']);
  });

  it('marks the Forestry smallholders of CONAFOR Perú in the demo', async () => {
    const forestal = (await mesaBySlug(t, 'forestal'))!;
    const body = (await coordinator.get(`/api/mesas/${forestal.id}`)).json();
    expect(body.composition).toMatchObject({
      smallProducerReps: 2,
      smallProducersRepresented: true,
      teamWithSectorResponsibility: 0,
    });
    const privateReps = body.participants.find((g: { group: string }) => g.group === 'private').participants;
    for (const p of privateReps) {
      expect(p.representsSmallProducers, p.person.fullName).toBe(p.designatedBy?.acronym === 'CONAFOR');
    }
    const flagged = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityType, 'participation'),
          eq(auditEvents.action, 'update'),
          eq(auditEvents.mesaId, forestal.id),
        ),
      );
    expect(
      flagged.filter((e) => (e.after as { representsSmallProducers?: boolean }).representsSmallProducers),
    ).toHaveLength(2);
  });
});
