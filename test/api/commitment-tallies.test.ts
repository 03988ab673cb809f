import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { actorForPerson } from '../../src/db/queries/actors';
import { syncTallyTimeZone } from '../../src/db/queries/commitment-tallies';
import { commitments, commitmentTallies, mesas, organizations } from '../../src/db/schema';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { completedOnTime, recordDueOn } from '../../src/domain/commitments';
import { type ScorecardRow, scorecard, type TimelinessTally } from '../../src/domain/metrics';
import { type VisibilityScope, visibilityScope } from '../../src/domain/portfolio';
import type { Visibility } from '../../src/domain/roles';
import { createTestContext, type TestContext } from '../support/app';
import { createMesa, demoPersonId, unique } from '../support/fixtures';
import { mulberry32 } from '../support/random';

/**
 * The commitment tallies that the portfolio reads (migration 0012): after any mix of writes they are
 * what grouping the commitments afresh gives, judged in each Mesa's zone, and the portfolio built on
 * them shows what counting every commitment shows.
 */

const DEPLOYMENT = 'America/Lima';
const ZONES = [null, 'America/Lima', 'Africa/Tunis', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const VISIBILITIES: Visibility[] = ['public', 'members', 'team'];
const STATUSES = ['open', 'done', 'cancelled'] as const;
// 23:30 UTC: still the 10th in Lima, already the 11th in Tunis and Tokyo.
const NOW = new Date('2026-03-10T23:30:00Z');
const BASE_DAY = '2026-03-10';

let t: TestContext;
/** The deployment's zone the tallies were last told (syncTallyTimeZone). */
let deploymentZone = 'UTC';

beforeAll(async () => {
  t = await createTestContext({ TIME_ZONE: DEPLOYMENT });
});

/** The deployment's zone as the database stores it for the tallies. */
async function storedZone(): Promise<string | undefined> {
  const res = (await t.database.db.execute(sql`select time_zone from tally_settings`)) as unknown as {
    rows: { time_zone: string }[];
  };
  return res.rows[0]?.time_zone;
}
afterEach(() => {
  vi.useRealTimers();
});
afterAll(() => t?.close());

type CommitmentRow = typeof commitments.$inferSelect & { mesaZone: string | null };

async function allCommitments(): Promise<CommitmentRow[]> {
  const rows = await t.database.db
    .select({ c: commitments, mesaZone: mesas.timeZone })
    .from(commitments)
    .innerJoin(mesas, eq(mesas.id, commitments.mesaId));
  return rows.map((r) => ({ ...r.c, mesaZone: r.mesaZone }));
}

const keyOf = (r: {
  mesaId: string;
  organizationId: string | null;
  visibility: string;
  outcome: string;
  dueOn: string | null;
}) => [r.mesaId, r.organizationId ?? '-', r.visibility, r.outcome, r.dueOn ?? '-'].join(' ');

/** The tallies as the triggers keep them, by key; no row holds a count below one. */
async function storedTallies(): Promise<Record<string, number>> {
  const rows = await t.database.db.select().from(commitmentTallies);
  for (const r of rows) expect(r.count, keyOf(r)).toBeGreaterThan(0);
  return Object.fromEntries(rows.map((r) => [keyOf(r), r.count]));
}

/** The same tallies counted afresh from the commitments, with the domain's definitions. */
async function expectedTallies(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const c of await allCommitments()) {
    if (c.status === 'cancelled') continue;
    const zone = c.mesaZone ?? deploymentZone;
    const onTime = completedOnTime(c, zone);
    const outcome =
      c.status === 'open' ? 'open' : onTime === null ? 'done_undated' : onTime ? 'on_time' : 'late';
    const dueOn = c.status === 'open' ? (c.originalDueOn ?? c.dueOn) : null;
    const group = { mesaId: c.mesaId, organizationId: c.organizationId, visibility: c.visibility };
    const keys = [keyOf({ ...group, outcome, dueOn })];
    // Open ones are also counted whatever their day (overdue = these minus the pending ones).
    if (c.status === 'open') keys.push(keyOf({ ...group, outcome: 'open_total', dueOn: null }));
    for (const key of keys) out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

const visibleTo = (scope: VisibilityScope, visibility: Visibility, mesaId: string) =>
  visibility === 'public' ||
  (visibility === 'members' && (scope.members === 'all' || scope.members.includes(mesaId))) ||
  (visibility === 'team' && (scope.team === 'all' || scope.team.includes(mesaId)));

type Figures = Omit<ScorecardRow, 'key'>;
const NONE: Figures = { onTime: 0, late: 0, overdue: 0, pending: 0, due: 0, onTimeRate: null };

/**
 * The portfolio's commitment figures counted the old way, every commitment at `now`: each Mesa's (in
 * its zone) and each entity's across the Mesas listed, within what `role` may see.
 */
async function countedTheOldWay(role: 'coordinator' | 'high_level', mesaIds: ReadonlySet<string>) {
  const authenticated = await actorForPerson(t.database.db, await demoPersonId(t, role));
  const scope = visibilityScope(authenticated!.actor);
  const byMesa = new Map<string, TimelinessTally[]>();
  const all: TimelinessTally[] = [];
  for (const c of await allCommitments()) {
    if (c.status === 'cancelled' || !mesaIds.has(c.mesaId) || !visibleTo(scope, c.visibility, c.mesaId))
      continue;
    const zone = c.mesaZone ?? DEPLOYMENT;
    const onTime = completedOnTime(c, zone);
    // As the scorecards always counted: by the due day first agreed (a moved deadline stays late).
    const overdue = c.status === 'open' && recordDueOn(c) < todayIn(NOW, zone);
    const tally: TimelinessTally = {
      key: c.organizationId,
      onTime: onTime === true ? 1 : 0,
      late: onTime === false ? 1 : 0,
      overdue: overdue ? 1 : 0,
      pending: c.status === 'open' && !overdue ? 1 : 0,
    };
    byMesa.set(c.mesaId, [...(byMesa.get(c.mesaId) ?? []), tally]);
    all.push(tally);
  }
  const figures = (tallies: TimelinessTally[]) => {
    const [row] = scorecard(tallies.map((tally) => ({ ...tally, key: null })));
    if (!row) return NONE;
    const { key: _key, ...rest } = row;
    return rest;
  };
  return {
    mesas: Object.fromEntries([...mesaIds].map((id) => [id, figures(byMesa.get(id) ?? [])])),
    entities: Object.fromEntries(scorecard(all).map(({ key, ...rest }) => [key ?? '-', rest])),
  };
}

/** The portfolio as `role` gets it at NOW, by Mesa and by entity. */
async function portfolioAt(role: 'coordinator' | 'high_level') {
  const c = await t.as(role);
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  const res = await c.get('/api/portfolio');
  vi.useRealTimers();
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json() as {
    mesas: { id: string; commitments: Figures }[];
    scorecard: (Figures & { entity: { id: string } | null })[];
  };
  return {
    mesas: Object.fromEntries(body.mesas.map((m) => [m.id, m.commitments])),
    entities: Object.fromEntries(body.scorecard.map(({ entity, ...rest }) => [entity?.id ?? '-', rest])),
  };
}

async function expectPortfolioAsCounted(role: 'coordinator' | 'high_level') {
  const portfolio = await portfolioAt(role);
  const counted = await countedTheOldWay(role, new Set(Object.keys(portfolio.mesas)));
  expect(portfolio).toEqual(counted);
}

describe('the commitment tallies', () => {
  it('make the same portfolio as counting every commitment, on the demo data', async () => {
    // The template was migrated without the deployment's zone: the portfolio notices and rebuilds.
    expect(await storedZone()).toBe('UTC');
    await expectPortfolioAsCounted('coordinator');
    expect(await storedZone()).toBe(DEPLOYMENT);
    await expectPortfolioAsCounted('high_level');
    deploymentZone = DEPLOYMENT;
    expect(await storedTallies()).toEqual(await expectedTallies());
  });

  it('stay equal to a fresh count through random writes, zone changes and deletions', async () => {
    const random = mulberry32(20_261_204);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
    const db = t.database.db;

    const mesaIds: string[] = [];
    for (const timeZone of ['Africa/Tunis', null, 'Asia/Tokyo']) {
      mesaIds.push((await createMesa(t, timeZone ? { timeZone } : {})).id);
    }
    const orgs = await db
      .insert(organizations)
      .values([1, 2, 3].map((i) => ({ name: unique(`Entidad ${i}`), kind: 'public_entity' as const })))
      .returning({ id: organizations.id });
    const entities = [null, ...orgs.map((o) => o.id)];

    const day = () => addDays(BASE_DAY, int(-6, 6));
    // Completion times around the due day, across the turn of the day in every zone.
    const completion = (dueOn: string) =>
      new Date(Date.parse(`${dueOn}T00:00:00Z`) + int(-20, 60) * 3_600_000 + int(0, 59) * 60_000);
    const fields = (status: (typeof STATUSES)[number], dueOn: string) => ({
      status,
      completedAt: status === 'done' && random() < 0.85 ? completion(dueOn) : null,
    });
    const newCommitment = () => {
      const dueOn = day();
      const status = pick(STATUSES);
      return {
        mesaId: pick(mesaIds),
        organizationId: pick(entities),
        text: unique('Compromiso'),
        dueOn,
        originalDueOn: random() < 0.2 ? day() : null,
        visibility: pick(VISIBILITIES),
        ...fields(status, dueOn),
      };
    };
    const ids = async () =>
      (
        await db
          .select({ id: commitments.id })
          .from(commitments)
          .where(inArray(commitments.mesaId, mesaIds))
          .orderBy(commitments.id)
      ).map((r) => r.id);
    const one = async () => {
      const all = await ids();
      return all.length ? pick(all) : null;
    };

    const insertSome = () => db.insert(commitments).values(Array.from({ length: int(1, 4) }, newCommitment));
    const operations: (() => Promise<unknown>)[] = [
      // Inserts of one to four commitments in one statement (the likeliest operation).
      insertSome,
      insertSome,
      insertSome,
      () => db.insert(commitments).values(newCommitment()),
      // Status changes: completed (with or without a time), reopened, cancelled.
      async () => {
        const id = await one();
        if (!id) return;
        const [c] = await db.select().from(commitments).where(eq(commitments.id, id));
        await db
          .update(commitments)
          .set(fields(pick(STATUSES), c!.originalDueOn ?? c!.dueOn))
          .where(eq(commitments.id, id));
      },
      // The deadline moved: the first agreed day is kept.
      async () => {
        const id = await one();
        if (!id) return;
        await db
          .update(commitments)
          .set({
            originalDueOn: sql`coalesce(${commitments.originalDueOn}, ${commitments.dueOn})`,
            dueOn: day(),
          })
          .where(eq(commitments.id, id));
      },
      async () => {
        const id = await one();
        if (id)
          await db
            .update(commitments)
            .set({ visibility: pick(VISIBILITIES) })
            .where(eq(commitments.id, id));
      },
      async () => {
        const id = await one();
        if (id)
          await db
            .update(commitments)
            .set({ organizationId: pick(entities) })
            .where(eq(commitments.id, id));
      },
      async () => {
        const id = await one();
        if (id)
          await db
            .update(commitments)
            .set({ mesaId: pick(mesaIds) })
            .where(eq(commitments.id, id));
      },
      // A new completion time for whatever is done.
      async () => {
        const id = await one();
        if (id)
          await db
            .update(commitments)
            .set({ completedAt: completion(day()) })
            .where(sql`${commitments.id} = ${id} and ${commitments.status} = 'done'`);
      },
      // Statements over many rows: a Mesa's commitments all made visible alike, or all postponed a day.
      () =>
        db
          .update(commitments)
          .set({ visibility: pick(VISIBILITIES) })
          .where(eq(commitments.mesaId, pick(mesaIds))),
      () =>
        db
          .update(commitments)
          .set({ dueOn: sql`${commitments.dueOn} + 1` })
          .where(eq(commitments.mesaId, pick(mesaIds))),
      async () => {
        const id = await one();
        if (id) await db.delete(commitments).where(eq(commitments.id, id));
      },
      () =>
        db
          .delete(commitments)
          .where(
            sql`${commitments.mesaId} = ${pick(mesaIds)} and ${commitments.organizationId} is not distinct from ${pick(entities)}`,
          ),
      // Several statements in one transaction: added, then completed and moved.
      () =>
        db.transaction(async (tx) => {
          const [row] = await tx
            .insert(commitments)
            .values(newCommitment())
            .returning({ id: commitments.id });
          await tx
            .update(commitments)
            .set({ status: 'done', completedAt: completion(BASE_DAY) })
            .where(eq(commitments.id, row!.id));
          await tx
            .update(commitments)
            .set({ organizationId: pick(entities) })
            .where(eq(commitments.id, row!.id));
        }),
      // A Mesa's zone changes: its tallies are judged again.
      () =>
        db
          .update(mesas)
          .set({ timeZone: pick(ZONES) })
          .where(eq(mesas.id, pick(mesaIds))),
      // The deployment's zone changes (a restart with another TIME_ZONE).
      async () => {
        const zone = pick(ZONES.filter((z) => z !== null));
        await syncTallyTimeZone(db, zone);
        deploymentZone = zone;
      },
    ];

    let checked = 0;
    for (let batch = 0; batch < 40; batch++) {
      const done: number[] = [];
      for (let i = 0; i < 8; i++) {
        const n = int(0, operations.length - 1);
        done.push(n);
        await operations[n]!();
      }
      expect(await storedTallies(), `batch ${batch}: operations ${done.join(', ')}`).toEqual(
        await expectedTallies(),
      );
      checked++;
    }
    expect(checked).toBe(40);
    const counted = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(commitments)
      .where(inArray(commitments.mesaId, mesaIds));
    expect(counted[0]!.n).toBeGreaterThan(20);

    // The portfolio built on them counts as before, each Mesa in its zone, within each caller's scope.
    await syncTallyTimeZone(db, DEPLOYMENT);
    deploymentZone = DEPLOYMENT;
    await expectPortfolioAsCounted('coordinator');
    await expectPortfolioAsCounted('high_level');
    expect(await storedTallies()).toEqual(await expectedTallies());
  });

  it('go with a deleted Mesa', async () => {
    const mesaId = (await createMesa(t, { timeZone: 'Africa/Tunis' })).id;
    await t.database.db.insert(commitments).values(
      ['open', 'done', 'done'].map((status) => ({
        mesaId,
        text: unique('Compromiso'),
        dueOn: BASE_DAY,
        status: status as 'open' | 'done',
        completedAt: status === 'done' ? NOW : null,
      })),
    );
    const tallies = () =>
      t.database.db.select().from(commitmentTallies).where(eq(commitmentTallies.mesaId, mesaId));
    expect((await tallies()).map((r) => [r.outcome, r.count]).sort()).toEqual([
      ['late', 2],
      ['open', 1],
      ['open_total', 1],
    ]);
    await t.database.db.delete(mesas).where(eq(mesas.id, mesaId));
    expect(await tallies()).toEqual([]);
    expect(await storedTallies()).toEqual(await expectedTallies());
  });
});

describe("the portfolio in each Mesa's time zone", () => {
  it('counts a commitment due today overdue in Tunis and pending in Lima at 23:30 UTC', async () => {
    const coordinator = await t.as('coordinator');
    const tunis = (await createMesa(t, { timeZone: 'Africa/Tunis' })).id;
    const lima = (await createMesa(t, { timeZone: 'America/Lima' })).id;
    expect(todayIn(NOW, 'America/Lima')).toBe(BASE_DAY);
    expect(todayIn(NOW, 'Africa/Tunis')).toBe(addDays(BASE_DAY, 1));
    // Due today (Lima's day) in both; and one completed at 23:00 UTC on its due day: still that day in
    // Lima (on time), already the next in Tunis (late).
    for (const mesaId of [tunis, lima]) {
      await t.database.db.insert(commitments).values([
        { mesaId, text: unique('Vence hoy'), dueOn: BASE_DAY },
        {
          mesaId,
          text: unique('Cumplido de noche'),
          dueOn: BASE_DAY,
          status: 'done',
          completedAt: new Date(`${BASE_DAY}T23:00:00Z`),
        },
      ]);
    }
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const res = await coordinator.get('/api/portfolio');
    vi.useRealTimers();
    expect(res.statusCode, res.body).toBe(200);
    const figures = (id: string) =>
      (res.json().mesas as { id: string; commitments: Figures }[]).find((m) => m.id === id)?.commitments;
    expect(figures(tunis)).toMatchObject({ overdue: 1, pending: 0, onTime: 0, late: 1 });
    expect(figures(lima)).toMatchObject({ overdue: 0, pending: 1, onTime: 1, late: 0 });

    // The Tunis Mesa moved to the deployment's zone (Lima): the same commitments count as in Lima.
    const { version } = (await coordinator.get(`/api/mesas/${tunis}`)).json();
    const zoneChanged = await coordinator.patch(`/api/mesas/${tunis}`, { version, timeZone: null });
    expect(zoneChanged.statusCode, zoneChanged.body).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const again = await coordinator.get('/api/portfolio');
    vi.useRealTimers();
    const moved = (again.json().mesas as { id: string; commitments: Figures }[]).find((m) => m.id === tunis);
    expect(moved?.commitments).toMatchObject({ overdue: 0, pending: 1, onTime: 1, late: 0 });
  });
});
