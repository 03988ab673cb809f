import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cadences, mesaKinds, mesaStatuses } from '../domain/mesa-lifecycle';
import { problemStatuses } from '../domain/problem-status';
import { globalRoles, locales, mesaRoles, visibilities } from '../domain/roles';
import { solutionInstruments } from '../domain/solutions';

export const organizationKind = pgEnum('organization_kind', [
  'public_entity',
  'business_association',
  'company',
  'academia',
  'other',
]);
export const organizationLevel = pgEnum('organization_level', ['national', 'regional', 'local']);
export const globalRole = pgEnum('global_role', globalRoles);
export const mesaRole = pgEnum('mesa_role', mesaRoles);
export const visibility = pgEnum('visibility', visibilities);
export const mesaKind = pgEnum('mesa_kind', mesaKinds);
export const mesaStatus = pgEnum('mesa_status', mesaStatuses);
export const cadence = pgEnum('cadence', cadences);
export const locale = pgEnum('locale', locales);
export const mesaEventKind = pgEnum('mesa_event_kind', ['status', 'host']);

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    acronym: text('acronym'),
    kind: organizationKind('kind').notNull(),
    level: organizationLevel('level').notNull().default('national'),
    parentId: uuid('parent_id'),
    website: text('website'),
    ...timestamps,
  },
  (t) => [uniqueIndex('organizations_name_key').on(sql`lower(${t.name})`)],
);

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fullName: text('full_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    position: text('position'),
    organizationId: uuid('organization_id').references(() => organizations.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('people_email_key').on(sql`lower(${t.email})`),
    index('people_organization_idx').on(t.organizationId),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    globalRole: globalRole('global_role'),
    locale: locale('locale').notNull().default('es'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    /** The identity provider's issuer and subject once the account signed in with OpenID Connect. */
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    uniqueIndex('users_person_key').on(t.personId),
    uniqueIndex('users_oidc_key').on(t.oidcIssuer, t.oidcSubject),
  ],
);

/** Server-side login sessions; the cookie holds a random token, the table only its keyed hash. */
export const authSessions = pgTable(
  'auth_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent'),
  },
  (t) => [index('auth_sessions_user_idx').on(t.userId)],
);

/** Personal API tokens for the CLI and integrations (`Authorization: Bearer`). */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_hash_key').on(t.tokenHash)],
);

export const mesas = pgTable(
  'mesas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    kind: mesaKind('kind').notNull(),
    sector: text('sector').notNull(),
    description: text('description').notNull().default(''),
    status: mesaStatus('status').notNull().default('candidate'),
    hostOrganizationId: uuid('host_organization_id')
      .notNull()
      .references(() => organizations.id),
    cadence: cadence('cadence').notNull().default('biweekly'),
    cadenceDays: integer('cadence_days'),
    visibility: visibility('visibility').notNull().default('members'),
    locale: locale('locale').notNull().default('es'),
    launchedOn: date('launched_on', { mode: 'string' }),
    /** How many problems the team keeps in focus before Mesas warns (the method says three or four). */
    focusLimit: integer('focus_limit').notNull().default(4),
    /** The IANA time zone the Mesa works in ("today", overdue, reminders); null: the deployment's. */
    timeZone: text('time_zone'),
    /** Days before a commitment's due date its owner is reminded; null: the deployment's setting. */
    reminderDaysBefore: integer('reminder_days_before'),
    /** Days after a missed due date the owner gets the overdue notice; null: the deployment's. */
    reminderDaysAfter: integer('reminder_days_after'),
    /** Shown on the public portal and in the open data (its public records only). */
    published: boolean('published').notNull().default(false),
    /** When it was last published; null: never. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('mesas_slug_key').on(t.slug)],
);

/** Dated, explained lifecycle events of a Mesa: status changes and host-institution changes. */
export const mesaEvents = pgTable(
  'mesa_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mesaId: uuid('mesa_id')
      .notNull()
      .references(() => mesas.id, { onDelete: 'cascade' }),
    kind: mesaEventKind('kind').notNull(),
    fromStatus: mesaStatus('from_status'),
    toStatus: mesaStatus('to_status'),
    fromHostId: uuid('from_host_id').references(() => organizations.id),
    toHostId: uuid('to_host_id').references(() => organizations.id),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mesa_events_mesa_idx').on(t.mesaId, t.occurredOn)],
);

export const participations = pgTable(
  'participations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mesaId: uuid('mesa_id')
      .notNull()
      .references(() => mesas.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    role: mesaRole('role').notNull(),
    designatedById: uuid('designated_by_id').references(() => organizations.id),
    isFirstHandOperator: boolean('is_first_hand_operator').notNull().default(false),
    isOccasional: boolean('is_occasional').notNull().default(false),
    /** Speaks for small producers (e.g. smallholders brought in through a federation). */
    representsSmallProducers: boolean('represents_small_producers').notNull().default(false),
    /** A dedicated-team member who also holds formal responsibility for the sector (not a neutral broker). */
    holdsSectorResponsibility: boolean('holds_sector_responsibility').notNull().default(false),
    startedOn: date('started_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    note: text('note'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('participations_mesa_person_role_key').on(t.mesaId, t.personId, t.role),
    index('participations_person_idx').on(t.personId),
  ],
);

/**
 * Append-only audit log, written in the same transaction as the change it records. Each row carries
 * the hash of the previous one, so `mesas verify-audit` detects any edited or deleted row.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    mesaId: uuid('mesa_id'),
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    /** 1: SHA-256 of the row (events written before AUDIT_KEY); 2: HMAC-SHA-256 keyed by AUDIT_KEY. */
    hashVersion: integer('hash_version').notNull().default(1),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    /** Also the latest event of a Mesa (or of no Mesa) at once: the Matrix revision. */
    index('audit_events_mesa_idx').on(t.mesaId, t.seq),
  ],
);

