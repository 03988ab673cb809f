import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors';
import {
  type AnswerLike,
  answerIssues,
  checkAssessment,
  checkCanDecide,
  decisionIssues,
  decisionWarnings,
  type QuestionLike,
  raisesFlag,
  redFlags,
  summarize,
} from '../../src/domain/feasibility';
import { compositionChecks, compositionWarnings, type ParticipantLike } from '../../src/domain/participation';

/** A small checklist: two convener questions and their alternative, a sector and a private question. */
const q = (
  id: string,
  key: string,
  area: string,
  position: number,
  redFlag: string | null,
  extra: Partial<QuestionLike> = {},
): QuestionLike => ({ id, key, area, position, redFlag, flagOnPartly: false, retiredAt: null, ...extra });

const questions: QuestionLike[] = [
  q('c1', 'convener.willing', 'convener', 1, 'no_convener'),
  q('c2', 'convener.allocates_budget', 'convener', 2, 'weak_convener'),
  q('c3', 'convener.resolves_disputes', 'convener', 3, 'weak_convener'),
  q('c4', 'convener.access_to_authority', 'convener', 4, null),
  q('s1', 'sector.coordination_failures', 'sector', 10, 'structural_problems', { flagOnPartly: true }),
  q('p1', 'private_sector.self_organized', 'private_sector', 20, 'private_not_organized'),
  q('r1', 'private_sector.old', 'private_sector', 21, 'old_flag', { retiredAt: new Date('2025-01-01') }),
];

const a = (questionId: string, answer: AnswerLike['answer']): AnswerLike => ({ questionId, answer });

function thrown(fn: () => void): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an AppError');
}

