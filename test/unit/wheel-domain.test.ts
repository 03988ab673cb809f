import { describe, expect, it } from 'vitest';
import {
  type AskedQuestion,
  answeredByGroup,
  answerIssues,
  factsByDimension,
  isRoundOpen,
  measuredFacts,
  monthsBeforeDay,
  nextRoundDueOn,
  type PeriodRecord,
  type RespondentGroup,
  respondentGroupOf,
  roundPeriod,
  shownGroups,
  type WheelScore,
  wheelDimensions,
  wheelResults,
} from '../../src/domain/wheel';

const questions: AskedQuestion[] = [
  { id: 'm1', dimension: 'mandate' },
  { id: 'm2', dimension: 'mandate' },
  { id: 's1', dimension: 'structure' },
  { id: 'c1', dimension: 'crisis' },
];

/** One respondent's answers as score rows (the rows carry the group only). */
const answer = (group: RespondentGroup, scores: Record<string, number>): WheelScore[] =>
  Object.entries(scores).map(([questionId, score]) => ({ questionId, group, score }));

const dimension = (results: ReturnType<typeof wheelResults>, key: string) =>
  results.dimensions?.find((d) => d.dimension === key);

describe('who is asked, in which group', () => {
  it('asks the team as team, public representatives and the high-level body as public, private representatives as private', () => {
    expect(respondentGroupOf(['moderator'])).toBe('team');
    expect(respondentGroupOf(['public_rep', 'team'])).toBe('team');
    expect(respondentGroupOf(['high_level'])).toBe('public');
    expect(respondentGroupOf(['public_rep'])).toBe('public');
    expect(respondentGroupOf(['private_rep'])).toBe('private');
  });

  it('does not ask observers', () => {
    expect(respondentGroupOf(['observer'])).toBeNull();
    expect(respondentGroupOf([])).toBeNull();
  });
});

describe('rounds', () => {
  it('is open until closed or past its closing day in the Mesa’s time zone', () => {
    const round = { closedAt: null, closesOn: '2026-03-10' };
    // 23:30 in Lima on the 10th is already the 11th in UTC.
    expect(isRoundOpen(round, new Date('2026-03-11T04:30:00Z'), 'America/Lima')).toBe(true);
    expect(isRoundOpen(round, new Date('2026-03-11T05:30:00Z'), 'America/Lima')).toBe(false);
    expect(
      isRoundOpen(
        { ...round, closedAt: new Date('2026-03-01T00:00:00Z') },
        new Date('2026-03-02T00:00:00Z'),
        'UTC',
      ),
    ).toBe(false);
  });

  it('looks back from the previous round, or one interval, to the day before it opened', () => {
    expect(roundPeriod('2017-08-15', null, 6)).toEqual({ from: '2017-02-15', to: '2017-08-14' });
    expect(roundPeriod('2017-08-15', '2016-05-02', 6)).toEqual({ from: '2016-05-02', to: '2017-08-14' });
    expect(monthsBeforeDay('2026-08-31', 6)).toBe('2026-02-28');
    expect(nextRoundDueOn('2026-01-15', 6)).toBe('2026-07-15');
    expect(nextRoundDueOn(null, 6)).toBeNull();
  });

  it('takes every asked question scored once from 0 to 5, and nothing else', () => {
    const ok = questions.map((q) => ({ questionId: q.id, score: 3 }));
    expect(answerIssues(questions, ok)).toEqual([]);
    expect(answerIssues(questions, ok.slice(1))).toEqual([{ kind: 'missing', questionId: 'm1' }]);
    expect(answerIssues(questions, [...ok, { questionId: 'x', score: 1 }])).toEqual([
      { kind: 'unknown', questionId: 'x' },
    ]);
    expect(answerIssues(questions, [...ok, { questionId: 'm1', score: 1 }])).toEqual([
      { kind: 'unknown', questionId: 'm1' },
    ]);
    const bad = ok.map((a) => (a.questionId === 's1' ? { ...a, score: 6 } : a));
    expect(answerIssues(questions, bad)).toEqual([{ kind: 'score', questionId: 's1' }]);
    const half = ok.map((a) => (a.questionId === 's1' ? { ...a, score: 2.5 } : a));
    expect(answerIssues(questions, half)).toEqual([{ kind: 'score', questionId: 's1' }]);
  });
});

