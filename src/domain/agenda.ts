import { type CommitmentStatus, isOverdue } from './commitments';
import { dateInZone } from './dates';
import { type FieldIssue, invalidFields } from './errors';
import { compareMatrixRows, type Prioritizable } from './prioritization';
import { openProblemStatuses } from './problem-status';

/**
 * The draft agenda of a session, generated from the Matrix (paper section 4.2: at each session the
 * participants report progress against fixed deadlines; problems and progress are presented). In
 * order: commitments due since the last session (overdue first, then due), focus problems, field
 * feedback received, escalation decisions returned, new problems to triage, problems flagged as
 * circling. The team then edits it: reorder, add, remove, time per item.
 *
 * One problem, one discussion item: a problem that qualifies for several problem sections (in focus and
 * circling, say, or with field feedback and an escalation decision) is listed once, in the first of
 * those sections, and its `reasons` name every section it qualified for. Commitments are not merged
 * into their problem's item: each one is its owner's own report, the pressure mechanism of the method.
 */
export const agendaItemKinds = [
  'commitment_overdue',
  'commitment_due',
  'focus_problem',
  'field_feedback',
  'escalation_decision',
  'new_problem',
  'circling_problem',
  'custom',
] as const;
export type AgendaItemKind = (typeof agendaItemKinds)[number];

/** Suggested minutes per item, by kind; a merged problem item takes the largest of its reasons. */
export const defaultItemMinutes: Record<AgendaItemKind, number> = {
  commitment_overdue: 3,
  commitment_due: 2,
  focus_problem: 10,
  field_feedback: 5,
  escalation_decision: 5,
  new_problem: 3,
  circling_problem: 10,
  custom: 5,
};

/** The most minutes one agenda item may be given. */
export const MAX_ITEM_MINUTES = 240;

export interface AgendaItem {
  /**
   * Stable across regenerations: `commitment:<id>` for a commitment, `problem:<id>` for a problem
   * (whatever its section, or added by hand), `custom:<n>` for another item added by hand.
   */
  key: string;
  kind: AgendaItemKind;
  title: string;
  problemId: string | null;
  commitmentId: string | null;
  /** The field report the item is about: the gravest, then latest, received since the last session. */
  feedbackId: string | null;
  /** The escalation whose decision came back: the latest, when several did. */
  escalationId: string | null;
  minutes: number;
  /** Every section the item qualified for; the first is its `kind`. */
  reasons: AgendaItemKind[];
}

export interface AgendaProblem extends Prioritizable {
  createdAt: Date;
  /**
   * The negative field report the problem is flagged for (its field alert), not yet dealt with by a
   * reopen or a later positive report; null or absent when not flagged.
   */
  fieldAlertFeedbackId?: string | null;
}

export interface AgendaCommitment {
  id: string;
  text: string;
  problemId: string | null;
  status: CommitmentStatus;
  dueOn: string;
  completedAt: Date | null;
}

export type FeedbackVerdict = 'works' | 'partly' | 'not_applied';

export interface AgendaFeedback {
  id: string;
  problemId: string;
  verdict: FeedbackVerdict;
  receivedAt: Date;
}

export interface AgendaEscalationDecision {
  id: string;
  problemId: string;
  decidedAt: Date;
}

export interface AgendaInput {
  /** When the session starts, and the Mesa's time zone (deadlines are calendar days there). */
  sessionStartsAt: Date;
  timeZone: string;
  /**
   * When the previous session was actually held (its `started_at`); null for a Mesa's first session.
   * The cut is the start, not the close, nor the scheduled time: a session's agenda is saved when it
   * starts, so what happens from then on (during the session too) belongs to the next one.
   */
  lastSessionAt: Date | null;
  /** When this session actually started (its agenda was saved then); null while it is planned. */
  heldAt?: Date | null;
  now: Date;
  problems: readonly AgendaProblem[];
  commitments: readonly AgendaCommitment[];
  feedback?: readonly AgendaFeedback[];
  /** Decisions of the high-level body on escalated problems (none until escalations exist). */
  escalationDecisions?: readonly AgendaEscalationDecision[];
  /** Problems flagged by circling detection (src/domain/circling.ts). */
  circlingProblemIds?: readonly string[];
  minutesPerKind?: Partial<Record<AgendaItemKind, number>>;
}

