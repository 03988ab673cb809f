import { describe, expect, it } from 'vitest';
import {
  activePeriods,
  cadenceSeries,
  continuity,
  continuitySummary,
  escalationAgeBucket,
  escalationsByAge,
  expectedSessions,
  median,
  momentumSeries,
  momentumTotals,
  monthRange,
  monthsBefore,
  scorecard,
  sessionsAgainstCadence,
  tallyMomentum,
  tallyTimeliness,
  timeliness,
  timeToStatus,
} from '../../src/domain/metrics';
import { largestLaunchWave, sequentialAdvice, teamLoads } from '../../src/domain/portfolio';

const LIMA = 'America/Lima';
/** Noon in Lima on a day (17:00 UTC). */
const lima = (day: string, time = '12:00') => new Date(`${day}T${time}:00-05:00`);

describe('months', () => {
  it('steps over year ends both ways', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2026-03', '2026-02')).toEqual([]);
    expect(monthsBefore('2026-02', 3)).toBe('2025-11');
    expect(monthsBefore('2026-01', 12)).toBe('2025-01');
  });
});

describe('momentum', () => {
  it('counts the problems that entered enacted and verified in each month of the time zone', () => {
    const events = [
      // P1 enacted in January, verified in March.
      { problemId: 'p1', toStatus: 'enacted', occurredAt: lima('2026-01-10') },
      { problemId: 'p1', toStatus: 'verified', occurredAt: lima('2026-03-02') },
      // P2 enacted on 31 January at 21:00 in Lima: already February in UTC, still January in Lima.
      { problemId: 'p2', toStatus: 'enacted', occurredAt: lima('2026-01-31', '21:00') },
      // P3 enacted, reopened and enacted again within February: counts once.
      { problemId: 'p3', toStatus: 'enacted', occurredAt: lima('2026-02-03') },
      { problemId: 'p3', toStatus: 'in_progress', occurredAt: lima('2026-02-10') },
      { problemId: 'p3', toStatus: 'enacted', occurredAt: lima('2026-02-20') },
      // Other moves are not momentum.
      { problemId: 'p4', toStatus: 'prioritized', occurredAt: lima('2026-02-05') },
    ];
    const tallies = tallyMomentum(events, LIMA);
    const series = momentumSeries(tallies, '2025-12', '2026-04');
    expect(series).toEqual([
      { month: '2025-12', enacted: 0, verified: 0 },
      { month: '2026-01', enacted: 2, verified: 0 },
      { month: '2026-02', enacted: 1, verified: 0 },
      { month: '2026-03', enacted: 0, verified: 1 },
      { month: '2026-04', enacted: 0, verified: 0 },
    ]);
    expect(momentumTotals(series)).toEqual({ enacted: 3, verified: 1 });
    // Months outside the range are left out.
    expect(momentumTotals(momentumSeries(tallies, '2026-02', '2026-02'))).toEqual({
      enacted: 1,
      verified: 0,
    });
  });
});

describe('continuity of private-sector participation', () => {
  const designations = [
    { organizationId: 'adex', startedOn: null, endedOn: null },
    { organizationId: 'snp', startedOn: '2026-01-01', endedOn: null },
    // Left the Mesa at the end of January.
    { organizationId: 'ccl', startedOn: null, endedOn: '2026-01-31' },
    // Two representatives of one association count once.
    { organizationId: 'adex', startedOn: '2025-06-01', endedOn: null },
  ];
  it('divides the designated organizations present by those designated on the day of each session', () => {
    const points = continuity(
      [
        // December: ADEX and CCL designated (SNP not yet); ADEX present, and SNP, not counted.
        { meetingId: 's1', number: 1, heldOn: '2025-12-15', presentOrganizationIds: ['adex', 'snp'] },
        // January: all three designated; ADEX (twice) and CCL present, plus a public entity.
        {
          meetingId: 's2',
          number: 2,
          heldOn: '2026-01-12',
          presentOrganizationIds: ['adex', 'adex', 'ccl', 'produce'],
        },
        // February: ADEX and SNP designated (CCL left); nobody from them.
        { meetingId: 's3', number: 3, heldOn: '2026-02-09', presentOrganizationIds: ['produce'] },
      ],
      designations,
    );
    expect(points.map((p) => [p.designated, p.present, p.share])).toEqual([
      [2, 1, 0.5],
      [3, 2, 2 / 3],
      [2, 0, 0],
    ]);
    expect(continuitySummary(points, 2)).toEqual({ latest: 0, recentAverage: 1 / 3, sessions: 2 });
  });
  it('has no share where no private organization is designated', () => {
    const points = continuity(
      [{ meetingId: 's', number: 1, heldOn: '2026-01-01', presentOrganizationIds: [] }],
      [],
    );
    expect(points[0]!.share).toBeNull();
    expect(continuitySummary(points)).toEqual({ latest: null, recentAverage: null, sessions: 0 });
  });
});

