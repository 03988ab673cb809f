import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors';
import {
  allowedEscalationTransitions,
  assertEscalationTransition,
  defaultEscalationVisibility,
  type EscalationStatus,
  escalationAgeDays,
  escalationStatuses,
  isPending,
  MAX_OPTIONS,
  requiredText,
  sortInbox,
  validateDecision,
  validateEscalationDraft,
  widerThan,
} from '../../src/domain/escalations';

const TZ = 'America/Lima';

function caught(run: () => unknown): AppError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an AppError');
}

describe('escalation status', () => {
  it('goes from open to decided, returned or withdrawn; from returned to open or withdrawn', () => {
    const legal: [EscalationStatus, EscalationStatus][] = [
      ['open', 'decided'],
      ['open', 'returned'],
      ['open', 'withdrawn'],
      ['returned', 'open'],
      ['returned', 'withdrawn'],
    ];
    for (const [from, to] of legal) expect(() => assertEscalationTransition(from, to)).not.toThrow();
  });

  it('refuses every other move with 409 and the allowed next states; decided and withdrawn are final', () => {
    const legal = new Set([
      'open>decided',
      'open>returned',
      'open>withdrawn',
      'returned>open',
      'returned>withdrawn',
    ]);
    for (const from of escalationStatuses) {
      for (const to of escalationStatuses) {
        if (legal.has(`${from}>${to}`)) continue;
        const error = caught(() => assertEscalationTransition(from, to));
        expect(error.code).toBe('ILLEGAL_TRANSITION');
        expect(error.status).toBe(409);
        expect(error.details?.allowed).toEqual(allowedEscalationTransitions(from));
      }
    }
    // A returned escalation cannot be decided before the team answers.
    expect(caught(() => assertEscalationTransition('returned', 'decided')).details?.allowed).toEqual([
      'open',
      'withdrawn',
    ]);
    expect(allowedEscalationTransitions('decided')).toEqual([]);
    expect(allowedEscalationTransitions('withdrawn')).toEqual([]);
    expect(escalationStatuses.filter(isPending)).toEqual(['open', 'returned']);
  });
});

describe('what an escalation puts to the high-level body', () => {
  it('keeps a trimmed brief and trimmed options', () => {
    expect(
      validateEscalationDraft({ brief: '  Falta presupuesto  ', options: [' Opción A ', 'Opción B'] }),
    ).toEqual({ brief: 'Falta presupuesto', options: ['Opción A', 'Opción B'] });
    expect(validateEscalationDraft({ brief: 'Sin opciones', options: [] }).options).toEqual([]);
  });

  it('reports a missing brief, every empty option and too many options at once', () => {
    const error = caught(() =>
      validateEscalationDraft({
        brief: '   ',
        options: ['Uno', ' ', ...Array.from({ length: MAX_OPTIONS }, (_, i) => `Otra ${i}`)],
      }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details?.fields).toEqual([
      { path: 'brief', key: 'fields.required' },
      { path: 'options.1', key: 'fields.required' },
      { path: 'options', key: 'fields.tooManyOptions', params: { max: MAX_OPTIONS } },
    ]);
  });

  it('requires the text of questions, answers and withdrawals', () => {
    expect(requiredText('  ¿Cuánto cuesta?  ', 'questions')).toBe('¿Cuánto cuesta?');
    expect(caught(() => requiredText(' ', 'questions')).details?.fields).toEqual([
      { path: 'questions', key: 'fields.required' },
    ]);
  });
});

describe('a decision', () => {
  // 28 Nov 2026, 03:00 UTC: still the 27th in Lima.
  const now = new Date('2026-11-28T03:00:00Z');

  it('is dated today in the deployment time zone by default, or on an earlier day', () => {
    expect(validateDecision({ decision: ' Se asigna el presupuesto ' }, now, TZ)).toEqual({
      decision: 'Se asigna el presupuesto',
      decidedOn: '2026-11-27',
    });
    expect(validateDecision({ decision: 'Sí', decidedOn: '2026-11-20' }, now, TZ).decidedOn).toBe(
      '2026-11-20',
    );
  });

  it('refuses an empty text, a day in the future (in the time zone) and a day that does not exist', () => {
    expect(
      caught(() => validateDecision({ decision: '', decidedOn: '2026-11-28' }, now, TZ)).details?.fields,
    ).toEqual([
      { path: 'decision', key: 'fields.required' },
      { path: 'decidedOn', key: 'fields.notInTheFuture' },
    ]);
    expect(
      caught(() => validateDecision({ decision: 'Sí', decidedOn: '2026-02-30' }, now, TZ)).details?.fields,
    ).toEqual([{ path: 'decidedOn', key: 'fields.calendarDay' }]);
  });
});

describe('visibility', () => {
  it('is never wider than the problem’s, and narrows to it by default', () => {
    expect(widerThan('public', 'members')).toBe(true);
    expect(widerThan('members', 'team')).toBe(true);
    expect(widerThan('team', 'members')).toBe(false);
    expect(widerThan('members', 'members')).toBe(false);
    expect(defaultEscalationVisibility('public')).toBe('members');
    expect(defaultEscalationVisibility('members')).toBe('members');
    expect(defaultEscalationVisibility('team')).toBe('team');
  });
});

describe('age and inbox order', () => {
  it('counts calendar days in the time zone until it is decided or withdrawn, else until today', () => {
    // Escalated on the 10th in Lima (late evening: already the 11th in UTC).
    const escalatedAt = new Date('2026-11-11T02:00:00Z');
    const now = new Date('2026-11-28T15:00:00Z');
    expect(escalationAgeDays({ escalatedAt, closedAt: null }, now, TZ)).toBe(18);
    expect(escalationAgeDays({ escalatedAt, closedAt: new Date('2026-11-15T15:00:00Z') }, now, TZ)).toBe(5);
    // Escalated and decided the same day: zero days.
    expect(escalationAgeDays({ escalatedAt, closedAt: escalatedAt }, now, TZ)).toBe(0);
  });

  it('puts the oldest first', () => {
    const at = (day: string, id: string) => ({ id, escalatedAt: new Date(`${day}T12:00:00Z`) });
    const sorted = sortInbox([at('2026-11-20', 'c'), at('2026-10-01', 'b'), at('2026-11-20', 'a')]);
    expect(sorted.map((e) => e.id)).toEqual(['b', 'a', 'c']);
  });
});
