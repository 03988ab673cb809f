import type { BarrierCategory } from '../../db/queries/categories';
import type { MatrixRow } from '../../db/queries/matrix';
import type { MatrixJsonRow } from '../../db/queries/matrix-json';
import type { ProblemDetail } from '../../db/queries/problems';
import { type Actor, isAllowed } from '../../domain/access';
import { type FilterFlag, filterFlags, openSuggestions, suggestFilterFlags } from '../../domain/filters';
import {
  focusWarning,
  type Prioritizable,
  priorityScore,
  proposeQuickWins,
  quadrantOf,
} from '../../domain/prioritization';
import { problemCode } from '../../domain/problem-code';
import { allowedProblemTransitions } from '../../domain/problem-status';
import { latestSolution } from '../../domain/solutions';
import type { MesaRow } from './mesas';
import { ref } from './ref';

// ── The Matrix ────────────────────────────────────────────────────────────────────────────────────

const knownFlags: ReadonlySet<string> = new Set(filterFlags);

const filterFlagList = (flags: readonly string[]) => flags.filter((f): f is FilterFlag => knownFlags.has(f));

/** What the Matrix derives from a problem's own columns: its code, priority, quadrant, moves and flags. */
function derived(
  row: Pick<MatrixRow, 'number' | 'impact' | 'ease' | 'status' | 'title' | 'description'> & {
    filterFlags: readonly string[];
    dismissedFlags: readonly string[];
  },
) {
  const confirmed = filterFlagList(row.filterFlags);
  const dismissed = filterFlagList(row.dismissedFlags);
  return {
    code: problemCode(row.number),
    priority: priorityScore(row),
    quadrant: quadrantOf(row),
    allowedTransitions: allowedProblemTransitions(row.status),
    filterFlags: confirmed,
    suggestedFlags: openSuggestions(suggestFilterFlags(row.title, row.description), confirmed, dismissed),
  };
}