describe('commitments completed on time, by entity', () => {
  // Today is 20 February 2026 in Lima.
  const now = lima('2026-02-20', '09:00');
  const c = (
    organization: string,
    status: 'open' | 'done' | 'cancelled',
    dueOn: string,
    completedAt?: Date,
  ) => ({
    organization,
    status,
    dueOn,
    completedAt: completedAt ?? null,
  });
  const commitments = [
    // SUNAT: done early, done on the due day at 23:00 in Lima (next day in UTC: still on time),
    // done a day late, open and overdue, open and due today (not yet overdue), cancelled.
    c('sunat', 'done', '2026-02-10', lima('2026-02-01')),
    c('sunat', 'done', '2026-02-10', lima('2026-02-10', '23:00')),
    c('sunat', 'done', '2026-02-10', lima('2026-02-11', '08:00')),
    c('sunat', 'open', '2026-02-19'),
    c('sunat', 'open', '2026-02-20'),
    c('sunat', 'cancelled', '2026-01-01'),
    // SERFOR: one on time.
    c('serfor', 'done', '2026-03-01', lima('2026-02-15')),
    // MINAM: only one not yet due.
    c('minam', 'open', '2026-04-01'),
  ];
  it('classifies each commitment against its due day in the time zone', () => {
    expect(commitments.map((x) => timeliness(x, now, LIMA))).toEqual([
      'on_time',
      'on_time',
      'late',
      'overdue',
      'pending',
      null,
      'on_time',
      'pending',
    ]);
    // Done without a known completion time does not count.
    expect(timeliness({ status: 'done', dueOn: '2026-01-01', completedAt: null }, now, LIMA)).toBeNull();
  });
  it('gives the on-time rate over the commitments due, least responsive first', () => {
    const rows = scorecard(tallyTimeliness(commitments, (x) => x.organization, now, LIMA));
    expect(rows).toEqual([
      { key: 'sunat', onTime: 2, late: 1, overdue: 1, pending: 1, due: 4, onTimeRate: 0.5 },
      { key: 'serfor', onTime: 1, late: 0, overdue: 0, pending: 0, due: 1, onTimeRate: 1 },
      { key: 'minam', onTime: 0, late: 0, overdue: 0, pending: 1, due: 0, onTimeRate: null },
    ]);
  });
  it('merges tallies of one entity from several Mesas', () => {
    const rows = scorecard([
      { key: 'sunat', onTime: 1, late: 1, overdue: 0, pending: 2 },
      { key: 'sunat', onTime: 2, late: 0, overdue: 0, pending: 0 },
    ]);
    expect(rows).toEqual([
      { key: 'sunat', onTime: 3, late: 1, overdue: 0, pending: 2, due: 4, onTimeRate: 0.75 },
    ]);
  });
});