describe('results', () => {
  const five = [
    answer('private', { m1: 4, m2: 2, s1: 0, c1: 5 }),
    answer('private', { m1: 5, m2: 0, s1: 0, c1: 5 }),
    answer('public', { m1: 3, m2: 3, s1: 1, c1: 5 }),
    answer('public', { m1: 0, m2: 0, s1: 0, c1: 5 }),
    answer('team', { m1: 1, m2: 3, s1: 4, c1: 5 }),
  ].flat();
  const answered = answeredByGroup(['private', 'private', 'public', 'public', 'team']);

  it('shows nothing while the round is open, whatever the number of answers', () => {
    const r = wheelResults({
      questions,
      notApplicable: [],
      scores: five,
      answered,
      minAnswers: 5,
      closed: false,
    });
    expect(r).toMatchObject({ shown: false, hiddenBecause: 'open', dimensions: null, questions: null });
    expect(r.groups.every((g) => g.dimensions === null)).toBe(true);
  });

  it('shows nothing below the threshold once closed', () => {
    const r = wheelResults({
      questions,
      notApplicable: [],
      scores: five,
      answered,
      minAnswers: 6,
      closed: true,
    });
    expect(r).toMatchObject({ answered: 5, shown: false, hiddenBecause: 'too_few', dimensions: null });
  });

  it('averages the scores 1-5 of a dimension, counting "don’t know" apart', () => {
    const r = wheelResults({
      questions,
      notApplicable: [],
      scores: five,
      answered,
      minAnswers: 5,
      closed: true,
    });
    expect(r.shown).toBe(true);
    // mandate: 4, 2, 5, 3, 3, 1, 3 → 21 / 7; three zeros.
    expect(dimension(r, 'mandate')).toEqual({
      dimension: 'mandate',
      applicable: true,
      mean: 3,
      scored: 7,
      dontKnow: 3,
    });
    expect(dimension(r, 'structure')).toMatchObject({ mean: 2.5, scored: 2, dontKnow: 3 });
    // A dimension nobody was asked about has no mean, and is not mistaken for zero.
    expect(dimension(r, 'outputs')).toMatchObject({ mean: null, scored: 0, dontKnow: 0, applicable: true });
    expect(r.dimensions).toHaveLength(wheelDimensions.length);
    expect(r.questions?.find((q) => q.questionId === 'm2')).toMatchObject({
      mean: 8 / 3,
      scored: 3,
      dontKnow: 2,
    });
  });

  it('gives no figure for a dimension marked not applicable, and leaves its questions out', () => {
    const r = wheelResults({
      questions,
      notApplicable: ['crisis'],
      scores: five,
      answered,
      minAnswers: 5,
      closed: true,
    });
    expect(dimension(r, 'crisis')).toEqual({
      dimension: 'crisis',
      applicable: false,
      mean: null,
      scored: 0,
      dontKnow: 0,
    });
    expect(r.questions?.map((q) => q.questionId)).toEqual(['m1', 'm2', 's1']);
  });

  it('hides every group under the threshold, and the others when they would reveal it', () => {
    // 5 private, 1 public, 0 team: the whole minus the private group would be the public one.
    const scores = [
      ...Array.from({ length: 5 }, () => answer('private', { m1: 4, m2: 4, s1: 4, c1: 4 })).flat(),
      ...answer('public', { m1: 1, m2: 1, s1: 1, c1: 1 }),
    ];
    const r = wheelResults({
      questions,
      notApplicable: [],
      scores,
      answered: { private: 5, public: 1, team: 0 },
      minAnswers: 5,
      closed: true,
    });
    expect(r.shown).toBe(true);
    expect(r.groups.map((g) => [g.group, g.answered, g.shown])).toEqual([
      ['public', 1, false],
      ['private', 5, false],
      ['team', 0, false],
    ]);
    expect(r.groups.every((g) => g.dimensions === null)).toBe(true);
  });

  it('shows each group that has enough answers when the hidden ones together are enough too', () => {
    const r = wheelResults({
      questions,
      notApplicable: [],
      scores: [
        ...Array.from({ length: 5 }, () => answer('private', { m1: 4, m2: 4, s1: 4, c1: 4 })).flat(),
        ...Array.from({ length: 5 }, () => answer('public', { m1: 2, m2: 2, s1: 2, c1: 2 })).flat(),
        ...Array.from({ length: 3 }, () => answer('team', { m1: 5, m2: 5, s1: 5, c1: 5 })).flat(),
      ],
      answered: { private: 5, public: 5, team: 3 },
      minAnswers: 3,
      closed: true,
    });
    const privateGroup = r.groups.find((g) => g.group === 'private')!;
    expect(privateGroup.shown).toBe(true);
    expect(privateGroup.dimensions?.find((d) => d.dimension === 'mandate')).toMatchObject({
      mean: 4,
      scored: 10,
    });
    expect(r.groups.find((g) => g.group === 'team')).toMatchObject({ shown: true, answered: 3 });
  });

  it('hides groups by the rule: alone under the threshold, or the smallest shown ones until the hidden reach it', () => {
    expect([...shownGroups({ public: 6, private: 7, team: 2 }, 5)]).toEqual(['private']);
    expect([...shownGroups({ public: 6, private: 7, team: 0 }, 5)].sort()).toEqual(['private', 'public']);
    expect([...shownGroups({ public: 3, private: 7, team: 2 }, 5)]).toEqual(['private']);
    expect([...shownGroups({ public: 1, private: 2, team: 2 }, 5)]).toEqual([]);
  });
});

