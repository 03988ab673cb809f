import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments } from '../../src/db/schema';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import type { TestContext } from '../support/app';
import { createTestContext } from '../support/app';
import { demoPersonId, ensureMesa, unique } from '../support/fixtures';

/**
 * GET /api/me/home: what waits for the signed-in person, by role. The high-level body lands on its
 * inbox with the escalations it may decide; the dedicated team sees its Mesas with the next session and
 * the late commitments; a representative sees their own commitments and the enacted problems awaiting
 * their field feedback. Only the caller's own commitments and the records they may see are counted.
 */

interface HomeMesa {
  mesa: { id: string; slug: string; status: string };
  roles: string[];
  runs: boolean;
  nextSession: { id: string; startsAt: string; agendaReady: boolean; agendaItems: number } | null;
  commitments: { open: number; late: number };
  escalations: { open: number; returned: number };
  fieldAlerts: number;
  cadence: { overdue: boolean; nextDueOn: string | null } | null;
}
interface Home {
  landing: 'inbox' | 'home';
  inbox: { awaitingDecision: number; waiting: number } | null;
  decisions: { count: number; items: { id: string; mesa: { id: string } }[] };
  mesas: HomeMesa[];
  commitments: { open: number; late: number; items: { id: string; late: boolean; dueOn: string }[] };
  feedback: { count: number; items: { id: string; code: string; mesa: { id: string } }[] };
}

let t: TestContext;
let forestal: string;
let today: string;

async function homeOf(role: Parameters<TestContext['as']>[0]): Promise<Home> {
  const res = await (await t.as(role)).get('/api/me/home');
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Home;
}

const forestalIn = (home: Home) => home.mesas.find((m) => m.mesa.id === forestal);

