import { describe, expect, it } from 'vitest';
import {
  type AgendaCommitment,
  type AgendaInput,
  type AgendaItem,
  type AgendaProblem,
  agendaMinutes,
  applyAgendaEdits,
  compareAgendas,
  defaultItemMinutes,
  draftAgenda,
} from '../../src/domain/agenda';
import { cadencePlan } from '../../src/domain/cadence';
import {
  addDays,
  daysBetween,
  instantInZone,
  isCalendarDay,
  timeInZone,
  weekdayOf,
} from '../../src/domain/calendar-days';
import { type CirclingInput, circlingProblems, sessionsSinceProgress } from '../../src/domain/circling';
import {
  allowedCommitmentTransitions,
  assertCommitmentTransition,
  assertNewDueOn,
  type CommitmentStatus,
  checkCommitmentTransition,
  commitmentStatuses,
  completedOnTime,
  daysUntilDue,
  dueState,
  isOverdue,
  newDueOnIssues,
  sortMyCommitments,
} from '../../src/domain/commitments';
import { AppError } from '../../src/domain/errors';
import {
  allowedMeetingTransitions,
  assertMeetingSchedule,
  assertMeetingTransition,
  assertRecordChange,
  attendanceByOrganization,
  checkMeetingTransition,
  isRecordFrozen,
  type MeetingState,
  meetingScheduleIssues,
  meetingStates,
  nextMinutesVersion,
  nextSessionNumber,
  recordChangeIn,
} from '../../src/domain/meetings';

const LIMA = 'America/Lima'; // UTC-5 all year
const at = (iso: string) => new Date(iso);

function errorOf(fn: () => unknown): AppError | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return e;
  }
}

describe('calendar days', () => {
  it('checks, adds and counts calendar days across months and leap years', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2025-02-29')).toBe(false);
    expect(isCalendarDay('2025-3-1')).toBe(false);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2025-03-10', '2025-03-03')).toBe(-7);
    expect(weekdayOf('2025-03-03')).toBe(1); // a Monday
  });

  it('finds the instant of a wall-clock time in a zone, daylight saving included', () => {
    expect(instantInZone('2025-03-10', '10:00', LIMA).toISOString()).toBe('2025-03-10T15:00:00.000Z');
    expect(instantInZone('2025-07-01', '10:00', 'Europe/Madrid').toISOString()).toBe(
      '2025-07-01T08:00:00.000Z',
    );
    expect(instantInZone('2025-01-15', '10:00', 'Europe/Madrid').toISOString()).toBe(
      '2025-01-15T09:00:00.000Z',
    );
    // 02:30 does not exist in Madrid on 30 March 2025: the clock jumps from 02:00 to 03:00.
    expect(instantInZone('2025-03-30', '02:30', 'Europe/Madrid').toISOString()).toBe(
      '2025-03-30T01:30:00.000Z',
    );
    expect(timeInZone(at('2025-03-04T00:30:00Z'), LIMA)).toBe('19:30');
  });
});

describe('meeting states', () => {
  const legal: [MeetingState, MeetingState][] = [
    ['draft', 'scheduled'],
    ['draft', 'in_progress'],
    ['scheduled', 'draft'],
    ['scheduled', 'in_progress'],
    ['in_progress', 'closed'],
  ];
  it.each(legal)('%s → %s is allowed', (from, to) => {
    expect(checkMeetingTransition(from, to)).toEqual({ ok: true });
    expect(errorOf(() => assertMeetingTransition(from, to))).toBeNull();
  });

  it('refuses every other move, listing the allowed next states', () => {
    let refused = 0;
    for (const from of meetingStates) {
      for (const to of meetingStates) {
        if (legal.some(([f, t]) => f === from && t === to)) continue;
        refused++;
        expect(checkMeetingTransition(from, to)).toEqual({
          ok: false,
          from,
          to,
          allowed: [...allowedMeetingTransitions(from)],
        });
        const error = errorOf(() => assertMeetingTransition(from, to));
        expect(error?.code, `${from} → ${to}`).toBe('ILLEGAL_TRANSITION');
        expect(error?.details?.allowed).toEqual([...allowedMeetingTransitions(from)]);
      }
    }
    expect(refused).toBe(16 - legal.length);
  });

  it('never reopens a closed meeting nor closes one that was not held', () => {
    expect(allowedMeetingTransitions('closed')).toEqual([]);
    expect(checkMeetingTransition('scheduled', 'closed')).toMatchObject({
      ok: false,
      allowed: ['draft', 'in_progress'],
    });
    expect(checkMeetingTransition('closed', 'in_progress')).toMatchObject({ ok: false, allowed: [] });
  });
});

