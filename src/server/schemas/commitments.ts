import { z } from 'zod';
import { boardStates, commitmentStatuses, dueStates } from '../../domain/commitments';
import { meetingKinds } from '../../domain/meetings';
import { visibilities } from '../../domain/roles';
import { isoDate, optionalText, orgRef, personRef, text, timestamp } from './common';

const status = z.enum(commitmentStatuses);

export const commitmentMeetingRef = z
  .object({
    id: z.uuid(),
    kind: z.enum(meetingKinds),
    number: z.number().int().nullable().describe('The session number; null for other meetings'),
    title: z.string(),
    startsAt: timestamp,
  })
  .describe('A meeting the caller may see');

export const commitmentReport = z.object({
  id: z.uuid(),
  text: z.string(),
  reportedOn: isoDate.describe('The day the progress was reported for'),
  person: personRef.nullable().describe('Who reported it'),
  meeting: commitmentMeetingRef
    .nullable()
    .describe('The meeting where it was reported (null when none, or when the caller may not see it)'),
  createdAt: timestamp,
});

export const commitment = z.object({
  id: z.uuid(),
  mesa: z.object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    timeZone: z
      .string()
      .describe("The Mesa's time zone (the deployment's when it has none): the zone of `dueOn`"),
  }),
  person: personRef.nullable().describe('Who committed'),
  organization: orgRef.nullable().describe('The entity that committed'),
  text: z.string().describe('What they committed to do'),
  dueOn: isoDate.describe("The fixed due day, in the Mesa's time zone (the deployment's when it has none)"),
  originalDueOn: isoDate
    .nullable()
    .describe(
      'The due day first agreed, once the deadline has been moved (null while it never was); the on-time record counts this one',
    ),
  status: status.describe('open, done or cancelled; never "overdue": that is derived (see `overdue`)'),
  statusReason: z.string().nullable().describe('Why it was cancelled or reopened'),
  completedAt: timestamp.nullable().describe('When it was marked done'),
  completedOnTime: z
    .boolean()
    .nullable()
    .describe(
      'Done on or before the due day first agreed (`originalDueOn` if moved); null while it is not done',
    ),
  overdue: z
    .boolean()
    .describe("Derived, never stored: open and its due day has passed in the Mesa's time zone"),
  dueState: z
    .enum(dueStates)
    .describe('Derived: overdue, due_today, due_soon (within 7 days), later, done or cancelled'),
  daysUntilDue: z.number().int().describe('Days from today to the due day; negative once it has passed'),
  problem: z
    .object({ id: z.uuid(), number: z.number().int(), code: z.string(), title: z.string() })
    .nullable()
    .describe('The Matrix problem it is about (null when none, or when the caller may not see it)'),
  solutionId: z.uuid().nullable().describe('The solution it implements, if any'),
  meeting: commitmentMeetingRef
    .nullable()
    .describe('The meeting that created it (null when none, or when the caller may not see it)'),
  visibility: z.enum(visibilities),
  reportCount: z.number().int().describe('How many progress reports it has'),
  lastReport: z
    .object({ reportedOn: isoDate, text: z.string() })
    .nullable()
    .describe('The latest progress report'),
  allowedTransitions: z.array(status).describe('The statuses it may move to'),
  can: z.object({
    update: z.boolean().describe('Edit it and change its status (the team)'),
    report: z.boolean().describe('Report progress on it (the team, or the person who committed)'),
  }),
  version: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const commitmentDueChange = z.object({
  id: z.uuid(),
  fromDueOn: isoDate.describe('The due day before the move'),
  toDueOn: isoDate.describe('The due day after the move'),
  reason: z.string().describe('Why the deadline was moved'),
  person: personRef.nullable().describe('Who moved it'),
  changedAt: timestamp,
});

export const commitmentDetail = commitment.extend({
  reports: z.array(commitmentReport).describe('The progress log, oldest first; append-only'),
  dueChanges: z
    .array(commitmentDueChange)
    .describe('Every move of the deadline, oldest first; the first one starts from `originalDueOn`'),
});

export const commitmentList = z.object({
  commitments: z
    .array(commitment)
    .describe(
      'Late ones first (the longest overdue first), then the other open ones by due day, then done and cancelled ones, the most recently due first',
    ),
  summary: z
    .object({
      open: z.number().int(),
      overdue: z.number().int().describe('Open commitments past their due day (included in `open`)'),
      done: z.number().int(),
      doneOnTime: z.number().int().describe('Done on or before their due day (included in `done`)'),
      cancelled: z.number().int(),
    })
    .describe('Counts over the listed commitments'),
});

const booleanQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const mesaCommitmentsQuery = z.object({
  status: status.optional().describe('Only commitments with this status'),
  personId: z.uuid().optional().describe('Only those of this person'),
  organizationId: z.uuid().optional().describe('Only those of this entity'),
  problemId: z.uuid().optional().describe('Only those about this problem'),
  meetingId: z.uuid().optional().describe('Only those created in this meeting'),
  overdue: booleanQuery.describe('true: only open commitments whose due day has passed'),
});

export const myCommitmentsQuery = z.object({
  status: status.optional().describe('Only commitments with this status'),
  overdue: booleanQuery.describe('true: only open commitments whose due day has passed'),
});

