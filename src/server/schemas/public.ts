import { z } from 'zod';
import { meetingKinds } from '../../domain/meetings';
import { mesaKinds, mesaStatuses } from '../../domain/mesa-lifecycle';
import { problemStatuses } from '../../domain/problem-status';
import { isoDate, orgRef, timestamp } from './common';

const instant = z.iso.datetime({ offset: true }).describe('An instant, ISO 8601');
const organization = orgRef;
const problemStatus = z.enum(problemStatuses);
const mesaStatus = z.enum(mesaStatuses);
const direction = z.enum(['lower_is_better', 'higher_is_better']);

export const publicSlugParam = z.object({ slug: z.string().min(1).max(200) });
export const publicProblemParams = z.object({
  slug: z.string().min(1).max(200),
  code: z.string().min(1).max(20).describe('The problem code in its Matrix, e.g. P-3'),
});

const indicator = z.object({
  id: z.uuid(),
  name: z.string(),
  unit: z.string(),
  direction,
  baselineValue: z.number().nullable(),
  baselineOn: isoDate.nullable(),
  currentValue: z.number().nullable(),
  currentOn: isoDate.nullable(),
  targetValue: z.number().nullable(),
  source: z.string().nullable(),
});

const achievement = indicator.extend({
  problemCode: z.string(),
  problemTitle: z.string(),
  problemStatus,
});

export const publicMesaSummary = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(mesaKinds),
  sector: z.string(),
  description: z.string(),
  host: organization,
  status: mesaStatus,
  launchedOn: isoDate.nullable(),
  publishedAt: instant.nullable(),
  lifecycle: z.array(
    z.object({
      kind: z.enum(['status', 'host']),
      occurredOn: isoDate,
      fromStatus: mesaStatus.nullable(),
      toStatus: mesaStatus.nullable(),
      fromHost: organization.nullable(),
      toHost: organization.nullable(),
      reason: z.string(),
    }),
  ),
  sessionsHeld: z.number().int().describe('Public sessions held (closed)'),
  problemCount: z.number().int().describe('Public problems in the Matrix'),
  problemsSolved: z.number().int().describe('Public problems enacted or verified'),
  headlineAchievements: z.array(achievement),
  lastModified: instant,
});

const statusEvent = z.object({
  id: z.uuid(),
  fromStatus: problemStatus.nullable(),
  toStatus: problemStatus,
  reason: z.string().nullable(),
  occurredAt: instant,
});

const solutionVersion = z.object({
  solutionId: z.uuid(),
  instrument: z.string(),
  number: z.number().int(),
  text: z.string(),
  reason: z.string().nullable(),
  revisedOn: isoDate.nullable(),
  createdAt: instant,
});

export const problemSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  number: z.number().int(),
  title: z.string(),
  description: z.string(),
  status: problemStatus,
  statusChangedAt: instant,
  category: z.object({ key: z.string(), nameEs: z.string(), nameEn: z.string() }).nullable(),
  entities: z.array(organization),
  timeline: z.array(statusEvent),
  currentSolution: solutionVersion.nullable(),
});

export const publicMesa = publicMesaSummary.extend({
  participants: z.object({
    public: z.array(organization),
    private: z.array(organization),
    team: z.array(organization),
    high_level: z.array(organization),
  }),
  sessions: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(meetingKinds),
      number: z.number().int().nullable(),
      title: z.string(),
      heldOn: isoDate,
      startsAt: instant,
      closedAt: instant.nullable(),
      attendingOrganizations: z.array(organization),
    }),
  ),
  problems: z.array(problemSummary),
  achievements: z.array(achievement),
  minutes: z.array(
    z.object({
      id: z.uuid(),
      meetingId: z.uuid(),
      meetingNumber: z.number().int().nullable(),
      meetingTitle: z.string(),
      heldOn: isoDate,
      version: z.number().int(),
      reason: z.string().nullable(),
      createdAt: instant,
      organizationsPresent: z.number().int(),
      decisions: z.array(z.object({ id: z.uuid(), text: z.string(), problemCode: z.string().nullable() })),
    }),
  ),
  entityCommitments: z.array(
    z.object({
      organization,
      record: z.object({
        total: z.number().int(),
        done: z.number().int(),
        onTime: z.number().int(),
        late: z.number().int(),
        open: z.number().int(),
        overdue: z.number().int(),
        cancelled: z.number().int(),
        onTimeRate: z.number().nullable(),
      }),
      commitments: z.array(
        z.object({
          id: z.uuid(),
          text: z.string(),
          dueOn: isoDate,
          status: z.enum(['open', 'done', 'cancelled']),
          onTime: z.boolean().nullable(),
          problemCode: z.string().nullable(),
        }),
      ),
    }),
  ),
});

export const publicProblem = problemSummary.extend({
  mesa: z.object({ slug: z.string(), name: z.string() }),
  solutions: z.array(z.object({ id: z.uuid(), instrument: z.string(), versions: z.array(solutionVersion) })),
  indicators: z.array(indicator),
  feedback: z.array(
    z.object({
      verdict: z.enum(['works', 'partly', 'not_applied']),
      observedOn: isoDate.nullable(),
      reportedOn: isoDate,
    }),
  ),
  documents: z
    .array(
      z.object({
        id: z.uuid().describe('Download it at /api/public/documents/{id}'),
        title: z.string(),
        filename: z.string(),
        contentType: z.string(),
        sizeBytes: z.number().int(),
        createdAt: timestamp,
      }),
    )
    .optional()
    .describe('The public documents of the problem and its solutions (a decree, a study), oldest first'),
  lastModified: instant,
});

export const publicPortfolio = z.object({
  mesas: z.array(publicMesaSummary),
  lastModified: instant.nullable(),
});

/** The answer to a revalidation whose ETag (If-None-Match) is still current: no body. */
export const notModified = z.null().describe('Not modified: the ETag sent in If-None-Match is still current');
