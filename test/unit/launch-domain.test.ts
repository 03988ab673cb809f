import { describe, expect, it } from 'vitest';
import {
  activationIssues,
  checkLaunchComplete,
  type QuestionLike,
  unansweredQuestions,
} from '../../src/domain/feasibility';

/** Launching from a feasibility assessment (issue 11, item 7): unanswered questions and activation. */
const question = (id: string, position: number, retired = false): QuestionLike => ({
  id,
  key: `convener.q${id}`,
  area: 'convener',
  position,
  redFlag: null,
  flagOnPartly: false,
  retiredAt: retired ? new Date('2026-01-01T00:00:00Z') : null,
});

describe('unanswered questions', () => {
  const questions = [question('c', 3), question('a', 1), question('b', 2), question('old', 0, true)];

  it('are the current questions without an answer, in checklist order; retired ones do not count', () => {
    expect(unansweredQuestions(questions, [{ questionId: 'b' }]).map((q) => q.id)).toEqual(['a', 'c']);
    expect(
      unansweredQuestions(
        questions,
        ['a', 'b', 'c'].map((questionId) => ({ questionId })),
      ),
    ).toEqual([]);
  });

  it('make a launch answer ASSESSMENT_INCOMPLETE with the count, unless confirmed', () => {
    expect(() => checkLaunchComplete('launch', 2, false)).toThrow(
      expect.objectContaining({ code: 'ASSESSMENT_INCOMPLETE', status: 409, details: { unanswered: 2 } }),
    );
    expect(() => checkLaunchComplete('launch', 2, true)).not.toThrow();
    expect(() => checkLaunchComplete('launch', 0, false)).not.toThrow();
    for (const decision of ['not_now', 'no', null, undefined] as const) {
      expect(() => checkLaunchComplete(decision, 5, false)).not.toThrow();
    }
  });
});

describe('activating with the decision', () => {
  it('goes with a launch only', () => {
    expect(activationIssues({ decision: 'launch', activate: true })).toEqual([]);
    expect(activationIssues({ decision: 'not_now', activate: true })).toEqual([
      { path: 'activate', key: 'fields.activateOnlyOnLaunch' },
    ]);
    expect(activationIssues({ decision: null, activate: true })).toHaveLength(1);
    expect(activationIssues({ decision: 'no', activate: false })).toEqual([]);
  });
});
