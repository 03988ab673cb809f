import { recordAudit } from '../db/audit';
import type { Db } from '../db/client';
import { type LateForChaseRow, listLateForChase } from '../db/queries/commitments';
import { keysWithPrefix, mesaRolesOf } from '../db/queries/mail';
import { type Actor, canSee } from '../domain/access';
import { daysBetween, todayIn } from '../domain/calendar-days';
import { problemCode } from '../domain/problem-code';
import type { Locale, MesaRole } from '../domain/roles';
import { renderCommitmentChase } from '../mail/chase';
import { mailLinks } from '../mail/links';
import { queueMail } from '../mail/outbox';
import { auditActor, type CommandContext, inTransaction } from './context';

/**
 * The Monday chase: the dedicated team sends every owner of late commitments in a Mesa ONE reminder
 * listing all of them, in the owner's language, queued in the outbox in the transaction that records
 * the chase. The key `chase:<mesaId>:<personId>:<day>` (the day in the Mesa's time zone) makes a
 * second chase the same day queue nothing new.
 */

export interface ChaseMesa {
  id: string;
  name: string;
  locale: Locale;
  timeZone: string | null;
}

export interface ChasePerson {
  personId: string;
  name: string;
  count: number;
}

export interface ChaseOutcome {
  date: string;
  sent: ChasePerson[];
  skipped: (ChasePerson & { reason: 'no_email' | 'already_sent' })[];
}

interface Owner {
  personId: string;
  name: string;
  email: string | null;
  locale: Locale;
  items: { text: string; dueOn: string; daysLate: number; problemCode: string | null }[];
}

export const chaseKey = (mesaId: string, personId: string, day: string) =>
  `chase:${mesaId}:${personId}:${day}`;

/** What the authorization table knows of an owner: only what they may see goes in their mail. */
function ownerActor(row: LateForChaseRow, mesaId: string, roles: readonly MesaRole[]): Actor {
  return {
    userId: '',
    personId: row.personId,
    globalRole: row.globalRole ?? null,
    mesaRoles: new Map([[mesaId, roles]]),
  };
}

/** The late commitments of a Mesa grouped by owner, each keeping only those the owner may see. */
async function lateOwners(db: Db, mesa: ChaseMesa, today: string): Promise<Owner[]> {
  const rows = await listLateForChase(db, mesa.id, today);
  const roles = await mesaRolesOf(db, mesa.id, [...new Set(rows.map((r) => r.personId))]);
  const owners = new Map<string, Owner>();
  for (const r of rows) {
    const actor = ownerActor(
      r,
      mesa.id,
      roles.filter((x) => x.personId === r.personId).map((x) => x.role),
    );
    if (!canSee(actor, r.visibility, mesa.id)) continue;
    const owner = owners.get(r.personId) ?? {
      personId: r.personId,
      name: r.fullName,
      email: r.email,
      locale: r.userLocale ?? mesa.locale,
      items: [],
    };
    const problemVisible =
      r.problem?.id && r.problem.visibility && canSee(actor, r.problem.visibility, mesa.id);
    owner.items.push({
      text: r.text,
      dueOn: r.dueOn,
      daysLate: daysBetween(r.dueOn, today),
      problemCode: problemVisible ? problemCode(r.problem!.number) : null,
    });
    owners.set(r.personId, owner);
  }
  return [...owners.values()];
}

/**
 * Who a chase would remind today, without sending anything: the owners to be sent one, those without
 * an e-mail address and those already reminded today.
 */
export async function previewChase(db: Db, mesa: ChaseMesa, now: Date, deploymentZone: string) {
  const date = todayIn(now, mesa.timeZone ?? deploymentZone);
  const owners = await lateOwners(db, mesa, date);
  const done = new Set(await keysWithPrefix(db, `chase:${mesa.id}:`));
  const outcome: ChaseOutcome = { date, sent: [], skipped: [] };
  for (const o of owners) {
    const person = { personId: o.personId, name: o.name, count: o.items.length };
    if (!o.email) outcome.skipped.push({ ...person, reason: 'no_email' });
    else if (done.has(chaseKey(mesa.id, o.personId, date)))
      outcome.skipped.push({ ...person, reason: 'already_sent' });
    else outcome.sent.push(person);
  }
  return outcome;
}

/** Sends the chase: one queued reminder per late owner with an address, and its audit event. */
export function chaseLateOwners(
  ctx: CommandContext,
  mesa: ChaseMesa,
  now: Date = new Date(),
): Promise<ChaseOutcome> {
  return inTransaction(ctx, async (tx) => {
    const date = todayIn(now, mesa.timeZone ?? tx.timeZone ?? 'UTC');
    const outcome: ChaseOutcome = { date, sent: [], skipped: [] };
    for (const o of await lateOwners(tx.db, mesa, date)) {
      const person = { personId: o.personId, name: o.name, count: o.items.length };
      if (!o.email) {
        outcome.skipped.push({ ...person, reason: 'no_email' });
        continue;
      }
      const mail = renderCommitmentChase({
        locale: o.locale,
        recipientName: o.name,
        mesaName: mesa.name,
        items: o.items,
        link: mailLinks.myCommitments(tx.publicUrl),
      });
      const queued = await queueMail(tx.db, {
        dedupeKey: chaseKey(mesa.id, o.personId, date),
        kind: 'commitment_chase',
        to: o.email,
        locale: o.locale,
        ...mail,
        mesaId: mesa.id,
        personId: o.personId,
      });
      if (queued) outcome.sent.push(person);
      else outcome.skipped.push({ ...person, reason: 'already_sent' });
    }
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'mesa',
      entityId: mesa.id,
      mesaId: mesa.id,
      action: 'chase',
      after: outcome,
      requestId: tx.requestId,
    });
    return outcome;
  });
}
