import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  customType,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { problemStatuses } from '../../domain/problem-status';
import { solutionInstruments } from '../../domain/solutions';
import { timestamps, visibility } from './common';
import { organizations, people, users } from './directory';
import { mesas } from './mesas';

/** The Matrix: categories, problems, their entities, status history, solutions, indicators and field feedback. */

export const problemStatus = pgEnum('problem_status', problemStatuses);
export const ownerType = pgEnum('owner_type', ['MP', 'YP']);
export const solutionInstrument = pgEnum('solution_instrument', solutionInstruments);
export const indicatorDirection = pgEnum('indicator_direction', ['lower_is_better', 'higher_is_better']);
export const feedbackVerdict = pgEnum('feedback_verdict', ['works', 'partly', 'not_applied']);

/** Barrier categories: the default taxonomy of the method, editable per deployment by an admin. */
export const barrierCategories = pgTable(
  'barrier_categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    nameEs: text('name_es').notNull(),
    nameEn: text('name_en').notNull(),
    position: integer('position').notNull().default(0),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex('barrier_categories_key_key').on(t.key)],
);

/** A bottleneck: one row of a Mesa's Matrix. */
/** A PostgreSQL `tsvector`; only ever computed by the database (generated columns). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const problems = pgTable(
  'problems',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mesaId: uuid('mesa_id')
      .notNull()
      .references(() => mesas.id, { onDelete: 'cascade' }),
    /** Sequential within the Mesa (P-1, P-2…), as teams refer to rows of their Matrix. */
    number: integer('number').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    categoryId: uuid('category_id').references(() => barrierCategories.id),
    ownerType: ownerType('owner_type').notNull().default('MP'),
    raisedByPersonId: uuid('raised_by_person_id').references(() => people.id),
    raisedByOrganizationId: uuid('raised_by_organization_id').references(() => organizations.id),
    impact: integer('impact').notNull().default(3),
    ease: integer('ease').notNull().default(3),
    inFocus: boolean('in_focus').notNull().default(false),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    visibility: visibility('visibility').notNull().default('members'),
    status: problemStatus('status').notNull().default('identified'),
    statusReason: text('status_reason'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
    /** Filter flags the team confirmed (subsidy, tax_exemption, declaratory). */
    filterFlags: text('filter_flags').array().notNull().default(sql`'{}'::text[]`),
    /** Accent-folded text of the problem and its solutions, for full-text search in es and en. */
    searchDocument: text('search_document').notNull().default(''),
    /** The search document parsed once, when it is written, so that matching and ranking read it. */
    searchEs: tsvector('search_es')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('spanish'::regconfig, search_document)`),
    searchEn: tsvector('search_en')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('english'::regconfig, search_document)`),
    /** Filter flags the text suggested and the team dismissed: not suggested again for that text. */
    dismissedFlags: text('dismissed_flags').array().notNull().default(sql`'{}'::text[]`),
    /**
     * Negative field feedback (partly / not applied) received while the problem was enacted or
     * verified, not yet answered by a reopen or a later positive report: the Matrix and agenda flag it.
     */
    fieldAlertFeedbackId: uuid('field_alert_feedback_id').references((): AnyPgColumn => fieldFeedback.id, {
      onDelete: 'set null',
    }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('problems_mesa_number_key').on(t.mesaId, t.number),
    index('problems_mesa_idx').on(t.mesaId, t.status),
    // Without the pending list (fastupdate): a search never reads through entries queued since the
    // last vacuum, which after a bulk import made a rare word as slow as a frequent one.
    index('problems_search_es_idx').using('gin', t.searchEs).with({ fastupdate: false }),
    index('problems_search_en_idx').using('gin', t.searchEn).with({ fastupdate: false }),
  ],
);

