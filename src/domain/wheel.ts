import { addDays, todayIn } from './calendar-days';
import type { MesaRole } from './roles';

/**
 * The PPD Evaluation Wheel (World Bank public-private dialogue practice): every few months the
 * participants of a Mesa score how well it runs as a dialogue, on twelve dimensions, each asked through
 * two or three questions scored 0 to 5 (0 also meaning "don't know"). Answers are anonymous: who
 * answered is kept apart from the scores, which carry only the respondent's group. This module holds
 * the rules — who is asked, in which group, how scores add up and when they may be shown — and never
 * sees a person.
 */

export const wheelDimensions = [
  'mandate',
  'structure',
  'champions',
  'facilitation',
  'outputs',
  'outreach',
  'monitoring',
  'subnational',
  'sector',
  'investment',
  'crisis',
  'partners',
] as const;
export type WheelDimension = (typeof wheelDimensions)[number];

export const isWheelDimension = (value: string): value is WheelDimension =>
  (wheelDimensions as readonly string[]).includes(value);

/** The groups whose results are shown apart. */
export const respondentGroups = ['public', 'private', 'team'] as const;
export type RespondentGroup = (typeof respondentGroups)[number];

/** Scores run from 0 to 5; 0 is "don't know" and never counts in a mean. */
export const WHEEL_SCORE_MAX = 5;
export const DONT_KNOW = 0;

/** Default deployment settings (WHEEL_INTERVAL_MONTHS, WHEEL_MIN_ANSWERS). */
export const DEFAULT_WHEEL_INTERVAL_MONTHS = 6;
export const DEFAULT_WHEEL_MIN_ANSWERS = 5;

/** Questions keep short texts; a question's key is `dimension.word`. */
export const WHEEL_QUESTION_TEXT_MAX = 400;
export const WHEEL_QUESTION_KEY = /^[a-z_]+\.[a-z0-9_]{1,40}$/;

/**
 * The group a participant answers in, from their current roles in the Mesa: the dedicated team first
 * (a team member who also speaks for an entity answers as team), then the public sector (public
 * representatives and the high-level body), then the private sector. Observers are not asked: they
 * watch the dialogue without taking part in it. Null: not asked.
 */
export function respondentGroupOf(roles: readonly MesaRole[]): RespondentGroup | null {
  if (roles.some((r) => r === 'team' || r === 'moderator')) return 'team';
  if (roles.some((r) => r === 'public_rep' || r === 'high_level')) return 'public';
  if (roles.includes('private_rep')) return 'private';
  return null;
}

// ── Rounds ─────────────────────────────────────────────────────────────────────────────────────────

/** A round is open until the team closes it or its closing day has passed (in the Mesa's time zone). */
export function isRoundOpen(
  round: { closedAt: Date | null; closesOn: string },
  now: Date,
  timeZone: string,
): boolean {
  return round.closedAt === null && todayIn(now, timeZone) <= round.closesOn;
}

