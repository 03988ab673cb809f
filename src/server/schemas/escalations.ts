import { z } from 'zod';
import {
  escalationEventKinds,
  escalationReasons,
  escalationStatuses,
  MAX_OPTIONS,
} from '../../domain/escalations';
import { problemStatuses } from '../../domain/problem-status';
import { visibilities } from '../../domain/roles';
import { isoDate, personRef, timestamp } from './common';

const reason = z
  .enum(escalationReasons)
  .describe(
    'Why the ground-level body cannot unblock it: a budget allocation, a political decision, a dispute between agencies, a question of legal authority, or other',
  );
const status = z
  .enum(escalationStatuses)
  .describe(
    '`open` (waits for the high-level body) → `decided`, or `returned` with questions (the team answers: `open` again), or `withdrawn` by the team',
  );
const version = z
  .number()
  .int()
  .min(1)
  .optional()
  .describe('When given, must match the stored version (409 STALE_WRITE)');

export const escalationEvent = z.object({
  id: z.uuid(),
  kind: z.enum(escalationEventKinds),
  text: z.string().describe('The brief, the questions, the answer, the decision or why it was withdrawn'),
  person: personRef.nullable().describe('Who acted'),
  createdAt: timestamp,
});

export const escalation = z.object({
  id: z.uuid(),
  mesa: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  problem: z.object({
    id: z.uuid(),
    number: z.number().int(),
    code: z.string().describe('P-1, P-2…'),
    title: z.string(),
    status: z.enum(problemStatuses),
  }),
  reason,
  brief: z.string(),
  options: z.array(z.string()).describe('The options put to the high-level body, in order'),
  status,
  visibility: z.enum(visibilities).describe("Never wider than the problem's"),
  escalatedAt: timestamp,
  escalatedBy: personRef.nullable(),
  ageDays: z
    .number()
    .int()
    .describe(
      'Days it has waited: from the day it was escalated to the day it was decided or withdrawn, or to today',
    ),
  decision: z.string().nullable(),
  decidedOn: isoDate.nullable().describe('The day the decision was taken'),
  decidedAt: timestamp.nullable().describe('When the decision was recorded'),
  decidedBy: personRef.nullable().describe('Who took the decision'),
  closedAt: timestamp.nullable().describe('When it was decided or withdrawn'),
  allowedTransitions: z.array(status),
  can: z.object({
    decide: z.boolean().describe('Decide it or return it with questions (the high-level body)'),
    respond: z.boolean().describe('Answer the questions or withdraw it (the dedicated team)'),
  }),
  version: z.number().int(),
});

export const escalationDetail = escalation.extend({
  events: z.array(escalationEvent).describe('The exchange, in the order it happened'),
});

export const escalationList = z.object({
  escalations: z.array(escalationDetail).describe('The oldest first'),
});

export const inboxStatus = z.enum([...escalationStatuses, 'all']);

export const inboxQuery = z.object({
  status: inboxStatus
    .default('open')
    .describe('Which escalations: open (default), returned, decided, withdrawn or all'),
});

export const mesaEscalationsQuery = z.object({
  status: inboxStatus
    .optional()
    .describe('Which escalations: all (default), open, returned, decided or withdrawn'),
});

export const createEscalationBody = z.object({
  reason,
  brief: z.string().max(5000).describe('A short brief: what is blocked and why the Mesa cannot unblock it'),
  options: z.array(z.string().max(2000)).max(MAX_OPTIONS).default([]),
  visibility: z
    .enum(visibilities)
    .optional()
    .describe("By default `members` (or the problem's, when narrower)"),
});

export const decisionBody = z.object({
  decision: z.string().max(5000),
  decidedOn: isoDate
    .nullable()
    .optional()
    .describe('The day it was taken; today by default; not in the future'),
  decidedByPersonId: z
    .uuid()
    .nullable()
    .optional()
    .describe('Who took it; by default the person recording it'),
  version,
});

export const returnBody = z.object({ questions: z.string().max(5000), version });
export const answerBody = z.object({ text: z.string().max(5000), version });
export const withdrawBody = z.object({ reason: z.string().max(5000), version });