describe('validating an assessment', () => {
  it('accepts yes, partly and no on active questions, each once', () => {
    expect(answerIssues(questions, [a('c1', 'yes'), a('s1', 'partly'), a('p1', 'no')])).toEqual([]);
  });

  it('names every wrong answer by its place: unknown or retired question, repeated question, bad value', () => {
    const issues = answerIssues(questions, [
      { questionId: 'c1', answer: 'yes' },
      { questionId: 'nope', answer: 'no' },
      { questionId: 'c1', answer: 'no' },
      { questionId: 'r1', answer: 'yes' },
      { questionId: 'p1', answer: 'maybe' },
    ]);
    expect(issues).toEqual([
      { path: 'answers.1.questionId', key: 'fields.unknownQuestion' },
      { path: 'answers.2.questionId', key: 'fields.listedTwice' },
      { path: 'answers.3.questionId', key: 'fields.unknownQuestion' },
      { path: 'answers.4.answer', key: 'fields.answerValues' },
    ]);
  });

  it('requires at least one answer', () => {
    expect(answerIssues(questions, [])).toEqual([{ path: 'answers', key: 'fields.required' }]);
  });

  it('requires a rationale with a decision, dated no earlier than the assessment', () => {
    expect(decisionIssues({}, '2015-01-10')).toEqual([]);
    expect(decisionIssues({ decision: null, rationale: '' }, '2015-01-10')).toEqual([]);
    expect(decisionIssues({ decision: 'launch', rationale: 'Private sector ready' }, '2015-01-10')).toEqual(
      [],
    );
    expect(decisionIssues({ decision: 'maybe', rationale: 'x' }, '2015-01-10')).toEqual([
      { path: 'decision', key: 'fields.decisionValues' },
    ]);
    expect(decisionIssues({ decision: 'not_now', rationale: '   ' }, '2015-01-10')).toEqual([
      { path: 'rationale', key: 'fields.rationaleRequired' },
    ]);
    expect(decisionIssues({ decision: 'no', rationale: 'x', decidedOn: '2015-01-09' }, '2015-01-10')).toEqual(
      [{ path: 'decidedOn', key: 'fields.beforeAssessedOn' }],
    );
  });

  it('throws one 400 with every issue at once', () => {
    const error = thrown(() =>
      checkAssessment(questions, {
        assessedOn: '2015-01-10',
        answers: [{ questionId: 'nope', answer: 'yes' }],
        decision: 'launch',
      }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details?.fields?.map((f) => f.key)).toEqual([
      'fields.unknownQuestion',
      'fields.rationaleRequired',
    ]);
  });
});

describe('red flags', () => {
  it('are raised by a no, and by a partly only where the question says so', () => {
    const partlyFlags = q('x', 'x', 'sector', 1, 'structural_problems', { flagOnPartly: true });
    const noOnly = q('y', 'y', 'private_sector', 1, 'private_not_organized');
    expect([
      raisesFlag(partlyFlags, 'no'),
      raisesFlag(partlyFlags, 'partly'),
      raisesFlag(partlyFlags, 'yes'),
    ]).toEqual([true, true, false]);
    expect([raisesFlag(noOnly, 'no'), raisesFlag(noOnly, 'partly')]).toEqual([true, false]);
    expect(raisesFlag(q('z', 'z', 'convener', 1, null), 'no')).toBe(false);
  });

  it('come once per flag, in checklist order, naming the questions that raised them', () => {
    const flags = redFlags(questions, [
      a('p1', 'no'),
      a('s1', 'partly'),
      a('c3', 'no'),
      a('c2', 'no'),
      a('c1', 'yes'),
    ]);
    expect(flags).toEqual([
      { flag: 'weak_convener', questions: ['convener.allocates_budget', 'convener.resolves_disputes'] },
      { flag: 'structural_problems', questions: ['sector.coordination_failures'] },
      { flag: 'private_not_organized', questions: ['private_sector.self_organized'] },
    ]);
  });

  it("lift the convener's weakness when the convener has solid access to someone who can do it all", () => {
    expect(redFlags(questions, [a('c2', 'no'), a('c4', 'yes')])).toEqual([]);
    expect(redFlags(questions, [a('c2', 'no'), a('c4', 'partly')])).toEqual([
      { flag: 'weak_convener', questions: ['convener.allocates_budget'] },
    ]);
  });

  it('are none when every answer is yes', () => {
    expect(redFlags(questions, [a('c1', 'yes'), a('s1', 'yes'), a('p1', 'yes')])).toEqual([]);
  });
});

describe('summary and decision', () => {
  it('counts answers per area in the order of the checklist', () => {
    const summary = summarize(questions, [
      a('p1', 'no'),
      a('c1', 'yes'),
      a('c2', 'partly'),
      a('c3', 'no'),
      a('s1', 'yes'),
    ]);
    expect(summary).toEqual([
      { area: 'convener', yes: 1, partly: 1, no: 1 },
      { area: 'sector', yes: 1, partly: 0, no: 0 },
      { area: 'private_sector', yes: 0, partly: 0, no: 1 },
    ]);
  });

  it('warns about the red flags a launch goes against, and only a launch', () => {
    const flags = [{ flag: 'private_not_organized', questions: ['private_sector.self_organized'] }];
    expect(decisionWarnings('launch', flags)).toEqual(['private_not_organized']);
    expect(decisionWarnings('not_now', flags)).toEqual([]);
    expect(decisionWarnings(null, flags)).toEqual([]);
    expect(decisionWarnings('launch', [])).toEqual([]);
  });

  it('is taken once: deciding a decided assessment is a 409 conflict', () => {
    expect(() => checkCanDecide({ decision: null })).not.toThrow();
    const error = thrown(() => checkCanDecide({ decision: 'not_now' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.status).toBe(409);
    expect(error.details).toMatchObject({ decision: 'not_now' });
  });
});

describe('composition checks (section 4.1)', () => {
  const p = (role: ParticipantLike['role'], fields: Partial<ParticipantLike> = {}): ParticipantLike => ({
    role,
    isFirstHandOperator: false,
    endedOn: null,
    ...fields,
  });

  it('give the share of private representatives who are association staff', () => {
    // 3 current private reps: 2 staff, 1 operator → 2/3; a former staff member does not count.
    const participants = [
      p('private_rep'),
      p('private_rep'),
      p('private_rep', { isFirstHandOperator: true }),
      p('private_rep', { endedOn: '2016-07-28' }),
      p('moderator'),
    ];
    const checks = compositionChecks(participants);
    expect(checks).toMatchObject({ privateReps: 3, associationStaff: 2, mostlyStaff: true });
    expect(checks.staffShare).toBeCloseTo(2 / 3, 10);
    expect(compositionWarnings(participants)).toEqual(['private_reps_mostly_staff']);
  });

  it('do not warn at exactly half staff (not "primarily"), and give no share without private reps', () => {
    const half = [p('private_rep'), p('private_rep', { isFirstHandOperator: true }), p('team')];
    expect(compositionChecks(half)).toMatchObject({ privateReps: 2, associationStaff: 1, staffShare: 0.5 });
    expect(compositionChecks(half).mostlyStaff).toBe(false);
    expect(compositionWarnings(half)).toEqual([]);
    expect(compositionChecks([p('team')])).toMatchObject({
      privateReps: 0,
      staffShare: null,
      mostlyStaff: false,
    });
  });

  it('tell whether small producers are represented by a current participant', () => {
    const without = [p('private_rep', { isFirstHandOperator: true }), p('team')];
    expect(compositionChecks(without)).toMatchObject({
      smallProducerReps: 0,
      smallProducersRepresented: false,
    });
    const formerOnly = [
      ...without,
      p('private_rep', { representsSmallProducers: true, endedOn: '2016-01-01' }),
    ];
    expect(compositionChecks(formerOnly).smallProducersRepresented).toBe(false);
    const withTwo = [
      ...without,
      p('private_rep', { isFirstHandOperator: true, representsSmallProducers: true }),
      p('private_rep', { representsSmallProducers: true }),
    ];
    expect(compositionChecks(withTwo)).toMatchObject({
      smallProducerReps: 2,
      smallProducersRepresented: true,
    });
  });

  it('warn when a dedicated-team member holds formal responsibility for the sector', () => {
    const operator = p('private_rep', { isFirstHandOperator: true });
    const neutral = [operator, p('moderator'), p('team')];
    expect(compositionChecks(neutral).teamWithSectorResponsibility).toBe(0);
    expect(compositionWarnings(neutral)).toEqual([]);
    // A public representative is expected to hold that responsibility: no warning.
    expect(compositionWarnings([...neutral, p('public_rep', { holdsSectorResponsibility: true })])).toEqual(
      [],
    );
    const captured = [
      operator,
      p('moderator', { holdsSectorResponsibility: true }),
      p('team', { holdsSectorResponsibility: true }),
    ];
    expect(compositionChecks(captured).teamWithSectorResponsibility).toBe(2);
    expect(compositionWarnings(captured)).toEqual(['team_holds_sector_responsibility']);
    // Once that member has left, the team is neutral again.
    const left = [
      operator,
      p('moderator'),
      p('team', { holdsSectorResponsibility: true, endedOn: '2017-01-31' }),
    ];
    expect(compositionWarnings(left)).toEqual([]);
  });
});