describe('meeting schedule', () => {
  const base = {
    kind: 'session' as const,
    startsAt: at('2025-03-10T15:00:00Z'),
    endsAt: at('2025-03-10T17:00:00Z'),
    timeZone: LIMA,
  };

  it('accepts a well-formed meeting', () => {
    expect(meetingScheduleIssues({ ...base, onlineUrl: 'https://meet.example.org/abc' })).toEqual([]);
    expect(errorOf(() => assertMeetingSchedule(base))).toBeNull();
  });

  it('requires the end after the start', () => {
    const before = meetingScheduleIssues({ ...base, endsAt: at('2025-03-10T14:00:00Z') });
    expect(before).toEqual([{ path: 'endsAt', key: 'fields.afterStart' }]);
    const same = meetingScheduleIssues({ ...base, endsAt: base.startsAt });
    expect(same.map((i) => i.path)).toEqual(['endsAt']);
    const error = errorOf(() => assertMeetingSchedule({ ...base, endsAt: at('2025-03-10T14:59:59Z') }));
    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.details?.fields?.[0]?.path).toBe('endsAt');
  });

  it('rejects an unknown zone, a non-web link and public-sector-only outside inter-sessional meetings', () => {
    const issues = meetingScheduleIssues({
      ...base,
      timeZone: 'Mars/Olympus',
      onlineUrl: 'javascript:alert(1)',
      publicSectorOnly: true,
    });
    expect(issues.map((i) => i.path)).toEqual(['timeZone', 'onlineUrl', 'publicSectorOnly']);
    expect(meetingScheduleIssues({ ...base, kind: 'intersessional', publicSectorOnly: true })).toEqual([]);
  });

  it('numbers sessions and minutes versions one after the highest', () => {
    expect(nextSessionNumber([])).toBe(1);
    expect(nextSessionNumber([1, 3, null, 2])).toBe(4);
    expect(nextMinutesVersion([])).toBe(1);
    expect(nextMinutesVersion([1, 2])).toBe(3);
  });
});

describe('frozen minutes', () => {
  it('edits the record in place until the meeting closes', () => {
    for (const state of ['draft', 'scheduled', 'in_progress'] as const) {
      expect(recordChangeIn(state)).toBe('edit');
      expect(isRecordFrozen(state)).toBe(false);
      expect(assertRecordChange(state, { asCorrection: false })).toBe('edit');
    }
  });

  it('after closing, refuses a silent edit and takes a correction only as a new version with a reason', () => {
    expect(isRecordFrozen('closed')).toBe(true);
    const silent = errorOf(() => assertRecordChange('closed', { asCorrection: false }));
    expect(silent?.code).toBe('CONFLICT');
    expect(silent?.details?.reason).toBe('minutes_frozen');
    const unexplained = errorOf(() => assertRecordChange('closed', { asCorrection: true, reason: ' ' }));
    expect(unexplained?.code).toBe('VALIDATION_FAILED');
    expect(unexplained?.details?.fields?.[0]?.path).toBe('reason');
    expect(assertRecordChange('closed', { asCorrection: true, reason: 'Wrong due date for MINAM' })).toBe(
      'new_version',
    );
  });

  it('does not version the record of a meeting that is still open', () => {
    expect(errorOf(() => assertRecordChange('in_progress', { asCorrection: true, reason: 'x' }))?.code).toBe(
      'CONFLICT',
    );
  });
});

describe('attendance by organization', () => {
  it('is present if any of its people came, else excused if any excused, else absent', () => {
    const summary = attendanceByOrganization([
      { personId: 'ana', organizationId: 'serfor', status: 'absent' },
      { personId: 'luis', organizationId: 'serfor', status: 'present' },
      { personId: 'rosa', organizationId: 'adex', status: 'absent' },
      { personId: 'juan', organizationId: 'adex', status: 'excused' },
      { personId: 'eva', organizationId: 'minam', status: 'absent' },
      { personId: 'tom', organizationId: 'minam', status: 'absent' },
      { personId: 'guest', organizationId: null, status: 'present' },
    ]);
    expect(summary).toEqual([
      { organizationId: 'serfor', status: 'present', present: 1, excused: 0, absent: 1 },
      { organizationId: 'adex', status: 'excused', present: 0, excused: 1, absent: 1 },
      { organizationId: 'minam', status: 'absent', present: 0, excused: 0, absent: 2 },
    ]);
  });

  it('counts a person once per organization, with their best status', () => {
    const [row] = attendanceByOrganization([
      { personId: 'ana', organizationId: 'serfor', status: 'absent' },
      { personId: 'ana', organizationId: 'serfor', status: 'present' },
    ]);
    expect(row).toEqual({ organizationId: 'serfor', status: 'present', present: 1, excused: 0, absent: 0 });
  });
});

