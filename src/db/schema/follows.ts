import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { FollowChangeKind } from '../../domain/follows';
import { users } from './directory';
import { problems } from './matrix';
import { commitments } from './meetings';

/**
 * Follows: an account follows a problem or a commitment and is mailed, at most once an hour, what
 * moved in it (status, progress, deadline), in its own language.
 *
 * The design is a queue per follower, filled where the change is made: the command that changes a
 * followed record writes one `follow_changes` row per follower (never for the one who made the change)
 * in the transaction of the change, so a change rolled back queues nothing. The mail job takes each
 * follower whose last follow mail (`follow_mailings`) is an hour old or who never had one, writes one
 * mail listing their queued changes (checking again that they may still see each record) and deletes
 * what it listed. Changes that arrive meanwhile wait in the queue for the next mail. Unfollowing
 * drops what was queued for that record.
 */

/** Who follows what: exactly one of problem and commitment. */
export const follows = pgTable(
  'follows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    problemId: uuid('problem_id').references(() => problems.id, { onDelete: 'cascade' }),
    commitmentId: uuid('commitment_id').references(() => commitments.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('follows_user_problem_key').on(t.userId, t.problemId),
    uniqueIndex('follows_user_commitment_key').on(t.userId, t.commitmentId),
    index('follows_problem_idx').on(t.problemId),
    index('follows_commitment_idx').on(t.commitmentId),
    check('follows_one_record', sql`num_nonnulls(${t.problemId}, ${t.commitmentId}) = 1`),
  ],
);

/**
 * A change of a followed record waiting to be mailed to one follower: what kind of change and its
 * facts (statuses, dates, the text of a report), rendered in the follower's language when mailed.
 */
export const followChanges = pgTable(
  'follow_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    problemId: uuid('problem_id').references(() => problems.id, { onDelete: 'cascade' }),
    commitmentId: uuid('commitment_id').references(() => commitments.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<FollowChangeKind>().notNull(),
    detail: jsonb('detail').$type<Record<string, string | number | null>>().notNull().default({}),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('follow_changes_user_idx').on(t.userId, t.occurredAt),
    index('follow_changes_problem_idx').on(t.problemId),
    index('follow_changes_commitment_idx').on(t.commitmentId),
    check('follow_changes_one_record', sql`num_nonnulls(${t.problemId}, ${t.commitmentId}) = 1`),
  ],
);

/** When each follower was last mailed their changes: the next mail waits an hour from it. */
export const followMailings = pgTable('follow_mailings', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  lastMailedAt: timestamp('last_mailed_at', { withTimezone: true }),
});