const verdictGravity: Record<FeedbackVerdict, number> = { not_applied: 0, partly: 1, works: 2 };

const byDueOn = (a: AgendaCommitment, b: AgendaCommitment) =>
  a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0;

/**
 * Builds the draft agenda. Commitments: open ones overdue (as of now, or of the session if it already
 * began) whatever their age, the longest overdue first; then those due by the session's day — still
 * open, or done since the last session — by due date. Cancelled ones are left out. Records of the other
 * sections count when they came after the previous session started and, once this one started,
 * not after its start: feedback (the
 * gravest verdict first, then oldest; with the report a problem is flagged for, whenever it came), escalation decisions (oldest first), new problems (status
 * `identified`, in the order they were raised). Focus problems (open, in focus) and circling problems
 * follow the Matrix order.
 */
export function draftAgenda(input: AgendaInput): AgendaItem[] {
  const minutesFor = (kind: AgendaItemKind) => input.minutesPerKind?.[kind] ?? defaultItemMinutes[kind];
  const asOf = new Date(Math.min(input.now.getTime(), input.sessionStartsAt.getTime()));
  const sessionDay = dateInZone(input.sessionStartsAt, input.timeZone);
  const last = input.lastSessionAt;
  // Between two starts: each record lands on exactly one session's agenda, whenever the sessions
  // were scheduled and however early or late they were held.
  const held = input.heldAt ?? null;
  const inWindow = (at: Date) => (!last || at > last) && (!held || at <= held);

  const overdue = input.commitments.filter((c) => isOverdue(c, asOf, input.timeZone)).sort(byDueOn);
  const overdueIds = new Set(overdue.map((c) => c.id));
  const due = input.commitments
    .filter((c) => c.dueOn <= sessionDay && !overdueIds.has(c.id))
    .filter((c) => c.status === 'open' || (c.status === 'done' && c.completedAt && inWindow(c.completedAt)))
    .sort(byDueOn);
  const commitmentItem = (kind: AgendaItemKind) => (c: AgendaCommitment) => ({
    key: `commitment:${c.id}`,
    kind,
    title: c.text,
    problemId: c.problemId,
    commitmentId: c.id,
    feedbackId: null,
    escalationId: null,
    minutes: minutesFor(kind),
    reasons: [kind],
  });
  const items: AgendaItem[] = [
    ...overdue.map(commitmentItem('commitment_overdue')),
    ...due.map(commitmentItem('commitment_due')),
  ];

  const problemsById = new Map(input.problems.map((p) => [p.id, p]));
  const problemItems = new Map<string, AgendaItem>();
  const addProblem = (problemId: string, kind: AgendaItemKind, refs: Partial<AgendaItem> = {}) => {
    const p = problemsById.get(problemId);
    if (!p) return;
    const existing = problemItems.get(problemId);
    if (existing) {
      if (!existing.reasons.includes(kind)) existing.reasons.push(kind);
      existing.minutes = Math.max(existing.minutes, minutesFor(kind));
      existing.feedbackId ??= refs.feedbackId ?? null;
      existing.escalationId ??= refs.escalationId ?? null;
      return;
    }
    const item: AgendaItem = {
      key: `problem:${p.id}`,
      kind,
      title: p.title,
      problemId: p.id,
      commitmentId: null,
      feedbackId: refs.feedbackId ?? null,
      escalationId: refs.escalationId ?? null,
      minutes: minutesFor(kind),
      reasons: [kind],
    };
    problemItems.set(problemId, item);
    items.push(item);
  };

  const matrixOrder = (keep: (p: AgendaProblem) => boolean) =>
    input.problems.filter(keep).sort(compareMatrixRows);
  for (const p of matrixOrder((p) => p.inFocus && openProblemStatuses.includes(p.status))) {
    addProblem(p.id, 'focus_problem');
  }

  // A flag not yet dealt with stays on the agenda, however long before the last session the report
  // came (not one that came after this session started: that one is the next session's news).
  const flagged = (f: AgendaFeedback) =>
    problemsById.get(f.problemId)?.fieldAlertFeedbackId === f.id && (!held || f.receivedAt <= held);
  const feedback = (input.feedback ?? [])
    .filter((f) => inWindow(f.receivedAt) || flagged(f))
    .sort(
      (a, b) =>
        verdictGravity[a.verdict] - verdictGravity[b.verdict] ||
        a.receivedAt.getTime() - b.receivedAt.getTime(),
    );
  // The report an item points to: the gravest verdict, and the latest of those.
  const reportFor = new Map<string, AgendaFeedback>();
  for (const f of feedback) {
    const chosen = reportFor.get(f.problemId);
    if (
      !chosen ||
      (verdictGravity[f.verdict] === verdictGravity[chosen.verdict] && f.receivedAt > chosen.receivedAt)
    ) {
      reportFor.set(f.problemId, f);
    }
  }
  for (const f of feedback)
    addProblem(f.problemId, 'field_feedback', { feedbackId: reportFor.get(f.problemId)!.id });

  const decisions = (input.escalationDecisions ?? [])
    .filter((e) => inWindow(e.decidedAt))
    .sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime());
  const latestDecision = new Map(decisions.map((e) => [e.problemId, e.id]));
  for (const e of decisions)
    addProblem(e.problemId, 'escalation_decision', { escalationId: latestDecision.get(e.problemId)! });

  const newProblems = input.problems
    .filter((p) => p.status === 'identified' && inWindow(p.createdAt))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  for (const p of newProblems) addProblem(p.id, 'new_problem');

  const circling = new Set(input.circlingProblemIds ?? []);
  for (const p of matrixOrder((p) => circling.has(p.id))) addProblem(p.id, 'circling_problem');

  return items;
}

