import type { WheelQuestion, WheelRound, WheelRoundQuestion } from '../../db/queries/wheel';
import type { RoundResults } from '../../db/queries/wheel-results';

/** The Evaluation Wheel as the API shows it. Results carry aggregates only, never a respondent. */

export function presentWheelQuestion(q: WheelQuestion) {
  return {
    id: q.id,
    key: q.key,
    dimension: q.dimension,
    position: q.position,
    textEs: q.textEs,
    textEn: q.textEn,
    retiredAt: q.retiredAt,
    version: q.version,
  };
}

export function presentRound(round: WheelRound, open: boolean) {
  return {
    id: round.id,
    mesaId: round.mesaId,
    openedOn: round.openedOn,
    closesOn: round.closesOn,
    closedAt: round.closedAt,
    open,
    periodFrom: round.periodFrom,
    periodTo: round.periodTo,
    minAnswers: round.minAnswers,
    notApplicable: round.notApplicable,
    version: round.version,
  };
}

export function presentRoundSummary(
  round: WheelRound,
  open: boolean,
  counts: { asked: number; answered: number } | undefined,
) {
  return { ...presentRound(round, open), asked: counts?.asked ?? 0, answered: counts?.answered ?? 0 };
}

export const presentRoundQuestion = (q: WheelRoundQuestion) => ({
  id: q.id,
  key: q.key,
  dimension: q.dimension,
  textEs: q.textEs,
  textEn: q.textEn,
});

export function presentRoundResults(r: RoundResults) {
  return {
    round: presentRound(r.round, r.open),
    results: r.results,
    previous: r.previous
      ? { round: presentRound(r.previous.round, r.previous.open), results: r.previous.results }
      : null,
    facts: r.facts,
  };
}
