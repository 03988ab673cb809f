import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { locale } from './common';
import { people } from './directory';
import { mesas } from './mesas';

/** Mail and calendars. */

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
