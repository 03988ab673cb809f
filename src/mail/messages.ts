import { createHash } from 'node:crypto';
import type { CommandContext } from '../commands/context';
import type { Db } from '../db/client';
import {
  agendaForMail,
  commitmentMailKey,
  commitmentsForMail,
  keysWithPrefix,
  latestMinutes,
  meetingForMail,
  meetingRecipients,
  mesaRolesOf,
} from '../db/queries/mail';
import { type Actor, canSee, canSeeMeeting } from '../domain/access';
import { daysBetween } from '../domain/calendar-days';
import type { MinutesDocument } from '../domain/minutes';
import type { Locale, MesaRole } from '../domain/roles';
import { invitationIcs, parseSender } from './ics';
import { mailLinks } from './links';
import { queueMail } from './outbox';
import {
  type MeetingInfo,
  renderCommitmentOverdue,
  renderCommitmentReminder,
  renderInvitation,
  renderMinutes,
} from './render';

/**
 * What to e-mail, and to whom, when something happens: invitations when a meeting is scheduled,
 * minutes when it closes, reminders before a commitment is due and a notice once it is overdue. Each
 * function only queues (src/mail/outbox.ts), inside the caller's transaction; dedupe keys make every
 * one safe to call again.
 */

interface Recipient {
  personId: string;
  fullName: string;
  email: string | null;
  userLocale: Locale | null;
}

/** A person's language: their account's when they have one, else their Mesa's. */
const recipientLocale = (r: Recipient, mesaLocale: Locale): Locale => r.userLocale ?? mesaLocale;

function meetingInfo(m: MeetingInfo): MeetingInfo {
  return {
    kind: m.kind,
    number: m.number,
    title: m.title,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    timeZone: m.timeZone,
    place: m.place,
    onlineUrl: m.onlineUrl,
  };
}

/** A short fingerprint of when and where a meeting is, beyond its start: its end, zone, place and link. */
function whereFingerprint(m: { endsAt: Date; timeZone: string; place: string; onlineUrl: string | null }) {
  return createHash('sha256')
    .update(JSON.stringify([m.endsAt.toISOString(), m.timeZone, m.place.trim(), m.onlineUrl ?? '']))
    .digest('hex')
    .slice(0, 12);
}

/** The latest of a person's invitations to a meeting (keys `<prefix><n>:<state>`), by its number. */
function latestInvitation(prefix: string, keys: readonly string[]) {
  let latest: { n: number; state: string } | null = null;
  for (const key of keys) {
    const rest = key.slice(prefix.length);
    const n = Number.parseInt(rest, 10);
    if (Number.isInteger(n) && (!latest || n > latest.n))
      latest = { n, state: rest.slice(rest.indexOf(':') + 1) };
  }
  return latest;
}

/**
 * Queues the invitation to a scheduled meeting (not a draft, not one that began or is past) for each
 * invited person with an e-mail address, with the agenda as it stands and a calendar file. The key is
 * `invitation:<meetingId>:<personId>:<n>:<start>:<fingerprint of end, zone, place, link>:<a|n>`, the
 * n-th invitation of that person to that meeting and what it said (when, where, with an agenda or not).
 * Calling it after any change of a meeting is safe: people added get their invitation; when the meeting
 * moves (time or place) everyone gets an updated one; when an agenda first appears, everyone gets it;
 * other edits send nothing. Returns how many were queued.
 */
export async function queueMeetingInvitations(
  ctx: Pick<CommandContext, 'db' | 'publicUrl' | 'mailFrom'>,
  meetingId: string,
  now: Date = new Date(),
): Promise<number> {
  const found = await meetingForMail(ctx.db, meetingId);
  if (!found) return 0;
  const { meeting, mesaName, mesaLocale } = found;
  if (meeting.state !== 'scheduled' || meeting.startsAt <= now) return 0;
  const recipients = (await meetingRecipients(ctx.db, meetingId)).filter(
    (r): r is typeof r & { email: string } => Boolean(r.email),
  );
  const agenda = (await agendaForMail(ctx.db, meetingId)).map((a) => ({
    title: a.title,
    minutes: a.minutes,
  }));
  // The moderator invites; failing that, the address mail comes from.
  const organizer =
    found.moderatorEmail && found.moderatorName
      ? { name: found.moderatorName, email: found.moderatorEmail }
      : (parseSender(ctx.mailFrom ?? '') ?? { name: mesaName, email: 'no-reply@mesas.local' });
  const ics = new Map<Locale, string>();
  const icsIn = (locale: Locale) => {
    if (!ics.has(locale)) {
      ics.set(
        locale,
        invitationIcs({
          meeting,
          mesaName,
          agenda,
          locale,
          publicUrl: ctx.publicUrl ?? '',
          organizer,
          attendees: recipients.map((r) => ({ name: r.fullName, email: r.email })),
        }),
      );
    }
    return ics.get(locale)!;
  };
  const when = `${meeting.startsAt.toISOString()}:${whereFingerprint(meeting)}`;
  const withAgenda = agenda.length > 0 ? 'a' : 'n';
  let queued = 0;
  for (const r of recipients) {
    const prefix = `invitation:${meetingId}:${r.personId}:`;
    const previous = latestInvitation(prefix, await keysWithPrefix(ctx.db, prefix));
    if (previous?.state === `${when}:${withAgenda}`) continue;
    // The same time and place: only an agenda that appeared is news (one that was emptied is not).
    const previousWhen = previous?.state.slice(0, previous.state.lastIndexOf(':'));
    if (previousWhen === when && withAgenda === 'n') continue;
    const reason = !previous ? 'new' : previousWhen === when ? 'agenda' : 'moved';
    const dedupeKey = `${prefix}${(previous?.n ?? 0) + 1}:${when}:${withAgenda}`;
    const locale = recipientLocale(r, mesaLocale);
    const mail = renderInvitation({
      locale,
      recipientName: r.fullName,
      mesaName,
      meeting: meetingInfo(meeting),
      agenda,
      reason,
      link: mailLinks.meeting(ctx.publicUrl, meetingId),
    });
    const message = { dedupeKey, kind: 'invitation' as const, to: r.email, locale, ...mail };
    if (
      await queueMail(ctx.db, {
        ...message,
        ics: icsIn(locale),
        mesaId: meeting.mesaId,
        personId: r.personId,
      })
    ) {
      queued++;
    }
  }
  return queued;
}

