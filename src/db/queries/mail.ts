import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../client';
import {
  agendaItems,
  commitments,
  mailOutbox,
  meetingParticipants,
  meetings,
  mesas,
  minutesVersions,
  organizations,
  participations,
  people,
  problems,
  users,
} from '../schema';
import { mesaTodaySql, overdueSql } from './predicates';

export type OutboxRow = typeof mailOutbox.$inferSelect;
export type NewOutboxRow = typeof mailOutbox.$inferInsert;
export type OutboxStatus = OutboxRow['status'];

/**
 * Queues a message unless one with the same dedupe key exists (whatever its status): the insert and
 * the change that causes it commit together. Returns the new id, or null when it was already queued.
 */
export async function insertOutboxMessage(db: Db, values: NewOutboxRow): Promise<string | null> {
  const [row] = await db
    .insert(mailOutbox)
    .values(values)
    .onConflictDoNothing({ target: mailOutbox.dedupeKey })
    .returning({ id: mailOutbox.id });
  return row?.id ?? null;
}

const summaryColumns = {
  id: mailOutbox.id,
  kind: mailOutbox.kind,
  dedupeKey: mailOutbox.dedupeKey,
  toAddress: mailOutbox.toAddress,
  locale: mailOutbox.locale,
  subject: mailOutbox.subject,
  status: mailOutbox.status,
  attempts: mailOutbox.attempts,
  lastError: mailOutbox.lastError,
  sendAfter: mailOutbox.sendAfter,
  lockedUntil: mailOutbox.lockedUntil,
  messageId: mailOutbox.messageId,
  sentAt: mailOutbox.sentAt,
  createdAt: mailOutbox.createdAt,
  hasIcs: sql<boolean>`${mailOutbox.ics} is not null`,
  mesaId: mailOutbox.mesaId,
  mesaName: mesas.name,
  personId: mailOutbox.personId,
  personName: people.fullName,
};

/** The outbox, newest first, one page at a time, with the number of messages matching the filter. */
export async function listOutbox(
  db: Db,
  filter: { status?: OutboxStatus; kind?: string; limit: number; offset: number },
) {
  const where = and(
    filter.status ? eq(mailOutbox.status, filter.status) : undefined,
    filter.kind ? eq(mailOutbox.kind, filter.kind) : undefined,
  );
  const rows = await db
    .select(summaryColumns)
    .from(mailOutbox)
    .leftJoin(mesas, eq(mesas.id, mailOutbox.mesaId))
    .leftJoin(people, eq(people.id, mailOutbox.personId))
    .where(where)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ n: count() }).from(mailOutbox).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** One message with its whole text, HTML and calendar attachment. */
export async function getOutboxMessage(db: Db, id: string) {
  const [row] = await db
    .select({
      ...summaryColumns,
      text: mailOutbox.text,
      html: mailOutbox.html,
      ics: mailOutbox.ics,
    })
    .from(mailOutbox)
    .leftJoin(mesas, eq(mesas.id, mailOutbox.mesaId))
    .leftJoin(people, eq(people.id, mailOutbox.personId))
    .where(eq(mailOutbox.id, id));
  return row ?? null;
}

// ── Sending ─────────────────────────────────────────────────────────────────────────────────────────

/**
 * Claims up to `limit` messages that are due and not held by another sender: sets their lock until
 * `lockedUntil` and counts the attempt, in one statement. The inner select skips rows another
 * transaction has locked, so two instances claiming at once never get the same message.
 */
export async function claimOutbox(db: Db, opts: { now: Date; lockedUntil: Date; limit: number }) {
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(
      and(
        eq(mailOutbox.status, 'pending'),
        lte(mailOutbox.sendAfter, opts.now),
        or(isNull(mailOutbox.lockedUntil), lte(mailOutbox.lockedUntil, opts.now)),
      ),
    )
    .orderBy(asc(mailOutbox.sendAfter), asc(mailOutbox.createdAt))
    .limit(opts.limit)
    .for('update', { skipLocked: true });
  const rows = await db
    .update(mailOutbox)
    .set({ lockedUntil: opts.lockedUntil, attempts: sql`${mailOutbox.attempts} + 1` })
    .where(inArray(mailOutbox.id, due))
    .returning();
  // RETURNING follows no order: send in the order the messages were due and queued.
  return rows.sort(
    (a, b) => a.sendAfter.getTime() - b.sendAfter.getTime() || a.createdAt.getTime() - b.createdAt.getTime(),
  );
}

