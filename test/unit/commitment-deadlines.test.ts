import { describe, expect, it } from 'vitest';
import {
  assertDueMoveReason,
  type CommitmentTiming,
  completedOnTime,
  recordDueOn,
  sortMyCommitments,
} from '../../src/domain/commitments';
import { AppError } from '../../src/domain/errors';
import { timeliness } from '../../src/domain/metrics';
import { composeDigest, type DigestMesaRecords } from '../../src/mail/digest';

const LIMA = 'America/Lima';
const TUNIS = 'Africa/Tunis';

describe('a moved deadline', () => {
  const moved: CommitmentTiming = {
    status: 'done',
    dueOn: '2026-03-20',
    originalDueOn: '2026-03-10',
    completedAt: new Date('2026-03-15T15:00:00Z'),
  };

  it('is counted at the date first agreed', () => {
    expect(recordDueOn(moved)).toBe('2026-03-10');
    expect(recordDueOn({ dueOn: '2026-03-20', originalDueOn: null })).toBe('2026-03-20');
    // Done on the 15th: before the new date, after the original one.
    expect(completedOnTime(moved, LIMA)).toBe(false);
    expect(timeliness(moved, new Date('2026-03-16T12:00:00Z'), LIMA)).toBe('late');
    expect(completedOnTime({ ...moved, originalDueOn: null }, LIMA)).toBe(true);
  });

  it('is overdue in the record once the original date has passed, even before the new one', () => {
    const open: CommitmentTiming = { status: 'open', dueOn: '2026-03-20', originalDueOn: '2026-03-10' };
    expect(timeliness(open, new Date('2026-03-15T12:00:00Z'), LIMA)).toBe('overdue');
    expect(timeliness({ ...open, originalDueOn: null }, new Date('2026-03-15T12:00:00Z'), LIMA)).toBe(
      'pending',
    );
  });

  it('needs a reason', () => {
    for (const reason of [undefined, null, '', '  ']) {
      try {
        assertDueMoveReason(reason);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).code).toBe('VALIDATION_FAILED');
        expect((e as AppError).details).toMatchObject({
          fields: [{ path: 'reason', key: 'fields.reasonRequiredForChange' }],
        });
      }
    }
    expect(assertDueMoveReason('  Falta la firma  ')).toBe('Falta la firma');
  });
});

describe('ordering commitments of Mesas in different time zones', () => {
  it("puts first those late in their own Mesa's zone", () => {
    // 23:30 UTC on the 10th: still the 10th in Lima, already the 11th in Tunis.
    const now = new Date('2026-03-10T23:30:00Z');
    const lima = { id: 'lima', status: 'open' as const, dueOn: '2026-03-10', zone: LIMA };
    const tunis = { id: 'tunis', status: 'open' as const, dueOn: '2026-03-10', zone: TUNIS };
    expect(sortMyCommitments([lima, tunis], now, (c) => c.zone).map((c) => c.id)).toEqual(['tunis', 'lima']);
    // One zone for all keeps them in the input order.
    expect(sortMyCommitments([lima, tunis], now, LIMA).map((c) => c.id)).toEqual(['lima', 'tunis']);
  });
});

describe("the weekly digest's late commitments", () => {
  it("are read on the Mesa's own day", () => {
    const now = new Date('2026-03-10T23:30:00Z');
    const mesa = (timeZone: string | null): DigestMesaRecords => ({
      mesaName: 'Mesa de Túnez',
      timeZone,
      statusEvents: [],
      commitments: [
        {
          text: 'Enviar el informe',
          personName: 'Ana',
          dueOn: '2026-03-10',
          status: 'open',
          completedAt: null,
        },
      ],
      escalations: [],
    });
    const inTunis = composeDigest({ now, timeZone: LIMA, teamMesas: [mesa(TUNIS)] });
    expect(inTunis?.team[0]?.late).toEqual([
      { text: 'Enviar el informe', personName: 'Ana', dueOn: '2026-03-10', daysLate: 1 },
    ]);
    // In the deployment's zone (Lima) it is still due today: nothing late to tell.
    expect(composeDigest({ now, timeZone: LIMA, teamMesas: [mesa(null)] })?.team ?? []).toEqual([]);
  });
});
