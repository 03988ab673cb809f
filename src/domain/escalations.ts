import { daysBetween, isCalendarDay, todayIn } from './calendar-days';
import { AppError, type FieldIssue, invalidFields } from './errors';
import type { Visibility } from './roles';

/**
 * Escalation to the high-level body (paper section 4.2): what the ground-level body cannot unblock — a
 * budget allocation, a political decision, a dispute between agencies, a question of legal authority —
 * goes up with a short brief and the options. The high-level body decides it, or returns it with
 * questions that the dedicated team answers (back to `open`). The team may withdraw it while it waits.
 */
export const escalationReasons = [
  'budget',
  'political_decision',
  'inter_agency_dispute',
  'legal_authority',
  'other',
] as const;
export type EscalationReason = (typeof escalationReasons)[number];

export const escalationStatuses = ['open', 'returned', 'decided', 'withdrawn'] as const;
export type EscalationStatus = (typeof escalationStatuses)[number];

/** What happened to an escalation, one entry of its exchange. */
export const escalationEventKinds = ['escalated', 'returned', 'answered', 'decided', 'withdrawn'] as const;
export type EscalationEventKind = (typeof escalationEventKinds)[number];

/** Statuses in which an escalation still waits for someone (the high-level body or the team). */
export const pendingEscalationStatuses: readonly EscalationStatus[] = ['open', 'returned'];

const nextStatuses: Record<EscalationStatus, readonly EscalationStatus[]> = {
  open: ['decided', 'returned', 'withdrawn'],
  // The team answers the questions (back to open), or withdraws it.
  returned: ['open', 'withdrawn'],
  decided: [],
  withdrawn: [],
};

export function allowedEscalationTransitions(from: EscalationStatus): EscalationStatus[] {
  return [...nextStatuses[from]];
}

/** Throws ILLEGAL_TRANSITION (with the allowed next states) unless `from → to` is legal. */
export function assertEscalationTransition(from: EscalationStatus, to: EscalationStatus): void {
  if (!nextStatuses[from].includes(to)) {
    throw new AppError('ILLEGAL_TRANSITION', { from, to, allowed: allowedEscalationTransitions(from) });
  }
}

/** Whether the escalation still waits (for a decision, or for the team's answer). */
export function isPending(status: EscalationStatus): boolean {
  return pendingEscalationStatuses.includes(status);
}

/** The most options one escalation may put to the high-level body. */
export const MAX_OPTIONS = 10;

export interface EscalationDraft {
  brief: string;
  options: readonly string[];
}

/**
 * Checks and tidies what an escalation puts to the high-level body: a brief (required) and a list of
 * options, each one a non-empty text (at most MAX_OPTIONS). Every problem is reported at once.
 */
export function validateEscalationDraft(input: EscalationDraft): { brief: string; options: string[] } {
  const fields: FieldIssue[] = [];
  const brief = input.brief?.trim() ?? '';
  if (!brief) fields.push({ path: 'brief', key: 'fields.required' });
  const options = (input.options ?? []).map((o) => (typeof o === 'string' ? o.trim() : ''));
  options.forEach((o, i) => {
    if (!o) fields.push({ path: `options.${i}`, key: 'fields.required' });
  });
  if (options.length > MAX_OPTIONS) {
    fields.push({ path: 'options', key: 'fields.tooManyOptions', params: { max: MAX_OPTIONS } });
  }
  if (fields.length) invalidFields(fields);
  return { brief, options };
}

/**
 * Checks a decision: its text (required) and the day it was taken (a calendar day, not after today in
 * `timeZone`; today by default).
 */
export function validateDecision(
  input: { decision: string; decidedOn?: string | null },
  now: Date,
  timeZone: string,
): { decision: string; decidedOn: string } {
  const fields: FieldIssue[] = [];
  const decision = input.decision?.trim() ?? '';
  if (!decision) fields.push({ path: 'decision', key: 'fields.required' });
  const today = todayIn(now, timeZone);
  const decidedOn = input.decidedOn ?? today;
  if (!isCalendarDay(decidedOn)) fields.push({ path: 'decidedOn', key: 'fields.calendarDay' });
  else if (decidedOn > today) fields.push({ path: 'decidedOn', key: 'fields.notInTheFuture' });
  if (fields.length) invalidFields(fields);
  return { decision, decidedOn };
}

/** A required text of the exchange (questions, an answer, why it is withdrawn), trimmed. */
export function requiredText(value: string | null | undefined, path: string): string {
  const text = value?.trim() ?? '';
  if (!text) invalidFields([{ path, key: 'fields.required' }]);
  return text;
}

const visibilityRank: Record<Visibility, number> = { public: 0, members: 1, team: 2 };

/** Whether an escalation of `visibility` would show more than its problem (never allowed). */
export function widerThan(visibility: Visibility, problemVisibility: Visibility): boolean {
  return visibilityRank[visibility] < visibilityRank[problemVisibility];
}

/** An escalation's visibility by default: `members`, or narrower when its problem is. */
export function defaultEscalationVisibility(problemVisibility: Visibility): Visibility {
  return widerThan('members', problemVisibility) ? problemVisibility : 'members';
}

/**
 * How many days an escalation has waited: calendar days in `timeZone` from the day it was escalated to
 * the day it was decided or withdrawn, or to today while it is pending.
 */
export function escalationAgeDays(
  e: { escalatedAt: Date; closedAt: Date | null },
  now: Date,
  timeZone: string,
): number {
  const end = e.closedAt ?? now;
  return Math.max(0, daysBetween(todayIn(e.escalatedAt, timeZone), todayIn(end, timeZone)));
}

/** The high-level body's inbox order: the oldest escalation first (ties by id, for a stable order). */
export function compareInbox(
  a: { escalatedAt: Date; id: string },
  b: { escalatedAt: Date; id: string },
): number {
  return a.escalatedAt.getTime() - b.escalatedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function sortInbox<T extends { escalatedAt: Date; id: string }>(items: readonly T[]): T[] {
  return [...items].sort(compareInbox);
}
