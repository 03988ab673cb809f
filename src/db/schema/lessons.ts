import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamps, visibility } from './common';
import { users } from './directory';
import { problems } from './matrix';
import { meetings } from './meetings';
import { mesas } from './mesas';
import { escalations } from './programme';

/** A PostgreSQL `tsvector`; only ever computed by the database (generated columns). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * A lesson a Mesa's team writes down when a problem is verified, dropped or escalated: what happened
 * and what was learned, so that another Mesa facing a similar problem finds it (search across Mesas,
 * and the similar lessons shown on a problem's page).
 */
export const lessons = pgTable(
  'lessons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mesaId: uuid('mesa_id')
      .notNull()
      .references(() => mesas.id, { onDelete: 'cascade' }),
    whatHappened: text('what_happened').notNull(),
    whatWasLearned: text('what_was_learned').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    visibility: visibility('visibility').notNull().default('members'),
    /** Accent-folded text of the lesson (what happened, what was learned, tags), for full-text search. */
    searchDocument: text('search_document').notNull().default(''),
    searchEs: tsvector('search_es')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('spanish'::regconfig, search_document)`),
    searchEn: tsvector('search_en')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('english'::regconfig, search_document)`),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index('lessons_mesa_idx').on(t.mesaId, t.createdAt),
    index('lessons_search_es_idx').using('gin', t.searchEs).with({ fastupdate: false }),
    index('lessons_search_en_idx').using('gin', t.searchEn).with({ fastupdate: false }),
  ],
);

/** What a lesson draws on: exactly one problem, session (meeting) or escalation of its Mesa per row. */
export const lessonLinks = pgTable(
  'lesson_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lessonId: uuid('lesson_id')
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    problemId: uuid('problem_id').references(() => problems.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'cascade' }),
    escalationId: uuid('escalation_id').references(() => escalations.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('lesson_links_problem_key').on(t.lessonId, t.problemId),
    uniqueIndex('lesson_links_meeting_key').on(t.lessonId, t.meetingId),
    uniqueIndex('lesson_links_escalation_key').on(t.lessonId, t.escalationId),
    index('lesson_links_problem_idx').on(t.problemId),
    index('lesson_links_meeting_idx').on(t.meetingId),
    index('lesson_links_escalation_idx').on(t.escalationId),
    check(
      'lesson_links_one_record',
      sql`num_nonnulls(${t.problemId}, ${t.meetingId}, ${t.escalationId}) = 1`,
    ),
  ],
);
