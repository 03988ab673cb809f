import { z } from 'zod';
import { mesaStatuses } from '../../domain/mesa-lifecycle';
import { mesaRoles } from '../../domain/roles';
import { isoDate, timestamp } from './common';

const count = z.number().int().min(0);
const mesaRef = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });

const nextSession = z
  .object({
    id: z.uuid(),
    number: z.number().int().nullable(),
    title: z.string(),
    startsAt: timestamp,
    state: z.enum(['draft', 'scheduled', 'in_progress']),
    agendaItems: count,
    agendaReady: z.boolean().describe('The agenda has items: it was generated from the Matrix and kept'),
  })
  .describe('The first session of the Mesa not yet held (the one in progress, if any)');

export const homeMesa = z.object({
  mesa: mesaRef.extend({ status: z.enum(mesaStatuses) }),
  roles: z.array(z.enum(mesaRoles)).describe('Your current roles in the Mesa'),
  runs: z.boolean().describe('You run it: its dedicated team, or the coordinating office'),
  nextSession: nextSession.nullable(),
  commitments: z
    .object({ open: count, late: count })
    .describe('Open commitments you can see, and the late ones'),
  escalations: z
    .object({ open: count, returned: count })
    .describe('Escalations waiting: for the high-level body (open) or for the team’s answer (returned)'),
  fieldAlerts: count.describe('Enacted or verified problems with negative field feedback not yet answered'),
  cadence: z
    .object({ overdue: z.boolean(), daysOverdue: count, nextDueOn: isoDate.nullable() })
    .nullable()
    .describe('Sessions against the cadence; null unless the Mesa is active'),
});

export const homeEscalation = z.object({
  id: z.uuid(),
  mesa: mesaRef,
  problem: z.object({ id: z.uuid(), code: z.string(), title: z.string() }),
  escalatedAt: timestamp,
  ageDays: count,
});

export const homeCommitment = z.object({
  id: z.uuid(),
  text: z.string(),
  dueOn: isoDate,
  late: z.boolean(),
  mesa: mesaRef,
});

export const homeProblem = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  enactedAt: timestamp,
  mesa: mesaRef,
});

export const homeResponse = z.object({
  landing: z
    .enum(['inbox', 'home'])
    .describe('`inbox` for the high-level body: what waits for them is the escalation inbox'),
  inbox: z
    .object({ awaitingDecision: count, waiting: count })
    .nullable()
    .describe(
      'The cross-Mesa inbox, for those who have it: open escalations you may decide, and all waiting',
    ),
  decisions: z
    .object({ count, items: z.array(homeEscalation) })
    .describe('Open escalations you may decide, the oldest first (at most 5 listed)'),
  mesas: z
    .array(homeMesa)
    .describe('The Mesas you take part in; for the coordinating office, every active Mesa too'),
  commitments: z
    .object({ open: count, late: count, items: z.array(homeCommitment) })
    .describe('Your own open commitments, late ones first (at most 5 listed)'),
  feedback: z
    .object({ count, items: z.array(homeProblem) })
    .describe(
      'Enacted problems of the Mesas where you represent an entity, on which you have not reported field feedback since (at most 5 listed)',
    ),
});