describe('sessions held against cadence', () => {
  it('finds the active periods from the dated status changes', () => {
    const changes = [
      { on: '2025-01-06', to: 'active' as const },
      { on: '2025-03-03', to: 'paused' as const },
      { on: '2025-05-05', to: 'active' as const },
    ];
    expect(activePeriods({ status: 'active', launchedOn: '2025-01-06', changes }, '2025-06-02')).toEqual([
      { from: '2025-01-06', to: '2025-03-03' },
      { from: '2025-05-05', to: '2025-06-02' },
    ]);
    // No recorded activation: active since launch, when active.
    expect(activePeriods({ status: 'active', launchedOn: '2025-01-06', changes: [] }, '2025-02-03')).toEqual([
      { from: '2025-01-06', to: '2025-02-03' },
    ]);
    expect(activePeriods({ status: 'candidate', launchedOn: null, changes: [] }, '2025-02-03')).toEqual([]);
  });
  it('expects one session per whole interval of each active period', () => {
    // 56 days (8 weeks) and 28 days (4 weeks), biweekly: 4 + 2; weekly: 8 + 4.
    const periods = [
      { from: '2025-01-06', to: '2025-03-03' },
      { from: '2025-05-05', to: '2025-06-02' },
    ];
    expect(expectedSessions(periods, 14)).toBe(6);
    expect(expectedSessions(periods, 7)).toBe(12);
    // Up to 20 January: 14 days of the first period.
    expect(expectedSessions(periods, 14, '2025-01-20')).toBe(1);
  });
  it('compares the sessions held with those expected, and reports overdue only for an active Mesa', () => {
    const input = {
      cadence: 'biweekly' as const,
      customDays: null,
      status: 'active' as const,
      launchedOn: '2025-01-06',
      changes: [],
      held: 3,
      lastHeldAt: lima('2025-02-03', '10:00'),
      nextScheduledAt: null,
      now: lima('2025-03-03', '09:00'),
      timeZone: LIMA,
    };
    // 56 days since launch, biweekly: 4 expected; last held 3 February, next due 17 February, 14 days late.
    expect(sessionsAgainstCadence(input)).toEqual({
      intervalDays: 14,
      held: 3,
      expected: 4,
      ratio: 0.75,
      lastHeldOn: '2025-02-03',
      nextDueOn: '2025-02-17',
      overdue: true,
      daysOverdue: 14,
      nextScheduledOn: null,
    });
    const paused = sessionsAgainstCadence({
      ...input,
      status: 'paused',
      changes: [
        { on: '2025-01-06', to: 'active' },
        { on: '2025-02-10', to: 'paused' },
      ],
    });
    // Active 35 days: 2 expected; a paused Mesa is not overdue.
    expect([paused.expected, paused.overdue, paused.nextDueOn]).toEqual([2, false, null]);
  });
  it('gives the cumulative series month by month', () => {
    const series = cadenceSeries({
      periods: [{ from: '2025-01-06', to: '2025-03-10' }],
      intervalDays: 14,
      heldOn: ['2024-12-20', '2025-01-20', '2025-02-03', '2025-02-17'],
      from: '2025-01',
      today: '2025-03-10',
    });
    // To 31 Jan: 25 days → 1 expected; to 28 Feb: 53 → 3; to 10 Mar (today): 63 → 4.
    expect(series).toEqual([
      { month: '2025-01', held: 1, heldToDate: 2, expectedToDate: 1 },
      { month: '2025-02', held: 2, heldToDate: 4, expectedToDate: 3 },
      { month: '2025-03', held: 0, heldToDate: 4, expectedToDate: 4 },
    ]);
  });
});

describe('time from identified to enacted and verified', () => {
  it('takes the median of calendar days in the time zone', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    const result = timeToStatus(
      [
        // 10 days to enacted, 40 to verified.
        { identifiedAt: lima('2026-01-01'), enactedAt: lima('2026-01-11'), verifiedAt: lima('2026-02-10') },
        // Identified late on 1 January in Lima (2 January in UTC), enacted on 31 January: 30 days.
        { identifiedAt: lima('2026-01-01', '22:00'), enactedAt: lima('2026-01-31'), verifiedAt: null },
        // 21 days.
        { identifiedAt: lima('2026-02-01'), enactedAt: lima('2026-02-22'), verifiedAt: null },
        // Never enacted.
        { identifiedAt: lima('2026-02-01'), enactedAt: null, verifiedAt: null },
      ],
      LIMA,
    );
    expect(result).toEqual({
      enacted: { medianDays: 21, problems: 3 },
      verified: { medianDays: 40, problems: 1 },
    });
  });
});

describe('open escalations by age', () => {
  it('puts each open escalation in its age bucket by calendar days', () => {
    expect([0, 6, 7, 29, 30, 89, 90, 400].map(escalationAgeBucket)).toEqual([
      'under_7',
      'under_7',
      'days_7_30',
      'days_7_30',
      'days_30_90',
      'days_30_90',
      'over_90',
      'over_90',
    ]);
    const now = lima('2026-04-01', '08:00');
    const result = escalationsByAge(
      [
        { escalatedAt: lima('2026-03-31', '23:30') }, // 1 day
        { escalatedAt: lima('2026-03-25') }, // 7 days
        { escalatedAt: lima('2026-02-01') }, // 59 days
        { escalatedAt: lima('2025-12-01') }, // 121 days
        { escalatedAt: lima('2025-12-31') }, // 91 days
      ],
      now,
      LIMA,
    );
    expect(result).toEqual({
      buckets: [
        { bucket: 'under_7', count: 1 },
        { bucket: 'days_7_30', count: 1 },
        { bucket: 'days_30_90', count: 1 },
        { bucket: 'over_90', count: 2 },
      ],
      open: 5,
      oldestDays: 121,
    });
  });
});

