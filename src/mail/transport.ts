import nodemailer, { type NodemailerError, type SendMailOptions } from 'nodemailer';
import type { Config } from '../config/config';
import type { OutboxRow } from '../db/queries/mail';
import { senderDomain } from './format';

/** What the mail job needs of a nodemailer transporter (tests may pass another one). */
export interface MailTransport {
  sendMail(message: SendMailOptions): Promise<{ messageId?: string }>;
  close(): void;
}

export type SmtpSettings = Pick<
  Config,
  'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_USER' | 'SMTP_PASSWORD' | 'SMTP_SECURE'
>;

/** The SMTP transport of the configuration, or null when no SMTP_HOST is set (mail stays in the outbox). */
export function smtpTransport(config: SmtpSettings): MailTransport | null {
  if (!config.SMTP_HOST) return null;
  return nodemailer.createTransport({
    host: config.SMTP_HOST,
    port: config.SMTP_PORT,
    secure: config.SMTP_SECURE,
    ...(config.SMTP_USER ? { auth: { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? '' } } : {}),
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
}

/**
 * The Message-ID a queued message always carries, derived from its outbox id: if a crash makes the job
 * send it twice, both copies have the same Message-ID, which mail systems and readers use to tell a
 * duplicate.
 */
export function outboxMessageId(outboxId: string, from: string): string {
  return `<${outboxId}@${senderDomain(from)}>`;
}

/** The nodemailer message of an outbox row; an invitation's calendar travels as a text/calendar part. */
export function outboxMail(row: OutboxRow, from: string): SendMailOptions {
  const method = row.ics ? /^METHOD:([A-Z]+)\s*$/m.exec(row.ics)?.[1] : undefined;
  return {
    from,
    to: row.toAddress,
    subject: row.subject,
    text: row.text,
    ...(row.html ? { html: row.html } : {}),
    messageId: outboxMessageId(row.id, from),
    headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': row.locale },
    ...(row.ics
      ? {
          icalEvent: { filename: 'invitation.ics', method: method ?? 'PUBLISH', content: row.ics },
        }
      : {}),
  };
}

/**
 * Whether a sending error will not go away by trying again: the server refused the recipient or the
 * message itself for good (a 5xx reply). Connection failures, timeouts, 4xx replies and refused
 * credentials (a configuration to fix) are retried.
 */
export function isPermanentFailure(error: unknown): boolean {
  const e = error as NodemailerError;
  if (!e || typeof e !== 'object' || e.permanent !== true) return false;
  return e.code !== 'EAUTH' && !e.command?.toUpperCase().startsWith('AUTH');
}

/** A short description of a sending error, for the outbox. */
export function describeFailure(error: unknown): string {
  const e = error as NodemailerError;
  const text = e?.response ?? e?.message ?? String(error);
  return [e?.code, text].filter(Boolean).join(': ').slice(0, 1000);
}
