import { z } from 'zod';
import { cadences, mesaKinds, mesaStatuses } from '../../domain/mesa-lifecycle';
import { escalationAgeBuckets } from '../../domain/metrics';
import { visibilities } from '../../domain/roles';
import { supportedLocales } from '../../i18n/languages';
import { isoDate, orgRef, timestamp } from './common';

const month = z
  .string()
  .regex(/^\d{4}-\d{2}$/)
  .describe('A calendar month, YYYY-MM');
const share = z.number().min(0).max(1).nullable();
const count = z.number().int().min(0);

export const momentumPoint = z.object({
  month,
  enacted: count.describe('Problems that entered `enacted` in the month'),
  verified: count.describe('Problems that entered `verified` in the month'),
});
const totals = z.object({ enacted: count, verified: count });

export const continuityPoint = z.object({
  meetingId: z.uuid(),
  number: z.number().int().nullable(),
  heldOn: isoDate,
  designated: count.describe('Private organizations designating a representative that day'),
  present: count.describe('How many of them had someone present'),
  share: share.describe('present / designated; null when none was designated'),
});

const entity = orgRef.extend({
  kind: z.enum(['public_entity', 'business_association', 'company', 'academia', 'other']),
});

const timelinessFigures = {
  onTime: count.describe('Done on or before the due day'),
  late: count.describe('Done after the due day'),
  overdue: count.describe('Open, the due day has passed'),
  pending: count.describe('Open, not yet due'),
  due: count.describe('On time + late + overdue'),
  onTimeRate: share.describe('onTime / due; null when nothing is due yet'),
};

export const scorecardRow = z.object({
  entity: entity.nullable().describe('The responsible entity; null for commitments without one'),
  ...timelinessFigures,
});

export const cadenceStanding = z.object({
  intervalDays: z.number().int(),
  held: count.describe('Sessions held (closed)'),
  expected: count.describe('Sessions the cadence asked for while the Mesa was active'),
  ratio: z.number().min(0).nullable().describe('held / expected'),
  lastHeldOn: isoDate.nullable(),
  nextDueOn: isoDate.nullable(),
  overdue: z.boolean(),
  daysOverdue: z.number().int(),
  nextScheduledOn: isoDate.nullable(),
});

export const cadencePoint = z.object({
  month,
  held: count,
  heldToDate: count,
  expectedToDate: count,
});

const timeToStatusFigure = z.object({
  medianDays: z.number().nullable().describe('Median calendar days; null when no problem got there'),
  problems: count,
});

export const escalationAges = z.object({
  buckets: z.array(z.object({ bucket: z.enum(escalationAgeBuckets), count })),
  open: count.describe('Escalations waiting for a decision or for the team'),
  oldestDays: z.number().int().nullable(),
});

export const circlingProblem = z.object({
  problemId: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  sessions: count.describe('Sessions that discussed it since the last sign of progress'),
  since: timestamp.nullable(),
});

export const mesaMetricsResponse = z.object({
  mesa: z.object({ id: z.uuid(), slug: z.string(), name: z.string(), cadence: z.enum(cadences) }),
  timeZone: z.string(),
  momentum: z.object({ months: z.array(momentumPoint), totals }),
  continuity: z.object({
    sessions: z.array(continuityPoint),
    latest: share,
    recentAverage: share.describe('Mean share over the latest five sessions'),
  }),
  scorecard: z.array(scorecardRow),
  cadence: z.object({ standing: cadenceStanding, months: z.array(cadencePoint) }),
  timeToStatus: z.object({ enacted: timeToStatusFigure, verified: timeToStatusFigure }),
  escalations: escalationAges,
  circling: z.array(circlingProblem),
});

export const adviceKinds = [
  'start_few',
  'many_launched_at_once',
  'member_overloaded',
  'mesa_without_team',
  'sessions_lapsing',
  'room_for_next',
] as const;

export const portfolioAdvice = z.object({
  kind: z.enum(adviceKinds),
  level: z.enum(['info', 'warning']),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

const teamMember = z.object({ personId: z.uuid(), fullName: z.string(), activeMesas: count });

export const portfolioMesa = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(mesaKinds),
  sector: z.string(),
  status: z.enum(mesaStatuses),
  visibility: z.enum(visibilities),
  locale: z.enum(supportedLocales),
  host: orgRef,
  launchedOn: isoDate.nullable(),
  cadence: cadenceStanding.extend({ cadence: z.enum(cadences) }),
  team: z.array(teamMember),
  teamLoad: count.describe('The most active Mesas any member of its team carries'),
  momentum: totals,
  continuity: continuityPoint.nullable().describe('At its last closed session'),
  commitments: z.object(timelinessFigures),
  escalations: z.object({ open: count, oldestDays: z.number().int().nullable() }),
});

export const portfolioResponse = z.object({
  timeZone: z.string(),
  mesas: z.array(portfolioMesa),
  teamLoads: z.array(teamMember.extend({ mesaIds: z.array(z.uuid()) })),
  momentum: z.array(momentumPoint),
  escalations: escalationAges,
  scorecard: z.array(scorecardRow),
  advice: z.array(portfolioAdvice),
  limits: z.object({
    maxActiveMesasPerMember: z.number().int(),
    firstWave: z.object({ min: z.number().int(), max: z.number().int() }),
    maxLaunchesInWindow: z.number().int(),
    launchWindowDays: z.number().int(),
  }),
});

export const mesaMetricNames = [
  'momentum',
  'continuity',
  'scorecard',
  'cadence',
  'time-to-status',
  'escalations',
  'circling',
] as const;
export type MesaMetricName = (typeof mesaMetricNames)[number];

export const portfolioChartNames = ['momentum', 'scorecard', 'team-load', 'escalations'] as const;
export type PortfolioChartName = (typeof portfolioChartNames)[number];
