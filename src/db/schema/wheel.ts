import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { RespondentGroup, WheelDimension } from '../../domain/wheel';
import { timestamps } from './common';
import { people, users } from './directory';
import { mesas } from './mesas';

/**
 * The PPD Evaluation Wheel (src/domain/wheel.ts). Anonymity is kept by the shape of the tables: who
 * was asked and whether they answered (`wheel_respondents`) is apart from the scores (`wheel_scores`),
 * and a score row holds only the question, the respondent's group and the score — no person, no time,
 * and a random id, so neither a column nor an order ties it to whoever gave it.
 */

/**
 * The Wheel's questions: data, editable by an admin, seeded with two or three questions per dimension
 * in Spanish and English. A question is retired rather than deleted; a round keeps the questions as it
 * asked them (`wheel_round_questions`).
 */
export const wheelQuestions = pgTable(
  'wheel_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stable key, e.g. `mandate.clear_mandate`. */
    key: text('key').notNull(),
    dimension: text('dimension').$type<WheelDimension>().notNull(),
    position: integer('position').notNull(),
    textEs: text('text_es').notNull(),
    textEn: text('text_en').notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('wheel_questions_key').on(t.key)],
);

/**
 * One round of the Wheel in a Mesa: opened by its team or the coordinating office, open until the team
 * closes it or its closing day passes. It keeps the anonymity threshold it was opened with, the
 * dimensions marked not applicable to the Mesa, and the period its measured facts cover.
 */
export const wheelRounds = pgTable(
  'wheel_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mesaId: uuid('mesa_id')
      .notNull()
      .references(() => mesas.id, { onDelete: 'cascade' }),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** The period the round looks back on: its measured facts are read over it. */
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    /** Results show only when at least this many answered (per group too). */
    minAnswers: integer('min_answers').notNull(),
    notApplicable: jsonb('not_applicable').$type<WheelDimension[]>().notNull().default([]),
    openedBy: uuid('opened_by').references(() => users.id),
    closedBy: uuid('closed_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('wheel_rounds_mesa_idx').on(t.mesaId, t.openedOn)],
);

/** The questions a round asked, as they were worded then. */
export const wheelRoundQuestions = pgTable(
  'wheel_round_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => wheelRounds.id, { onDelete: 'cascade' }),
    /** The question of this installation it was taken from (none in a round brought by an archive). */
    questionId: uuid('question_id').references(() => wheelQuestions.id, { onDelete: 'set null' }),
    key: text('key').notNull(),
    dimension: text('dimension').$type<WheelDimension>().notNull(),
    position: integer('position').notNull(),
    textEs: text('text_es').notNull(),
    textEn: text('text_en').notNull(),
  },
  (t) => [uniqueIndex('wheel_round_questions_key').on(t.roundId, t.key)],
);

/**
 * Who a round asked, in which group, and whether they answered — never what. The team sees this list
 * to know whom to remind.
 */
export const wheelRespondents = pgTable(
  'wheel_respondents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => wheelRounds.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    respondentGroup: text('respondent_group').$type<RespondentGroup>().notNull(),
    answered: boolean('answered').notNull().default(false),
    /** Whether the invitation went out by e-mail (the person had an address). */
    mailed: boolean('mailed').notNull().default(false),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('wheel_respondents_round_person_key').on(t.roundId, t.personId)],
);

/** The personal link of a respondent (`/w/<token>`): only the token's SHA-256 is stored. */
export const wheelLinks = pgTable(
  'wheel_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    respondentId: uuid('respondent_id')
      .notNull()
      .references(() => wheelRespondents.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('wheel_links_token_key').on(t.tokenHash),
    index('wheel_links_respondent_idx').on(t.respondentId),
  ],
);

/**
 * One score given to one question of a round: the respondent's group and nothing else about them. The
 * id is random (not ordered by time) and there is no timestamp.
 */
export const wheelScores = pgTable(
  'wheel_scores',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundQuestionId: uuid('round_question_id')
      .notNull()
      .references(() => wheelRoundQuestions.id, { onDelete: 'cascade' }),
    respondentGroup: text('respondent_group').$type<RespondentGroup>().notNull(),
    /** 0 ("don't know") to 5. */
    score: smallint('score').notNull(),
  },
  (t) => [
    index('wheel_scores_question_idx').on(t.roundQuestionId),
    check('wheel_scores_score_range', sql`${t.score} between 0 and 5`),
    check('wheel_scores_group', sql`${t.respondentGroup} in ('public', 'private', 'team')`),
  ],
);