/** What the authorization table needs to know about a recipient, to send only what they may see. */
function recipientActor(
  personId: string,
  globalRole: Actor['globalRole'] | null,
  mesaId: string,
  roles: readonly MesaRole[],
): Actor {
  return { userId: '', personId, globalRole: globalRole ?? null, mesaRoles: new Map([[mesaId, roles]]) };
}

/**
 * Queues the latest minutes of a meeting to the people invited or recorded as attending, who may see
 * them (the minutes' visibility, and a public-sector-only meeting's audience). The key is
 * `minutes:<meetingId>:v<version>:<personId>`. Returns how many were queued.
 */
export async function queueMinutes(
  ctx: Pick<CommandContext, 'db' | 'publicUrl'>,
  meetingId: string,
  /** When the minutes were closed: a meeting recorded long after the fact sends nothing late (it expires). */
  queuedAt?: Date,
): Promise<number> {
  const found = await meetingForMail(ctx.db, meetingId);
  if (!found) return 0;
  const { meeting, mesaName, mesaLocale } = found;
  const minutes = await latestMinutes(ctx.db, meetingId);
  if (!minutes) return 0;
  const recipients = await meetingRecipients(ctx.db, meetingId, { attendees: true });
  const roles = await mesaRolesOf(
    ctx.db,
    meeting.mesaId,
    recipients.map((r) => r.personId),
  );
  let queued = 0;
  for (const r of recipients) {
    if (!r.email) continue;
    const actor = recipientActor(
      r.personId,
      r.globalRole,
      meeting.mesaId,
      roles.filter((x) => x.personId === r.personId).map((x) => x.role),
    );
    if (!canSeeMeeting(actor, meeting) || !canSee(actor, minutes.visibility, meeting.mesaId)) continue;
    const locale = recipientLocale(r, mesaLocale);
    const mail = renderMinutes({
      locale,
      recipientName: r.fullName,
      mesaName,
      meeting: meetingInfo(meeting),
      minutes: minutes.content as MinutesDocument,
      version: minutes.number,
      link: mailLinks.meeting(ctx.publicUrl, meetingId),
    });
    if (
      await queueMail(ctx.db, {
        dedupeKey: `minutes:${meetingId}:v${minutes.number}:${r.personId}`,
        kind: 'minutes',
        to: r.email,
        locale,
        ...mail,
        mesaId: meeting.mesaId,
        personId: r.personId,
        ...(queuedAt ? { queuedAt } : {}),
      })
    ) {
      queued++;
    }
  }
  return queued;
}

/** How many days back a passed due date still gets its overdue notice (older ones are not news). */
export const OVERDUE_NOTICE_DAYS = 7;

/**
 * Queues, for open commitments whose owner has an e-mail address, a reminder once the due day is
 * `reminderDays` days away or closer, and a notice once it has passed (within OVERDUE_NOTICE_DAYS). A
 * Mesa may set its own timing: `reminder_days_before` replaces `reminderDays`, and
 * `reminder_days_after` delays the notice until the commitment is that many days late (at least 1).
 * Keys `reminder:<id>:<dueOn>` and `overdue:<id>:<dueOn>`: each is queued once per due date, however
 * often this runs and on however many instances. Days are calendar days in the Mesa's time zone
 * (`timeZone`, the deployment's, for a Mesa without its own).
 */
export async function queueCommitmentReminders(
  db: Db,
  opts: { now: Date; timeZone: string; reminderDays: number; publicUrl?: string },
): Promise<{ reminders: number; overdue: number }> {
  const rows = await commitmentsForMail(db, {
    now: opts.now,
    timeZone: opts.timeZone,
    overdueDays: OVERDUE_NOTICE_DAYS,
    reminderDays: opts.reminderDays,
  });
  const counts = { reminders: 0, overdue: 0 };
  for (const c of rows) {
    if (!c.email) continue;
    const locale = recipientLocale(c, c.mesaLocale);
    const days = daysBetween(c.today, c.dueOn);
    const common = {
      locale,
      recipientName: c.fullName,
      mesaName: c.mesaName,
      link: mailLinks.myCommitments(opts.publicUrl),
      commitment: c,
    };
    const overdue = days < 0;
    const mail = overdue
      ? renderCommitmentOverdue({ ...common, daysLate: -days })
      : renderCommitmentReminder({ ...common, daysLeft: days });
    const queued = await queueMail(db, {
      dedupeKey: commitmentMailKey(overdue ? 'overdue' : 'reminder', c.id, c.dueOn),
      kind: overdue ? 'commitment_overdue' : 'commitment_reminder',
      to: c.email,
      locale,
      ...mail,
      mesaId: c.mesaId,
      personId: c.personId,
      queuedAt: opts.now,
    });
    if (queued) counts[overdue ? 'overdue' : 'reminders']++;
  }
  return counts;
}
