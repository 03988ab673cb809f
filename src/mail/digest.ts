import { addDays, daysBetween, isoWeek, todayIn } from '../domain/calendar-days';
import { type CommitmentStatus, isOverdueOn, recordDueOn } from '../domain/commitments';
import { type EscalationReason, type EscalationStatus, escalationAgeDays } from '../domain/escalations';
import { problemCode } from '../domain/problem-code';
import type { ProblemStatus } from '../domain/problem-status';
import type { Locale } from '../domain/roles';
import { translator } from '../i18n';
import { formatDay } from './format';
import { type Block, compose, type RenderedMail } from './render';

/**
 * The weekly digest (pure): for a member of a dedicated team, per active Mesa, what moved in the last
 * seven days (status changes, commitments done, decisions of the high-level body received), what is
 * late (overdue commitments) and what waits for them (escalations returned with questions); for the
 * high-level body, what waits for it (open escalations, the oldest first, with their age) and what
 * moved across the portfolio. Composed from records already filtered to what the recipient may see.
 */

/** How many days back the digest looks. */
export const DIGEST_DAYS = 7;

/** The ISO week of a day in a time zone, e.g. `2026-W48`: a recipient gets one digest per week. */
export function isoWeekOf(now: Date, timeZone: string): string {
  return isoWeek(todayIn(now, timeZone));
}

export interface DigestStatusEvent {
  problemNumber: number;
  problemTitle: string;
  from: ProblemStatus | null;
  to: ProblemStatus;
  at: Date;
}

export interface DigestCommitment {
  text: string;
  personName: string | null;
  dueOn: string;
  /** The due day first agreed, when the deadline was moved: on time is counted against it. */
  originalDueOn?: string | null;
  status: CommitmentStatus;
  completedAt: Date | null;
}

export interface DigestEscalation {
  mesaName: string;
  problemNumber: number;
  problemTitle: string;
  reason: EscalationReason;
  status: EscalationStatus;
  escalatedAt: Date;
  closedAt: Date | null;
  decision: string | null;
  decidedAt: Date | null;
  /** The latest questions of the high-level body (for one returned to the team). */
  questions: string | null;
}

/** What happened in one Mesa, as the recipient may see it. */
export interface DigestMesaRecords {
  mesaName: string;
  /** The Mesa's own time zone (null or absent: the digest's): what is late is read there. */
  timeZone?: string | null;
  statusEvents: readonly DigestStatusEvent[];
  commitments: readonly DigestCommitment[];
  escalations: readonly DigestEscalation[];
  /** The day a round of the Evaluation Wheel was due, when one is due and none is open. */
  wheelDueOn?: string | null;
}

export interface DigestInput {
  now: Date;
  timeZone: string;
  /** The Mesas where the recipient is on the dedicated team. */
  teamMesas: readonly DigestMesaRecords[];
  /** For the high-level body: every active Mesa (the portfolio) and the escalations across them. */
  highLevel?: { mesas: readonly DigestMesaRecords[]; escalations: readonly DigestEscalation[] } | null;
}

export interface TeamSection {
  mesaName: string;
  statusChanges: { code: string; title: string; from: ProblemStatus | null; to: ProblemStatus }[];
  done: { text: string; personName: string | null; onTime: boolean }[];
  decisions: { code: string; title: string; decision: string }[];
  late: { text: string; personName: string | null; dueOn: string; daysLate: number }[];
  returned: { code: string; title: string; questions: string; ageDays: number }[];
  /** The day the Mesa's next round of the Evaluation Wheel was due, if it is (a reminder to open one). */
  wheelDueOn: string | null;
}

export interface PortfolioRow {
  mesaName: string;
  statusChanges: number;
  enacted: number;
  verified: number;
  commitmentsDone: number;
  decisions: number;
}