export const createCommitmentBody = z.object({
  personId: z.uuid().describe('Who commits: a person who currently takes part in the Mesa'),
  organizationId: z
    .uuid()
    .nullable()
    .optional()
    .describe(
      'The entity that commits. By default the one the person represents in the Mesa (who designated them, else their own organization)',
    ),
  text: text(5000).describe('What they commit to do'),
  dueOn: isoDate.describe("The due day (YYYY-MM-DD) in the Mesa's time zone; today or later"),
  problemId: z.uuid().nullable().optional().describe('A problem of the Mesa'),
  solutionId: z.uuid().nullable().optional().describe('A solution of that problem (or of the Mesa)'),
  meetingId: z
    .uuid()
    .nullable()
    .optional()
    .describe('The meeting where it was agreed: a meeting of the Mesa that is not closed'),
  visibility: z
    .enum(visibilities)
    .optional()
    .describe('Who may see it (default members); the person who commits must be able to see it'),
});

export const updateCommitmentBody = z.object({
  version: z.number().int().min(1).describe('The version you read; a stale one answers 409 STALE_WRITE'),
  text: text(5000).optional(),
  dueOn: isoDate
    .optional()
    .describe('A new due day: today or later, with a `reason`; the move is kept in `dueChanges`'),
  personId: z.uuid().optional().describe('A new owner, who takes part in the Mesa'),
  organizationId: z
    .uuid()
    .nullable()
    .optional()
    .describe("The entity; when only the person changes, the new person's entity"),
  problemId: z.uuid().nullable().optional(),
  solutionId: z.uuid().nullable().optional(),
  visibility: z.enum(visibilities).optional(),
  status: status
    .optional()
    .describe('done; cancelled (with a reason); open again from done or cancelled (with a reason)'),
  reason: optionalText(2000).describe('Why it is cancelled or reopened, or its due day moved'),
});

export const progressBody = z.object({
  text: text(5000).describe('What was done, what is missing'),
  reportedOn: isoDate.optional().describe('The day reported for; today by default, never later'),
  meetingId: z
    .uuid()
    .nullable()
    .optional()
    .describe('The meeting where it was reported: a meeting of the Mesa that is not closed'),
});

export const progressResult = z.object({
  report: commitmentReport,
  commitment: commitmentDetail,
});

// ── A Mesa's commitments board and the chase ──────────────────────────────────────────────────────

export const boardSorts = ['due', 'owner', 'entity', 'status'] as const;

export const boardQuery = z.object({
  state: z
    .enum(boardStates)
    .default('open')
    .describe(
      "open (late included), due_this_week (open, due from today to Sunday of the Mesa's week), late, done",
    ),
  owner: z.uuid().optional().describe('Only those of this person'),
  entity: z.uuid().optional().describe('Only those of this entity'),
  q: z.string().trim().max(200).optional().describe('Words in the text, owner, entity or problem'),
  sort: z.enum(boardSorts).default('due'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});

const boardCounts = z.object({
  open: z.number().int(),
  dueThisWeek: z.number().int(),
  late: z.number().int(),
  done: z.number().int(),
});

export const boardCommitment = z.object({
  id: z.uuid(),
  text: z.string(),
  dueOn: isoDate,
  originalDueOn: isoDate.nullable(),
  status: status,
  completedAt: timestamp.nullable(),
  overdue: z.boolean().describe("Open and its due day has passed in the Mesa's time zone"),
  daysUntilDue: z.number().int().describe('Negative once the due day has passed'),
  person: personRef.nullable(),
  organization: orgRef.nullable(),
  problem: z
    .object({ id: z.uuid(), code: z.string(), title: z.string() })
    .nullable()
    .describe('The Matrix problem (null when none, or when the caller may not see it)'),
  visibility: z.enum(visibilities),
});

export const commitmentBoard = z.object({
  today: isoDate.describe("Today in the Mesa's time zone"),
  week: z.object({ start: isoDate, end: isoDate }).describe("The Mesa's week, Monday to Sunday"),
  counts: boardCounts.describe('Per tab, over the commitments matching owner, entity and q'),
  owners: z
    .array(z.object({ person: personRef.nullable(), ...boardCounts.shape }))
    .describe('Every owner with commitments you can see, with their counts (unfiltered), by name'),
  entities: z
    .array(z.object({ organization: orgRef.nullable(), ...boardCounts.shape }))
    .describe('Every entity with commitments you can see, with their counts (unfiltered), by name'),
  commitments: z.array(boardCommitment).describe('Those on the tab matching the filters, sorted'),
  can: z.object({ chase: z.boolean().describe('Send the late owners their reminder (the team)') }),
});

export const chaseBody = z
  .strictObject({})
  .describe('Nothing to send: the chase reminds every late owner with an address (send {})');

const chasePerson = z.object({ personId: z.uuid(), name: z.string(), count: z.number().int() });

export const chaseResult = z.object({
  date: isoDate.describe("The chase's day in the Mesa's time zone: one reminder per owner per day"),
  sent: z.array(chasePerson).describe('Owners sent (or, for the preview, to be sent) one reminder'),
  skipped: z
    .array(chasePerson.extend({ reason: z.enum(['no_email', 'already_sent']) }))
    .describe('Late owners left out: no e-mail address, or already reminded today'),
});
