import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cadences, mesaKinds, mesaStatuses } from '../domain/mesa-lifecycle';
import { globalRoles, locales, mesaRoles, visibilities } from '../domain/roles';

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
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    uniqueIndex('users_person_key').on(t.personId),
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
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_mesa_idx').on(t.mesaId),
  ],
);

/** Small key/value facts about this installation (e.g. when demo data was loaded). */
export const installationFacts = pgTable('installation_facts', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
