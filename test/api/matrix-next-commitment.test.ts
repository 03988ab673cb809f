import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments, organizations } from '../../src/db/schema';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { demoPersonId, ensureMesa, organizationId, unique } from '../support/fixtures';

/**
 * Each Matrix row carries its next commitment: the open one due first (ties: the one recorded first)
 * among the commitments the reader may see, with its owner and entity, or null.
 */

let t: TestContext;
let team: Client;
let observer: Client;
let forestal = '';
let today = '';
const person = { team: '', publicRep: '' };
const org = { SERFOR: '', ADEX: '' };
const problem = { main: '', none: '', doneOnly: '', late: '', guarded: '', teamOnly: '' };

interface Next {
  id: string;
  text: string;
  dueDate: string;
  overdue: boolean;
  person: { id: string; fullName: string } | null;
  organization: { id: string; name: string; acronym: string | null } | null;
}
interface Row {
  id: string;
  openCommitmentCount: number;
  nextCommitment: Next | null;
}

async function newProblem(title: string, visibility: 'members' | 'team' = 'members') {
  const res = await team.post(`/api/mesas/${forestal}/problems`, { title, visibility });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function commit(body: Record<string, unknown>) {
  const res = await team.post(`/api/mesas/${forestal}/commitments`, {
    personId: person.team,
    text: unique('Compromiso'),
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; text: string; version: number };
}

async function rowsOf(c: Client): Promise<Map<string, Row>> {
  const res = await c.get(`/api/mesas/${forestal}/matrix`);
  expect(res.statusCode, res.body).toBe(200);
  return new Map((res.json().problems as Row[]).map((p) => [p.id, p]));
}

const ids = { tied: '', sameDayLater: '', later: '', late: '', teamFirst: '', membersLater: '' };

beforeAll(async () => {
  t = await createTestContext();
  team = await t.as('team');
  observer = await t.as('observer');
  forestal = await ensureMesa(t, 'forestal', 'members');
  today = todayIn(new Date(), 'America/Lima');
  person.team = await demoPersonId(t, 'team');
  person.publicRep = await demoPersonId(t, 'public_rep');
  org.SERFOR = await organizationId(t, 'SERFOR');
  org.ADEX = await organizationId(t, 'ADEX');

  problem.main = await newProblem('Guías de transporte con demora');
  problem.none = await newProblem('Problema sin compromisos');
  problem.doneOnly = await newProblem('Problema con compromisos cerrados');
  problem.late = await newProblem('Problema con un compromiso vencido');
  problem.guarded = await newProblem('Problema con un compromiso reservado');
  problem.teamOnly = await newProblem('Problema con compromisos solo del equipo');

  // Two open ones due the same day: the one recorded first is next; a later one and closed ones are not.
  ids.later = (await commit({ problemId: problem.main, dueOn: addDays(today, 10) })).id;
  const tied = await commit({
    problemId: problem.main,
    dueOn: addDays(today, 3),
    personId: person.publicRep,
    organizationId: org.SERFOR,
    text: 'Publicar el protocolo de guías',
  });
  ids.tied = tied.id;
  ids.sameDayLater = (await commit({ problemId: problem.main, dueOn: addDays(today, 3) })).id;
  const done = await commit({ problemId: problem.main, dueOn: addDays(today, 1) });
  const cancelled = await commit({ problemId: problem.main, dueOn: today });
  expect((await team.patch(`/api/commitments/${done.id}`, { version: 1, status: 'done' })).statusCode).toBe(
    200,
  );
  const cancel = await team.patch(`/api/commitments/${cancelled.id}`, {
    version: 1,
    status: 'cancelled',
    reason: 'Ya no corresponde',
  });
  expect(cancel.statusCode, cancel.body).toBe(200);

  const onlyDone = await commit({ problemId: problem.doneOnly, dueOn: addDays(today, 2) });
  await team.patch(`/api/commitments/${onlyDone.id}`, { version: 1, status: 'done' });

  // Due days in the past are written straight to the database (creation refuses them); two days back
  // is past in any time zone. A commitment made through the API then changes the Mesa's revision.
  const [late] = await t.database.db
    .insert(commitments)
    .values({
      mesaId: forestal,
      problemId: problem.late,
      personId: person.team,
      organizationId: org.ADEX,
      text: 'Enviar el informe vencido',
      dueOn: addDays(today, -2),
      visibility: 'members',
    })
    .returning();
  ids.late = late!.id;
  await commit({ problemId: problem.late, dueOn: addDays(today, 20) });

  // A commitment only the team may see, due before the one every member sees.
  ids.teamFirst = (
    await commit({ problemId: problem.guarded, dueOn: addDays(today, 1), visibility: 'team' })
  ).id;
  ids.membersLater = (await commit({ problemId: problem.guarded, dueOn: addDays(today, 5) })).id;
  await commit({ problemId: problem.teamOnly, dueOn: addDays(today, 2), visibility: 'team' });
});
afterAll(() => t?.close());

describe('GET /api/mesas/:id/matrix: nextCommitment', () => {
  it('is the open commitment due first, the one recorded first among equals, with its owner', async () => {
    const rows = await rowsOf(team);
    const main = rows.get(problem.main)!;
    expect(main.openCommitmentCount).toBe(3);
    const [serfor] = await t.database.db.select().from(organizations).where(eq(organizations.id, org.SERFOR));
    expect(main.nextCommitment).toEqual({
      id: ids.tied,
      text: 'Publicar el protocolo de guías',
      dueDate: addDays(today, 3),
      overdue: false,
      person: { id: person.publicRep, fullName: expect.any(String) },
      organization: { id: org.SERFOR, name: serfor!.name, acronym: 'SERFOR' },
    });
  });

  it('ignores done and cancelled commitments, and is null when no open one is left', async () => {
    const rows = await rowsOf(team);
    expect(rows.get(problem.none)).toMatchObject({ openCommitmentCount: 0, nextCommitment: null });
    expect(rows.get(problem.doneOnly)).toMatchObject({ openCommitmentCount: 0, nextCommitment: null });
    // The problem page has its commitments elsewhere: the field is the Matrix's.
    const page = await team.get(`/api/problems/${problem.main}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).not.toHaveProperty('nextCommitment');
  });

  it("says whether its due day has passed in the Mesa's time zone", async () => {
    const rows = await rowsOf(team);
    expect(rows.get(problem.late)!.nextCommitment).toMatchObject({
      id: ids.late,
      dueDate: addDays(today, -2),
      overdue: true,
      organization: { id: org.ADEX, acronym: 'ADEX' },
    });
    expect(rows.get(problem.main)!.nextCommitment!.overdue).toBe(false);
  });

  it('never shows a member a commitment only the team may see, nor counts it', async () => {
    const forTeam = await rowsOf(team);
    expect(forTeam.get(problem.guarded)).toMatchObject({
      openCommitmentCount: 2,
      nextCommitment: { id: ids.teamFirst },
    });
    expect(forTeam.get(problem.teamOnly)!.openCommitmentCount).toBe(1);

    const forMember = await rowsOf(observer);
    expect(forMember.get(problem.guarded)).toMatchObject({
      openCommitmentCount: 1,
      nextCommitment: { id: ids.membersLater },
    });
    expect(forMember.get(problem.teamOnly)).toMatchObject({ openCommitmentCount: 0, nextCommitment: null });
    const seen = JSON.stringify([...forMember.values()]);
    expect(seen).not.toContain(ids.teamFirst);
  });

  it('follows a change made after the Matrix was read', async () => {
    const before = (await rowsOf(observer)).get(problem.none)!;
    expect(before.nextCommitment).toBeNull();
    const made = await commit({ problemId: problem.none, dueOn: addDays(today, 4) });
    const after = (await rowsOf(observer)).get(problem.none)!;
    expect(after).toMatchObject({ openCommitmentCount: 1, nextCommitment: { id: made.id } });
  });
});
