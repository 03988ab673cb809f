import {
  answeredByGroup,
  factsByDimension,
  isRoundOpen,
  type MeasuredFact,
  type WheelDimension,
  type WheelResults,
  wheelResults,
} from '../../domain/wheel';
import type { Db } from '../client';
import type { Mesa } from './mesas';
import {
  answeredGroups,
  previousRound,
  roundQuestions,
  roundScores,
  type WheelRound,
  type WheelRoundQuestion,
} from './wheel';
import { type PeriodOptions, periodRecord } from './wheel-facts';

export interface RoundResults {
  round: WheelRound;
  open: boolean;
  questions: WheelRoundQuestion[];
  results: WheelResults;
  previous: { round: WheelRound; open: boolean; results: WheelResults } | null;
  facts: { dimension: WheelDimension; facts: MeasuredFact[] }[];
}

/** A round's aggregates, computed by the domain from its scores and who answered (by group). */
async function aggregate(db: Db, round: WheelRound, open: boolean) {
  const [questions, scores, groups] = await Promise.all([
    roundQuestions(db, round.id),
    roundScores(db, round.id),
    answeredGroups(db, round.id),
  ]);
  const results = wheelResults({
    questions,
    notApplicable: round.notApplicable,
    scores,
    answered: answeredByGroup(groups),
    minAnswers: round.minAnswers,
    closed: !open,
  });
  return { questions, results };
}

/**
 * A round's results beside the previous round's (for the overlay) and the measured facts of its period.
 * Only aggregates leave this function: no score row, no respondent.
 */
export async function loadRoundResults(
  db: Db,
  round: WheelRound,
  mesa: Mesa,
  options: Omit<PeriodOptions, 'from' | 'to'> & { now: Date },
): Promise<RoundResults> {
  const open = isRoundOpen(round, options.now, options.timeZone);
  const before = await previousRound(db, round);
  const beforeOpen = before ? isRoundOpen(before, options.now, options.timeZone) : false;
  const [current, previous, record] = await Promise.all([
    aggregate(db, round, open),
    before ? aggregate(db, before, beforeOpen) : null,
    periodRecord(db, mesa, { ...options, from: round.periodFrom, to: round.periodTo }),
  ]);
  return {
    round,
    open,
    questions: current.questions,
    results: current.results,
    previous: before && previous ? { round: before, open: beforeOpen, results: previous.results } : null,
    facts: factsByDimension(record),
  };
}