/** One row of the Matrix as the API shows it, with what the domain derives from it. */
export function presentMatrixRow(row: MatrixRow) {
  const { code, priority, quadrant, allowedTransitions, filterFlags, suggestedFlags } = derived(row);
  return {
    id: row.id,
    mesaId: row.mesaId,
    number: row.number,
    code,
    title: row.title,
    description: row.description,
    category: ref(row.category),
    ownerType: row.ownerType,
    raisedByPerson: ref(row.raisedByPerson),
    raisedByOrganization: ref(row.raisedByOrganization),
    entities: row.entities,
    impact: row.impact,
    ease: row.ease,
    priority,
    quadrant,
    inFocus: row.inFocus,
    tags: row.tags,
    visibility: row.visibility,
    status: row.status,
    statusReason: row.statusReason,
    statusChangedAt: row.statusChangedAt,
    allowedTransitions,
    filterFlags,
    suggestedFlags,
    latestSolution: row.latestSolution
      ? { ...row.latestSolution, filterFlags: filterFlagList(row.latestSolution.filterFlags) }
      : null,
    solutionCount: row.solutionCount,
    indicators: row.indicators,
    latestFeedback: row.latestFeedback
      ? { ...row.latestFeedback, person: ref(row.latestFeedback.person) }
      : null,
    openCommitmentCount: row.openCommitmentCount,
    nextCommitment: row.nextCommitment ?? null,
    circling: row.circling,
    fieldAlert: row.fieldAlert,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * One row of the Matrix as JSON, from the JSON the database wrote of it (`loadMatrixJson`): the same
 * members as `presentMatrixRow` gives, in another order.
 */
function writeMatrixRow(row: MatrixJsonRow): string {
  const head = JSON.stringify({
    id: row.id,
    number: row.number,
    title: row.title,
    description: row.description,
    impact: row.impact,
    ease: row.ease,
    inFocus: row.inFocus,
    status: row.status,
    ...derived(row),
  });
  return `${head.slice(0, -1)},${row.members}}`;
}

export function presentCategory(c: BarrierCategory) {
  return {
    id: c.id,
    key: c.key,
    nameEs: c.nameEs,
    nameEn: c.nameEn,
    position: c.position,
    archived: c.archivedAt !== null,
    updatedAt: c.updatedAt,
  };
}

/** What the Matrix shows beside its rows: the Mesa, the focus warning, quick wins and the categories. */
function aroundTheRows(mesa: MesaRow['mesa'], rows: readonly Prioritizable[], categories: BarrierCategory[]) {
  const limit = mesa.focusLimit;
  return {
    mesa: { id: mesa.id, slug: mesa.slug, name: mesa.name, version: mesa.version },
    focusLimit: limit,
    focusWarning: focusWarning(rows, limit),
    quickWins: proposeQuickWins(rows, limit).map((p) => p.id),
    categories: categories.map(presentCategory),
  };
}

/** The Matrix as every caller who sees the same problems sees it (without their permissions). */
export function presentMatrixBody(mesa: MesaRow['mesa'], rows: MatrixRow[], categories: BarrierCategory[]) {
  return { problems: rows.map(presentMatrixRow), ...aroundTheRows(mesa, rows, categories) };
}

/**
 * The JSON of `presentMatrixBody`, with the caller's permissions (`can`) when given, written around the
 * JSON the database wrote of each problem (`loadMatrixJson`): what the Matrix's API sends. In pieces, a
 * row each, for the answer to be encoded piece by piece (`jsonBytes`) rather than joined first.
 */
export function writeMatrixBody(
  mesa: MesaRow['mesa'],
  rows: MatrixJsonRow[],
  categories: BarrierCategory[],
  can?: ReturnType<typeof matrixPermissions>,
): string[] {
  const rest = JSON.stringify(aroundTheRows(mesa, rows, categories));
  const pieces = new Array<string>(rows.length + 2);
  pieces[0] = can ? `{"can":${JSON.stringify(can)},"problems":[` : '{"problems":[';
  for (let i = 0; i < rows.length; i++) pieces[i + 1] = (i ? ',' : '') + writeMatrixRow(rows[i]!);
  pieces[rows.length + 1] = `],${rest.slice(1)}`;
  return pieces;
}

/** What the caller may do in a Mesa's Matrix, for the screen to offer only that. */
export function matrixPermissions(actor: Actor | null, mesaId: string) {
  return {
    createProblem: isAllowed(actor, 'problem.create', mesaId),
    updateProblem: isAllowed(actor, 'problem.update', mesaId),
    proposeSolution: isAllowed(actor, 'solution.propose', mesaId),
    reviseSolution: isAllowed(actor, 'solution.revise', mesaId),
    manageIndicators: isAllowed(actor, 'indicator.manage', mesaId),
    reportFeedback: isAllowed(actor, 'feedback.report', mesaId),
    import: isAllowed(actor, 'matrix.import', mesaId),
  };
}

export function presentMatrix(
  mesa: MesaRow['mesa'],
  rows: MatrixRow[],
  categories: BarrierCategory[],
  actor: Actor | null,
) {
  return { ...presentMatrixBody(mesa, rows, categories), can: matrixPermissions(actor, mesa.id) };
}

type Detail = ProblemDetail;

/** The norm a solution cites, or null when it cites none. */
function citedNorm(s: {
  normName: string | null;
  normNumber: string | null;
  normDate: string | null;
  normUrl: string | null;
}) {
  if (!s.normName && !s.normNumber && !s.normDate && !s.normUrl) return null;
  return { name: s.normName, number: s.normNumber, date: s.normDate, url: s.normUrl };
}

export function presentSolution(s: Detail['solutions'][number]) {
  const versions = s.versions.map((v) => ({
    number: v.version.number,
    text: v.version.text,
    reason: v.version.reason,
    revisedOn: v.version.revisedOn,
    revisedBy: ref(v.revisedBy),
    createdAt: v.version.createdAt,
  }));
  const current = versions.find((v) => v.number === s.solution.currentVersion) ?? versions.at(-1);
  const confirmed = filterFlagList(s.solution.filterFlags);
  const dismissed = filterFlagList(s.solution.dismissedFlags);
  return {
    id: s.solution.id,
    problemId: s.solution.problemId,
    instrument: s.solution.instrument,
    proposedByOrganization: ref(s.proposedByOrganization),
    filterFlags: confirmed,
    dismissedFlags: dismissed,
    suggestedFlags: openSuggestions(suggestFilterFlags(current?.text), confirmed, dismissed),
    currentVersion: s.solution.currentVersion,
    version: s.solution.version,
    text: current?.text ?? '',
    versions,
    agreedOn: s.solution.agreedOn,
    draftedOn: s.solution.draftedOn,
    norm: citedNorm(s.solution),
    createdAt: s.solution.createdAt,
    updatedAt: s.solution.updatedAt,
  };
}

type Alert = NonNullable<MatrixRow['fieldAlert']>;

/** The field alert of a problem from its reports: the one the alert points to, if any. */
function alertOf(
  feedbackId: string | null,
  feedback: readonly { id: string; verdict: Alert['verdict']; createdAt: Date }[],
): MatrixRow['fieldAlert'] {
  const report = feedbackId ? feedback.find((f) => f.id === feedbackId) : undefined;
  return report ? { feedbackId: report.id, verdict: report.verdict, reportedOn: report.createdAt } : null;
}

/** A problem with everything its page shows: solutions with all versions, feedback, status history. */
export function presentProblemDetail(d: Detail, mesa: MesaRow['mesa'], actor: Actor | null) {
  const solutions = d.solutions.map(presentSolution);
  const revisedAt = (s: (typeof solutions)[number]) => s.versions.at(-1)?.createdAt ?? s.createdAt;
  const latest = latestSolution(solutions, revisedAt);
  const feedback = d.feedback.map((f) => ({
    id: f.feedback.id,
    verdict: f.feedback.verdict,
    text: f.feedback.text,
    observedOn: f.feedback.observedOn,
    person: ref(f.person),
    createdAt: f.feedback.createdAt,
  }));
  const p = d.problem;
  const row: MatrixRow = {
    ...p,
    category: ref(d.category),
    raisedByPerson: ref(d.raisedByPerson),
    raisedByOrganization: ref(d.raisedByOrganization),
    entities: d.entities,
    latestSolution: latest
      ? {
          id: latest.id,
          text: latest.text,
          instrument: latest.instrument,
          version: latest.currentVersion,
          filterFlags: latest.filterFlags,
          revisedAt: revisedAt(latest),
        }
      : null,
    solutionCount: solutions.length,
    openCommitmentCount: d.openCommitmentCount,
    circling: d.circling ? { sessions: d.circling.sessions, since: d.circling.since } : null,
    indicators: d.indicators,
    latestFeedback: feedback[0] ?? null,
    fieldAlert: alertOf(p.fieldAlertFeedbackId, feedback),
  };
  return {
    ...presentMatrixRow(row),
    dismissedFlags: filterFlagList(p.dismissedFlags),
    mesa: { id: mesa.id, slug: mesa.slug, name: mesa.name, published: mesa.published },
    solutions,
    feedback,
    history: d.history.map((h) => ({
      id: h.event.id,
      fromStatus: h.event.fromStatus,
      toStatus: h.event.toStatus,
      reason: h.event.reason,
      occurredAt: h.event.occurredAt,
      recordedBy: ref(h.recordedBy),
    })),
    can: {
      update: isAllowed(actor, 'problem.update', mesa.id),
      proposeSolution: isAllowed(actor, 'solution.propose', mesa.id),
      reviseSolution: isAllowed(actor, 'solution.revise', mesa.id),
      manageIndicators: isAllowed(actor, 'indicator.manage', mesa.id),
      reportFeedback: isAllowed(actor, 'feedback.report', mesa.id),
    },
  };
}