/** The day (YYYY-MM-DD) `months` calendar months before `day`, clamped to the month's last day. */
export function monthsBeforeDay(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The period a round looks back on, for its measured facts: from the day the previous round opened
 * (or, for a first round, one interval earlier) to the day before this round opened.
 */
export function roundPeriod(
  openedOn: string,
  previousOpenedOn: string | null,
  intervalMonths: number,
): { from: string; to: string } {
  const from =
    previousOpenedOn && previousOpenedOn < openedOn
      ? previousOpenedOn
      : monthsBeforeDay(openedOn, intervalMonths);
  return { from, to: addDays(openedOn, -1) };
}

/** When the next round is due: one interval after the last one opened (null without any round). */
export function nextRoundDueOn(lastOpenedOn: string | null, intervalMonths: number): string | null {
  return lastOpenedOn ? monthsBeforeDay(lastOpenedOn, -intervalMonths) : null;
}

/**
 * The day a Mesa's next round of the Wheel was due, when one is due by `today` and none is open: six
 * months (the interval) after the last round was opened, or after the Mesa was launched when it never
 * had one. Null when nothing is due.
 */
export function wheelRoundDueOn(
  mesa: { lastOpenedOn: string | null; launchedOn: string | null; roundOpen: boolean },
  intervalMonths: number,
  today: string,
): string | null {
  if (mesa.roundOpen) return null;
  const dueOn = nextRoundDueOn(mesa.lastOpenedOn ?? mesa.launchedOn, intervalMonths);
  return dueOn !== null && dueOn <= today ? dueOn : null;
}

/** Whether a score is one of 0 ("don't know") to 5. */
export const isWheelScore = (value: number): boolean =>
  Number.isInteger(value) && value >= DONT_KNOW && value <= WHEEL_SCORE_MAX;

export interface AskedQuestion {
  id: string;
  dimension: WheelDimension;
}

export type AnswerIssue =
  | { kind: 'missing'; questionId: string }
  | { kind: 'unknown'; questionId: string }
  | { kind: 'score'; questionId: string };

/**
 * What is wrong with one respondent's answers: every question asked must be scored once (0 to 5, 0
 * for "don't know"), and nothing else. Questions of a dimension marked not applicable are not asked.
 */
export function answerIssues(
  asked: readonly AskedQuestion[],
  answers: readonly { questionId: string; score: number }[],
): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  const askedIds = new Set(asked.map((q) => q.id));
  const given = new Map<string, number>();
  for (const a of answers) {
    if (!askedIds.has(a.questionId) || given.has(a.questionId)) {
      issues.push({ kind: 'unknown', questionId: a.questionId });
      continue;
    }
    if (!isWheelScore(a.score)) issues.push({ kind: 'score', questionId: a.questionId });
    given.set(a.questionId, a.score);
  }
  for (const q of asked) if (!given.has(q.id)) issues.push({ kind: 'missing', questionId: q.id });
  return issues;
}

// ── Results ────────────────────────────────────────────────────────────────────────────────────────

/** One stored score: the question, the respondent's group and the score — never the respondent. */
export interface WheelScore {
  questionId: string;
  group: RespondentGroup;
  score: number;
}

export interface ScoreTally {
  /** Mean of the scores 1-5, null when none was given. */
  mean: number | null;
  /** Scores from 1 to 5. */
  scored: number;
  /** Scores of 0: "don't know". */
  dontKnow: number;
}

export interface DimensionResult extends ScoreTally {
  dimension: WheelDimension;
  /** False when the round marked the dimension not applicable to this Mesa: no figures then. */
  applicable: boolean;
}

export interface QuestionResult extends ScoreTally {
  questionId: string;
  dimension: WheelDimension;
}

export interface GroupResult {
  group: RespondentGroup;
  /** How many of the group answered (the team sees who answered anyway). */
  answered: number;
  /** False when the group, or a complement that would reveal it, has too few answers to be shown. */
  shown: boolean;
  dimensions: DimensionResult[] | null;
}

export interface WheelResults {
  answered: number;
  minAnswers: number;
  /** Whether the results may be shown at all (see `wheelResults`). */
  shown: boolean;
  /** Why they are not shown: the round is still open, or too few answered. */
  hiddenBecause: 'open' | 'too_few' | null;
  dimensions: DimensionResult[] | null;
  questions: QuestionResult[] | null;
  groups: GroupResult[];
}

function tally(scores: readonly number[]): ScoreTally {
  const known = scores.filter((s) => s !== DONT_KNOW);
  return {
    mean: known.length ? known.reduce((a, b) => a + b, 0) / known.length : null,
    scored: known.length,
    dontKnow: scores.length - known.length,
  };
}