/** A commitment of `role`'s person in forestal made by the team, then made late by a week. */
async function lateCommitment(
  role: 'public_rep' | 'private_rep' | 'moderator',
  visibility: 'members' | 'team',
) {
  const team = await t.as('team');
  const res = await team.post(`/api/mesas/${forestal}/commitments`, {
    personId: await demoPersonId(t, role),
    text: unique('Compromiso atrasado'),
    dueOn: addDays(today, 3),
    visibility,
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  await t.database.db
    .update(commitments)
    .set({ dueOn: addDays(today, -7) })
    .where(eq(commitments.id, id));
  return id;
}

beforeAll(async () => {
  t = await createTestContext();
  forestal = await ensureMesa(t, 'forestal', 'members');
  today = todayIn(new Date(), 'America/Lima');
});
afterAll(() => t?.close());

describe('GET /api/me/home', () => {
  it('needs a signed-in caller', async () => {
    const res = await t.anonymous.get('/api/me/home');
    expect(res.statusCode).toBe(401);
  });

  it('lands the high-level body on its inbox, counting the escalations it may decide', async () => {
    const home = await homeOf('high_level');
    expect(home.landing).toBe('inbox');
    const inbox = (await (await t.as('high_level')).get('/api/escalations?status=open')).json() as {
      escalations: { id: string; can: { decide: boolean } }[];
    };
    const decidable = inbox.escalations.filter((e) => e.can.decide);
    expect(decidable.length).toBeGreaterThan(0);
    expect(home.inbox).toEqual({ awaitingDecision: decidable.length, waiting: inbox.escalations.length });
    expect(home.decisions.count).toBe(decidable.length);
    expect(home.decisions.items.map((e) => e.id)).toEqual(decidable.slice(0, 5).map((e) => e.id));
    // Everyone else lands on their home; the inbox figures are only for those who have the inbox.
    for (const role of ['team', 'private_rep', 'coordinator', 'admin'] as const) {
      expect((await homeOf(role)).landing, role).toBe('home');
    }
    expect((await homeOf('team')).inbox).toBeNull();
    expect((await homeOf('private_rep')).decisions.count).toBe(0);
  });

  it("shows the dedicated team its Mesa's next session, late commitments and sessions against cadence", async () => {
    const home = await homeOf('team');
    const m = forestalIn(home);
    expect(m, 'forestal on the team home').toBeDefined();
    expect(m!.runs).toBe(true);
    expect(m!.roles).toContain('team');
    const team = await t.as('team');
    const sessions = (
      await team.get(`/api/mesas/${forestal}/meetings?kind=session&state=scheduled`)
    ).json() as { meetings: { id: string; startsAt: string }[] };
    const next = [...sessions.meetings]
      .filter((s) => new Date(s.startsAt) > new Date())
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
    expect(next, 'the demo announces the next session').toBeDefined();
    expect(m!.nextSession?.id).toBe(next!.id);
    expect(m!.nextSession?.agendaReady).toBe(m!.nextSession!.agendaItems > 0);
    expect(m!.cadence).not.toBeNull();

    const late = (await team.get(`/api/mesas/${forestal}/commitments?overdue=true`)).json() as {
      summary: { overdue: number; open: number };
    };
    const open = (await team.get(`/api/mesas/${forestal}/commitments?status=open`)).json() as {
      summary: { open: number };
    };
    expect(m!.commitments).toEqual({ late: late.summary.overdue, open: open.summary.open });

    // One more late commitment (kept to the team) is counted for the team, not for a representative.
    const before = forestalIn(await homeOf('private_rep'))!.commitments.late;
    await lateCommitment('moderator', 'team');
    expect(forestalIn(await homeOf('team'))!.commitments.late).toBe(m!.commitments.late + 1);
    expect(forestalIn(await homeOf('private_rep'))!.commitments.late).toBe(before);
  });

  it('lists the coordinating office every active Mesa, which it runs', async () => {
    const home = await homeOf('coordinator');
    const mesas = (await (await t.as('coordinator')).get('/api/mesas')).json() as {
      mesas: { id: string; status: string }[];
    };
    const active = mesas.mesas.filter((m) => m.status === 'active').map((m) => m.id);
    expect(home.mesas.map((m) => m.mesa.id)).toEqual(expect.arrayContaining(active));
    expect(home.mesas.every((m) => m.runs)).toBe(true);
  });

  it('gives a representative their own commitments only, late ones first', async () => {
    const privateRep = await t.as('private_rep');
    const mineBefore = (await homeOf('private_rep')).commitments;
    // A late commitment of someone else is not theirs; one of their own is.
    await lateCommitment('public_rep', 'members');
    const ownId = await lateCommitment('private_rep', 'members');
    const home = await homeOf('private_rep');
    const mine = (await privateRep.get('/api/me/commitments?status=open')).json() as {
      commitments: { id: string }[];
      summary: { open: number; overdue: number };
    };
    expect(home.commitments.open).toBe(mine.summary.open);
    expect(home.commitments.late).toBe(mine.summary.overdue);
    expect(home.commitments.open).toBe(mineBefore.open + 1);
    expect(home.commitments.late).toBe(mineBefore.late + 1);
    expect(home.commitments.items.length).toBe(Math.min(5, mine.commitments.length));
    expect(home.commitments.items.map((c) => c.id)).toEqual(mine.commitments.slice(0, 5).map((c) => c.id));
    expect(home.commitments.items[0]).toMatchObject({ late: true });
    expect(home.commitments.items.map((c) => c.id)).toContain(ownId);
    expect(forestalIn(home)?.runs).toBe(false);
    expect(forestalIn(home)?.nextSession).not.toBeNull();
  });

  it('lists the enacted problems awaiting the representative’s field feedback until they report it', async () => {
    const before = (await homeOf('private_rep')).feedback;
    expect(before.count).toBeGreaterThan(0);
    const first = before.items[0]!;
    expect(first.mesa.id).toBe(forestal);
    const problem = (await (await t.as('private_rep')).get(`/api/problems/${first.id}`)).json() as {
      status: string;
    };
    expect(problem.status).toBe('enacted');
    // The team's home has no such list: it is for those who report from the ground.
    expect((await homeOf('team')).feedback.count).toBe(0);

    const res = await (await t.as('private_rep')).post(`/api/problems/${first.id}/feedback`, {
      verdict: 'works',
      text: 'En el campo ya se aplica.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const after = (await homeOf('private_rep')).feedback;
    expect(after.count).toBe(before.count - 1);
    expect(after.items.map((p) => p.id)).not.toContain(first.id);
    // Another representative of the Mesa still has it waiting.
    expect((await homeOf('public_rep')).feedback.items.map((p) => p.id)).toContain(first.id);
  });
});