/** The minutes an agenda adds up to. */
export function agendaMinutes(items: readonly Pick<AgendaItem, 'minutes'>[]): number {
  return items.reduce((sum, i) => sum + i.minutes, 0);
}

/** An edit of an agenda. Indexes are 0-based positions in the agenda as it is when the edit applies. */
export type AgendaEdit =
  | { op: 'move'; key: string; to: number }
  | { op: 'remove'; key: string }
  | { op: 'set_minutes'; key: string; minutes: number }
  | { op: 'set_title'; key: string; title: string }
  | { op: 'add'; title: string; minutes?: number; problemId?: string | null; at?: number };

function minutesIssue(minutes: number, path: string): FieldIssue | null {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_ITEM_MINUTES) {
    return { path, key: 'fields.minutesRange', params: { max: MAX_ITEM_MINUTES } };
  }
  return null;
}

/**
 * Applies edits in order and returns the edited agenda (the input is left untouched). An item added by
 * hand is `custom`, keyed `custom:<n>`; one about a problem not on the agenda yet is keyed like a
 * generated problem item (`problem:<id>`), so it matches that item in a later draft. Every
 * invalid edit (unknown item, minutes negative or not whole, a position out of range, an empty title, a
 * problem already on the agenda) is reported, as `edits.<i>.<field>`, in one VALIDATION_FAILED.
 */