describe('commitment status', () => {
  it('allows done and cancelled from open, and reopening with a reason', () => {
    expect(allowedCommitmentTransitions('open')).toEqual(['done', 'cancelled']);
    expect(checkCommitmentTransition('open', 'done')).toEqual({ ok: true });
    expect(checkCommitmentTransition('open', 'cancelled', 'Superseded by the new decree')).toEqual({
      ok: true,
    });
    expect(checkCommitmentTransition('done', 'open', 'The office still asks for the old form')).toEqual({
      ok: true,
    });
    expect(checkCommitmentTransition('cancelled', 'open', 'Cancelled by mistake')).toEqual({ ok: true });
  });

  it('refuses illegal moves with the allowed next states', () => {
    const illegal: [CommitmentStatus, CommitmentStatus][] = [];
    for (const from of commitmentStatuses)
      for (const to of commitmentStatuses)
        if (!allowedCommitmentTransitions(from).includes(to)) illegal.push([from, to]);
    expect(illegal).toEqual([
      ['open', 'open'],
      ['done', 'done'],
      ['done', 'cancelled'],
      ['cancelled', 'done'],
      ['cancelled', 'cancelled'],
    ]);
    for (const [from, to] of illegal) {
      const error = errorOf(() => assertCommitmentTransition(from, to, 'reason'));
      expect(error?.code).toBe('ILLEGAL_TRANSITION');
      expect(error?.details?.allowed).toEqual(allowedCommitmentTransitions(from));
    }
  });

  it('requires a reason to cancel or reopen, not to mark done', () => {
    expect(checkCommitmentTransition('open', 'cancelled')).toMatchObject({
      ok: false,
      problem: 'reason_required',
    });
    expect(errorOf(() => assertCommitmentTransition('done', 'open', ''))?.details?.fields?.[0]?.path).toBe(
      'reason',
    );
    expect(errorOf(() => assertCommitmentTransition('open', 'done'))).toBeNull();
  });
});

describe('overdue is derived from the due day in the Mesa time zone', () => {
  const due10 = { status: 'open' as const, dueOn: '2025-03-10' };

  it('is not overdue on the due day itself', () => {
    expect(isOverdue(due10, at('2025-03-10T15:00:00Z'), LIMA)).toBe(false);
    expect(dueState(due10, at('2025-03-10T15:00:00Z'), LIMA)).toBe('due_today');
    expect(daysUntilDue(due10, at('2025-03-10T15:00:00Z'), LIMA)).toBe(0);
  });

  it('becomes overdue only at midnight ending the due day in Lima, five hours after UTC', () => {
    const lastSecondInLima = at('2025-03-11T04:59:59Z'); // 23:59:59 on the 10th in Lima
    const midnightInLima = at('2025-03-11T05:00:00Z'); // 00:00 on the 11th in Lima
    expect(isOverdue(due10, lastSecondInLima, LIMA)).toBe(false);
    expect(isOverdue(due10, lastSecondInLima, 'UTC')).toBe(true); // already the 11th in UTC
    expect(isOverdue(due10, midnightInLima, LIMA)).toBe(true);
    expect(dueState(due10, midnightInLima, LIMA)).toBe('overdue');
    expect(daysUntilDue(due10, midnightInLima, LIMA)).toBe(-1);
  });

  it('becomes overdue earlier in a zone ahead of UTC', () => {
    const now = at('2025-03-10T15:00:00Z'); // already 00:00 on the 11th in Tokyo
    expect(isOverdue(due10, now, 'Asia/Tokyo')).toBe(true);
    expect(isOverdue(due10, now, 'UTC')).toBe(false);
  });

  it('is never overdue once done or cancelled', () => {
    const late = at('2025-04-01T12:00:00Z');
    expect(isOverdue({ ...due10, status: 'done' }, late, LIMA)).toBe(false);
    expect(isOverdue({ ...due10, status: 'cancelled' }, late, LIMA)).toBe(false);
    expect(dueState({ ...due10, status: 'done' }, late, LIMA)).toBe('done');
    expect(dueState({ ...due10, status: 'cancelled' }, late, LIMA)).toBe('cancelled');
  });

  it('is due soon within the given number of days, later beyond', () => {
    const now = at('2025-03-03T15:00:00Z');
    expect(dueState(due10, now, LIMA)).toBe('due_soon'); // 7 days ahead
    expect(dueState({ ...due10, dueOn: '2025-03-11' }, now, LIMA)).toBe('later'); // 8 days ahead
    expect(dueState(due10, now, LIMA, 3)).toBe('later');
    expect(dueState({ ...due10, dueOn: '2025-03-04' }, now, LIMA, 3)).toBe('due_soon');
  });
});