/** The public entities responsible for acting on a problem. */
export const problemEntities = pgTable(
  'problem_entities',
  {
    problemId: uuid('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [
    uniqueIndex('problem_entities_key').on(t.problemId, t.organizationId),
    index('problem_entities_org_idx').on(t.organizationId),
  ],
);

/** Every status change of a problem, dated and explained. */
export const problemStatusEvents = pgTable(
  'problem_status_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    fromStatus: problemStatus('from_status'),
    toStatus: problemStatus('to_status').notNull(),
    reason: text('reason'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid('recorded_by').references(() => users.id),
  },
  (t) => [
    index('problem_status_events_problem_idx').on(t.problemId, t.occurredAt),
    // The momentum of the portfolio and dashboards: fixes enacted or verified since a month.
    index('problem_status_events_momentum_idx')
      .on(t.occurredAt, t.problemId)
      .where(sql`${t.toStatus} in ('enacted', 'verified')`),
  ],
);

/** A candidate solution under a problem; its text lives in versions (the recursive loop). */
export const solutions = pgTable(
  'solutions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    instrument: solutionInstrument('instrument').notNull().default('other'),
    proposedByOrganizationId: uuid('proposed_by_organization_id').references(() => organizations.id),
    filterFlags: text('filter_flags').array().notNull().default(sql`'{}'::text[]`),
    /** Filter flags the text suggested and the team dismissed. */
    dismissedFlags: text('dismissed_flags').array().notNull().default(sql`'{}'::text[]`),
    currentVersion: integer('current_version').notNull().default(1),
    /** The day the Mesa agreed on this solution (reform tracking's "agreed" stage). */
    agreedOn: date('agreed_on', { mode: 'string' }),
    /** The day the instrument's draft was ready (reform tracking's "drafted" stage). */
    draftedOn: date('drafted_on', { mode: 'string' }),
    /** The norm that enacts the solution: its name, number, date and official gazette link. */
    normName: text('norm_name'),
    normNumber: text('norm_number'),
    normDate: date('norm_date', { mode: 'string' }),
    normUrl: text('norm_url'),
    /** Edit version for optimistic locking: every change (flags, instrument, a new text) increments it. */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [index('solutions_problem_idx').on(t.problemId)],
);

/** Every text a solution has had: who revised it, when and why. Never updated, only added to. */
export const solutionVersions = pgTable(
  'solution_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    solutionId: uuid('solution_id')
      .notNull()
      .references(() => solutions.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    text: text('text').notNull(),
    reason: text('reason'),
    revisedOn: date('revised_on', { mode: 'string' }),
    revisedBy: uuid('revised_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('solution_versions_number_key').on(t.solutionId, t.number)],
);

/** What changed for the sector, before → after. */
export const outcomeIndicators = pgTable(
  'outcome_indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    solutionId: uuid('solution_id').references(() => solutions.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    direction: indicatorDirection('direction').notNull(),
    baselineValue: numeric('baseline_value', { mode: 'number' }),
    baselineOn: date('baseline_on', { mode: 'string' }),
    targetValue: numeric('target_value', { mode: 'number' }),
    currentValue: numeric('current_value', { mode: 'number' }),
    currentOn: date('current_on', { mode: 'string' }),
    source: text('source'),
    ...timestamps,
  },
  (t) => [index('outcome_indicators_problem_idx').on(t.problemId)],
);

/** A participant's report of whether an enacted fix is applied on the ground. */
export const fieldFeedback = pgTable(
  'field_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id),
    verdict: feedbackVerdict('verdict').notNull(),
    text: text('text').notNull(),
    observedOn: date('observed_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('field_feedback_problem_idx').on(t.problemId, t.createdAt)],
);

/**
 * A link that lets one person report field feedback on one problem from a phone without signing in:
 * the token is kept only as its SHA-256 hash and works until it expires.
 */
export const fieldFeedbackLinks = pgTable(
  'field_feedback_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('field_feedback_links_token_key').on(t.tokenHash),
    index('field_feedback_links_problem_idx').on(t.problemId, t.personId),
  ],
);
