import { z } from 'zod';
import { filterFlags } from '../../domain/filters';
import { problemStatuses } from '../../domain/problem-status';
import { visibilities } from '../../domain/roles';
import { solutionInstruments } from '../../domain/solutions';
import { supportedLocales } from '../../i18n/languages';
import { isoDate, optionalText, orgRef, personRef, text, timestamp } from './common';
import { searchWords } from './search';

const flag = z.enum(filterFlags);
const score = (what: string) => z.number().int().min(1).max(5).describe(`${what}, 1 (low) to 5 (high)`);
const direction = z.enum(['lower_is_better', 'higher_is_better']);
const verdict = z.enum(['works', 'partly', 'not_applied']);

export const categoryRef = z.object({
  id: z.uuid(),
  key: z.string(),
  nameEs: z.string(),
  nameEn: z.string(),
});

export const category = categoryRef.extend({
  position: z.number().int(),
  archived: z
    .boolean()
    .describe('Archived categories stay on the problems that have them, but are not offered'),
  updatedAt: timestamp,
});

export const indicator = z.object({
  id: z.uuid(),
  problemId: z.uuid(),
  solutionId: z.uuid().nullable(),
  name: z.string(),
  unit: z.string(),
  direction,
  baselineValue: z.number().nullable(),
  baselineOn: isoDate.nullable(),
  targetValue: z.number().nullable(),
  currentValue: z.number().nullable(),
  currentOn: isoDate.nullable(),
  source: z.string().nullable(),
  updatedAt: timestamp,
});

export const feedback = z.object({
  id: z.uuid(),
  verdict,
  text: z.string(),
  observedOn: isoDate.nullable(),
  person: personRef.nullable(),
  createdAt: timestamp,
});

export const latestSolution = z.object({
  id: z.uuid(),
  text: z.string().describe('The text of the current version'),
  instrument: z.enum(solutionInstruments),
  version: z.number().int().describe('The current version number'),
  filterFlags: z.array(flag),
  revisedAt: timestamp,
});