describe('due date of a new commitment', () => {
  it('may be today but not yesterday, in the Mesa time zone', () => {
    const now = at('2025-03-11T03:00:00Z'); // 22:00 on the 10th in Lima, the 11th in UTC
    expect(newDueOnIssues('2025-03-10', now, LIMA)).toEqual([]);
    expect(newDueOnIssues('2025-03-10', now, 'UTC')).toEqual([{ path: 'dueOn', key: 'fields.notInThePast' }]);
    expect(newDueOnIssues('2025-03-09', now, LIMA)).toEqual([{ path: 'dueOn', key: 'fields.notInThePast' }]);
    expect(newDueOnIssues('2025-12-31', now, LIMA)).toEqual([]);
  });

  it('must be a real calendar day', () => {
    expect(newDueOnIssues('2025-02-30', at('2025-01-01T12:00:00Z'), LIMA)[0]?.key).toBe('fields.calendarDay');
    const error = errorOf(() =>
      assertNewDueOn('2025-03-01', at('2025-03-05T12:00:00Z'), LIMA, 'commitments.0.dueOn'),
    );
    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.details?.fields?.[0]?.path).toBe('commitments.0.dueOn');
  });
});

describe('completed on time', () => {
  const c = { status: 'done' as const, dueOn: '2025-03-10', completedAt: at('2025-03-11T04:30:00Z') };

  it('counts completion on the due day in the Mesa zone as on time', () => {
    expect(completedOnTime(c, LIMA)).toBe(true); // 23:30 on the 10th in Lima
    expect(completedOnTime(c, 'UTC')).toBe(false); // the 11th in UTC
    expect(completedOnTime({ ...c, completedAt: at('2025-03-11T05:00:00Z') }, LIMA)).toBe(false);
  });

  it('has no answer while the commitment is not done', () => {
    expect(completedOnTime({ ...c, status: 'open' }, LIMA)).toBeNull();
    expect(completedOnTime({ ...c, status: 'cancelled' }, LIMA)).toBeNull();
  });
});

describe('my commitments order', () => {
  it('puts late ones first (longest overdue first), then open by due date, then the closed ones', () => {
    const now = at('2025-03-10T15:00:00Z');
    const list = [
      { id: 'later', status: 'open' as const, dueOn: '2025-04-01' },
      { id: 'done-old', status: 'done' as const, dueOn: '2025-02-01' },
      { id: 'late-recent', status: 'open' as const, dueOn: '2025-03-09' },
      { id: 'today', status: 'open' as const, dueOn: '2025-03-10' },
      { id: 'cancelled', status: 'cancelled' as const, dueOn: '2025-03-05' },
      { id: 'late-old', status: 'open' as const, dueOn: '2025-02-15' },
      { id: 'soon', status: 'open' as const, dueOn: '2025-03-12' },
    ];
    expect(sortMyCommitments(list, now, LIMA).map((c) => c.id)).toEqual([
      'late-old',
      'late-recent',
      'today',
      'soon',
      'later',
      'cancelled',
      'done-old',
    ]);
    expect(list[0]?.id).toBe('later'); // the input is not reordered
  });
});