describe('measured facts', () => {
  const record: PeriodRecord = {
    continuityShares: [1, 0.5, null, 0.75],
    sessionsHeld: 10,
    sessionsExpected: 8,
    commitmentsDue: 12,
    commitmentsOnTime: 9,
    escalationsRaised: 4,
    escalationsDecided: 1,
    problemsEnacted: 3,
    problemsVerified: 2,
    fieldReports: 0,
    fieldReportsApplied: 0,
  };

  it('cuts the dashboards’ figures to the period', () => {
    const facts = measuredFacts(record);
    expect(facts.participation_continuity).toMatchObject({ value: 0.75, unit: 'share', count: 3 });
    expect(facts.sessions_against_cadence).toMatchObject({ value: 1, count: 10, of: 8 });
    expect(facts.commitments_on_time).toMatchObject({ value: 0.75, count: 9, of: 12 });
    expect(facts.escalations_decided).toMatchObject({ value: 0.25, count: 1, of: 4 });
    expect(facts.problems_enacted).toMatchObject({ value: 3, unit: 'count', of: null });
    // Nothing to measure is not zero.
    expect(facts.field_feedback).toMatchObject({ value: null, count: 0, of: 0 });
  });

  it('places each fact beside the dimension it speaks to, and leaves the others without', () => {
    const byDimension = Object.fromEntries(
      factsByDimension(record).map((d) => [d.dimension, d.facts.map((f) => f.kind)]),
    );
    expect(byDimension).toMatchObject({
      structure: ['participation_continuity'],
      champions: ['escalations_decided'],
      facilitation: ['sessions_against_cadence', 'commitments_on_time'],
      outputs: ['problems_enacted', 'problems_verified'],
      monitoring: ['field_feedback', 'problems_verified'],
      mandate: [],
      crisis: [],
      partners: [],
    });
    expect(Object.keys(byDimension)).toEqual([...wheelDimensions]);
  });
});
