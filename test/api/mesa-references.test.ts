import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments, fieldFeedback, problems } from '../../src/db/schema';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { createTestContext, type TestContext } from '../support/app';
import { addParticipant, createPerson, ensureMesa, mesaBySlug, snapshot, unique } from '../support/fixtures';

/**
 * Every reference a Mesa's records make to a person, problem or meeting is checked against that Mesa
 * in one place (src/commands/references.ts): a record of another Mesa is refused with 400 and the
 * field named, and nothing is written.
 */

let t: TestContext;
let forestal: string;
let elsewhere: string;
let insider: string;

beforeAll(async () => {
  t = await createTestContext();
  forestal = (await mesaBySlug(t, 'forestal'))!.id;
  const acuicola = await ensureMesa(t, 'acuicola', 'members');
  // Someone who takes part only in another, members-only Mesa.
  elsewhere = (await createPerson(t)).id;
  await addParticipant(t, acuicola, { role: 'private_rep', personId: elsewhere });
  insider = (await createPerson(t)).id;
  await addParticipant(t, forestal, { role: 'private_rep', personId: insider });
});
afterAll(() => t?.close());

function expectRefused(res: { statusCode: number; json(): unknown }, path: string) {
  expect(res.statusCode).toBe(400);
  const { error } = res.json() as { error: { code: string; fields: { path: string; key: string }[] } };
  expect(error.code).toBe('VALIDATION_FAILED');
  expect(error.fields.map((f) => [f.path, f.key])).toEqual([[path, 'fields.doesNotTakePart']]);
}

describe('references to people of another Mesa', () => {
  it('refuses a problem raised by a person who takes part only in another Mesa, and creates nothing', async () => {
    const team = await t.as('team');
    const before = await snapshot(t, problems);
    const res = await team.post(`/api/mesas/${forestal}/problems`, {
      title: unique('Problema ajeno'),
      raisedByPersonId: elsewhere,
    });
    expectRefused(res, 'raisedByPersonId');
    expect(await snapshot(t, problems)).toEqual(before);

    const ours = await team.post(`/api/mesas/${forestal}/problems`, {
      title: unique('Problema propio'),
      raisedByPersonId: insider,
    });
    expect(ours.statusCode, ours.body).toBe(201);
    const edited = await team.patch(`/api/problems/${ours.json().id}`, {
      version: ours.json().version,
      raisedByPersonId: elsewhere,
    });
    expectRefused(edited, 'raisedByPersonId');
  });

  it('answers a commitment and a field report naming such a person the same way', async () => {
    const team = await t.as('team');
    const problem = await team.post(`/api/mesas/${forestal}/problems`, { title: unique('Con seguimiento') });
    expect(problem.statusCode, problem.body).toBe(201);
    const before = await snapshot(t, commitments, fieldFeedback);
    expectRefused(
      await team.post(`/api/mesas/${forestal}/commitments`, {
        personId: elsewhere,
        text: 'Compromiso ajeno',
        dueOn: addDays(todayIn(new Date(), 'America/Lima'), 7),
      }),
      'personId',
    );
    expectRefused(
      await team.post(`/api/problems/${problem.json().id}/feedback`, {
        verdict: 'works',
        text: 'Aplicado en campo',
        personId: elsewhere,
      }),
      'personId',
    );
    expect(await snapshot(t, commitments, fieldFeedback)).toEqual(before);
  });
});
