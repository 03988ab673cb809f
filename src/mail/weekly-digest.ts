import type { Db } from '../db/client';
import {
  activeMesas,
  digestCommitments,
  digestEscalations,
  highLevelRecipients,
  latestWheelRounds,
  statusEventsSince,
  teamRecipients,
} from '../db/queries/digest';
import { keysWithPrefix } from '../db/queries/mail';
import { readAll } from '../db/read-all';
import { type Actor, canSee, canSeeEscalation } from '../domain/access';
import { addDays, todayIn } from '../domain/calendar-days';
import type { GlobalRole, Locale, MesaRole, Visibility } from '../domain/roles';
import { isRoundOpen, wheelRoundDueOn } from '../domain/wheel';
import { composeDigest, DIGEST_DAYS, type DigestMesaRecords, isoWeekOf, renderDigest } from './digest';
import { queueMail } from './outbox';

/** The web-app page a digest links to: the inbox for the high-level body, else the person's commitments. */
function digestLink(base: string | undefined, highLevel: boolean): string | null {
  if (!base) return null;
  return `${base.replace(/\/+$/, '')}${highLevel ? '/escalations' : '/commitments'}`;
}

interface Recipient {
  personId: string;
  fullName: string;
  email: string;
  userLocale: Locale | null;
  globalRole: GlobalRole | null;
  /** Mesas where the person is on the dedicated team, with their roles there. */
  teamMesas: Map<string, MesaRole[]>;
}

/**
 * Queues this week's digest for each member of the dedicated team of an active Mesa and each account of
 * the high-level body, with what they may see. The key `digest:<ISO week>:<personId>` makes it one
 * per recipient per week however often the mail job runs; a recipient with nothing to be told gets
 * nothing. `evaluated` (kept by the caller between runs) remembers who was looked at this week, so a
 * recipient with nothing to be told is not composed again at every run. Returns how many were queued.
 */
export async function queueWeeklyDigests(
  db: Db,
  opts: {
    now: Date;
    timeZone: string;
    publicUrl?: string;
    evaluated?: Set<string>;
    /** Months between two rounds of the Evaluation Wheel: a team is reminded when one is due. */
    wheelIntervalMonths?: number;
  },
): Promise<number> {
  const { now, timeZone } = opts;
  const week = isoWeekOf(now, timeZone);
  const prefix = `digest:${week}:`;
  // Only this week's are kept in memory.
  for (const key of opts.evaluated ?? []) if (!key.startsWith(prefix)) opts.evaluated?.delete(key);
  const done = new Set((await keysWithPrefix(db, prefix)).map((k) => k.slice(prefix.length)));
  const today = todayIn(now, timeZone);
  const mesas = await activeMesas(db);
  const mesaIds = mesas.map((m) => m.id);

  const recipients = new Map<string, Recipient>();
  const add = (r: {
    personId: string;
    fullName: string;
    email: string | null;
    userLocale: Locale | null;
    globalRole: GlobalRole | null;
  }) => {
    if (!r.email || done.has(r.personId) || opts.evaluated?.has(`${prefix}${r.personId}`)) return null;
    let found = recipients.get(r.personId);
    if (!found) {
      found = { ...r, email: r.email, teamMesas: new Map() };
      recipients.set(r.personId, found);
    }
    return found;
  };
  for (const r of await teamRecipients(db, mesaIds, today)) {
    const found = add(r);
    if (found) found.teamMesas.set(r.mesaId, [...(found.teamMesas.get(r.mesaId) ?? []), r.role]);
  }
  for (const r of await highLevelRecipients(db)) add(r);
  if (!recipients.size) return 0;

  const since = new Date(now.getTime() - DIGEST_DAYS * 86_400_000);
  const [events, commitments, escalations, wheel] = await readAll(db, [
    () => statusEventsSince(db, mesaIds, since),
    // A Mesa in a zone ahead of the deployment's may already be on the next day: each Mesa's own
    // today sorts out which of these are late (src/mail/digest.ts).
    () => digestCommitments(db, mesaIds, since, addDays(today, 1)),
    () => digestEscalations(db, since),
    () => (opts.wheelIntervalMonths ? latestWheelRounds(db, mesaIds) : Promise.resolve([])),
  ]);
  const wheelOf = new Map(wheel.map((w) => [w.mesaId, w]));
  /** Only the dedicated team is reminded to open a round: it is theirs to open. */
  const wheelDueOn = (mesa: (typeof mesas)[number]) => {
    if (!opts.wheelIntervalMonths) return null;
    const latest = wheelOf.get(mesa.id);
    const zone = mesa.timeZone ?? timeZone;
    return wheelRoundDueOn(
      {
        lastOpenedOn: latest?.openedOn ?? null,
        launchedOn: mesa.launchedOn,
        roundOpen: latest ? isRoundOpen(latest, now, zone) : false,
      },
      opts.wheelIntervalMonths,
      todayIn(now, zone),
    );
  };

  let queued = 0;
  for (const r of recipients.values()) {
    opts.evaluated?.add(`${prefix}${r.personId}`);
    const actor: Actor = {
      userId: '',
      personId: r.personId,
      globalRole: r.globalRole,
      mesaRoles: r.teamMesas,
    };
    const sees = (visibility: Visibility, mesaId: string) => canSee(actor, visibility, mesaId);
    const visibleEscalations = escalations.filter((e) => canSeeEscalation(actor, e));
    const recordsOf = (mesa: (typeof mesas)[number], team = false): DigestMesaRecords => ({
      mesaName: mesa.name,
      timeZone: mesa.timeZone,
      statusEvents: events.filter((e) => e.mesaId === mesa.id && sees(e.visibility, mesa.id)),
      commitments: commitments.filter((c) => c.mesaId === mesa.id && sees(c.visibility, mesa.id)),
      escalations: visibleEscalations.filter((e) => e.mesaId === mesa.id),
      wheelDueOn: team ? wheelDueOn(mesa) : null,
    });
    const isHighLevel = r.globalRole === 'high_level';
    const digest = composeDigest({
      now,
      timeZone,
      teamMesas: mesas.filter((m) => r.teamMesas.has(m.id)).map((m) => recordsOf(m, true)),
      highLevel: isHighLevel
        ? {
            mesas: mesas.filter((m) => sees(m.visibility, m.id)).map((m) => recordsOf(m)),
            escalations: visibleEscalations,
          }
        : null,
    });
    if (!digest) continue;
    const firstMesa = mesas.find((m) => r.teamMesas.has(m.id));
    const locale = r.userLocale ?? firstMesa?.locale ?? 'es';
    const mail = renderDigest({
      locale,
      recipientName: r.fullName,
      digest,
      link: digestLink(opts.publicUrl, isHighLevel),
    });
    if (
      await queueMail(db, {
        dedupeKey: `${prefix}${r.personId}`,
        kind: 'weekly_digest',
        to: r.email,
        locale,
        ...mail,
        mesaId: r.teamMesas.size === 1 ? (firstMesa?.id ?? null) : null,
        personId: r.personId,
        queuedAt: now,
      })
    ) {
      queued++;
    }
  }
  return queued;
}
