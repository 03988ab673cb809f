import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  cadence,
  locale,
  mesaEventKind,
  mesaKind,
  mesaRole,
  mesaStatus,
  timestamps,
  visibility,
} from './common';
import { organizations, people, users } from './directory';

/** Mesas, their lifecycle and participants; the audit log and the installation's facts. */

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
