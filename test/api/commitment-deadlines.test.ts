import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, commitmentDueChanges, commitments, organizations } from '../../src/db/schema';
import { addDays } from '../../src/domain/calendar-days';
import { createTestContext, type TestContext } from '../support/app';
import { type ForestalTeam, forestalTeam, snapshot, unique } from '../support/fixtures';

let t: TestContext;
let f: ForestalTeam;
/** An entity of its own, so that its on-time record holds only this file's commitments. */
let entity: string;

beforeAll(async () => {
  t = await createTestContext();
  f = await forestalTeam(t);
  const [row] = await t.database.db
    .insert(organizations)
    .values({ name: unique('Entidad con plazos'), kind: 'public_entity' })
    .returning({ id: organizations.id });
  entity = row!.id;
});
afterAll(() => t?.close());

async function createCommitment(dueOn: string) {
  const res = await f.team.post(`/api/mesas/${f.mesaId}/commitments`, {
    ...f.commitment(),
    organizationId: entity,
    dueOn,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

/** A commitment whose due day has already passed, written straight to the database (creation refuses it). */
async function insertPastCommitment(dueOn: string) {
  const [row] = await t.database.db
    .insert(commitments)
    .values({
      mesaId: f.mesaId,
      personId: f.commitment().personId,
      organizationId: entity,
      text: unique('Compromiso vencido'),
      dueOn,
      visibility: 'members',
    })
    .returning({ id: commitments.id });
  return row!.id;
}

const move = (id: string, version: number, dueOn: string, reason?: string) =>
  f.team.patch(`/api/commitments/${id}`, { version, dueOn, ...(reason ? { reason } : {}) });

async function entityRecord() {
  const res = await f.team.get(`/api/mesas/${f.mesaId}/metrics`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().scorecard.find((r: { entity: { id: string } | null }) => r.entity?.id === entity);
}

describe('moving a deadline', () => {
  it('needs a reason: without one it answers 400 naming `reason` and changes nothing', async () => {
    const { id } = await createCommitment(addDays(f.today, 5));
    const before = await snapshot(t, commitments, commitmentDueChanges);
    for (const reason of [undefined, '   ']) {
      const res = await f.team.patch(`/api/commitments/${id}`, {
        version: 1,
        dueOn: addDays(f.today, 12),
        ...(reason === undefined ? {} : { reason }),
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [{ path: 'reason', key: 'fields.reasonRequiredForChange' }],
      });
    }
    expect(await snapshot(t, commitments, commitmentDueChanges)).toEqual(before);
    expect((await f.team.get(`/api/commitments/${id}`)).json()).toMatchObject({
      dueOn: addDays(f.today, 5),
      originalDueOn: null,
      dueChanges: [],
      version: 1,
    });
  });

  it('keeps the history and the original date, also over a second move', async () => {
    const first = addDays(f.today, 5);
    const second = addDays(f.today, 12);
    const third = addDays(f.today, 20);
    const { id } = await createCommitment(first);

    const moved = await move(id, 1, second, 'El proveedor entrega el 15');
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      dueOn: second,
      originalDueOn: first,
      version: 2,
      dueChanges: [
        {
          fromDueOn: first,
          toDueOn: second,
          reason: 'El proveedor entrega el 15',
          person: { id: f.commitment().personId },
        },
      ],
    });

    const again = await move(id, 2, third, 'Falta la firma del ministro');
    expect(again.statusCode, again.body).toBe(200);
    const body = again.json();
    // The second move keeps the first original date.
    expect(body).toMatchObject({ dueOn: third, originalDueOn: first, version: 3 });
    expect(
      body.dueChanges.map((d: { fromDueOn: string; toDueOn: string; reason: string }) => [
        d.fromDueOn,
        d.toDueOn,
        d.reason,
      ]),
    ).toEqual([
      [first, second, 'El proveedor entrega el 15'],
      [second, third, 'Falta la firma del ministro'],
    ]);
    const rows = await t.database.db
      .select()
      .from(commitmentDueChanges)
      .where(eq(commitmentDueChanges.commitmentId, id));
    expect(rows).toHaveLength(2);
    const [stored] = await t.database.db.select().from(commitments).where(eq(commitments.id, id));
    expect(stored).toMatchObject({ dueOn: third, originalDueOn: first });

    // Each move is audited in its Mesa, with the history row it wrote.
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'reschedule')));
    expect(audited).toHaveLength(2);
    expect(audited.every((e) => e.mesaId === f.mesaId)).toBe(true);
    expect(
      audited.map((e) => (e.after as { dueChange: { reason: string } }).dueChange.reason).sort(),
    ).toEqual(['El proveedor entrega el 15', 'Falta la firma del ministro'].sort());
  });

  it('does not ask for a reason when the due day is sent unchanged', async () => {
    const due = addDays(f.today, 4);
    const { id } = await createCommitment(due);
    const res = await f.team.patch(`/api/commitments/${id}`, { version: 1, dueOn: due, text: 'Otro texto' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ dueOn: due, originalDueOn: null, dueChanges: [] });
  });
});

describe("the entity's on-time record", () => {
  it('counts a commitment done after its original date but before the moved one as late', async () => {
    const before = await entityRecord();
    const tally = (r: typeof before) => ({
      onTime: r?.onTime ?? 0,
      late: r?.late ?? 0,
      overdue: r?.overdue ?? 0,
      pending: r?.pending ?? 0,
    });
    // Due two days ago, moved to next week, then done today: late against the date first agreed.
    const lateId = await insertPastCommitment(addDays(f.today, -2));
    const moved = await move(lateId, 1, addDays(f.today, 7), 'Se pidió más tiempo');
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ overdue: false, originalDueOn: addDays(f.today, -2) });
    const done = await f.team.patch(`/api/commitments/${lateId}`, { version: 2, status: 'done' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', completedOnTime: false });

    // A control: done today before a deadline never moved is on time.
    const onTime = await createCommitment(addDays(f.today, 3));
    expect(
      (await f.team.patch(`/api/commitments/${onTime.id}`, { version: 1, status: 'done' })).json(),
    ).toMatchObject({ completedOnTime: true });

    // Still open, moved past its original date: it can no longer be on time.
    const openId = await insertPastCommitment(addDays(f.today, -1));
    expect((await move(openId, 1, addDays(f.today, 9), 'Cambio de proveedor')).statusCode).toBe(200);

    expect(tally(await entityRecord())).toEqual({
      onTime: tally(before).onTime + 1,
      late: tally(before).late + 1,
      overdue: tally(before).overdue + 1,
      pending: tally(before).pending,
    });

    // The portfolio counts it the same way.
    const portfolio = await (await t.as('coordinator')).get('/api/portfolio');
    expect(portfolio.statusCode, portfolio.body).toBe(200);
    const row = portfolio
      .json()
      .scorecard.find((s: { entity: { id: string } | null }) => s.entity?.id === entity);
    expect(row).toMatchObject({ onTime: 1, late: 1, overdue: 1 });
  });
});