export function applyAgendaEdits(items: readonly AgendaItem[], edits: readonly AgendaEdit[]): AgendaItem[] {
  const agenda = items.map((i) => ({ ...i, reasons: [...i.reasons] }));
  const fields: FieldIssue[] = [];
  let nextCustom =
    Math.max(0, ...agenda.map((i) => (/^custom:(\d+)$/.exec(i.key) ? Number(i.key.slice(7)) : 0))) + 1;
  const position = (at: number, max: number, path: string) => {
    if (Number.isInteger(at) && at >= 0 && at <= max) return true;
    fields.push({ path, key: 'fields.positionRange', params: { max } });
    return false;
  };

  edits.forEach((edit, i) => {
    const path = `edits.${i}`;
    if (edit.op === 'add') {
      const issues: FieldIssue[] = [];
      if (!edit.title?.trim()) issues.push({ path: `${path}.title`, key: 'fields.required' });
      const minutes = edit.minutes ?? defaultItemMinutes.custom;
      const bad = minutesIssue(minutes, `${path}.minutes`);
      if (bad) issues.push(bad);
      if (edit.problemId && agenda.some((x) => x.problemId === edit.problemId && x.commitmentId === null)) {
        issues.push({ path: `${path}.problemId`, key: 'fields.problemAlreadyOnAgenda' });
      }
      const at = edit.at ?? agenda.length;
      if (issues.length > 0 || !position(at, agenda.length, `${path}.at`)) {
        fields.push(...issues);
        return;
      }
      agenda.splice(at, 0, {
        key: edit.problemId ? `problem:${edit.problemId}` : `custom:${nextCustom++}`,
        kind: 'custom',
        title: edit.title.trim(),
        problemId: edit.problemId ?? null,
        commitmentId: null,
        feedbackId: null,
        escalationId: null,
        minutes,
        reasons: ['custom'],
      });
      return;
    }
    const index = agenda.findIndex((x) => x.key === edit.key);
    if (index < 0) {
      fields.push({ path: `${path}.key`, key: 'fields.noSuchAgendaItem' });
      return;
    }
    const item = agenda[index]!;
    switch (edit.op) {
      case 'remove':
        agenda.splice(index, 1);
        break;
      case 'move':
        if (position(edit.to, agenda.length - 1, `${path}.to`)) {
          agenda.splice(index, 1);
          agenda.splice(edit.to, 0, item);
        }
        break;
      case 'set_minutes': {
        const bad = minutesIssue(edit.minutes, `${path}.minutes`);
        if (bad) fields.push(bad);
        else item.minutes = edit.minutes;
        break;
      }
      case 'set_title':
        if (!edit.title?.trim()) fields.push({ path: `${path}.title`, key: 'fields.required' });
        else item.title = edit.title.trim();
        break;
    }
  });

  if (fields.length > 0) invalidFields(fields);
  return agenda;
}

export interface AgendaComparison {
  /** Keys only in the edited agenda (items added by hand). */
  added: string[];
  /** Keys only in the generated agenda (removed by hand, or new since the agenda was edited). */
  missing: string[];
  /** Keys in both whose minutes differ. */
  retimed: string[];
  /** Whether the items in both come in a different order. */
  reordered: boolean;
}

/** Compares an edited agenda with a freshly generated one, by stable key. */
export function compareAgendas(
  generated: readonly Pick<AgendaItem, 'key' | 'minutes'>[],
  edited: readonly Pick<AgendaItem, 'key' | 'minutes'>[],
): AgendaComparison {
  const generatedByKey = new Map(generated.map((i) => [i.key, i]));
  const editedKeys = new Set(edited.map((i) => i.key));
  const common = edited.filter((i) => generatedByKey.has(i.key));
  const generatedOrder = generated.filter((i) => editedKeys.has(i.key)).map((i) => i.key);
  return {
    added: edited.filter((i) => !generatedByKey.has(i.key)).map((i) => i.key),
    missing: generated.filter((i) => !editedKeys.has(i.key)).map((i) => i.key),
    retimed: common.filter((i) => generatedByKey.get(i.key)!.minutes !== i.minutes).map((i) => i.key),
    reordered: common.some((i, n) => generatedOrder[n] !== i.key),
  };
}