describe('draft agenda', () => {
  // Session on Thursday 13 March 2025 at 10:00 in Lima; the last one a week before; drafted on the 12th.
  const problem = (p: Partial<AgendaProblem> & { id: string }): AgendaProblem => ({
    title: `Problem ${p.id}`,
    status: 'in_progress',
    impact: 3,
    ease: 3,
    inFocus: false,
    createdAt: at('2025-01-10T15:00:00Z'),
    ...p,
  });
  const commitment = (c: Partial<AgendaCommitment> & { id: string; dueOn: string }): AgendaCommitment => ({
    text: `Commitment ${c.id}`,
    problemId: null,
    status: 'open',
    completedAt: null,
    ...c,
  });
  const input: AgendaInput = {
    sessionStartsAt: at('2025-03-13T15:00:00Z'),
    timeZone: LIMA,
    lastSessionAt: at('2025-03-06T15:00:00Z'),
    now: at('2025-03-12T20:00:00Z'), // 15:00 on the 12th in Lima
    commitments: [
      commitment({ id: 'c7', dueOn: '2025-03-20' }), // after the session: not yet
      commitment({ id: 'c3', dueOn: '2025-03-13', problemId: 'pA' }), // due on the session day
      commitment({ id: 'c2', dueOn: '2025-03-10' }), // overdue
      commitment({ id: 'c8', dueOn: '2025-03-09', status: 'cancelled' }),
      commitment({ id: 'c4', dueOn: '2025-03-12' }), // due today: not overdue yet
      commitment({ id: 'c6', dueOn: '2025-03-05', status: 'done', completedAt: at('2025-03-05T12:00:00Z') }),
      commitment({ id: 'c5', dueOn: '2025-03-08', status: 'done', completedAt: at('2025-03-08T12:00:00Z') }),
      commitment({ id: 'c1', dueOn: '2025-03-01' }), // overdue since before the last session
    ],
    problems: [
      problem({ id: 'pB', status: 'prioritized', impact: 5, ease: 5, inFocus: true }),
      problem({ id: 'pC', impact: 3, ease: 3, inFocus: true }),
      problem({ id: 'pA', impact: 5, ease: 5, inFocus: true }),
      problem({ id: 'pD', status: 'enacted' }),
      problem({ id: 'pE', status: 'verified' }),
      problem({ id: 'pF' }),
      problem({ id: 'pG', status: 'identified', createdAt: at('2025-03-08T15:00:00Z') }),
      problem({ id: 'pH', status: 'identified', createdAt: at('2025-03-01T15:00:00Z') }),
      problem({ id: 'pJ', impact: 1, ease: 1 }),
      problem({ id: 'pK', status: 'parked', inFocus: true }),
    ],
    feedback: [
      { id: 'f3', problemId: 'pE', verdict: 'works', receivedAt: at('2025-03-07T15:00:00Z') },
      { id: 'f1', problemId: 'pD', verdict: 'works', receivedAt: at('2025-03-07T16:00:00Z') },
      { id: 'f2', problemId: 'pD', verdict: 'not_applied', receivedAt: at('2025-03-09T15:00:00Z') },
      { id: 'f0', problemId: 'pE', verdict: 'not_applied', receivedAt: at('2025-03-01T15:00:00Z') }, // before
    ],
    escalationDecisions: [
      { id: 'e1', problemId: 'pF', decidedAt: at('2025-03-10T15:00:00Z') },
      { id: 'e2', problemId: 'pB', decidedAt: at('2025-03-11T15:00:00Z') },
    ],
    circlingProblemIds: ['pJ', 'pA'],
  };

  it('lists overdue commitments, due ones, focus problems, feedback, decisions, new problems, circling', () => {
    expect(draftAgenda(input).map((i) => `${i.kind} ${i.key}`)).toEqual([
      'commitment_overdue commitment:c1',
      'commitment_overdue commitment:c2',
      'commitment_due commitment:c5',
      'commitment_due commitment:c4',
      'commitment_due commitment:c3',
      'focus_problem problem:pA',
      'focus_problem problem:pC',
      'focus_problem problem:pB',
      'field_feedback problem:pD',
      'field_feedback problem:pE',
      'escalation_decision problem:pF',
      'new_problem problem:pG',
      'circling_problem problem:pJ',
    ]);
  });

  it('lists a problem once, in its first section, with every reason and reference', () => {
    const items = draftAgenda(input);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    const pA = items.find((i) => i.key === 'problem:pA')!;
    expect(pA.reasons).toEqual(['focus_problem', 'circling_problem']);
    const pB = items.find((i) => i.key === 'problem:pB')!;
    expect(pB).toMatchObject({
      kind: 'focus_problem',
      escalationId: 'e2',
      reasons: ['focus_problem', 'escalation_decision'],
    });
    // The feedback item points to the gravest report received since the last session.
    expect(items.find((i) => i.key === 'problem:pD')?.feedbackId).toBe('f2');
    expect(items.find((i) => i.key === 'problem:pE')?.feedbackId).toBe('f3');
  });

  it('keeps each commitment as its own item, with its references and suggested minutes', () => {
    const items = draftAgenda(input);
    expect(items.find((i) => i.key === 'commitment:c3')).toEqual({
      key: 'commitment:c3',
      kind: 'commitment_due',
      title: 'Commitment c3',
      problemId: 'pA',
      commitmentId: 'c3',
      feedbackId: null,
      escalationId: null,
      minutes: defaultItemMinutes.commitment_due,
      reasons: ['commitment_due'],
    });
    expect(items.find((i) => i.key === 'commitment:c1')?.minutes).toBe(defaultItemMinutes.commitment_overdue);
    expect(items.find((i) => i.key === 'problem:pG')?.minutes).toBe(defaultItemMinutes.new_problem);
    const custom = draftAgenda({ ...input, minutesPerKind: { focus_problem: 15 } });
    expect(custom.find((i) => i.key === 'problem:pC')?.minutes).toBe(15);
  });

  it('reads overdue as of the session, in the Mesa zone, when it is recorded afterwards', () => {
    // Session at 22:00 on the 10th in Lima (already the 11th in UTC); drafted a week later.
    const late: AgendaInput = {
      ...input,
      sessionStartsAt: at('2025-03-11T03:00:00Z'),
      lastSessionAt: at('2025-03-04T03:00:00Z'),
      now: at('2025-03-18T15:00:00Z'),
      problems: [],
      commitments: [
        commitment({ id: 'd10', dueOn: '2025-03-10' }),
        commitment({ id: 'd11', dueOn: '2025-03-11' }),
      ],
    };
    expect(draftAgenda(late).map((i) => `${i.kind} ${i.key}`)).toEqual(['commitment_due commitment:d10']);
    expect(draftAgenda({ ...late, timeZone: 'UTC' }).map((i) => `${i.kind} ${i.key}`)).toEqual([
      'commitment_overdue commitment:d10',
      'commitment_due commitment:d11',
    ]);
  });

  it('leaves out what came after the session started', () => {
    const recordedLater = draftAgenda({
      ...input,
      // Held as planned: what came after the start is for the next session.
      heldAt: input.sessionStartsAt,
      now: at('2025-03-20T15:00:00Z'),
      problems: [
        ...input.problems,
        problem({ id: 'pL', status: 'identified', createdAt: at('2025-03-14T15:00:00Z') }),
      ],
      feedback: [
        { id: 'f9', problemId: 'pD', verdict: 'not_applied', receivedAt: at('2025-03-13T16:00:00Z') },
      ],
      escalationDecisions: [{ id: 'e9', problemId: 'pF', decidedAt: at('2025-03-13T15:00:01Z') }],
    });
    const keys = recordedLater.map((i) => i.key);
    expect(keys).not.toContain('problem:pL');
    expect(keys).not.toContain('problem:pD');
    expect(keys).not.toContain('problem:pF');
    expect(keys).toContain('problem:pG'); // raised between the two sessions
  });

  it('takes every identified problem as new at the first session, and works without escalations', () => {
    const first = draftAgenda({
      ...input,
      lastSessionAt: null,
      escalationDecisions: undefined,
      feedback: undefined,
    });
    expect(first.filter((i) => i.kind === 'new_problem').map((i) => i.key)).toEqual([
      'problem:pH',
      'problem:pG',
    ]);
    expect(first.some((i) => i.kind === 'escalation_decision')).toBe(false);
    expect(first.some((i) => i.key === 'problem:pF')).toBe(false); // only its escalation decision listed it
  });

  it('adds up the suggested minutes', () => {
    const items = draftAgenda(input);
    expect(agendaMinutes(items)).toBe(items.reduce((s, i) => s + i.minutes, 0));
    expect(agendaMinutes([{ minutes: 3 }, { minutes: 10 }])).toBe(13);
  });
});

