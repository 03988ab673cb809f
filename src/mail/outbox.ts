import type { Db } from '../db/client';
import { insertOutboxMessage } from '../db/queries/mail';
import type { Locale } from '../domain/roles';
import type { MailKind } from './kinds';

/**
 * The outbox: every e-mail Mesas sends is first a row of `mail_outbox`, written in the transaction of
 * the change that causes it (so a message exists only if that change committed), then sent by the mail
 * job (src/jobs/mail-job.ts).
 *
 * Statuses: `pending` (waiting to be sent, or kept: without SMTP_HOST nothing is sent and messages stay
 * pending in the outbox that administrators read), `sent` (the mail server accepted it; `message_id` is
 * the Message-ID it carried), `failed` (given up: too many attempts, a recipient refused, or expired).
 */
export { type MailKind, mailKinds } from './kinds';

export interface MailMessage {
  /**
   * Unique per message meant to be sent once, e.g. `reminder:<commitmentId>:<dueOn>`: queueing the
   * same key again does nothing, whatever happened to the first one.
   */
  dedupeKey: string;
  kind: MailKind;
  to: string;
  locale: Locale;
  subject: string;
  text: string;
  html?: string | null;
  /** An iCalendar attachment (invitations). */
  ics?: string | null;
  mesaId?: string | null;
  personId?: string | null;
  /** Not before this time (default: when queued). */
  sendAfter?: Date;
  /** When it is queued (default: the database's clock); the mail job passes its own clock. */
  queuedAt?: Date;
}

/**
 * Queues a message, inside the caller's transaction when `db` is one. Returns false when a message with
 * the same dedupe key was queued before (nothing is written then).
 */
export async function queueMail(db: Db, message: MailMessage): Promise<boolean> {
  const id = await insertOutboxMessage(db, {
    dedupeKey: message.dedupeKey,
    kind: message.kind,
    toAddress: message.to,
    locale: message.locale,
    subject: message.subject,
    text: message.text,
    html: message.html ?? null,
    ics: message.ics ?? null,
    mesaId: message.mesaId ?? null,
    personId: message.personId ?? null,
    ...(message.queuedAt ? { createdAt: message.queuedAt } : {}),
    // Due as the mail job's clock reads time (milliseconds), not the database's (microseconds): a run
    // that starts in the same millisecond as the message was queued already sees it.
    sendAfter: message.sendAfter ?? message.queuedAt ?? new Date(),
  });
  return id !== null;
}
