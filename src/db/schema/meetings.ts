import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
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
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { locale, timestamps, visibility } from './common';
import { organizations, people, users } from './directory';
import { problems, solutions } from './matrix';
import { mesas } from './mesas';

/** Sessions (meetings), inter-sessional meetings, agendas, decisions, minutes and commitments. */

export const meetingKind = pgEnum('meeting_kind', ['session', 'intersessional', 'high_level', 'preliminary']);
export const meetingState = pgEnum('meeting_state', ['draft', 'scheduled', 'in_progress', 'closed']);
export const attendanceStatus = pgEnum('attendance_status', ['present', 'absent', 'excused']);
export const commitmentStatus = pgEnum('commitment_status', ['open', 'done', 'cancelled']);

export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mesaId: uuid('mesa_id')
      .notNull()
      .references(() => mesas.id, { onDelete: 'cascade' }),
    kind: meetingKind('kind').notNull(),
    /** Sessions are numbered within their Mesa (session 1, 2…); other meetings have no number. */
    number: integer('number'),
    title: text('title').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** The IANA time zone the meeting is held in (its dates and deadlines are read in it). */
    timeZone: text('time_zone').notNull(),
    place: text('place').notNull().default(''),
    onlineUrl: text('online_url'),
    /** An inter-sessional meeting among public entities only: private representatives don't see it. */
    publicSectorOnly: boolean('public_sector_only').notNull().default(false),
    visibility: visibility('visibility').notNull().default('members'),
    state: meetingState('state').notNull().default('scheduled'),
    moderatorPersonId: uuid('moderator_person_id').references(() => people.id),
    /** Free notes of the session record; frozen with the minutes when the meeting closes. */
    notes: text('notes').notNull().default(''),
    startedAt: timestamp('started_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** The agenda item the moderator has the room on in a live session (null: the first not discussed). */
    currentAgendaItemId: uuid('current_agenda_item_id').references((): AnyPgColumn => agendaItems.id, {
      onDelete: 'set null',
    }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index('meetings_mesa_idx').on(t.mesaId, t.startsAt),
    uniqueIndex('meetings_session_number_key').on(t.mesaId, t.number).where(sql`kind = 'session'`),
  ],
);

/** Problems an inter-sessional (or any) meeting is about. */
export const meetingProblems = pgTable(
  'meeting_problems',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.problemId] }),
    index('meeting_problems_problem_idx').on(t.problemId),
  ],
);

/** Who was invited to a meeting and whether they came; the organization they represented then. */
export const meetingParticipants = pgTable(
  'meeting_participants',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    invited: boolean('invited').notNull().default(true),
    attendance: attendanceStatus('attendance'),
    note: text('note'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.personId] }),
    index('meeting_participants_person_idx').on(t.personId),
  ],
);

/** The agenda of a meeting: generated from the Matrix as a draft, then edited; notes taken live. */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** What the item is about (commitment_due, focus_problem, field_feedback, new_problem, …, custom). */
    kind: text('kind').notNull(),
    /** Stable key of a generated item (kind and the record it is about), to compare with a new draft. */
    key: text('key'),
    title: text('title').notNull().default(''),
    problemId: uuid('problem_id').references(() => problems.id, { onDelete: 'set null' }),
    commitmentId: uuid('commitment_id'),
    feedbackId: uuid('feedback_id'),
    escalationId: uuid('escalation_id'),
    minutes: integer('minutes').notNull().default(5),
    notes: text('notes').notNull().default(''),
    discussedAt: timestamp('discussed_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('agenda_items_meeting_idx').on(t.meetingId, t.position),
    index('agenda_items_problem_idx').on(t.problemId),
  ],
);

/** Decisions taken in a meeting, optionally about a problem. */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    problemId: uuid('problem_id').references(() => problems.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('decisions_meeting_idx').on(t.meetingId)],
);

/**
 * Frozen minutes: closing a meeting writes version 1 from the session record; a correction after
 * that is a new version with its reason. Earlier versions are never changed.
 */
export const minutesVersions = pgTable(
  'minutes_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    locale: locale('locale').notNull(),
    /** The minutes document (the structure of src/domain/minutes.ts). */
    content: jsonb('content').notNull(),
    reason: text('reason'),
    visibility: visibility('visibility').notNull().default('members'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('minutes_versions_number_key').on(t.meetingId, t.number)],
);

/** Who (person and entity) does what by when; overdue is derived from the due date, never stored. */
export const commitments = pgTable(
  'commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mesaId: uuid('mesa_id')
      .notNull()
      .references(() => mesas.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    text: text('text').notNull(),
    /** The calendar day it is due, in the time zone of the Mesa's deployment. */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** The due date first agreed, once the deadline has been moved: the on-time record counts it. */
    originalDueOn: date('original_due_on', { mode: 'string' }),
    problemId: uuid('problem_id').references(() => problems.id, { onDelete: 'set null' }),
    solutionId: uuid('solution_id').references(() => solutions.id, { onDelete: 'set null' }),
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    status: commitmentStatus('status').notNull().default('open'),
    statusReason: text('status_reason'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    visibility: visibility('visibility').notNull().default('members'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index('commitments_mesa_idx').on(t.mesaId, t.status, t.dueOn),
    index('commitments_person_idx').on(t.personId, t.status),
    index('commitments_organization_idx').on(t.organizationId, t.status),
    index('commitments_problem_idx').on(t.problemId),
    index('commitments_meeting_idx').on(t.meetingId),
  ],
);

/**
 * Commitments counted by Mesa, responsible entity, visibility and outcome, kept current by a trigger
 * on `commitments` (migration 0012) so that the portfolio reads a few hundred rows instead of grouping
 * every commitment. `outcome`: open (with `due_on`, the first agreed due day), on_time or late (done,
 * judged in the Mesa's time zone when it was completed), done_undated (done with no completion time).
 */
export const commitmentTallies = pgTable(
  'commitment_tallies',
  {
    mesaId: uuid('mesa_id')
      .notNull()
      .references(() => mesas.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id'),
    visibility: visibility('visibility').notNull(),
    outcome: text('outcome').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    count: integer('count').notNull(),
  },
  (t) => [
    unique('commitment_tallies_key')
      .on(t.mesaId, t.organizationId, t.visibility, t.outcome, t.dueOn)
      .nullsNotDistinct(),
  ],
);

/** The append-only log of progress reported on a commitment. */
export const commitmentReports = pgTable(
  'commitment_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => commitments.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    personId: uuid('person_id').references(() => people.id),
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('commitment_reports_commitment_idx').on(t.commitmentId, t.createdAt)],
);

/** Every move of a commitment's deadline: from which day to which, why, by whom and when. */
export const commitmentDueChanges = pgTable(
  'commitment_due_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => commitments.id, { onDelete: 'cascade' }),
    fromDueOn: date('from_due_on', { mode: 'string' }).notNull(),
    toDueOn: date('to_due_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    changedBy: uuid('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('commitment_due_changes_commitment_idx').on(t.commitmentId, t.changedAt)],
);
