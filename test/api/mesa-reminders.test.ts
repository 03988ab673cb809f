import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments, mailOutbox, mesas } from '../../src/db/schema';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { queueCommitmentReminders } from '../../src/mail/messages';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { addParticipant, createMesa, createPerson, snapshot, unique } from '../support/fixtures';

/**
 * Reminder timing per Mesa: "remind N days before the due date" and "send the overdue notice N days
 * after", set on the Mesa (0-60, empty: the deployment's), used by the mail job's reminders.
 */

const TZ = 'America/Lima';
let t: TestContext;
let coordinator: Client;
let early: { id: string; version: number };
let usual: { id: string; version: number };
let personId: string;
let today: string;

async function insert(mesaId: string, dueOn: string) {
  const [row] = await t.database.db
    .insert(commitments)
    .values({ mesaId, personId, text: unique('Compromiso'), dueOn })
    .returning({ id: commitments.id });
  return row!.id;
}

/** Runs the reminders as the mail job does (MAIL_REMINDER_DAYS 2) at `now`; returns the keys queued. */
async function remind(now: Date, ids: string[]) {
  await queueCommitmentReminders(t.database.db, { now, timeZone: TZ, reminderDays: 2 });
  const rows = await t.database.db
    .select({ key: mailOutbox.dedupeKey })
    .from(mailOutbox)
    .where(inArray(mailOutbox.personId, [personId]));
  return rows.map((r) => r.key).filter((k) => ids.some((id) => k.includes(id)));
}

const at = (days: number) => new Date(Date.now() + days * 86_400_000);

beforeAll(async () => {
  t = await createTestContext();
  coordinator = await t.as('coordinator');
  today = todayIn(new Date(), TZ);
  const person = await createPerson(t, { email: `${unique('owner')}@example.org`.toLowerCase() });
  personId = person.id;
  for (const key of ['early', 'usual'] as const) {
    const mesa = await createMesa(t, { timeZone: TZ });
    await addParticipant(t, mesa.id, { role: 'public_rep', personId });
    if (key === 'early') early = { id: mesa.id, version: mesa.version };
    else usual = { id: mesa.id, version: mesa.version };
  }
});
afterAll(() => t?.close());

describe('reminder timing per Mesa', () => {
  it('is set on the Mesa (0-60, null: the deployment default, shown with the Mesa)', async () => {
    const res = await coordinator.patch(`/api/mesas/${early.id}`, {
      version: early.version,
      reminderDaysBefore: 5,
      reminderDaysAfter: 3,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      reminderDaysBefore: 5,
      reminderDaysAfter: 3,
      reminderDefaults: { daysBefore: 2, daysAfter: 1 },
    });
    early.version = res.json().version;
    const [row] = await t.database.db.select().from(mesas).where(eq(mesas.id, early.id));
    expect(row).toMatchObject({ reminderDaysBefore: 5, reminderDaysAfter: 3 });
    const other = await coordinator.get(`/api/mesas/${usual.id}`);
    expect(other.json()).toMatchObject({ reminderDaysBefore: null, reminderDaysAfter: null });
  });

  it('refuses values out of range, changing nothing', async () => {
    const before = await snapshot(t, mesas);
    for (const body of [{ reminderDaysBefore: 61 }, { reminderDaysAfter: -1 }, { reminderDaysBefore: 1.5 }]) {
      const res = await coordinator.patch(`/api/mesas/${early.id}`, { version: early.version, ...body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    const rep = await t.as('public_rep');
    expect(
      (await rep.patch(`/api/mesas/${early.id}`, { version: early.version, reminderDaysBefore: 9 }))
        .statusCode,
    ).not.toBe(200);
    expect(await snapshot(t, mesas)).toEqual(before);
    const [row] = await t.database.db.select().from(mesas).where(eq(mesas.id, early.id));
    expect(row?.reminderDaysBefore).toBe(5);
  });

  it('reminds 5 days ahead in the Mesa that says so, while the other uses the default', async () => {
    const earlyDue = await insert(early.id, addDays(today, 5));
    const usualDue = await insert(usual.id, addDays(today, 5));
    const ids = [earlyDue, usualDue];
    expect(await remind(new Date(), ids)).toEqual([`reminder:${earlyDue}:${addDays(today, 5)}`]);
    // Four days on (due in one), the other Mesa's reminder goes; the first is not sent twice.
    expect((await remind(at(4), ids)).sort()).toEqual(
      [`reminder:${earlyDue}:${addDays(today, 5)}`, `reminder:${usualDue}:${addDays(today, 5)}`].sort(),
    );
  });

  it('sends the overdue notice N days after in the Mesa that says so, the day after in the other', async () => {
    const earlyLate = await insert(early.id, addDays(today, -1));
    const usualLate = await insert(usual.id, addDays(today, -1));
    const ids = [earlyLate, usualLate];
    expect(await remind(new Date(), ids)).toEqual([`overdue:${usualLate}:${addDays(today, -1)}`]);
    expect(await remind(at(1), ids)).toHaveLength(1);
    expect((await remind(at(2), ids)).sort()).toEqual(
      [`overdue:${earlyLate}:${addDays(today, -1)}`, `overdue:${usualLate}:${addDays(today, -1)}`].sort(),
    );
  });

  it('goes back to the deployment default when cleared', async () => {
    const res = await coordinator.patch(`/api/mesas/${early.id}`, {
      version: early.version,
      reminderDaysBefore: null,
      reminderDaysAfter: null,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ reminderDaysBefore: null, reminderDaysAfter: null });
    const due = await insert(early.id, addDays(today, 4));
    expect(await remind(new Date(), [due])).toEqual([]);
    expect(await remind(at(2), [due])).toEqual([`reminder:${due}:${addDays(today, 4)}`]);
  });
});