export interface Digest {
  /** The first and last day the digest covers (YYYY-MM-DD). */
  from: string;
  to: string;
  team: TeamSection[];
  highLevel: {
    waiting: { mesaName: string; code: string; title: string; reason: EscalationReason; ageDays: number }[];
    portfolio: PortfolioRow[];
  } | null;
}

const byTime =
  <T>(at: (x: T) => Date) =>
  (a: T, b: T) =>
    at(a).getTime() - at(b).getTime();

/** Composes the digest; null when there is nothing to tell (no e-mail is sent then). */
export function composeDigest(input: DigestInput): Digest | null {
  const { now, timeZone } = input;
  const since = new Date(now.getTime() - DIGEST_DAYS * 86_400_000);
  const inWindow = (at: Date | null) => at !== null && at > since && at <= now;
  const today = todayIn(now, timeZone);
  const age = (e: DigestEscalation) => escalationAgeDays(e, now, timeZone);

  const moved = (m: DigestMesaRecords) => ({
    statusChanges: m.statusEvents.filter((e) => e.from !== null && inWindow(e.at)).sort(byTime((e) => e.at)),
    done: m.commitments
      .filter((c) => c.status === 'done' && inWindow(c.completedAt))
      .sort(byTime((c) => c.completedAt!)),
    decisions: m.escalations
      .filter((e) => e.status === 'decided' && inWindow(e.decidedAt))
      .sort(byTime((e) => e.decidedAt!)),
  });

  const team = input.teamMesas
    .map((m): TeamSection => {
      const { statusChanges, done, decisions } = moved(m);
      const zone = m.timeZone ?? timeZone;
      const mesaToday = todayIn(now, zone);
      return {
        mesaName: m.mesaName,
        statusChanges: statusChanges.map((e) => ({
          code: problemCode(e.problemNumber),
          title: e.problemTitle,
          from: e.from,
          to: e.to,
        })),
        done: done.map((c) => ({
          text: c.text,
          personName: c.personName,
          onTime: todayIn(c.completedAt!, zone) <= recordDueOn(c),
        })),
        decisions: decisions.map((e) => ({
          code: problemCode(e.problemNumber),
          title: e.problemTitle,
          decision: e.decision ?? '',
        })),
        late: m.commitments
          .filter((c) => isOverdueOn(c, mesaToday))
          .map((c) => ({
            text: c.text,
            personName: c.personName,
            dueOn: c.dueOn,
            daysLate: daysBetween(c.dueOn, mesaToday),
          }))
          .sort((a, b) => b.daysLate - a.daysLate),
        returned: m.escalations
          .filter((e) => e.status === 'returned')
          .sort(byTime((e) => e.escalatedAt))
          .map((e) => ({
            code: problemCode(e.problemNumber),
            title: e.problemTitle,
            questions: e.questions ?? '',
            ageDays: age(e),
          })),
        wheelDueOn: m.wheelDueOn ?? null,
      };
    })
    .filter(
      (s) =>
        s.statusChanges.length + s.done.length + s.decisions.length + s.late.length + s.returned.length > 0 ||
        s.wheelDueOn !== null,
    );

  let highLevel: Digest['highLevel'] = null;
  if (input.highLevel) {
    const waiting = input.highLevel.escalations
      .filter((e) => e.status === 'open')
      .sort(byTime((e) => e.escalatedAt))
      .map((e) => ({
        mesaName: e.mesaName,
        code: problemCode(e.problemNumber),
        title: e.problemTitle,
        reason: e.reason,
        ageDays: age(e),
      }));
    const portfolio = input.highLevel.mesas
      .map((m): PortfolioRow => {
        const { statusChanges, done, decisions } = moved(m);
        return {
          mesaName: m.mesaName,
          statusChanges: statusChanges.length,
          enacted: statusChanges.filter((e) => e.to === 'enacted').length,
          verified: statusChanges.filter((e) => e.to === 'verified').length,
          commitmentsDone: done.length,
          decisions: decisions.length,
        };
      })
      .filter((r) => r.statusChanges + r.commitmentsDone + r.decisions > 0);
    if (waiting.length || portfolio.length) highLevel = { waiting, portfolio };
  }

  if (!team.length && !highLevel) return null;
  return { from: addDays(today, -(DIGEST_DAYS - 1)), to: today, team, highLevel };
}

