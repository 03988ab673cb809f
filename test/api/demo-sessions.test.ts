import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed';
import { createTestContext, type TestContext } from '../support/app';

interface MeetingSummary {
  id: string;
  kind: string;
  number: number | null;
  title: string;
  startsAt: string;
  state: string;
  publicSectorOnly: boolean;
  invitedCount: number;
  presentCount: number;
}
interface MeetingDetail extends MeetingSummary {
  participants: { person: { fullName: string }; attendance: string | null; invited: boolean }[];
  problems: { title: string }[];
  decisions: { text: string }[];
  commitments: { text: string }[];
  minutes: { number: number }[];
}
interface Commitment {
  text: string;
  status: string;
  overdue: boolean;
  completedOnTime: boolean | null;
  reportCount: number;
  person: { fullName: string } | null;
  meeting: { id: string } | null;
}

let t: TestContext;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestContext();
  const res = await (await t.as('coordinator')).get('/api/mesas');
  for (const m of res.json().mesas as { id: string; slug: string }[]) ids[m.slug] = m.id;
});
afterAll(() => t?.close());

async function meetings(slug: string): Promise<MeetingSummary[]> {
  const res = await (await t.as('coordinator')).get(`/api/mesas/${ids[slug]}/meetings`);
  expect(res.statusCode).toBe(200);
  return res.json().meetings;
}

describe('the demo sessions of the Forestry Mesa', () => {
  it('has closed sessions in 2017 with attendance and minutes', async () => {
    const all = await meetings('forestal');
    const closed = all.filter((m) => m.kind === 'session' && m.state === 'closed');
    expect(closed.length).toBeGreaterThanOrEqual(3);
    for (const m of closed) expect(m.startsAt.slice(0, 4)).toBe('2017');
    const c = await t.as('coordinator');
    const first = closed.find((m) => m.number === 1)!;
    const detail: MeetingDetail = (await c.get(`/api/meetings/${first.id}`)).json();
    expect(detail.minutes.map((v) => v.number)).toEqual([1]);
    expect(detail.decisions.length).toBeGreaterThan(0);
    expect(detail.commitments.length).toBeGreaterThan(0);
    const statuses = detail.participants.map((p) => p.attendance);
    expect(statuses.every((s) => s !== null)).toBe(true);
    expect(statuses.filter((s) => s === 'present').length).toBeGreaterThan(statuses.length / 2);
    expect(statuses).toContain('excused');
    expect(statuses).toContain('absent');

    const minutes = (await c.get(`/api/meetings/${first.id}/minutes`)).json();
    expect(JSON.stringify(minutes)).toContain('Acuerdos');
  });

  it('has a public-sector-only inter-sessional meeting of OSINFOR and SERFOR about a problem', async () => {
    const inter = (await meetings('forestal')).find((m) => m.kind === 'intersessional');
    expect(inter).toMatchObject({ state: 'closed', publicSectorOnly: true, number: null });
    const detail: MeetingDetail = (
      await (await t.as('coordinator')).get(`/api/meetings/${inter!.id}`)
    ).json();
    expect(detail.problems.map((p) => p.title)).toContain(
      'OSINFOR y SERFOR no coordinan ni publican su información',
    );
  });

  it('has one upcoming session, announced after today', async () => {
    const upcoming = (await meetings('forestal')).filter((m) => new Date(m.startsAt) > new Date());
    expect(upcoming).toHaveLength(1);
    expect(upcoming[0]).toMatchObject({ kind: 'session', state: 'scheduled' });
    expect(new Date(upcoming[0]!.startsAt).getTime() - Date.now()).toBeLessThan(30 * 86_400_000);
  });

  it('has commitments done on time, one done late and one open and overdue, with progress reports', async () => {
    const res = await (await t.as('coordinator')).get(`/api/mesas/${ids.forestal}/commitments`);
    expect(res.statusCode).toBe(200);
    const list: Commitment[] = res.json().commitments;
    const overdue = list.filter((c) => c.overdue);
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({ status: 'open', person: { fullName: 'Luis Ahuanari Pacaya' } });
    expect(overdue[0]!.reportCount).toBeGreaterThan(0);
    expect(list.filter((c) => c.completedOnTime === false)).toHaveLength(1);
    expect(list.filter((c) => c.completedOnTime === true).length).toBeGreaterThanOrEqual(2);
    expect(list.every((c) => c.meeting !== null)).toBe(true);
    expect(res.json().summary).toMatchObject({ overdue: 1 });
  });
});

describe('the demo sessions of the paused Mesas', () => {
  it.each(['acuicola', 'logistica'])(
    '%s has closed sessions before July 2016 and none upcoming',
    async (slug) => {
      const all = await meetings(slug);
      expect(all.length).toBeGreaterThanOrEqual(2);
      for (const m of all) {
        expect(m).toMatchObject({ kind: 'session', state: 'closed' });
        expect(m.startsAt < '2016-07-28').toBe(true);
        expect(m.presentCount).toBeGreaterThan(0);
      }
      const res = await (await t.as('coordinator')).get(`/api/mesas/${ids[slug]}/commitments`);
      expect(res.json().summary).toMatchObject({ overdue: 0, open: 0 });
    },
  );
});

describe('loading the demo again', () => {
  it('adds no meetings', async () => {
    const before = (await meetings('forestal')).length;
    expect(await seedDemo(t.database.db, { timeZone: 'America/Lima' })).toEqual({ loaded: false });
    expect(await meetings('forestal')).toHaveLength(before);
  });
});