describe('editing the agenda', () => {
  const item = (key: string, minutes = 5): AgendaItem => ({
    key,
    kind: 'focus_problem',
    title: key,
    problemId: key.startsWith('problem:') ? key.slice(8) : null,
    commitmentId: null,
    feedbackId: null,
    escalationId: null,
    minutes,
    reasons: ['focus_problem'],
  });
  const agenda = [item('problem:a'), item('problem:b'), item('problem:c')];

  it('reorders, removes, retimes and adds items', () => {
    const edited = applyAgendaEdits(agenda, [
      { op: 'move', key: 'problem:c', to: 0 },
      { op: 'remove', key: 'problem:b' },
      { op: 'set_minutes', key: 'problem:a', minutes: 20 },
      { op: 'add', title: 'Presentation by SUNAT', minutes: 15, at: 1 },
      { op: 'add', title: 'Any other business' },
      { op: 'add', title: 'Road to Pucallpa', problemId: 'z' },
      { op: 'set_title', key: 'custom:1', title: 'SUNAT: new export procedure' },
    ]);
    expect(edited.map((i) => [i.key, i.minutes])).toEqual([
      ['problem:c', 5],
      ['custom:1', 15],
      ['problem:a', 20],
      ['custom:2', defaultItemMinutes.custom],
      ['problem:z', defaultItemMinutes.custom],
    ]);
    expect(edited[1]).toMatchObject({ kind: 'custom', title: 'SUNAT: new export procedure' });
    expect(agenda.map((i) => [i.key, i.minutes])).toEqual([
      ['problem:a', 5],
      ['problem:b', 5],
      ['problem:c', 5],
    ]);
  });

  it('rejects unknown items, negative minutes, bad positions and duplicates, all at once', () => {
    const error = errorOf(() =>
      applyAgendaEdits(agenda, [
        { op: 'remove', key: 'problem:nope' },
        { op: 'set_minutes', key: 'problem:a', minutes: -5 },
        { op: 'set_minutes', key: 'problem:a', minutes: 2.5 },
        { op: 'move', key: 'problem:a', to: 3 },
        { op: 'add', title: '  ' },
        { op: 'add', title: 'Again', problemId: 'b' },
      ]),
    );
    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.details?.fields?.map((f) => f.path)).toEqual([
      'edits.0.key',
      'edits.1.minutes',
      'edits.2.minutes',
      'edits.3.to',
      'edits.4.title',
      'edits.5.problemId',
    ]);
  });

  it('compares an edited agenda with a new draft by key', () => {
    const edited = applyAgendaEdits(agenda, [
      { op: 'move', key: 'problem:c', to: 0 },
      { op: 'remove', key: 'problem:b' },
      { op: 'set_minutes', key: 'problem:a', minutes: 20 },
      { op: 'add', title: 'Any other business' },
    ]);
    const regenerated = [...agenda, item('commitment:new', 2)];
    expect(compareAgendas(regenerated, edited)).toEqual({
      added: ['custom:1'],
      missing: ['problem:b', 'commitment:new'],
      retimed: ['problem:a'],
      reordered: true,
    });
    expect(compareAgendas(agenda, agenda)).toEqual({ added: [], missing: [], retimed: [], reordered: false });
  });
});

