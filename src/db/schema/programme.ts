import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamps, visibility } from './common';
import { people, users } from './directory';
import { problems } from './matrix';
import { meetings } from './meetings';
import { mesas } from './mesas';

/** The programme around the Mesas: feasibility assessments and escalation. */

export const assessmentAnswer = pgEnum('assessment_answer', ['yes', 'partly', 'no']);
export const assessmentDecision = pgEnum('assessment_decision', ['launch', 'not_now', 'no']);

/**
 * The feasibility checklist (paper section 7.A): data, editable by an admin, seeded with the paper's
 * questions in Spanish and English. A question is retired rather than deleted, so past assessments
 * keep reading it.
 */
export const assessmentQuestions = pgTable(
  'assessment_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stable key, e.g. `convener.leadership`. */
    key: text('key').notNull(),
    /** convener, public_sector, team, sector, private_sector. */
    area: text('area').notNull(),
    position: integer('position').notNull(),
    textEs: text('text_es').notNull(),
    textEn: text('text_en').notNull(),
    /** The red flag a `no` (or, when `flagOnPartly`, a `partly`) answer raises, e.g. `private_not_organized`. */
    redFlag: text('red_flag'),
    flagOnPartly: boolean('flag_on_partly').notNull().default(false),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('assessment_questions_key').on(t.key)],
);

/** One feasibility assessment of a Mesa (repeatable: every one is kept). */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mesaId: uuid('mesa_id')
      .notNull()
      .references(() => mesas.id, { onDelete: 'cascade' }),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    decision: assessmentDecision('decision'),
    rationale: text('rationale').notNull().default(''),
    decidedOn: date('decided_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [index('assessments_mesa_idx').on(t.mesaId, t.assessedOn)],
);

/** The answer to one checklist question, with the question's text as it was asked. */
export const assessmentAnswers = pgTable(
  'assessment_answers',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => assessmentQuestions.id),
    answer: assessmentAnswer('answer').notNull(),
    note: text('note').notNull().default(''),
    evidence: text('evidence').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.questionId] })],
);

/** Preliminary stakeholder meetings an assessment draws on. */
export const assessmentMeetings = pgTable(
  'assessment_meetings',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.meetingId] })],
);

export const escalationReason = pgEnum('escalation_reason', [
  'budget',
  'political_decision',
  'inter_agency_dispute',
  'legal_authority',
  'other',
]);
export const escalationStatus = pgEnum('escalation_status', ['open', 'returned', 'decided', 'withdrawn']);
export const escalationEventKind = pgEnum('escalation_event_kind', [
  'escalated',
  'returned',
  'answered',
  'decided',
  'withdrawn',
]);

/**
 * A problem the ground-level body cannot unblock, sent to the high-level body (paper section 4.2): why,
 * a short brief and the options. The high-level body decides it, or returns it with questions that the
 * team answers (back to `open`). Its age runs from `escalatedAt` until it is decided or withdrawn.
 */
export const escalations = pgTable(
  'escalations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mesaId: uuid('mesa_id')
      .notNull()
      .references(() => mesas.id, { onDelete: 'cascade' }),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    reason: escalationReason('reason').notNull(),
    brief: text('brief').notNull(),
    /** The options put to the high-level body, in order. */
    options: jsonb('options').$type<string[]>().notNull().default([]),
    status: escalationStatus('status').notNull().default('open'),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }).notNull().defaultNow(),
    escalatedBy: uuid('escalated_by').references(() => users.id),
    /** The decision: its text, the day it was taken and who took it. */
    decision: text('decision'),
    decidedOn: date('decided_on', { mode: 'string' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedByPersonId: uuid('decided_by_person_id').references(() => people.id),
    decidedBy: uuid('decided_by').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    visibility: visibility('visibility').notNull().default('members'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('escalations_status_idx').on(t.status, t.escalatedAt),
    index('escalations_mesa_idx').on(t.mesaId, t.status),
    index('escalations_problem_idx').on(t.problemId),
  ],
);

/** The exchange on an escalation, append-only: escalated, returned with questions, answered, decided. */
export const escalationEvents = pgTable(
  'escalation_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    escalationId: uuid('escalation_id')
      .notNull()
      .references(() => escalations.id, { onDelete: 'cascade' }),
    kind: escalationEventKind('kind').notNull(),
    text: text('text').notNull().default(''),
    personId: uuid('person_id').references(() => people.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('escalation_events_escalation_idx').on(t.escalationId, t.createdAt)],
);