/** Small key/value facts about this installation (e.g. when demo data was loaded). */
export const installationFacts = pgTable('installation_facts', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// ── The Matrix ────────────────────────────────────────────────────────────────────────────────────

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

// ── Sessions, inter-sessional meetings and commitments ───────────────────────────────────────────

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

// ── Mail and calendars ────────────────────────────────────────────────────────────────────────────

export const mailStatus = pgEnum('mail_status', ['pending', 'sent', 'failed']);

/**
 * Every message Mesas sends, written in the transaction that causes it and sent by the background job.
 * `dedupe_key` is unique: a reminder or invitation is queued once however often the job runs. In the
 * embedded default nothing leaves the machine and admins read the outbox in the UI.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dedupeKey: text('dedupe_key').notNull(),
    kind: text('kind').notNull(),
    mesaId: uuid('mesa_id').references(() => mesas.id, { onDelete: 'set null' }),
    personId: uuid('person_id').references(() => people.id),
    toAddress: text('to_address').notNull(),
    locale: locale('locale').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    /** An iCalendar attachment (invitations). */
    ics: text('ics'),
    status: mailStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sendAfter: timestamp('send_after', { withTimezone: true }).notNull().defaultNow(),
    /** While a sender holds the message: another instance leaves it alone until this passes. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    messageId: text('message_id'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('mail_outbox_dedupe_key').on(t.dedupeKey),
    index('mail_outbox_pending_idx').on(t.status, t.sendAfter),
  ],
);

/** Secret calendar-feed addresses: a person's own feed (the token is stored only as a hash). */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('calendar_feeds_token_key').on(t.tokenHash),
    index('calendar_feeds_person_idx').on(t.personId),
  ],
);

// ── Feasibility, escalation (the programme around the Mesas) ──────────────────────────────────────

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

// ── Hardening: sign-in, idempotent writes, tamper-evident audit, live replay ─────────────────────

/**
 * Failed sign-ins per account (the lower-cased e-mail tried), for a per-account throttle with growing
 * delays. A success clears the row; the delay is capped so an attacker cannot lock the real user out.
 */
export const signInThrottle = pgTable('sign_in_throttle', {
  emailKey: text('email_key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailedAt: timestamp('last_failed_at', { withTimezone: true }).notNull().defaultNow(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});

/**
 * One row per `Idempotency-Key` a caller sent with a creating request: written in the transaction of
 * the write it guards, so a committed write and its key are never apart; the answer is kept to replay.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code'),
    responseBody: text('response_body'),
    responseType: text('response_type'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

/**
 * The head of the audit chain (its newest sequence number and hash) with a MAC keyed by AUDIT_KEY,
 * kept outside the chain and rewritten by every append: deleting events at the end, or all of them,
 * leaves a head that no longer matches. One row.
 */
export const auditHead = pgTable('audit_head', {
  id: integer('id').primaryKey().default(1),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  mac: text('mac').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Pending changes of a person's own e-mail: applied only when the link mailed to the new address is used. */
export const emailChanges = pgTable(
  'email_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    newEmail: text('new_email').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('email_changes_token_key').on(t.tokenHash),
    index('email_changes_person_idx').on(t.personId),
  ],
);

/**
 * Every live notice of a meeting, numbered, kept for a day: a stream that reconnects with
 * `Last-Event-ID`, or a server whose LISTEN connection was lost, replays what it missed from here.
 */
export const liveEvents = pgTable(
  'live_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    meetingId: uuid('meeting_id').notNull(),
    payload: jsonb('payload').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('live_events_meeting_idx').on(t.meetingId, t.seq),
    index('live_events_created_idx').on(t.createdAt),
  ],
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
