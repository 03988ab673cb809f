import type { ProblemStatus } from './problem-status';

export type FeedbackVerdict = 'works' | 'partly' | 'not_applied';

/** Whether a verdict says the fix is not (or not fully) applied on the ground. */
export const isNegativeVerdict = (verdict: FeedbackVerdict) => verdict !== 'works';

/**
 * What a new field report does to a problem's field alert (the mark the Matrix and the next agenda
 * show): negative feedback on an enacted or verified fix raises it (pointing to that report); a
 * later `works` report answers it; anything else leaves it as it is. Reopening also clears it (see
 * the reopening transition).
 */
export function fieldAlertAfterReport(
  status: ProblemStatus,
  verdict: FeedbackVerdict,
  current: string | null,
): 'raise' | 'clear' | 'keep' {
  if (isNegativeVerdict(verdict)) return status === 'enacted' || status === 'verified' ? 'raise' : 'keep';
  return current ? 'clear' : 'keep';
}

/** A field-feedback link lasts thirty days. */
export const FEEDBACK_LINK_DAYS = 30;

/** When a link made at `now` stops working. */
export function feedbackLinkExpiry(now: Date): Date {
  return new Date(now.getTime() + FEEDBACK_LINK_DAYS * 86_400_000);
}
