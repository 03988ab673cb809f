import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors';
import { openSuggestions, reconcileFlags, suggestFilterFlags } from '../../src/domain/filters';
import {
  compareMatrixRows,
  focusWarning,
  type Prioritizable,
  proposeQuickWins,
  quadrantOf,
} from '../../src/domain/prioritization';
import {
  allowedProblemTransitions,
  assertProblemTransition,
  isReopening,
  type ProblemStatus,
  problemStatuses,
  transitionNeedsReason,
} from '../../src/domain/problem-status';
import { latestSolution } from '../../src/domain/solutions';

function errorOf(fn: () => void): AppError | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return e;
  }
}

describe('problem status transitions', () => {
  const legal: [ProblemStatus, ProblemStatus, string | null][] = [
    ['identified', 'prioritized', null],
    ['identified', 'in_progress', null],
    ['prioritized', 'in_progress', null],
    ['prioritized', 'identified', null],
    ['in_progress', 'enacted', null],
    ['enacted', 'verified', null],
    ['enacted', 'in_progress', 'Field feedback: the new procedure is not applied in Ucayali'],
    ['verified', 'in_progress', 'Reopened after negative field feedback'],
    ['identified', 'parked', 'Low priority for now'],
    ['in_progress', 'dropped', 'Not a real problem'],
    ['parked', 'prioritized', 'Bandwidth available again'],
    ['dropped', 'identified', 'New evidence'],
  ];
  it.each(legal)('%s → %s is allowed', (from, to, reason) => {
    expect(errorOf(() => assertProblemTransition(from, to, reason))).toBeNull();
  });

  it('refuses every move not in the table, listing the allowed next states', () => {
    for (const from of problemStatuses) {
      for (const to of problemStatuses) {
        if (allowedProblemTransitions(from).includes(to)) continue;
        const error = errorOf(() => assertProblemTransition(from, to, 'reason'));
        expect(error?.code, `${from} → ${to}`).toBe('ILLEGAL_TRANSITION');
        expect(error?.details?.allowed).toEqual(allowedProblemTransitions(from));
      }
    }
  });

  it('cannot skip from identified straight to verified or enacted', () => {
    expect(errorOf(() => assertProblemTransition('identified', 'verified'))?.code).toBe('ILLEGAL_TRANSITION');
    expect(errorOf(() => assertProblemTransition('identified', 'enacted'))?.code).toBe('ILLEGAL_TRANSITION');
  });

  it('requires a reason for side exits, reopening and restoring', () => {
    for (const [from, to] of [
      ['identified', 'parked'],
      ['in_progress', 'dropped'],
      ['enacted', 'in_progress'],
      ['dropped', 'identified'],
    ] as const) {
      const error = errorOf(() => assertProblemTransition(from, to, '  '));
      expect(error?.code, `${from} → ${to}`).toBe('VALIDATION_FAILED');
      expect(error?.details?.fields?.[0]?.path).toBe('reason');
    }
  });

  it('tells ahead whether a move asks for a reason, as the check then does', () => {
    for (const from of problemStatuses)
      for (const to of allowedProblemTransitions(from)) {
        const refused = errorOf(() => assertProblemTransition(from, to, null))?.code === 'VALIDATION_FAILED';
        expect(transitionNeedsReason(from, to), `${from} → ${to}`).toBe(refused);
      }
    expect(transitionNeedsReason('identified', 'prioritized')).toBe(false);
    expect(transitionNeedsReason('verified', 'in_progress')).toBe(true);
  });

  it('knows a reopening', () => {
    expect(isReopening('verified', 'in_progress')).toBe(true);
    expect(isReopening('prioritized', 'in_progress')).toBe(false);
  });
});

const problem = (
  id: string,
  impact: number,
  ease: number,
  extra: Partial<Prioritizable> = {},
): Prioritizable => ({
  id,
  title: id,
  status: 'identified',
  impact,
  ease,
  inFocus: false,
  ...extra,
});

describe('prioritization', () => {
  it('places problems on the impact × ease chart', () => {
    expect(quadrantOf({ impact: 5, ease: 4 })).toBe('quick_win');
    expect(quadrantOf({ impact: 5, ease: 2 })).toBe('major');
    expect(quadrantOf({ impact: 2, ease: 5 })).toBe('easy');
    expect(quadrantOf({ impact: 3, ease: 3 })).toBe('later');
  });

  it('proposes open quick wins not yet in focus, best first, within the room left', () => {
    const problems = [
      problem('a', 4, 4),
      problem('b', 5, 5),
      problem('c', 5, 2),
      problem('d', 5, 4, { inFocus: true }),
      problem('e', 5, 5, { status: 'enacted' }),
      problem('f', 4, 5),
      problem('g', 3, 5),
    ];
    expect(proposeQuickWins(problems, 4).map((p) => p.id)).toEqual(['b', 'f', 'a']);
    expect(proposeQuickWins(problems, 2).map((p) => p.id)).toEqual(['b']);
  });

  it('warns when more problems are in focus than the limit, counting only open ones', () => {
    const focus = (n: number, status: ProblemStatus = 'in_progress') =>
      Array.from({ length: n }, (_, i) => problem(`${status}${i}`, 3, 3, { inFocus: true, status }));
    expect(focusWarning(focus(4))).toBeNull();
    expect(focusWarning(focus(5))).toEqual({ count: 5, limit: 4 });
    expect(focusWarning(focus(5), 6)).toBeNull();
    expect(focusWarning([...focus(4), ...focus(3, 'verified')])).toBeNull();
  });

  it('sorts the Matrix by focus, then status, then priority', () => {
    const rows = [
      problem('low-identified', 2, 2),
      problem('high-identified', 5, 5),
      problem('in-progress', 1, 1, { status: 'in_progress' }),
      problem('focus', 1, 1, { inFocus: true }),
      problem('dropped', 5, 5, { status: 'dropped' }),
    ];
    expect([...rows].sort(compareMatrixRows).map((r) => r.id)).toEqual([
      'focus',
      'in-progress',
      'high-identified',
      'low-identified',
      'dropped',
    ]);
  });
});