/** Marks a claimed message sent (still pending: a message is marked once). */
export async function markOutboxSent(db: Db, id: string, values: { messageId: string; sentAt: Date }) {
  const [row] = await db
    .update(mailOutbox)
    .set({
      status: 'sent',
      messageId: values.messageId,
      sentAt: values.sentAt,
      lockedUntil: null,
      lastError: null,
    })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, 'pending')))
    .returning({ id: mailOutbox.id });
  return Boolean(row);
}

/** Records a failed attempt: retried from `retryAt`, or given up as failed when `retryAt` is null. */
export async function markOutboxFailure(db: Db, id: string, values: { error: string; retryAt: Date | null }) {
  await db
    .update(mailOutbox)
    .set({
      lastError: values.error,
      lockedUntil: null,
      ...(values.retryAt ? { sendAfter: values.retryAt } : { status: 'failed' as const }),
    })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, 'pending')));
}

/** Gives up pending messages created before `createdBefore` (too old to be worth sending). */
export async function expireOutbox(db: Db, opts: { now: Date; createdBefore: Date; error: string }) {
  const rows = await db
    .update(mailOutbox)
    .set({ status: 'failed', lastError: opts.error, lockedUntil: null })
    .where(
      and(
        eq(mailOutbox.status, 'pending'),
        lt(mailOutbox.createdAt, opts.createdBefore),
        or(isNull(mailOutbox.lockedUntil), lte(mailOutbox.lockedUntil, opts.now)),
      ),
    )
    .returning({ id: mailOutbox.id });
  return rows.length;
}

// ── What the messages are about ─────────────────────────────────────────────────────────────────────

/** A person a message goes to: address, name and language (their account's, when they have one). */
const recipientColumns = {
  personId: people.id,
  fullName: people.fullName,
  email: people.email,
  userLocale: users.locale,
  globalRole: users.globalRole,
};

/**
 * The dedupe key of a commitment's reminder (due on `today` or later) or overdue notice (due before
 * `today`): `reminder:<id>:<dueOn>` / `overdue:<id>:<dueOn>`. A new due date is a new key.
 */
export function commitmentMailKey(kind: 'reminder' | 'overdue', commitmentId: string, dueOn: string) {
  return `${kind}:${commitmentId}:${dueOn}`;
}

/**
 * Open commitments of a Mesa that is not closed, due from today to `reminderDays` days after today (the
 * Mesa's own `reminder_days_before` when set), or late by `after` to `after + overdueDays - 1` days
 * (`after` the Mesa's `reminder_days_after`, at least 1; else 1), whose owner has an e-mail address and
 * whose reminder or overdue notice (as of today) is not queued yet. "Today" is the calendar day at `now` in the Mesa's own time zone, or in `timeZone`
 * (the deployment's) for a Mesa without one; each row carries it as `today`.
 */
