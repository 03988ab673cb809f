import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments } from '../../src/db/schema';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { weekOf } from '../../src/domain/commitments';
import { commitmentBoard } from '../../src/server/schemas/commitments';
import { createTestContext, type TestContext } from '../support/app';
import {
  addParticipant,
  createMesa,
  createPerson,
  demoPersonId,
  organizationId,
  unknownId,
} from '../support/fixtures';

/**
 * A Mesa's commitments board: the tabs (open, due this week, late, done) with their counts, owners and
 * entities with theirs, filters and sorting, and record visibility exactly as in the Mesa's list.
 */

let t: TestContext;
let mesaId: string;
let today: string;
const ids: Record<string, string> = {};
const org = { SERFOR: '', ADEX: '' };
let ana: { id: string; fullName: string };
let beto: { id: string; fullName: string };

async function insert(key: string, values: Partial<typeof commitments.$inferInsert> & { dueOn: string }) {
  const [row] = await t.database.db
    .insert(commitments)
    .values({ mesaId, text: `Compromiso ${key}`, visibility: 'members', ...values })
    .returning();
  ids[key] = row!.id;
}

type Board = {
  today: string;
  week: { start: string; end: string };
  counts: { open: number; dueThisWeek: number; late: number; done: number };
  owners: { person: { id: string; fullName: string } | null; open: number; late: number }[];
  entities: { organization: { id: string; acronym: string | null } | null; open: number; late: number }[];
  commitments: { id: string; overdue: boolean; daysUntilDue: number; problem: unknown }[];
  can: { chase: boolean };
};

