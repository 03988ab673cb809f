import { z } from 'zod';
import { assessmentAnswerValues, assessmentAreas, assessmentDecisions } from '../../domain/feasibility';
import { meetingKinds } from '../../domain/meetings';
import { isoDate, text, timestamp } from './common';

export const assessmentQuestion = z.object({
  id: z.uuid(),
  key: z.string().describe('Stable key, e.g. `private_sector.self_organized`'),
  area: z.string().describe('convener, public_sector, team, sector or private_sector'),
  position: z.number().int(),
  textEs: z.string(),
  textEn: z.string(),
  redFlag: z.string().nullable().describe('The red flag a `no` raises, e.g. `private_not_organized`'),
  flagOnPartly: z.boolean().describe('Whether a `partly` raises the red flag too'),
  retired: z.boolean(),
  retiredAt: timestamp.nullable(),
  version: z.number().int(),
  updatedAt: timestamp,
});

export const questionsQuery = z.object({
  includeRetired: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const questionBody = z.object({
  key: z.string().trim().min(1).max(80).describe('lower-case letters, digits, underscores and dots'),
  area: z.enum(assessmentAreas),
  textEs: text(1000),
  textEn: text(1000),
  position: z.number().int().min(0).max(10_000).optional(),
  redFlag: z.string().trim().max(60).nullable().optional(),
  flagOnPartly: z.boolean().optional(),
});

export const updateQuestionBody = z.object({
  version: z.number().int().min(1).describe('The version you read; a stale one answers 409 STALE_WRITE'),
  textEs: text(1000).optional(),
  textEn: text(1000).optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  redFlag: z.string().trim().max(60).nullable().optional(),
  flagOnPartly: z.boolean().optional(),
  retired: z.boolean().optional().describe('Retire (true) or restore (false); questions are never deleted'),
});

const answerBody = z.object({
  questionId: z.uuid(),
  answer: z.enum(assessmentAnswerValues),
  note: z.string().trim().max(2000).optional(),
  evidence: z.string().trim().max(2000).optional(),
});

/** How a launch is taken: the Mesa activated in the same step; a launch on an incomplete checklist confirmed. */
const launchFields = {
  activate: z
    .boolean()
    .optional()
    .describe(
      "With decision launch: make the Mesa active in the same step (dated today in the Mesa's zone); an active Mesa stays as it is",
    ),
  confirmIncomplete: z
    .boolean()
    .optional()
    .describe(
      'Launch although checklist questions are unanswered; without it that answers 409 ASSESSMENT_INCOMPLETE',
    ),
};

export const assessmentBody = z.object({
  assessedOn: isoDate.optional().describe('Today by default; never in the future'),
  answers: z.array(answerBody).max(200),
  decision: z.enum(assessmentDecisions).nullable().optional(),
  rationale: z.string().trim().max(5000).optional().describe('Required with a decision'),
  decidedOn: isoDate.optional(),
  meetingIds: z
    .array(z.uuid())
    .max(50)
    .optional()
    .describe('Preliminary stakeholder meetings of this Mesa the assessment draws on'),
  ...launchFields,
});

export const decisionBody = z.object({
  decision: z.enum(assessmentDecisions),
  rationale: z.string().trim().max(5000),
  decidedOn: isoDate.optional(),
  ...launchFields,
});

export const assessmentMeeting = z.object({
  id: z.uuid(),
  kind: z.enum(meetingKinds),
  title: z.string(),
  startsAt: timestamp,
});

export const assessment = z.object({
  id: z.uuid(),
  mesaId: z.uuid(),
  assessedOn: isoDate,
  decision: z.enum(assessmentDecisions).nullable(),
  rationale: z.string(),
  decidedOn: isoDate.nullable(),
  version: z.number().int(),
  createdAt: timestamp,
  answers: z.array(
    z.object({
      questionId: z.uuid(),
      key: z.string(),
      area: z.string(),
      textEs: z.string(),
      textEn: z.string(),
      answer: z.enum(assessmentAnswerValues),
      note: z.string(),
      evidence: z.string(),
      redFlag: z.string().nullable().describe('The red flag this answer raises, if any'),
    }),
  ),
  redFlags: z
    .array(z.object({ flag: z.string(), questions: z.array(z.string()) }))
    .describe('The red flags the answers raise, with the keys of the questions that raised each'),
  warnings: z
    .array(z.string())
    .describe('Red flags the decision went against: a launch despite them is allowed, and flagged'),
  summary: z.array(
    z.object({ area: z.string(), yes: z.number().int(), partly: z.number().int(), no: z.number().int() }),
  ),
  meetings: z.array(assessmentMeeting).describe('The preliminary meetings it draws on (those you may see)'),
});

export const assessmentList = z.object({
  assessments: z.array(assessment).describe('Newest first; every assessment is kept'),
  preliminaryMeetings: z
    .array(assessmentMeeting)
    .describe('The Mesa’s preliminary meetings a new assessment may draw on'),
  can: z.object({ manage: z.boolean() }),
});
