import { eq, like } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { commitments, mailOutbox, mesas, organizations } from '../../src/db/schema';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { queueCommitmentReminders } from '../../src/mail/messages';
import { createTestContext, type TestContext } from '../support/app';
import { createMesa, createPerson, snapshot, unique } from '../support/fixtures';

// The deployment runs in America/Lima (UTC-5); one Mesa meets in Africa/Tunis (UTC+1). At 23:30 UTC
// it is still `day` in Lima and already the next day in Tunis.
const DEPLOYMENT = 'America/Lima';
const TUNIS = 'Africa/Tunis';

let t: TestContext;
let day: string;
let lateNight: Date;
let tunisMesa: string;
let limaMesa: string;
let entity: string;
let owner: string;

async function insertCommitment(mesaId: string, dueOn: string) {
  const [row] = await t.database.db
    .insert(commitments)
    .values({
      mesaId,
      personId: owner,
      organizationId: entity,
      text: unique('Compromiso'),
      dueOn,
      visibility: 'members',
    })
    .returning({ id: commitments.id });
  return row!.id;
}

beforeAll(async () => {
  t = await createTestContext({ TIME_ZONE: DEPLOYMENT });
  day = todayIn(new Date(), DEPLOYMENT);
  lateNight = new Date(`${day}T23:30:00Z`);
  expect(todayIn(lateNight, DEPLOYMENT)).toBe(day);
  expect(todayIn(lateNight, TUNIS)).toBe(addDays(day, 1));
  tunisMesa = (await createMesa(t, { timeZone: TUNIS })).id;
  limaMesa = (await createMesa(t)).id;
  const [org] = await t.database.db
    .insert(organizations)
    .values({ name: unique('Entidad de dos zonas'), kind: 'public_entity' })
    .returning({ id: organizations.id });
  entity = org!.id;
  owner = (await createPerson(t, { email: `${unique('duena')}@example.org` })).id;
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(() => t?.close());

describe("a Mesa's time zone", () => {
  it('is set when the Mesa is created and shown with it', async () => {
    const coordinator = await t.as('coordinator');
    const res = await coordinator.get(`/api/mesas/${tunisMesa}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().timeZone).toBe(TUNIS);
    // Without one, the deployment's applies.
    expect((await coordinator.get(`/api/mesas/${limaMesa}`)).json().timeZone).toBeNull();
  });

  it('refuses an unknown zone with 400 naming the field, and writes nothing', async () => {
    const coordinator = await t.as('coordinator');
    const before = await snapshot(t, mesas);
    const created = await coordinator.post('/api/mesas', {
      name: unique('Mesa en ninguna parte'),
      kind: 'sector',
      sector: 'Pruebas',
      hostOrganizationId: entity,
      timeZone: 'Mars/Olympus_Mons',
    });
    expect(created.statusCode, created.body).toBe(400);
    expect(created.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'timeZone', key: 'fields.unknownTimeZone' }],
    });
    const { version } = (await coordinator.get(`/api/mesas/${limaMesa}`)).json();
    const updated = await coordinator.patch(`/api/mesas/${limaMesa}`, { version, timeZone: 'Lima' });
    expect(updated.statusCode, updated.body).toBe(400);
    expect(updated.json().error.fields).toMatchObject([{ path: 'timeZone', key: 'fields.unknownTimeZone' }]);
    expect(await snapshot(t, mesas)).toEqual(before);
    expect((await coordinator.get(`/api/mesas/${limaMesa}`)).json()).toMatchObject({
      version,
      timeZone: null,
    });
  });

  it("reads overdue in the Mesa's zone: due today in Lima, already late in Tunis", async () => {
    const inTunis = await insertCommitment(tunisMesa, day);
    const inLima = await insertCommitment(limaMesa, day);
    const coordinator = await t.as('coordinator');
    vi.useFakeTimers({ toFake: ['Date'], now: lateNight });

    const tunis = (await coordinator.get(`/api/mesas/${tunisMesa}/commitments`)).json();
    expect(tunis.commitments.find((c: { id: string }) => c.id === inTunis)).toMatchObject({
      overdue: true,
      dueState: 'overdue',
      daysUntilDue: -1,
    });
    expect(tunis.summary.overdue).toBe(1);
    const tunisLate = (await coordinator.get(`/api/mesas/${tunisMesa}/commitments?overdue=true`)).json();
    expect(tunisLate.commitments.map((c: { id: string }) => c.id)).toEqual([inTunis]);

    const lima = (await coordinator.get(`/api/commitments/${inLima}`)).json();
    expect(lima).toMatchObject({ overdue: false, dueState: 'due_today', daysUntilDue: 0 });
    const limaLate = (await coordinator.get(`/api/mesas/${limaMesa}/commitments?overdue=true`)).json();
    expect(limaLate.commitments).toEqual([]);

    // Across Mesas (an entity's list), each commitment is late or not in its own Mesa's zone.
    const ofEntity = (await coordinator.get(`/api/organizations/${entity}/commitments?overdue=true`)).json();
    expect(ofEntity.commitments.map((c: { id: string }) => c.id)).toEqual([inTunis]);

    // Back to the deployment's zone, the same commitment is due today, not late.
    vi.useRealTimers();
    const { version } = (await coordinator.get(`/api/mesas/${tunisMesa}`)).json();
    const cleared = await coordinator.patch(`/api/mesas/${tunisMesa}`, { version, timeZone: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'], now: lateNight });
    expect((await coordinator.get(`/api/commitments/${inTunis}`)).json()).toMatchObject({
      overdue: false,
      dueState: 'due_today',
    });
    vi.useRealTimers();
    const again = await coordinator.patch(`/api/mesas/${tunisMesa}`, {
      version: version + 1,
      timeZone: TUNIS,
    });
    expect(again.statusCode, again.body).toBe(200);
  });

  it("counts the Mesa's dashboard overdue in its zone", async () => {
    const mesaId = (await createMesa(t, { timeZone: TUNIS })).id;
    await insertCommitment(mesaId, day);
    const coordinator = await t.as('coordinator');
    vi.useFakeTimers({ toFake: ['Date'], now: lateNight });
    const res = await coordinator.get(`/api/mesas/${mesaId}/metrics`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().timeZone).toBe(TUNIS);
    expect(res.json().scorecard).toMatchObject([{ entity: { id: entity }, overdue: 1, pending: 0 }]);
  });

  it("sends reminders by the Mesa's day: an overdue notice in Tunis, a reminder in Lima", async () => {
    const inTunis = await insertCommitment(tunisMesa, day);
    const inLima = await insertCommitment(limaMesa, day);
    await queueCommitmentReminders(t.database.db, { now: lateNight, timeZone: DEPLOYMENT, reminderDays: 2 });
    const keys = async (id: string) =>
      (
        await t.database.db
          .select({ key: mailOutbox.dedupeKey })
          .from(mailOutbox)
          .where(like(mailOutbox.dedupeKey, `%:${id}:%`))
      ).map((r) => r.key);
    expect(await keys(inTunis)).toEqual([`overdue:${inTunis}:${day}`]);
    expect(await keys(inLima)).toEqual([`reminder:${inLima}:${day}`]);
  });

  it("plans a new meeting in the Mesa's zone unless told otherwise", async () => {
    const coordinator = await t.as('coordinator');
    const start = addDays(day, 10);
    const res = await coordinator.post(`/api/mesas/${tunisMesa}/meetings`, {
      kind: 'intersessional',
      title: 'Reunión técnica',
      startsAt: `${start}T09:00:00+01:00`,
      endsAt: `${start}T10:00:00+01:00`,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().timeZone).toBe(TUNIS);
    const [row] = await t.database.db.select().from(mesas).where(eq(mesas.id, tunisMesa));
    expect(row!.timeZone).toBe(TUNIS);

    // Its page shows the commitments agreed in it as late or not by the Mesa's day.
    const meetingId = res.json().id as string;
    const [agreed] = await t.database.db
      .insert(commitments)
      .values({ mesaId: tunisMesa, personId: owner, text: unique('Acordado'), dueOn: day, meetingId })
      .returning({ id: commitments.id });
    vi.useFakeTimers({ toFake: ['Date'], now: lateNight });
    const page = await coordinator.get(`/api/meetings/${meetingId}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().commitments.find((c: { id: string }) => c.id === agreed!.id)).toMatchObject({
      dueState: 'overdue',
    });
  });
});