export const matrixProblem = z.object({
  id: z.uuid(),
  mesaId: z.uuid(),
  number: z.number().int(),
  code: z.string().describe('How the team refers to the row: P-1, P-2…'),
  title: z.string(),
  description: z.string(),
  category: categoryRef.nullable(),
  ownerType: z.enum(['MP', 'YP']).describe("MP: the government's job; YP: the private sector's job"),
  raisedByPerson: personRef.nullable(),
  raisedByOrganization: orgRef.nullable(),
  entities: z.array(orgRef).describe('The responsible public entities'),
  impact: score('Impact'),
  ease: score('Ease and speed of the fix'),
  priority: z.number().int().describe('impact × ease'),
  quadrant: z.enum(['quick_win', 'major', 'easy', 'later']),
  inFocus: z.boolean(),
  tags: z.array(z.string()),
  visibility: z.enum(visibilities),
  status: z.enum(problemStatuses),
  statusReason: z.string().nullable(),
  statusChangedAt: timestamp,
  allowedTransitions: z.array(z.enum(problemStatuses)),
  filterFlags: z.array(flag).describe('Filter flags the team confirmed'),
  suggestedFlags: z
    .array(flag)
    .describe('Flags the title and description suggest and the team has neither confirmed nor dismissed'),
  latestSolution: latestSolution.nullable(),
  solutionCount: z.number().int(),
  indicators: z.array(indicator).describe('Outcome indicators, before → after'),
  latestFeedback: feedback.nullable(),
  openCommitmentCount: z.number().int().describe('Open commitments on this problem'),
  nextCommitment: z
    .object({
      id: z.uuid(),
      text: z.string().describe('What was committed'),
      dueDate: isoDate.describe('The due day, YYYY-MM-DD'),
      overdue: z.boolean().describe("Its due day has passed in the Mesa's time zone"),
      person: personRef.nullable().describe('Who answers for it'),
      organization: orgRef.nullable().describe('The entity it was made for'),
    })
    .nullable()
    .describe(
      'The open commitment on this problem due first (ties: the one recorded first), of those you may see; null when there is none',
    ),
  circling: z
    .object({
      sessions: z.number().int().describe('Closed sessions that discussed it since its last progress'),
      since: timestamp.nullable().describe('Its last progress: a status change or a completed commitment'),
    })
    .nullable()
    .describe(
      'Set when the problem circles: on three or more session agendas with no status change and no completed commitment',
    ),
  fieldAlert: z
    .object({
      feedbackId: z.uuid(),
      verdict: verdict.describe('partly or not_applied'),
      reportedOn: timestamp.describe('When the report came'),
    })
    .nullable()
    .describe(
      'Set when field feedback says the enacted (or verified) fix is not, or only partly, applied on the ground, until the problem is reopened or a later report says it works',
    ),
  version: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const matrixQuery = z.object({
  q: searchWords
    .optional()
    .describe(
      'Only the problems the full-text search finds, as in GET /api/search ("quoted phrases", OR and -excluded words work); empty for the whole Matrix',
    ),
  lang: z
    .enum(supportedLocales)
    .optional()
    .describe('The language of the query; both Spanish and English are always matched'),
});

export const matrixResponse = z.object({
  mesa: z.object({ id: z.uuid(), slug: z.string(), name: z.string(), version: z.number().int() }),
  problems: z.array(matrixProblem).describe('In the Matrix order: focus, then status, then priority'),
  focusLimit: z.number().int(),
  focusWarning: z
    .object({ count: z.number().int(), limit: z.number().int() })
    .nullable()
    .describe('Set when more open problems are in focus than the Mesa’s limit'),
  quickWins: z
    .array(z.uuid())
    .describe('Open problems not in focus that are important and quick, best first'),
  categories: z.array(category),
  can: z.object({
    createProblem: z.boolean(),
    updateProblem: z.boolean(),
    proposeSolution: z.boolean(),
    reviseSolution: z.boolean(),
    manageIndicators: z.boolean(),
    reportFeedback: z.boolean(),
    import: z.boolean(),
  }),
});

export const solutionVersion = z.object({
  number: z.number().int(),
  text: z.string(),
  reason: z.string().nullable().describe('Why the text changed; null for the first version'),
  revisedOn: isoDate.nullable(),
  revisedBy: personRef.nullable(),
  createdAt: timestamp,
});

export const solution = z.object({
  id: z.uuid(),
  problemId: z.uuid(),
  instrument: z.enum(solutionInstruments),
  proposedByOrganization: orgRef.nullable(),
  filterFlags: z.array(flag).describe('Filter flags the team confirmed'),
  dismissedFlags: z.array(flag).describe('Suggested flags the team dismissed: no longer suggested'),
  suggestedFlags: z
    .array(flag)
    .describe('Flags the current text suggests and the team has neither confirmed nor dismissed'),
  currentVersion: z.number().int(),
  version: z
    .number()
    .int()
    .describe('Edit version for optimistic locking (changes with every edit or revision)'),
  text: z.string().describe('The text of the current version'),
  versions: z.array(solutionVersion).describe('Every version, oldest first'),
  agreedOn: isoDate.nullable().describe('The day the Mesa agreed on it (reform tracking)'),
  draftedOn: isoDate.nullable().describe('The day the draft of its instrument was ready (reform tracking)'),
  norm: z
    .object({
      name: z.string().nullable(),
      number: z.string().nullable(),
      date: isoDate.nullable(),
      url: z.string().nullable().describe('The official gazette link'),
    })
    .nullable()
    .describe('The norm that enacts it; null when none is cited'),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const statusEvent = z.object({
  id: z.uuid(),
  fromStatus: z.enum(problemStatuses).nullable(),
  toStatus: z.enum(problemStatuses),
  reason: z.string().nullable(),
  occurredAt: timestamp,
  recordedBy: personRef.nullable(),
});

export const problemDetail = matrixProblem.omit({ nextCommitment: true }).extend({
  dismissedFlags: z.array(flag).describe('Suggested flags the team dismissed: no longer suggested'),
  mesa: z.object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    published: z.boolean().describe('Shown on the public portal, the problem too if public'),
  }),
  solutions: z.array(solution),
  feedback: z.array(feedback).describe('Newest first'),
  history: z.array(statusEvent).describe('Status changes, oldest first (the creation too)'),
  can: z.object({
    update: z.boolean(),
    proposeSolution: z.boolean(),
    reviseSolution: z.boolean(),
    manageIndicators: z.boolean(),
    reportFeedback: z.boolean(),
  }),
});

const problemFields = {
  description: z.string().trim().max(10_000),
  categoryKey: z.string().max(60).nullable().describe('The key of a barrier category; null for none'),
  ownerType: z.enum(['MP', 'YP']),
  raisedByPersonId: z.uuid().nullable(),
  raisedByOrganizationId: z.uuid().nullable(),
  entityIds: z.array(z.uuid()).max(50).describe('The responsible public entities'),
  impact: score('Impact'),
  ease: score('Ease and speed of the fix'),
  inFocus: z.boolean(),
  tags: z.array(text(60)).max(30),
  visibility: z.enum(visibilities),
  filterFlags: z.array(flag).describe('Confirmed filter flags'),
  dismissedFlags: z
    .array(flag)
    .describe(
      'Suggested filter flags the team dismissed; confirming a flag takes it off this list and dismissing one takes it off filterFlags',
    ),
};

export const createProblemBody = z.object({
  title: text(300),
  description: problemFields.description.optional(),
  categoryKey: problemFields.categoryKey.optional(),
  ownerType: problemFields.ownerType.optional(),
  raisedByPersonId: problemFields.raisedByPersonId.optional(),
  raisedByOrganizationId: problemFields.raisedByOrganizationId.optional(),
  entityIds: problemFields.entityIds.optional(),
  impact: problemFields.impact.optional(),
  ease: problemFields.ease.optional(),
  inFocus: problemFields.inFocus.optional(),
  tags: problemFields.tags.optional(),
  visibility: problemFields.visibility.optional(),
  filterFlags: problemFields.filterFlags.optional(),
});

export const updateProblemBody = createProblemBody.partial().extend({
  dismissedFlags: problemFields.dismissedFlags.optional(),
  version: z.number().int().min(1).describe('The version you read; a stale one answers 409 STALE_WRITE'),
});

export const problemTransitionBody = z.object({
  to: z.enum(problemStatuses),
  reason: optionalText(2000).describe('Required for parking, dropping, reopening and restoring'),
  version: z.number().int().min(1).optional().describe('When given, a stale one answers 409 STALE_WRITE'),
});

export const proposeSolutionBody = z.object({
  text: text(5000),
  instrument: z.enum(solutionInstruments).optional(),
  proposedByOrganizationId: z.uuid().nullable().optional(),
  filterFlags: z.array(flag).optional(),
  revisedOn: isoDate.nullable().optional(),
});

export const reviseSolutionBody = z.object({
  text: text(5000),
  reason: text(2000).describe('Why the text changes ("implementation showed that…")'),
  revisedOn: isoDate.nullable().optional(),
  version: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('The solution’s edit version the revision was written from; a stale one answers 409'),
});

const solutionTracking = {
  agreedOn: isoDate
    .nullable()
    .optional()
    .describe('The day the Mesa agreed on the solution (reform tracking: agreed); null clears it'),
  draftedOn: isoDate
    .nullable()
    .optional()
    .describe('The day the draft of its instrument was ready (reform tracking: drafted); null clears it'),
  normName: optionalText(500).describe('The norm that enacts it, e.g. "Reglamento para la Gestión Forestal"'),
  normNumber: optionalText(100).describe('Its number, e.g. "D.S. N° 018-2015-MINAGRI"'),
  normDate: isoDate.nullable().optional().describe('The day the norm was published'),
  normUrl: z
    .string()
    .trim()
    .max(2000)
    .nullable()
    .optional()
    .describe('Its official gazette link: an http:// or https:// address'),
};

export const updateSolutionBody = z
  .object({
    version: z.number().int().min(1).describe('The solution’s edit version; a stale one answers 409'),
    instrument: z.enum(solutionInstruments).optional(),
    filterFlags: problemFields.filterFlags.optional(),
    dismissedFlags: problemFields.dismissedFlags.optional(),
    ...solutionTracking,
  })
  .refine((b) => Object.entries(b).some(([k, v]) => k !== 'version' && v !== undefined), {
    message: 'validation.instrumentOrFlags',
  })
  .describe(
    "A solution's instrument, filter flags, reform-tracking dates and enacting norm; its text changes only through a new version",
  );

const indicatorFields = {
  name: text(300),
  unit: text(60),
  direction,
  solutionId: z.uuid().nullable().optional(),
  baselineValue: z.number().finite().nullable().optional(),
  baselineOn: isoDate.nullable().optional(),
  targetValue: z.number().finite().nullable().optional(),
  currentValue: z.number().finite().nullable().optional(),
  currentOn: isoDate.nullable().optional(),
  source: optionalText(500),
};

export const indicatorBody = z.object(indicatorFields);
export const updateIndicatorBody = z.object(indicatorFields).partial();

export const feedbackBody = z.object({
  verdict,
  text: text(5000),
  personId: z.uuid().nullable().optional().describe('Who observed it; yourself by default'),
  observedOn: isoDate.nullable().optional(),
});

export const feedbackResult = z.object({
  feedback,
  offerReopen: z
    .boolean()
    .describe('True when negative feedback concerns an enacted or verified problem: offer to reopen it'),
  problem: problemDetail,
});

export const categoriesQuery = z.object({
  includeArchived: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const categoryBody = z.object({
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,49}$/, 'lower-case letters, digits and underscores')
    .describe('A stable key, e.g. red_tape'),
  nameEs: text(200),
  nameEn: text(200),
  position: z.number().int().min(0).max(10_000).optional(),
});

export const updateCategoryBody = z.object({
  nameEs: text(200).optional(),
  nameEn: text(200).optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  archived: z.boolean().optional().describe('Archive (categories are never deleted) or restore'),
});
