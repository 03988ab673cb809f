import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { people, users } from './directory';

/** Hardening: sign-in throttling, idempotent writes, the audit head, e-mail changes and live replay. */

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