describe('portfolio: team load and sequential prioritization', () => {
  const statusOf = new Map([
    ['m1', 'active' as const],
    ['m2', 'active' as const],
    ['m3', 'active' as const],
    ['m4', 'paused' as const],
  ]);
  it('counts the active Mesas each team member carries', () => {
    const loads = teamLoads(
      [
        { personId: 'ana', fullName: 'Ana', mesaId: 'm1' },
        { personId: 'ana', fullName: 'Ana', mesaId: 'm2' },
        { personId: 'ana', fullName: 'Ana', mesaId: 'm3' },
        // Moderator and team member of one Mesa: one Mesa.
        { personId: 'ana', fullName: 'Ana', mesaId: 'm3' },
        { personId: 'beto', fullName: 'Beto', mesaId: 'm1' },
        // A paused Mesa is not active load.
        { personId: 'beto', fullName: 'Beto', mesaId: 'm4' },
      ],
      statusOf,
    );
    expect(loads.map((l) => [l.personId, l.activeMesas, l.mesaIds.length])).toEqual([
      ['ana', 3, 3],
      ['beto', 1, 2],
    ]);
  });
  it('finds the largest wave of launches within 90 days', () => {
    expect(largestLaunchWave([])).toBe(0);
    expect(largestLaunchWave(['2025-01-01', '2025-03-01', '2025-03-31', '2025-06-01'])).toBe(3);
    // 1 January to 31 March is 89 days: four within the window.
    expect(largestLaunchWave(['2025-01-01', '2025-02-01', '2025-03-01', '2025-03-31'])).toBe(4);
    expect(largestLaunchWave(['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01'])).toBe(3);
  });
  it('advises starting with two or three when nothing is launched', () => {
    const advice = sequentialAdvice(
      [
        { id: 'a', name: 'A', status: 'candidate', launchedOn: null, teamSize: 0, sessionsOverdue: false },
        { id: 'b', name: 'B', status: 'assessing', launchedOn: null, teamSize: 0, sessionsOverdue: false },
      ],
      [],
    );
    expect(advice).toEqual([{ kind: 'start_few', level: 'info', min: 2, max: 3, candidates: 2 }]);
  });
  it('warns of many launches at once, an overloaded member, a Mesa without team, lapsing sessions', () => {
    const mesa = (
      id: string,
      launchedOn: string,
      extra: Partial<{ teamSize: number; sessionsOverdue: boolean }> = {},
    ) => ({
      id,
      name: id.toUpperCase(),
      status: 'active' as const,
      launchedOn,
      teamSize: 1,
      sessionsOverdue: false,
      ...extra,
    });
    const loads = [
      { personId: 'ana', fullName: 'Ana', activeMesas: 3, mesaIds: ['m1', 'm2', 'm3'] },
      { personId: 'beto', fullName: 'Beto', activeMesas: 2, mesaIds: ['m1', 'm4'] },
    ];
    const advice = sequentialAdvice(
      [
        mesa('m1', '2025-01-10'),
        mesa('m2', '2025-01-20', { sessionsOverdue: true }),
        mesa('m3', '2025-02-01', { teamSize: 0 }),
        mesa('m4', '2025-03-01', { sessionsOverdue: true }),
        { id: 'c', name: 'C', status: 'candidate', launchedOn: null, teamSize: 0, sessionsOverdue: false },
      ],
      loads,
    );
    expect(advice).toEqual([
      { kind: 'many_launched_at_once', level: 'warning', launched: 4, windowDays: 90, max: 3 },
      {
        kind: 'member_overloaded',
        level: 'warning',
        personId: 'ana',
        fullName: 'Ana',
        activeMesas: 3,
        max: 2,
      },
      { kind: 'mesa_without_team', level: 'warning', mesaId: 'm3', mesaName: 'M3' },
      { kind: 'sessions_lapsing', level: 'warning', mesas: 2 },
    ]);
  });
  it('says the next candidate may be launched when the running Mesas are well', () => {
    const advice = sequentialAdvice(
      [
        {
          id: 'm1',
          name: 'M1',
          status: 'active',
          launchedOn: '2024-01-10',
          teamSize: 2,
          sessionsOverdue: false,
        },
        {
          id: 'm2',
          name: 'M2',
          status: 'active',
          launchedOn: '2024-09-10',
          teamSize: 2,
          sessionsOverdue: false,
        },
        { id: 'c', name: 'C', status: 'assessing', launchedOn: null, teamSize: 0, sessionsOverdue: false },
      ],
      [{ personId: 'ana', fullName: 'Ana', activeMesas: 2, mesaIds: ['m1', 'm2'] }],
    );
    expect(advice).toEqual([{ kind: 'room_for_next', level: 'info', candidates: 1 }]);
  });
});