describe('circling detection', () => {
  const s = (day: number) => at(`2025-03-${String(day).padStart(2, '0')}T15:00:00Z`);
  const problem = (p: Partial<CirclingInput>): CirclingInput => ({
    problemId: 'p',
    sessionsDiscussedAt: [],
    lastStatusChangeAt: at('2025-02-01T15:00:00Z'),
    commitmentsCompletedAt: [],
    ...p,
  });

  it('flags a problem discussed in exactly three sessions without progress', () => {
    const flags = circlingProblems([problem({ sessionsDiscussedAt: [s(3), s(10), s(17)] })]);
    expect(flags).toEqual([
      { problemId: 'p', sessions: 3, since: at('2025-02-01T15:00:00Z'), sessionsAt: [s(3), s(10), s(17)] },
    ]);
  });

  it('does not flag two sessions', () => {
    expect(circlingProblems([problem({ sessionsDiscussedAt: [s(3), s(10)] })])).toEqual([]);
  });

  it('restarts the count at a status change', () => {
    const changed = problem({
      sessionsDiscussedAt: [s(3), s(10), s(17)],
      lastStatusChangeAt: at('2025-03-05T12:00:00Z'),
    });
    expect(circlingProblems([changed])).toEqual([]);
    expect(sessionsSinceProgress(changed).sessionsAt).toEqual([s(10), s(17)]);
    const fourth = { ...changed, sessionsDiscussedAt: [...changed.sessionsDiscussedAt, s(24)] };
    expect(circlingProblems([fourth])[0]?.sessions).toBe(3);
  });

  it('restarts the count at a completed commitment', () => {
    const p = problem({
      sessionsDiscussedAt: [s(3), s(10), s(17)],
      commitmentsCompletedAt: [at('2025-03-12T12:00:00Z')],
    });
    expect(circlingProblems([p])).toEqual([]);
    expect(sessionsSinceProgress(p).since).toEqual(at('2025-03-12T12:00:00Z'));
    // An older completion does not help.
    const old = { ...p, commitmentsCompletedAt: [at('2025-01-12T12:00:00Z')] };
    expect(circlingProblems([old])).toHaveLength(1);
  });

  it('does not count the session in which the change was made', () => {
    const p = problem({ sessionsDiscussedAt: [s(3), s(10), s(17)], lastStatusChangeAt: s(3) });
    expect(sessionsSinceProgress(p).sessionsAt).toEqual([s(10), s(17)]);
  });

  it('counts a session once and all sessions when no change is known', () => {
    const p = problem({ sessionsDiscussedAt: [s(3), s(3), s(10)], lastStatusChangeAt: null });
    expect(circlingProblems([p])).toEqual([]);
    expect(circlingProblems([p], 2)).toEqual([
      { problemId: 'p', sessions: 2, since: null, sessionsAt: [s(3), s(10)] },
    ]);
  });

  it('takes a configurable threshold, a whole number from 1', () => {
    const p = problem({ sessionsDiscussedAt: [s(3), s(10), s(17)] });
    expect(circlingProblems([p], 4)).toEqual([]);
    expect(() => circlingProblems([p], 0)).toThrow(RangeError);
  });
});