async function board(role: 'coordinator' | 'public_rep' | 'team', query = ''): Promise<Board> {
  const res = await (await t.as(role)).get(`/api/mesas/${mesaId}/commitments/board${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const keysOf = (b: Board) => b.commitments.map((c) => Object.entries(ids).find(([, id]) => id === c.id)?.[0]);

beforeAll(async () => {
  t = await createTestContext();
  // A Mesa far east of Lima: its today and week are its own.
  mesaId = (await createMesa(t, { timeZone: 'Pacific/Kiritimati', visibility: 'members' })).id;
  today = todayIn(new Date(), 'Pacific/Kiritimati');
  for (const acronym of Object.keys(org) as (keyof typeof org)[])
    org[acronym] = await organizationId(t, acronym);
  ana = await createPerson(t, { fullName: 'Ána Quispe' });
  beto = await createPerson(t, { fullName: 'Beto Zegarra' });
  await addParticipant(t, mesaId, { role: 'public_rep', personId: ana.id });
  await addParticipant(t, mesaId, { role: 'private_rep', personId: beto.id });
  await addParticipant(t, mesaId, { role: 'public_rep', personId: await demoPersonId(t, 'public_rep') });
  await addParticipant(t, mesaId, { role: 'team', personId: await demoPersonId(t, 'team') });
  const teamProblem = await (await t.as('team')).post(`/api/mesas/${mesaId}/problems`, {
    title: 'Problema reservado',
    visibility: 'team',
  });
  expect(teamProblem.statusCode, teamProblem.body).toBe(201);
  const a = { personId: ana.id, organizationId: org.SERFOR };
  const b = { personId: beto.id, organizationId: org.ADEX };
  await insert('lateA10', {
    ...a,
    dueOn: addDays(today, -10),
    text: 'Publicar el reglamento de plantaciones',
  });
  await insert('lateB3', { ...b, dueOn: addDays(today, -3) });
  await insert('todayA', { ...a, dueOn: today, problemId: teamProblem.json().id });
  await insert('laterB', { ...b, dueOn: addDays(today, 30) });
  await insert('doneA', { ...a, dueOn: addDays(today, -5), status: 'done', completedAt: new Date() });
  await insert('cancelledB', { ...b, dueOn: addDays(today, -2), status: 'cancelled', statusReason: 'x' });
  await insert('teamLateB', { ...b, dueOn: addDays(today, -1), visibility: 'team' });
});
afterAll(() => t?.close());

describe("a Mesa's commitments board", () => {
  it("counts every tab in the Mesa's time zone and lists the open ones by due day", async () => {
    const b = await board('coordinator');
    expect(b.today).toBe(today);
    expect(b.week).toEqual(weekOf(today));
    expect(new Date(`${b.week.start}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(b.counts).toEqual({ open: 5, dueThisWeek: 1, late: 3, done: 1 });
    expect(keysOf(b)).toEqual(['lateA10', 'lateB3', 'teamLateB', 'todayA', 'laterB']);
    expect(b.commitments[0]).toMatchObject({ overdue: true, daysUntilDue: -10 });
    expect(b.can.chase).toBe(true);
  });

  it('answers exactly the documented shape (it is written without a second check)', async () => {
    for (const q of ['', '?state=done', '?state=late&sort=owner']) {
      const b = await board('coordinator', q);
      expect(commitmentBoard.encode(commitmentBoard.parse(b))).toEqual(b);
    }
  });

  it('shows one tab at a time: late, due this week, done', async () => {
    expect(keysOf(await board('coordinator', '?state=late'))).toEqual(['lateA10', 'lateB3', 'teamLateB']);
    expect(keysOf(await board('coordinator', '?state=due_this_week'))).toEqual(['todayA']);
    expect(keysOf(await board('coordinator', '?state=done'))).toEqual(['doneA']);
  });

  it('groups counts by owner and by entity', async () => {
    const b = await board('coordinator');
    expect(b.owners.map((o) => [o.person?.fullName, o.open, o.late])).toEqual([
      ['Ána Quispe', 2, 1],
      ['Beto Zegarra', 3, 2],
    ]);
    expect(b.entities.map((e) => [e.organization?.acronym, e.open, e.late])).toEqual([
      ['ADEX', 3, 2],
      ['SERFOR', 2, 1],
    ]);
  });

  it('filters by owner, entity and words (accents ignored), and keeps counts to the filters', async () => {
    const byOwner = await board('coordinator', `?owner=${ana.id}`);
    expect(keysOf(byOwner)).toEqual(['lateA10', 'todayA']);
    expect(byOwner.counts).toEqual({ open: 2, dueThisWeek: 1, late: 1, done: 1 });
    expect(keysOf(await board('coordinator', `?state=late&entity=${org.ADEX}`))).toEqual([
      'lateB3',
      'teamLateB',
    ]);
    expect(keysOf(await board('coordinator', '?q=REGLAMENTO%20plantacion'))).toEqual(['lateA10']);
    expect(keysOf(await board('coordinator', '?q=ana%20quispe'))).toEqual(['lateA10', 'todayA']);
  });

  it('sorts by owner, entity or status, either way', async () => {
    expect(keysOf(await board('coordinator', '?sort=owner&dir=desc'))).toEqual([
      'laterB',
      'teamLateB',
      'lateB3',
      'todayA',
      'lateA10',
    ]);
    expect(keysOf(await board('coordinator', '?sort=entity'))).toEqual([
      'lateB3',
      'teamLateB',
      'laterB',
      'lateA10',
      'todayA',
    ]);
    expect(keysOf(await board('coordinator', '?sort=status&dir=desc')).slice(0, 2)).toEqual([
      'laterB',
      'todayA',
    ]);
  });

  it('hides from a member the commitments and problems reserved to the team', async () => {
    const b = await board('public_rep');
    expect(keysOf(b)).not.toContain('teamLateB');
    expect(b.counts).toEqual({ open: 4, dueThisWeek: 1, late: 2, done: 1 });
    expect(b.owners.find((o) => o.person?.id === beto.id)).toMatchObject({ open: 2, late: 1 });
    expect(b.commitments.find((c) => c.id === ids.todayA)?.problem).toBeNull();
    expect(b.can.chase).toBe(false);
    const team = await board('team');
    expect(team.commitments.find((c) => c.id === ids.todayA)?.problem).toMatchObject({
      title: 'Problema reservado',
    });
  });

  it('refuses bad filters, strangers and unknown Mesas', async () => {
    const coordinator = await t.as('coordinator');
    for (const q of ['?state=overdue', '?sort=text', '?owner=nobody', `?dir=up`]) {
      const res = await coordinator.get(`/api/mesas/${mesaId}/commitments/board${q}`);
      expect(res.statusCode, q).toBe(400);
    }
    expect((await coordinator.get(`/api/mesas/${unknownId()}/commitments/board`)).statusCode).toBe(404);
    expect((await t.anonymous.get(`/api/mesas/${mesaId}/commitments/board`)).statusCode).toBe(401);
  });
});