/** The digest as an e-mail in the recipient's language. */
export function renderDigest(input: {
  locale: Locale;
  recipientName: string;
  digest: Digest;
  link?: string | null;
}): RenderedMail {
  const { locale, digest } = input;
  const t = translator(locale);
  const status = (s: ProblemStatus) => t(`matrixSheet.status.${s}`);
  const period = t('escalations.digest.period', {
    from: formatDay(digest.from, locale),
    to: formatDay(digest.to, locale),
  });
  const blocks: Block[] = [
    { kind: 'p', text: t('mail.greeting', { name: input.recipientName }) },
    { kind: 'p', text: t('escalations.digest.intro', { period }) },
  ];
  const list = (heading: string, items: string[]) => {
    if (items.length) blocks.push({ kind: 'p', text: heading }, { kind: 'list', items });
  };

  if (digest.highLevel) {
    const { waiting, portfolio } = digest.highLevel;
    blocks.push({ kind: 'heading', text: t('escalations.digest.highLevelTitle') });
    if (waiting.length) {
      list(
        t('escalations.digest.waitingForYou', { count: waiting.length }),
        waiting.map((w) =>
          t('escalations.digest.openItem', {
            mesa: w.mesaName,
            code: w.code,
            title: w.title,
            reason: t(`escalations.reason.${w.reason}`),
            count: w.ageDays,
          }),
        ),
      );
    } else {
      blocks.push({ kind: 'p', text: t('escalations.digest.nothingWaiting') });
    }
    list(
      t('escalations.digest.portfolioMoved'),
      portfolio.map((r) =>
        t('escalations.digest.portfolioRow', {
          mesa: r.mesaName,
          moves: r.statusChanges,
          enacted: r.enacted,
          verified: r.verified,
          done: r.commitmentsDone,
          decisions: r.decisions,
        }),
      ),
    );
  }

  for (const s of digest.team) {
    blocks.push({ kind: 'heading', text: s.mesaName });
    list(t('escalations.digest.moved'), [
      ...s.statusChanges.map((c) =>
        t('escalations.digest.statusChange', {
          code: c.code,
          title: c.title,
          from: c.from ? status(c.from) : '',
          to: status(c.to),
        }),
      ),
      ...s.done.map((c) =>
        t(c.onTime ? 'escalations.digest.doneOnTime' : 'escalations.digest.doneLate', {
          text: c.text,
          person: c.personName ?? '—',
        }),
      ),
      ...s.decisions.map((d) =>
        t('escalations.digest.decision', { code: d.code, title: d.title, decision: d.decision }),
      ),
    ]);
    list(
      t('escalations.digest.late'),
      s.late.map((c) =>
        t('escalations.digest.lateItem', {
          text: c.text,
          person: c.personName ?? '—',
          date: formatDay(c.dueOn, locale),
          count: c.daysLate,
        }),
      ),
    );
    list(
      t('escalations.digest.returned'),
      s.returned.map((r) =>
        t('escalations.digest.returnedItem', {
          code: r.code,
          title: r.title,
          questions: r.questions,
          count: r.ageDays,
        }),
      ),
    );
    if (s.wheelDueOn) {
      blocks.push({ kind: 'p', text: t('wheel.digestDue', { date: formatDay(s.wheelDueOn, locale) }) });
    }
  }
  if (input.link) blocks.push({ kind: 'link', label: t('mail.open'), url: input.link });
  return compose(locale, t('escalations.digest.subject', { period }), blocks, t('escalations.digest.footer'));
}