function byDimension(
  questions: readonly AskedQuestion[],
  scores: readonly WheelScore[],
  notApplicable: ReadonlySet<WheelDimension>,
): DimensionResult[] {
  const dimensionOf = new Map(questions.map((q) => [q.id, q.dimension]));
  return wheelDimensions.map((dimension) => {
    const applicable = !notApplicable.has(dimension);
    const mine = applicable ? scores.filter((s) => dimensionOf.get(s.questionId) === dimension) : [];
    return { dimension, applicable, ...tally(mine.map((s) => s.score)) };
  });
}

/**
 * The groups that may be shown: each with at least `minAnswers` answers and, when some group with
 * answers is hidden, enough hidden answers together that subtracting the shown groups from the whole
 * reveals no fewer than `minAnswers` people (otherwise the smallest shown groups are hidden too).
 */
export function shownGroups(
  answered: Readonly<Record<RespondentGroup, number>>,
  minAnswers: number,
): Set<RespondentGroup> {
  const shown = new Set(respondentGroups.filter((g) => answered[g] >= minAnswers));
  const hiddenTotal = () =>
    respondentGroups.filter((g) => !shown.has(g)).reduce((s, g) => s + answered[g], 0);
  while (hiddenTotal() > 0 && hiddenTotal() < minAnswers && shown.size > 0) {
    const smallest = [...shown].sort((a, b) => answered[a] - answered[b])[0]!;
    shown.delete(smallest);
  }
  return shown;
}

export interface WheelResultsInput {
  /** The questions the round asked. */
  questions: readonly AskedQuestion[];
  notApplicable: readonly WheelDimension[];
  scores: readonly WheelScore[];
  /** How many answered, by group (from the record of who answered, not from the scores). */
  answered: Readonly<Record<RespondentGroup, number>>;
  minAnswers: number;
  /** Whether the round is closed. */
  closed: boolean;
}

/**
 * A round's results, aggregates only: per dimension (and question) the mean of the scores from 1 to 5,
 * with how many scores and how many "don't know"; the same per respondent group. Nothing is shown
 * before the round closes and at least `minAnswers` answered; a group is shown only under the rule of
 * `shownGroups`. Results appear once, when the round closes: results that moved with each answer would
 * tell the team, who sees who answered, what the latest respondent gave.
 */
export function wheelResults(input: WheelResultsInput): WheelResults {
  const answered = respondentGroups.reduce((s, g) => s + input.answered[g], 0);
  const enough = answered >= input.minAnswers && answered > 0;
  const shown = input.closed && enough;
  const notApplicable = new Set(input.notApplicable);
  const visibleGroups = shown ? shownGroups(input.answered, input.minAnswers) : new Set<RespondentGroup>();
  const applicableQuestions = input.questions.filter((q) => !notApplicable.has(q.dimension));
  return {
    answered,
    minAnswers: input.minAnswers,
    shown,
    hiddenBecause: shown ? null : input.closed ? 'too_few' : 'open',
    dimensions: shown ? byDimension(input.questions, input.scores, notApplicable) : null,
    questions: shown
      ? applicableQuestions.map((q) => ({
          questionId: q.id,
          dimension: q.dimension,
          ...tally(input.scores.filter((s) => s.questionId === q.id).map((s) => s.score)),
        }))
      : null,
    groups: respondentGroups.map((group) => {
      const isShown = visibleGroups.has(group);
      return {
        group,
        answered: input.answered[group],
        shown: isShown,
        dimensions: isShown
          ? byDimension(
              input.questions,
              input.scores.filter((s) => s.group === group),
              notApplicable,
            )
          : null,
      };
    }),
  };
}

/** Answers by group from the groups of those who answered. */
export function answeredByGroup(groups: readonly RespondentGroup[]): Record<RespondentGroup, number> {
  const counts: Record<RespondentGroup, number> = { public: 0, private: 0, team: 0 };
  for (const g of groups) counts[g]++;
  return counts;
}

// ── Measured facts ─────────────────────────────────────────────────────────────────────────────────

/**
 * What Mesas itself measured over a round's period, to hold perceptions against the record: the
 * dashboards' figures (src/domain/metrics.ts) cut to the period.
 */
