import { describe, expect, it } from 'vitest';
import { type AgendaProblem, draftAgenda } from '../../src/domain/agenda';
import { FEEDBACK_LINK_DAYS, feedbackLinkExpiry, fieldAlertAfterReport } from '../../src/domain/field-alert';

describe('fieldAlertAfterReport', () => {
  it('raises the alert for negative feedback on an enacted or verified fix, also over an earlier one', () => {
    for (const status of ['enacted', 'verified'] as const) {
      expect(fieldAlertAfterReport(status, 'not_applied', null)).toBe('raise');
      expect(fieldAlertAfterReport(status, 'partly', 'f1')).toBe('raise');
    }
  });

  it('leaves problems still being worked on (or set aside) unflagged', () => {
    for (const status of ['identified', 'prioritized', 'in_progress', 'parked', 'dropped'] as const) {
      expect(fieldAlertAfterReport(status, 'not_applied', null)).toBe('keep');
    }
  });

  it('clears the alert on a later positive report, and does nothing when there is none', () => {
    expect(fieldAlertAfterReport('enacted', 'works', 'f1')).toBe('clear');
    expect(fieldAlertAfterReport('verified', 'works', null)).toBe('keep');
  });
});

describe('feedbackLinkExpiry', () => {
  it('is thirty days after the link is made', () => {
    const now = new Date('2026-01-31T12:00:00Z');
    expect(FEEDBACK_LINK_DAYS).toBe(30);
    expect(feedbackLinkExpiry(now).toISOString()).toBe('2026-03-02T12:00:00.000Z');
  });
});

describe('draft agenda: flagged problems', () => {
  const at = (iso: string) => new Date(iso);
  const problem = (id: string, fieldAlertFeedbackId: string | null): AgendaProblem => ({
    id,
    title: `Problem ${id}`,
    status: 'enacted',
    impact: 3,
    ease: 3,
    inFocus: false,
    createdAt: at('2025-01-10T15:00:00Z'),
    fieldAlertFeedbackId,
  });
  const input = {
    sessionStartsAt: at('2025-03-13T15:00:00Z'),
    timeZone: 'America/Lima',
    lastSessionAt: at('2025-03-06T15:00:00Z'),
    now: at('2025-03-12T20:00:00Z'),
    commitments: [],
    problems: [problem('flagged', 'old'), problem('answered', null)],
    feedback: [
      // Both reports came before the last session: only the flag not yet dealt with stays.
      {
        id: 'old',
        problemId: 'flagged',
        verdict: 'not_applied' as const,
        receivedAt: at('2025-02-01T15:00:00Z'),
      },
      {
        id: 'older',
        problemId: 'answered',
        verdict: 'partly' as const,
        receivedAt: at('2025-02-01T15:00:00Z'),
      },
    ],
  };

  it('keeps a flagged problem on the next agenda even when its report predates the last session', () => {
    const items = draftAgenda(input);
    expect(items.map((i) => [i.kind, i.problemId, i.feedbackId])).toEqual([
      ['field_feedback', 'flagged', 'old'],
    ]);
  });

  it('leaves a report that came after this session started to the next one', () => {
    const late = { ...input, heldAt: at('2025-03-13T15:00:00Z') };
    late.feedback = [{ ...input.feedback[0]!, receivedAt: at('2025-03-13T16:00:00Z') }];
    expect(draftAgenda(late)).toEqual([]);
  });
});