describe('filter suggestions', () => {
  it('suggests the subsidy flag in Spanish and English, with or without accents', () => {
    expect(suggestFilterFlags('Subsidio al flete por los altos costos logísticos')).toEqual(['subsidy']);
    expect(suggestFilterFlags('A subsidy for fuel')).toEqual(['subsidy']);
    expect(suggestFilterFlags('Subvención a la semilla')).toEqual(['subsidy']);
  });

  it('suggests the tax exemption flag', () => {
    expect(suggestFilterFlags('Exoneración del IGV a la madera')).toEqual(['tax_exemption']);
    expect(suggestFilterFlags('exoneracion del impuesto a la renta')).toEqual(['tax_exemption']);
    expect(suggestFilterFlags('Grant a tax exemption on imported feed')).toEqual(['tax_exemption']);
    expect(suggestFilterFlags('Beneficio tributario para acuicultores')).toEqual(['tax_exemption']);
  });

  it('suggests the declaratory flag', () => {
    expect(suggestFilterFlags('Declarar de interés nacional la acuicultura')).toEqual(['declaratory']);
    expect(suggestFilterFlags('Ley que declara al sector forestal prioridad nacional')).toEqual([
      'declaratory',
    ]);
    expect(suggestFilterFlags('Declare the sector a national priority')).toEqual(['declaratory']);
  });

  it('looks at title and description together and suggests nothing for a productivity fix', () => {
    expect(suggestFilterFlags('Costos de flete', 'Piden subsidio y exoneración')).toEqual([
      'subsidy',
      'tax_exemption',
    ]);
    expect(
      suggestFilterFlags('Registro de plantaciones tarda 6 a 12 meses', 'Simplificar el trámite en SERFOR'),
    ).toEqual([]);
    expect(suggestFilterFlags(null, undefined)).toEqual([]);
  });
});

describe('confirming and dismissing filter flags', () => {
  const stored = { confirmed: ['subsidy'], dismissed: ['declaratory'] };

  it('keeps a flag either confirmed or dismissed, the latest decision winning', () => {
    expect(reconcileFlags(stored, { confirmed: ['subsidy', 'declaratory'] })).toEqual({
      confirmed: ['subsidy', 'declaratory'],
      dismissed: [],
      conflicts: [],
    });
    expect(reconcileFlags(stored, { dismissed: ['declaratory', 'subsidy'] })).toEqual({
      confirmed: [],
      dismissed: ['declaratory', 'subsidy'],
      conflicts: [],
    });
    expect(reconcileFlags(stored, { confirmed: [] })).toEqual({
      confirmed: [],
      dismissed: ['declaratory'],
      conflicts: [],
    });
    expect(reconcileFlags(stored, {})).toEqual({ ...stored, conflicts: [] });
  });

  it('reports a flag one change both confirms and dismisses, and drops unknown or repeated flags', () => {
    expect(
      reconcileFlags(stored, { confirmed: ['tax_exemption'], dismissed: ['tax_exemption'] }).conflicts,
    ).toEqual(['tax_exemption']);
    expect(reconcileFlags({ confirmed: ['subsidy', 'subsidy', 'old'], dismissed: [] }, {}).confirmed).toEqual(
      ['subsidy'],
    );
  });

  it('suggests only what the team has neither confirmed nor dismissed', () => {
    const suggested = suggestFilterFlags('Subsidio y exoneración del IGV; declarar de interés nacional');
    expect(suggested).toEqual(['subsidy', 'tax_exemption', 'declaratory']);
    expect(openSuggestions(suggested, ['subsidy'], ['declaratory'])).toEqual(['tax_exemption']);
  });
});

describe('the latest solution', () => {
  const at = (iso: string) => ({ revisedAt: new Date(iso) });
  it('is the one most recently proposed or revised, the first of a tie, none of none', () => {
    const a = { id: 'a', ...at('2026-03-01T10:00:00Z') };
    const b = { id: 'b', ...at('2026-03-05T10:00:00Z') };
    const c = { id: 'c', ...at('2026-03-05T10:00:00Z') };
    expect(latestSolution([a, b, c], (s) => s.revisedAt)?.id).toBe('b');
    expect(latestSolution([c, a], (s) => s.revisedAt)?.id).toBe('c');
    expect(latestSolution([], (s: typeof a) => s.revisedAt)).toBeNull();
  });
});
