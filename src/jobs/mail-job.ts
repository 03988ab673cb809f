import type { Config } from '../config/config';
import type { Db } from '../db/client';
import {
  claimOutbox,
  expireOutbox,
  markOutboxFailure,
  markOutboxSent,
  type OutboxRow,
} from '../db/queries/mail';
import { isDatabaseUnavailable } from '../db/unavailable';
import { queueFollowMails } from '../mail/follow-mails';
import { queueCommitmentReminders } from '../mail/messages';
import {
  describeFailure,
  isPermanentFailure,
  type MailTransport,
  outboxMail,
  smtpTransport,
} from '../mail/transport';
import { queueWeeklyDigests } from '../mail/weekly-digest';

/**
 * The mail job: every MAIL_INTERVAL_SECONDS it (a) queues the reminders of commitments due soon,
 * the notices of those newly overdue, the weekly digests (src/mail/weekly-digest.ts) and the follow
 * mails (src/mail/follow-mails.ts), and (b)
 * sends what is pending in the outbox through SMTP.
 *
 * Delivery is at-least-once. A sender claims a batch in one statement (a lock until `now + lock`, the
 * attempt counted) that skips rows another transaction holds, so two instances never send the same
 * message at the same time. It then sends each one and marks it sent. If the process dies after
 * claiming, the lock runs out and the message is sent later: never lost. If it dies after the server
 * accepted a message but before marking it, the message is sent again once the lock runs out: at worst
 * one duplicate, carrying the same Message-ID (`<outbox id@sender domain>`) as the first.
 *
 * Failures are retried with exponential backoff (1 minute, doubling, at most an hour) until
 * MAIL_MAX_ATTEMPTS; a refusal that will not change (a 5xx reply to the recipient or the message) fails
 * at once. Without SMTP_HOST nothing is sent: messages stay `pending` in the outbox, which
 * administrators read; messages older than MAIL_MAX_AGE_HOURS when a mail server appears are given up
 * as expired rather than delivered late.
 */

export type MailJobSettings = Pick<
  Config,
  | 'SMTP_HOST'
  | 'SMTP_PORT'
  | 'SMTP_USER'
  | 'SMTP_PASSWORD'
  | 'SMTP_SECURE'
  | 'MAIL_FROM'
  | 'MAIL_INTERVAL_SECONDS'
  | 'MAIL_REMINDER_DAYS'
  | 'MAIL_MAX_ATTEMPTS'
  | 'MAIL_MAX_AGE_HOURS'
  | 'TIME_ZONE'
  | 'PUBLIC_URL'
> &
  Partial<Pick<Config, 'WHEEL_INTERVAL_MONTHS'>>;

interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface MailJobOptions {
  db: Db;
  config: MailJobSettings;
  log?: Logger;
  /** The clock (tests move it); every time the job writes or compares comes from it. */
  now?: () => Date;
  /** Overrides the transport built from the configuration; null keeps everything in the outbox. */
  transport?: MailTransport | null;
  /** Messages claimed at once. */
  batchSize?: number;
  /** How long a claimed message is held by its sender. */
  lockSeconds?: number;
}

export interface MailRunReport {
  reminders: number;
  /** Weekly digests queued (one per recipient per ISO week). */
  digests: number;
  overdue: number;
  /** Follow mails queued (one per follower with changes, at most one an hour). */
  follows: number;
  sent: number;
  retried: number;
  failed: number;
  expired: number;
}

export interface MailJob {
  /** One run: queue reminders, then (with a transport) send everything due. */
  runOnce(): Promise<MailRunReport>;
  /** Runs now and then every MAIL_INTERVAL_SECONDS, one run at a time (nothing when the interval is 0). */
  start(): void;
  /** Stops the timer, waits for a run in progress, and closes the transport. */
  stop(): Promise<void>;
  /** Whether messages are sent (SMTP configured) or kept in the outbox. */
  readonly delivery: 'smtp' | 'outbox';
}

const silent: Logger = { info() {}, warn() {}, error() {} };
const MAX_BATCHES_PER_RUN = 50;