export interface PeriodRecord {
  /** Share of the expected private organizations present, per closed session of the period. */
  continuityShares: readonly (number | null)[];
  /** Closed sessions in the period, and how many the cadence asked for while the Mesa was active. */
  sessionsHeld: number;
  sessionsExpected: number;
  /** Commitments whose (first agreed) due day fell in the period: done on time, and due in all. */
  commitmentsDue: number;
  commitmentsOnTime: number;
  /** Escalations raised in the period, and how many of them were decided. */
  escalationsRaised: number;
  escalationsDecided: number;
  /** Problems that became enacted and verified in the period. */
  problemsEnacted: number;
  problemsVerified: number;
  /** Field feedback reports in the period, and how many found the fix applied. */
  fieldReports: number;
  fieldReportsApplied: number;
}

export const measuredFactKinds = [
  'participation_continuity',
  'sessions_against_cadence',
  'commitments_on_time',
  'escalations_decided',
  'problems_enacted',
  'problems_verified',
  'field_feedback',
] as const;
export type MeasuredFactKind = (typeof measuredFactKinds)[number];

export interface MeasuredFact {
  kind: MeasuredFactKind;
  /** A share (0-1) for rates, a count for counts; null when nothing could be measured. */
  value: number | null;
  unit: 'share' | 'count';
  /** The counts behind a share (e.g. 7 of 9 commitments); for a count, `of` is null. */
  count: number;
  of: number | null;
}

/** Which measured facts speak to which dimension; the other dimensions have none. */
export const measuredFactsByDimension: Readonly<
  Partial<Record<WheelDimension, readonly MeasuredFactKind[]>>
> = {
  structure: ['participation_continuity'],
  champions: ['escalations_decided'],
  facilitation: ['sessions_against_cadence', 'commitments_on_time'],
  outputs: ['problems_enacted', 'problems_verified'],
  monitoring: ['field_feedback', 'problems_verified'],
};

const share = (kind: MeasuredFactKind, count: number, of: number): MeasuredFact => ({
  kind,
  value: of > 0 ? count / of : null,
  unit: 'share',
  count,
  of,
});
const counted = (kind: MeasuredFactKind, count: number): MeasuredFact => ({
  kind,
  value: count,
  unit: 'count',
  count,
  of: null,
});

/** Every measured fact of a period. */
export function measuredFacts(record: PeriodRecord): Record<MeasuredFactKind, MeasuredFact> {
  const shares = record.continuityShares.filter((s): s is number => s !== null);
  const continuity: MeasuredFact = {
    kind: 'participation_continuity',
    value: shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : null,
    unit: 'share',
    count: shares.length,
    of: null,
  };
  return {
    participation_continuity: continuity,
    sessions_against_cadence: {
      ...share('sessions_against_cadence', record.sessionsHeld, record.sessionsExpected),
      // More sessions than the cadence asked for is still "on cadence": capped at 1.
      value: record.sessionsExpected > 0 ? Math.min(1, record.sessionsHeld / record.sessionsExpected) : null,
    },
    commitments_on_time: share('commitments_on_time', record.commitmentsOnTime, record.commitmentsDue),
    escalations_decided: share('escalations_decided', record.escalationsDecided, record.escalationsRaised),
    problems_enacted: counted('problems_enacted', record.problemsEnacted),
    problems_verified: counted('problems_verified', record.problemsVerified),
    field_feedback: share('field_feedback', record.fieldReportsApplied, record.fieldReports),
  };
}

/** Per dimension, the measured facts that speak to it (empty: Mesas measures nothing there). */
export function factsByDimension(
  record: PeriodRecord,
): { dimension: WheelDimension; facts: MeasuredFact[] }[] {
  const facts = measuredFacts(record);
  return wheelDimensions.map((dimension) => ({
    dimension,
    facts: (measuredFactsByDimension[dimension] ?? []).map((kind) => facts[kind]),
  }));
}
