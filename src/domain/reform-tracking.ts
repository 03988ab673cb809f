import { dateInZone } from './dates';
import { problemCode } from './problem-code';
import type { ProblemStatus } from './problem-status';
import type { SolutionInstrument } from './solutions';

/**
 * The reform tracking table of public-private dialogue practice: one row per reform — a problem of the
 * Matrix and the solution that fixes it — through the stages proposed → agreed → drafted → enacted →
 * implemented, each with its day.
 *
 * Where each stage's day comes from:
 * - proposed: the day the problem's first solution was proposed (its first version's day, else when it
 *   was recorded);
 * - agreed, drafted: the days the team records on the reform's solution (`agreed_on`, `drafted_on`);
 * - enacted: the problem's last move to `enacted`, and implemented its last move to `verified` — only
 *   while the problem is still there (a fix reopened by field feedback is back in progress, and its
 *   earlier days no longer describe where it stands).
 *
 * The reform's solution is the one furthest along (a cited norm, then a drafted day, then an agreed
 * day), else the latest proposed. The impact note is the problem's outcome indicators, before → now
 * (target). Problems without any solution have no reform yet and give no row.
 */

export const reformStages = ['proposed', 'agreed', 'drafted', 'enacted', 'implemented'] as const;
export type ReformStage = (typeof reformStages)[number];

export interface ReformSolutionData {
  id: string;
  /** The text of its current version. */
  text: string;
  instrument: SolutionInstrument;
  /** The day its first version was written, when recorded. */
  firstRevisedOn: string | null;
  createdAt: Date;
  agreedOn: string | null;
  draftedOn: string | null;
  normName: string | null;
  normNumber: string | null;
  normDate: string | null;
  normUrl: string | null;
}

export interface ReformIndicatorData {
  name: string;
  unit: string;
  baselineValue: number | null;
  currentValue: number | null;
  targetValue: number | null;
}

export interface ReformProblemData {
  mesa: { id: string; name: string; slug: string };
  id: string;
  number: number;
  title: string;
  status: ProblemStatus;
  /** The responsible public entities' names. */
  entities: string[];
  solutions: ReformSolutionData[];
  statusEvents: { toStatus: ProblemStatus; occurredAt: Date }[];
  indicators: ReformIndicatorData[];
}

export interface ReformNorm {
  name: string | null;
  number: string | null;
  date: string | null;
  url: string | null;
}

export interface ReformRow {
  mesa: { id: string; name: string; slug: string };
  problemId: string;
  code: string;
  problem: string;
  solutionId: string;
  reform: string;
  instrument: SolutionInstrument;
  entities: string[];
  norm: ReformNorm | null;
  /** The day of each stage reached, YYYY-MM-DD in the Mesa's time zone; null when not (yet) known. */
  dates: Record<ReformStage, string | null>;
  /** The furthest stage with a day. */
  stage: ReformStage;
  /** The problem's status in the Matrix (a parked or dropped reform says so). */
  status: ProblemStatus;
  impact: string;
}

const dayOf = (at: Date, timeZone: string) => dateInZone(at, timeZone);

/** How far a solution has gone, for choosing the reform among a problem's solutions. */
function progress(s: ReformSolutionData): number {
  if (s.normName || s.normNumber || s.normDate || s.normUrl) return 3;
  if (s.draftedOn) return 2;
  if (s.agreedOn) return 1;
  return 0;
}

/** The solution that stands for the problem's reform: the furthest along, else the latest proposed. */
export function reformSolution(solutions: readonly ReformSolutionData[]): ReformSolutionData | null {
  let best: ReformSolutionData | null = null;
  for (const s of solutions) {
    if (
      !best ||
      progress(s) > progress(best) ||
      (progress(s) === progress(best) && s.createdAt.getTime() > best.createdAt.getTime())
    ) {
      best = s;
    }
  }
  return best;
}

/** The day of the problem's last move to `status`, or null. */
function lastMoveTo(p: ReformProblemData, status: ProblemStatus, timeZone: string): string | null {
  let last: Date | null = null;
  for (const e of p.statusEvents) {
    if (e.toStatus === status && (!last || e.occurredAt.getTime() > last.getTime())) last = e.occurredAt;
  }
  return last ? dayOf(last, timeZone) : null;
}

const numberText = (n: number) => String(Math.round(n * 100) / 100);

/** An indicator as one line of the impact note: "name: before → now unit (target T)". */
export function indicatorNote(i: ReformIndicatorData, targetWord: string): string {
  const before = i.baselineValue === null ? '?' : numberText(i.baselineValue);
  const now = i.currentValue === null ? '?' : numberText(i.currentValue);
  const target = i.targetValue === null ? '' : ` (${targetWord} ${numberText(i.targetValue)})`;
  return `${i.name}: ${before} → ${now} ${i.unit}${target}`;
}

/** One problem's reform row, or null when no solution has been proposed for it. */
export function reformRow(
  p: ReformProblemData,
  options: { timeZone: string; targetWord: string },
): ReformRow | null {
  const solution = reformSolution(p.solutions);
  if (!solution) return null;
  const { timeZone } = options;
  const proposedDays = p.solutions.map((s) => s.firstRevisedOn ?? dayOf(s.createdAt, timeZone)).sort();
  const fixed = p.status === 'enacted' || p.status === 'verified';
  const dates: Record<ReformStage, string | null> = {
    proposed: proposedDays[0] ?? null,
    agreed: solution.agreedOn,
    drafted: solution.draftedOn,
    enacted: fixed ? lastMoveTo(p, 'enacted', timeZone) : null,
    implemented: p.status === 'verified' ? lastMoveTo(p, 'verified', timeZone) : null,
  };
  let stage: ReformStage = 'proposed';
  for (const s of reformStages) if (dates[s]) stage = s;
  // A problem enacted or verified without a dated move (e.g. imported so) is still at that stage.
  if (p.status === 'verified') stage = 'implemented';
  else if (p.status === 'enacted' && stage !== 'implemented') stage = 'enacted';
  const norm =
    solution.normName || solution.normNumber || solution.normDate || solution.normUrl
      ? {
          name: solution.normName,
          number: solution.normNumber,
          date: solution.normDate,
          url: solution.normUrl,
        }
      : null;
  return {
    mesa: p.mesa,
    problemId: p.id,
    code: problemCode(p.number),
    problem: p.title,
    solutionId: solution.id,
    reform: solution.text,
    instrument: solution.instrument,
    entities: p.entities,
    norm,
    dates,
    stage,
    status: p.status,
    impact: p.indicators.map((i) => indicatorNote(i, options.targetWord)).join('; '),
  };
}

/** The reform tracking table: one row per reform, by Mesa name and problem number. */
export function buildReformRows(
  problems: readonly ReformProblemData[],
  options: { timeZone: (mesaId: string) => string; targetWord: string },
): ReformRow[] {
  const rows: ReformRow[] = [];
  for (const p of problems) {
    const row = reformRow(p, { timeZone: options.timeZone(p.mesa.id), targetWord: options.targetWord });
    if (row) rows.push(row);
  }
  const numberOf = new Map(problems.map((p) => [p.id, p.number]));
  return rows.sort(
    (a, b) =>
      a.mesa.name.localeCompare(b.mesa.name) ||
      (numberOf.get(a.problemId) ?? 0) - (numberOf.get(b.problemId) ?? 0),
  );
}

/** A cited norm as one line: "number, name (date)". */
export function normText(norm: ReformNorm | null): string {
  if (!norm) return '';
  const head = [norm.number, norm.name].filter(Boolean).join(', ');
  return norm.date ? `${head} (${norm.date})`.trim() : head;
}
