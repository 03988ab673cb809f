import { z } from 'zod';
import { escalationReasons, escalationStatuses } from '../../domain/escalations';
import {
  LESSON_LINKS_MAX,
  LESSON_TAG_MAX,
  LESSON_TAGS_MAX,
  LESSON_TEXT_MAX,
  lessonMoments,
} from '../../domain/lessons';
import { meetingKinds } from '../../domain/meetings';
import { problemStatuses } from '../../domain/problem-status';
import { visibilities } from '../../domain/roles';
import { personRef, text, timestamp } from './common';

const ids = (what: string) =>
  z
    .array(z.uuid())
    .max(LESSON_LINKS_MAX)
    .optional()
    .describe(`${what} of the lesson's Mesa the lesson draws on (at most ${LESSON_LINKS_MAX})`);

const linksInput = z
  .object({
    problemIds: ids('Problems'),
    meetingIds: ids('Sessions and other meetings'),
    escalationIds: ids('Escalations'),
  })
  .describe(
    'The records the lesson draws on, by kind; each one of the Mesa and listed once (400 VALIDATION_FAILED otherwise). When editing, a kind given replaces that kind',
  );

const whatHappened = text(LESSON_TEXT_MAX).describe(
  'What happened: the problem, what was tried, how it ended (verified on the ground, dropped, escalated)',
);
const whatWasLearned = text(LESSON_TEXT_MAX).describe(
  'What was learned: what another Mesa facing a similar problem should know or do',
);
const tags = z
  .array(text(LESSON_TAG_MAX))
  .max(LESSON_TAGS_MAX)
  .describe('Words to find it by, e.g. "permisos"');
const visibility = z
  .enum(visibilities)
  .describe('Who may read it: public, members (the default) or the dedicated team');

export const createLessonBody = z.object({
  whatHappened,
  whatWasLearned,
  tags: tags.optional(),
  visibility: visibility.optional(),
  links: linksInput.optional(),
});

export const updateLessonBody = z.object({
  whatHappened: whatHappened.optional(),
  whatWasLearned: whatWasLearned.optional(),
  tags: tags.optional(),
  visibility: visibility.optional(),
  links: linksInput.optional(),
  version: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('When given, must match the stored version (409 STALE_WRITE)'),
});

export const lessonProblem = z.object({
  id: z.uuid(),
  number: z.number().int(),
  code: z.string().describe('P-12'),
  title: z.string(),
  status: z.enum(problemStatuses),
  escalated: z.boolean().describe('Whether it was escalated to the high-level body (and not withdrawn)'),
});

export const lessonMeeting = z.object({
  id: z.uuid(),
  kind: z.enum(meetingKinds),
  number: z.number().int().nullable().describe('The session number; null for other meetings'),
  title: z.string(),
  startsAt: timestamp,
});

export const lessonEscalation = z.object({
  id: z.uuid(),
  problemId: z.uuid(),
  problemCode: z.string(),
  reason: z.enum(escalationReasons),
  status: z.enum(escalationStatuses),
  escalatedAt: timestamp,
});

export const lesson = z.object({
  id: z.uuid(),
  mesa: z.object({ id: z.uuid(), name: z.string(), slug: z.string() }),
  whatHappened: z.string(),
  whatWasLearned: z.string(),
  tags: z.array(z.string()),
  visibility: z.enum(visibilities),
  links: z
    .object({
      problems: z.array(lessonProblem),
      meetings: z.array(lessonMeeting),
      escalations: z.array(lessonEscalation),
    })
    .describe('The records it draws on that you may see'),
  outcome: z
    .enum(lessonMoments)
    .nullable()
    .describe(
      'How its problems ended, of those you see: verified when one was verified on the ground, else escalated, else dropped; null otherwise',
    ),
  createdBy: personRef.nullable().describe('Who wrote it'),
  createdAt: timestamp,
  updatedAt: timestamp,
  version: z.number().int().describe('Send it back when editing the lesson (409 STALE_WRITE when stale)'),
});

export const lessonList = z.object({
  lessons: z.array(lesson).describe('The newest first'),
  can: z
    .object({ write: z.boolean().describe("Whether you may write, edit and delete this Mesa's lessons") })
    .describe('What you may do with the lessons of this Mesa'),
});

export const similarLessonList = z.object({
  lessons: z
    .array(lesson.extend({ rank: z.number().describe('How closely it matches; higher is closer') }))
    .describe('Lessons of other Mesas about a similar problem, the closest first'),
});