/** The wait before attempt `attempts + 1`: 1 minute, doubling, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export function createMailJob(options: MailJobOptions): MailJob {
  const { db, config } = options;
  const log = options.log ?? silent;
  const now = options.now ?? (() => new Date());
  const transport = options.transport === undefined ? smtpTransport(config) : options.transport;
  const batchSize = options.batchSize ?? 20;
  const lockMs = (options.lockSeconds ?? 300) * 1000;
  // Recipients whose digest of the week was already composed by this job (sent, or nothing to tell).
  const digestsEvaluated = new Set<string>();
  const report = (): MailRunReport => ({
    reminders: 0,
    digests: 0,
    overdue: 0,
    follows: 0,
    sent: 0,
    retried: 0,
    failed: 0,
    expired: 0,
  });

  async function sendOne(row: OutboxRow, result: MailRunReport) {
    if (row.attempts > config.MAIL_MAX_ATTEMPTS) {
      // Claimed again after a sender stopped mid-way too often: give up rather than loop.
      await markOutboxFailure(db, row.id, {
        error: row.lastError ?? `gave up after ${config.MAIL_MAX_ATTEMPTS} attempts`,
        retryAt: null,
      });
      result.failed++;
      return;
    }
    const mail = outboxMail(row, config.MAIL_FROM);
    let messageId: string;
    try {
      const info = await transport!.sendMail(mail);
      messageId = info.messageId || String(mail.messageId);
    } catch (error) {
      const giveUp = isPermanentFailure(error) || row.attempts >= config.MAIL_MAX_ATTEMPTS;
      const retryAt = giveUp ? null : new Date(now().getTime() + retryDelayMs(row.attempts));
      await markOutboxFailure(db, row.id, { error: describeFailure(error), retryAt });
      log.warn(
        { outboxId: row.id, attempts: row.attempts, retryAt, error: describeFailure(error) },
        'mail not sent',
      );
      result[giveUp ? 'failed' : 'retried']++;
      return;
    }
    await markOutboxSent(db, row.id, { messageId, sentAt: now() });
    result.sent++;
  }

  async function sendPending(result: MailRunReport) {
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      const at = now();
      const rows = await claimOutbox(db, {
        now: at,
        lockedUntil: new Date(at.getTime() + lockMs),
        limit: batchSize,
      });
      // Stop when nothing is left to claim: a short batch may only mean that another instance was
      // claiming at the same moment (its rows are skipped), and what it did not take is still there.
      if (rows.length === 0) return;
      for (const row of rows) await sendOne(row, result);
    }
  }

  async function runOnce(): Promise<MailRunReport> {
    const result = report();
    const counts = await queueCommitmentReminders(db, {
      now: now(),
      timeZone: config.TIME_ZONE,
      reminderDays: config.MAIL_REMINDER_DAYS,
      publicUrl: config.PUBLIC_URL,
    });
    result.reminders = counts.reminders;
    result.overdue = counts.overdue;
    result.digests = await queueWeeklyDigests(db, {
      now: now(),
      timeZone: config.TIME_ZONE,
      publicUrl: config.PUBLIC_URL,
      evaluated: digestsEvaluated,
      ...(config.WHEEL_INTERVAL_MONTHS ? { wheelIntervalMonths: config.WHEEL_INTERVAL_MONTHS } : {}),
    });
    result.follows = await queueFollowMails(db, {
      now: now(),
      timeZone: config.TIME_ZONE,
      publicUrl: config.PUBLIC_URL,
    });
    if (transport) {
      const at = now();
      result.expired = await expireOutbox(db, {
        now: at,
        createdBefore: new Date(at.getTime() - config.MAIL_MAX_AGE_HOURS * 3_600_000),
        error: `expired: not sent within ${config.MAIL_MAX_AGE_HOURS} hours`,
      });
      await sendPending(result);
    }
    if (Object.values(result).some((n) => n > 0)) log.info({ ...result }, 'mail job run');
    return result;
  }

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let stopped = false;

  function schedule(delayMs: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      running = runOnce()
        .catch((error) => {
          // While the database restarts the run fails as a whole and the next one, on schedule, resumes
          // where it stopped (claims expire, keys make queueing idempotent): say so in one line.
          if (isDatabaseUnavailable(error))
            log.warn({ reason: String(error) }, 'mail job: database unavailable');
          else log.error({ err: error }, 'mail job run failed');
        })
        .finally(() => {
          running = null;
          schedule(config.MAIL_INTERVAL_SECONDS * 1000);
        });
    }, delayMs);
    timer.unref();
  }

  return {
    runOnce,
    delivery: transport ? 'smtp' : 'outbox',
    start() {
      if (config.MAIL_INTERVAL_SECONDS > 0 && !timer && !running) schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
      transport?.close();
    },
  };
}