export async function commitmentsForMail(
  db: Db,
  opts: { now: Date; timeZone: string; overdueDays: number; reminderDays: number },
) {
  const today = mesaTodaySql(opts.now, opts.timeZone);
  const dedupeKey = sql<string>`(case when ${overdueSql(commitments.status, commitments.dueOn, today)} then 'overdue:' else 'reminder:' end) || ${commitments.id}::text || ':' || to_char(${commitments.dueOn}, 'YYYY-MM-DD')`;
  return db
    .select({
      id: commitments.id,
      text: commitments.text,
      dueOn: commitments.dueOn,
      today: sql<string>`to_char(${today}, 'YYYY-MM-DD')`,
      mesaId: commitments.mesaId,
      mesaName: mesas.name,
      mesaLocale: mesas.locale,
      organizationName: organizations.name,
      problemTitle: problems.title,
      ...recipientColumns,
    })
    .from(commitments)
    .innerJoin(mesas, eq(mesas.id, commitments.mesaId))
    .innerJoin(people, eq(people.id, commitments.personId))
    .leftJoin(users, and(eq(users.personId, people.id), isNull(users.disabledAt)))
    .leftJoin(organizations, eq(organizations.id, commitments.organizationId))
    .leftJoin(problems, eq(problems.id, commitments.problemId))
    .where(
      and(
        eq(commitments.status, 'open'),
        // The reminder from `before` days ahead (the Mesa's, else the deployment's) up to the due day;
        // the notice from `after` days late (the Mesa's, at least 1, else 1) for `overdueDays` days.
        or(
          sql`${commitments.dueOn} between ${today} and ${today} + coalesce(${mesas.reminderDaysBefore}, ${opts.reminderDays}::int)`,
          sql`${today} - ${commitments.dueOn} between greatest(coalesce(${mesas.reminderDaysAfter}, 1), 1) and greatest(coalesce(${mesas.reminderDaysAfter}, 1), 1) + ${opts.overdueDays}::int - 1`,
        ),
        ne(mesas.status, 'closed'),
        isNotNull(people.email),
        sql`not exists (select 1 from ${mailOutbox} where ${mailOutbox.dedupeKey} = ${dedupeKey})`,
      ),
    )
    .orderBy(asc(commitments.dueOn), asc(commitments.id));
}

/** A meeting with the name and language of its Mesa, and its moderator. */
export async function meetingForMail(db: Db, meetingId: string) {
  const moderator = alias(people, 'moderator');
  const [row] = await db
    .select({
      meeting: meetings,
      mesaName: mesas.name,
      mesaLocale: mesas.locale,
      moderatorName: moderator.fullName,
      moderatorEmail: moderator.email,
    })
    .from(meetings)
    .innerJoin(mesas, eq(mesas.id, meetings.mesaId))
    .leftJoin(moderator, eq(moderator.id, meetings.moderatorPersonId))
    .where(eq(meetings.id, meetingId));
  return row ?? null;
}

/**
 * The people of a meeting who have an e-mail address: those invited or, with `attendees`, also
 * those whose attendance was recorded.
 */
export async function meetingRecipients(db: Db, meetingId: string, opts: { attendees?: boolean } = {}) {
  return db
    .select(recipientColumns)
    .from(meetingParticipants)
    .innerJoin(people, eq(people.id, meetingParticipants.personId))
    .leftJoin(users, and(eq(users.personId, people.id), isNull(users.disabledAt)))
    .where(
      and(
        eq(meetingParticipants.meetingId, meetingId),
        opts.attendees
          ? or(eq(meetingParticipants.invited, true), isNotNull(meetingParticipants.attendance))
          : eq(meetingParticipants.invited, true),
        isNotNull(people.email),
      ),
    )
    .orderBy(asc(people.fullName));
}

/** The dedupe keys of the messages whose key starts with `prefix`. */
export async function keysWithPrefix(db: Db, prefix: string): Promise<string[]> {
  const rows = await db
    .select({ key: mailOutbox.dedupeKey })
    .from(mailOutbox)
    .where(sql`starts_with(${mailOutbox.dedupeKey}, ${prefix})`);
  return rows.map((r) => r.key);
}

/** The roles some people hold in a Mesa now (participations not ended, as for signed-in actors). */
export async function mesaRolesOf(db: Db, mesaId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .select({ personId: participations.personId, role: participations.role })
    .from(participations)
    .where(
      and(
        eq(participations.mesaId, mesaId),
        inArray(participations.personId, [...personIds]),
        isNull(participations.endedOn),
      ),
    );
}

/** A meeting's agenda in order. */
export async function agendaForMail(db: Db, meetingId: string) {
  return db
    .select({ title: agendaItems.title, kind: agendaItems.kind, minutes: agendaItems.minutes })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position));
}

/** The latest version of a meeting's minutes, if it has any. */
export async function latestMinutes(db: Db, meetingId: string) {
  const [row] = await db
    .select()
    .from(minutesVersions)
    .where(eq(minutesVersions.meetingId, meetingId))
    .orderBy(desc(minutesVersions.number))
    .limit(1);
  return row ?? null;
}
