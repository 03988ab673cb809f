import type { Db } from '../db/client';
import { actorForPerson } from '../db/queries/actors';
import {
  deleteChanges,
  followerAccount,
  followersDue,
  lockFollowMailing,
  queuedChanges,
  setFollowMailed,
} from '../db/queries/follows';
import { canSee } from '../domain/access';
import { FOLLOW_MAIL_INTERVAL_MS, followMailDue } from '../domain/follows';
import { problemCode } from '../domain/problem-code';
import { type FollowedRecord, renderFollowMail } from './follows';
import { mailLinks } from './links';
import { queueMail } from './outbox';

interface Options {
  now: Date;
  /** The deployment's time zone, for records of a Mesa without its own. */
  timeZone: string;
  publicUrl?: string;
}

type Change = Awaited<ReturnType<typeof queuedChanges>>[number];

/** The changes grouped by record, in the order their first change happened. */
function byRecord(changes: readonly Change[], opts: Options): FollowedRecord[] {
  const records = new Map<string, FollowedRecord & { changes: FollowedRecord['changes'][number][] }>();
  for (const c of changes) {
    const key = c.problem?.id ?? c.commitment!.id;
    let record = records.get(key);
    if (!record) {
      record = {
        heading: c.problem
          ? { kind: 'problem', code: problemCode(c.problem.number), title: c.problem.title }
          : { kind: 'commitment', text: c.commitment!.text },
        mesaName: c.mesa.name,
        timeZone: c.mesa.timeZone ?? opts.timeZone,
        link: c.problem
          ? mailLinks.problem(opts.publicUrl, c.problem.id)
          : mailLinks.mesaCommitments(opts.publicUrl, c.mesa.id),
        changes: [],
      };
      records.set(key, record);
    }
    record.changes.push({ kind: c.kind, detail: c.detail, occurredAt: c.occurredAt });
  }
  return [...records.values()];
}

/**
 * Mails one follower, in one transaction holding their mailing row: when their last follow mail is an
 * hour old (or they never had one), every queued change of a record they may still see goes into one
 * message in their language; what was read leaves the queue (a record they no longer see is dropped
 * unmailed). Returns whether a message was queued.
 */
async function mailFollower(db: Db, userId: string, opts: Options): Promise<boolean> {
  return db.transaction(async (tx) => {
    const mailing = await lockFollowMailing(tx, userId);
    if (!followMailDue(mailing.lastMailedAt, opts.now)) return false;
    const changes = await queuedChanges(tx, userId);
    if (!changes.length) return false;
    await deleteChanges(
      tx,
      changes.map((c) => c.id),
    );
    const account = await followerAccount(tx, userId);
    const found = account ? await actorForPerson(tx, account.personId) : null;
    if (!found) return false;
    const { actor } = found;
    const visible = changes.filter(
      (c) =>
        canSee(actor, c.mesa.visibility, c.mesa.id) &&
        canSee(actor, (c.problem ?? c.commitment)!.visibility, c.mesa.id),
    );
    if (!visible.length) return false;
    const { locale } = found.account;
    const mail = renderFollowMail({
      locale,
      recipientName: found.account.fullName,
      records: byRecord(visible, opts),
    });
    const mesaIds = new Set(visible.map((c) => c.mesa.id));
    await queueMail(tx, {
      dedupeKey: `follows:${userId}:${opts.now.toISOString()}`,
      kind: 'follow_changes',
      to: found.account.email,
      locale,
      ...mail,
      mesaId: mesaIds.size === 1 ? [...mesaIds][0]! : null,
      personId: found.account.personId,
      queuedAt: opts.now,
    });
    await setFollowMailed(tx, userId, opts.now);
    return true;
  });
}

/**
 * The follow mails of a run of the mail job: one message for each follower with changes waiting whose
 * last follow mail is at least an hour old. Returns how many were queued.
 */
export async function queueFollowMails(db: Db, opts: Options): Promise<number> {
  const due = await followersDue(db, new Date(opts.now.getTime() - FOLLOW_MAIL_INTERVAL_MS));
  let queued = 0;
  for (const userId of due) if (await mailFollower(db, userId, opts)) queued++;
  return queued;
}