describe('cadence', () => {
  // Monday 3 March 2025, 10:00 in Lima.
  const monday = at('2025-03-03T15:00:00Z');
  const base = { cadence: 'weekly' as const, customDays: null, heldAt: [monday], timeZone: LIMA };

  it('proposes the next sessions on the weekday and hour of the last one', () => {
    const plan = cadencePlan({ ...base, now: at('2025-03-05T15:00:00Z') });
    expect(plan).toEqual({
      intervalDays: 7,
      lastHeldOn: '2025-03-03',
      nextDueOn: '2025-03-10',
      overdue: false,
      daysOverdue: 0,
      nextScheduledOn: null,
      proposals: ['2025-03-10', '2025-03-17', '2025-03-24'],
      usualTime: '10:00',
    });
    expect(plan.proposals.map(weekdayOf)).toEqual([1, 1, 1]);
  });

  it('steps two weeks for a biweekly Mesa and by the custom days otherwise', () => {
    const now = at('2025-03-04T15:00:00Z');
    expect(cadencePlan({ ...base, cadence: 'biweekly', now }).proposals).toEqual([
      '2025-03-17',
      '2025-03-31',
      '2025-04-14',
    ]);
    expect(cadencePlan({ ...base, cadence: 'custom', customDays: 10, now, count: 2 }).proposals).toEqual([
      '2025-03-13',
      '2025-03-23',
    ]);
  });

  it('is not overdue on the due day nor within the grace days, and is afterwards', () => {
    expect(cadencePlan({ ...base, now: at('2025-03-10T20:00:00Z') }).overdue).toBe(false);
    expect(cadencePlan({ ...base, now: at('2025-03-12T20:00:00Z') })).toMatchObject({
      overdue: false,
      daysOverdue: 0,
    });
    expect(cadencePlan({ ...base, now: at('2025-03-13T20:00:00Z') })).toMatchObject({
      overdue: true,
      daysOverdue: 3,
    });
    expect(cadencePlan({ ...base, now: at('2025-03-13T20:00:00Z'), graceDays: 5 }).overdue).toBe(false);
  });

  it('once the rhythm lapsed, proposes the next day on the same weekday after today', () => {
    const plan = cadencePlan({ ...base, cadence: 'biweekly', now: at('2025-03-20T15:00:00Z') });
    expect(plan).toMatchObject({ nextDueOn: '2025-03-17', overdue: true, daysOverdue: 3 });
    expect(plan.proposals).toEqual(['2025-03-24', '2025-04-07', '2025-04-21']);
    // On the usual weekday itself, the first proposal is the next one, not today.
    expect(cadencePlan({ ...base, now: at('2025-03-17T13:00:00Z') }).proposals[0]).toBe('2025-03-24');
  });

  it('reads session days in the Mesa zone: a Monday evening in Lima is a Monday session', () => {
    const eveningLima = at('2025-03-04T00:30:00Z'); // Monday 19:30 in Lima, Tuesday in UTC
    const now = at('2025-03-05T15:00:00Z');
    const lima = cadencePlan({ ...base, heldAt: [eveningLima], now });
    expect(lima).toMatchObject({ lastHeldOn: '2025-03-03', usualTime: '19:30' });
    expect(lima.proposals[0]).toBe('2025-03-10');
    const utc = cadencePlan({ ...base, heldAt: [eveningLima], now, timeZone: 'UTC' });
    expect(utc).toMatchObject({ lastHeldOn: '2025-03-04', usualTime: '00:30' });
    expect(utc.proposals[0]).toBe('2025-03-11');
  });

  it('proposes after a session already scheduled, which does not excuse a lapse', () => {
    const plan = cadencePlan({
      ...base,
      now: at('2025-03-14T15:00:00Z'),
      scheduledAt: [at('2025-03-17T15:00:00Z')],
    });
    expect(plan).toMatchObject({ overdue: true, daysOverdue: 4, nextScheduledOn: '2025-03-17' });
    expect(plan.proposals).toEqual(['2025-03-24', '2025-03-31', '2025-04-07']);
  });

  it('counts from the launch before the first session, and starts proposals tomorrow without any', () => {
    const launched = cadencePlan({
      ...base,
      heldAt: [],
      launchedOn: '2025-03-01',
      now: at('2025-03-12T15:00:00Z'),
    });
    expect(launched).toMatchObject({
      lastHeldOn: null,
      nextDueOn: '2025-03-08',
      overdue: true,
      daysOverdue: 4,
    });
    expect(launched.proposals[0]).toBe('2025-03-13');
    const none = cadencePlan({ ...base, heldAt: [], now: at('2025-03-12T15:00:00Z') });
    expect(none).toMatchObject({ nextDueOn: null, overdue: false, usualTime: null });
    expect(none.proposals).toEqual(['2025-03-13', '2025-03-20', '2025-03-27']);
  });

  it('uses the latest session held, whatever the input order', () => {
    const plan = cadencePlan({
      ...base,
      heldAt: [at('2025-03-10T15:00:00Z'), monday, at('2025-02-24T15:00:00Z')],
      now: at('2025-03-12T15:00:00Z'),
    });
    expect(plan).toMatchObject({ lastHeldOn: '2025-03-10', nextDueOn: '2025-03-17', overdue: false });
  });
});
