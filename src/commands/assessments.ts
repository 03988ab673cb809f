import { recordAudit } from '../db/audit';
import {
  type Assessment,
  type AssessmentQuestion,
  answersOf,
  insertAnswers,
  insertAssessment,
  insertQuestion,
  linkMeetings,
  listQuestions,
  lockAssessment,
  lockQuestion,
  meetingsByIds,
  updateAssessment,
  updateQuestion as updateQuestionRow,
} from '../db/queries/assessments';
import { lockMesa } from '../db/queries/mesas';
import { todayIn } from '../domain/calendar-days';
import { AppError, assertVersion, type FieldIssue } from '../domain/errors';
import {
  type AnswerInput,
  type AssessmentAnswerValue,
  type AssessmentArea,
  type AssessmentDecision,
  activationIssues,
  answerIssues,
  checkCanDecide,
  checkLaunchComplete,
  decisionIssues,
  questionKeyPattern,
  redFlagPattern,
  throwIssues,
  unansweredQuestions,
} from '../domain/feasibility';
import { auditActor, type CommandContext, inTransaction } from './context';
import { transitionMesa } from './mesas';
import { rethrowUnique } from './unique';

const today = (ctx: CommandContext) => todayIn(new Date(), ctx.timeZone ?? 'UTC');

/** How a launch is taken: whether the Mesa becomes active in the same step, and a confirmed gap. */
export interface LaunchOptions {
  /** With a launch: move the Mesa to active now (its lifecycle event dated today in its zone). */
  activate?: boolean;
  /** Launch although checklist questions are unanswered (409 ASSESSMENT_INCOMPLETE otherwise). */
  confirmIncomplete?: boolean;
}

export interface AssessmentInput extends LaunchOptions {
  /** The day of the assessment; today by default, never in the future. */
  assessedOn?: string;
  answers: AnswerInput[];
  decision?: AssessmentDecision | null;
  rationale?: string | null;
  decidedOn?: string | null;
  /** Preliminary stakeholder meetings of the Mesa the assessment draws on. */
  meetingIds?: string[];
}

export interface DecisionInput extends LaunchOptions {
  decision: AssessmentDecision;
  rationale: string;
  decidedOn?: string;
}

/** What is wrong with the linked meetings: each must be a preliminary meeting of this Mesa, listed once. */
async function meetingIssues(
  ctx: CommandContext,
  mesaId: string,
  ids: readonly string[],
): Promise<FieldIssue[]> {
  const found = new Map((await meetingsByIds(ctx.db, ids)).map((m) => [m.id, m]));
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    const meeting = found.get(id);
    const path = `meetingIds.${i}`;
    if (!meeting || meeting.mesaId !== mesaId) issues.push({ path, key: 'fields.notAMeetingOfTheMesa' });
    else if (meeting.kind !== 'preliminary') issues.push({ path, key: 'fields.notAPreliminaryMeeting' });
    else if (seen.has(id)) issues.push({ path, key: 'fields.listedTwice' });
    seen.add(id);
  });
  return issues;
}

/**
 * Moves the Mesa to active as the launch decided: dated today in the Mesa's own zone, explained by the
 * decision's rationale. A Mesa already active stays as it is; a closed one cannot be (409).
 */
async function activateLaunched(tx: CommandContext, mesaId: string, rationale: string): Promise<void> {
  const mesa = await lockMesa(tx.db, mesaId);
  if (!mesa) throw new AppError('NOT_FOUND');
  if (mesa.status === 'active') return;
  await transitionMesa(tx, mesaId, {
    to: 'active',
    reason: rationale.trim(),
    occurredOn: todayIn(new Date(), mesa.timeZone ?? tx.timeZone ?? 'UTC'),
  });
}

/** Unanswered questions of the checklist, counted against its current (not retired) questions. */
async function checkLaunch(
  tx: CommandContext,
  decision: AssessmentDecision | null | undefined,
  answers: readonly { questionId: string }[],
  confirmed: boolean | undefined,
): Promise<void> {
  if (decision !== 'launch') return;
  const questions = await listQuestions(tx.db, { includeRetired: true });
  checkLaunchComplete(decision, unansweredQuestions(questions, answers).length, confirmed);
}

/**
 * Records a feasibility assessment of a Mesa: its answers, the preliminary meetings it draws on and,
 * optionally, the decision with its rationale. Earlier assessments stay as they were. A launch with
 * unanswered questions needs `confirmIncomplete`; with `activate` the Mesa becomes active in the same
 * transaction.
 */
export function createAssessment(
  ctx: CommandContext,
  mesaId: string,
  input: AssessmentInput,
): Promise<Assessment> {
  return inTransaction(ctx, async (tx) => {
    const now = today(tx);
    const assessedOn = input.assessedOn ?? now;
    const decision = input.decision ?? null;
    const meetingIds = input.meetingIds ?? [];
    const questions = await listQuestions(tx.db, { includeRetired: true });
    const issues = [
      ...(assessedOn > now ? [{ path: 'assessedOn', key: 'fields.notInTheFuture' } as const] : []),
      ...answerIssues(questions, input.answers),
      ...decisionIssues(input, assessedOn),
      ...activationIssues(input),
      ...(await meetingIssues(tx, mesaId, meetingIds)),
    ];
    throwIssues(issues);
    await checkLaunch(tx, decision, input.answers, input.confirmIncomplete);
    const row = await insertAssessment(tx.db, {
      mesaId,
      assessedOn,
      decision,
      rationale: (input.rationale ?? '').trim(),
      decidedOn: decision ? (input.decidedOn ?? now) : null,
      createdBy: tx.actor.userId || null,
    });
    const answers = await insertAnswers(
      tx.db,
      input.answers.map((a) => ({
        assessmentId: row.id,
        questionId: a.questionId,
        answer: a.answer as AssessmentAnswerValue,
        note: a.note?.trim() ?? '',
        evidence: a.evidence?.trim() ?? '',
      })),
    );
    await linkMeetings(tx.db, row.id, meetingIds);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'assessment',
      entityId: row.id,
      mesaId,
      action: 'create',
      after: { ...row, answers, meetingIds },
      requestId: tx.requestId,
    });
    if (input.activate) await activateLaunched(tx, mesaId, row.rationale);
    return row;
  });
}

/**
 * Decides an assessment taken without a decision. A decision is taken once: to change one's mind, a
 * new assessment is made (409 CONFLICT otherwise), so the history shows what was known when. A launch
 * may activate the Mesa in the same step, and needs `confirmIncomplete` when questions are unanswered.
 */
export function decideAssessment(ctx: CommandContext, id: string, input: DecisionInput): Promise<Assessment> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockAssessment(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    checkCanDecide(before);
    throwIssues([...decisionIssues(input, before.assessedOn), ...activationIssues(input)]);
    await checkLaunch(tx, input.decision, await answersOf(tx.db, [id]), input.confirmIncomplete);
    const after = await updateAssessment(tx.db, id, {
      decision: input.decision,
      rationale: input.rationale.trim(),
      decidedOn: input.decidedOn ?? today(tx),
      version: before.version + 1,
    });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'assessment',
      entityId: id,
      mesaId: before.mesaId,
      action: 'decide',
      before,
      after,
      requestId: tx.requestId,
    });
    if (input.activate) await activateLaunched(tx, before.mesaId, after.rationale);
    return after;
  });
}

// ── The checklist (admin) ─────────────────────────────────────────────────────────────────────────

export interface QuestionInput {
  key: string;
  area: AssessmentArea;
  textEs: string;
  textEn: string;
  /** After the last question by default. */
  position?: number;
  redFlag?: string | null;
  flagOnPartly?: boolean;
}

export interface QuestionChanges {
  version: number;
  textEs?: string;
  textEn?: string;
  position?: number;
  redFlag?: string | null;
  flagOnPartly?: boolean;
  /** Retire (true) or restore (false). Questions are never deleted: past answers keep theirs. */
  retired?: boolean;
}

function checkQuestion(input: { key?: string; redFlag?: string | null; textEs?: string; textEn?: string }) {
  const issues: FieldIssue[] = [];
  if (input.key !== undefined && !questionKeyPattern.test(input.key)) {
    issues.push({ path: 'key', key: 'fields.questionKeyFormat' });
  }
  if (input.redFlag && !redFlagPattern.test(input.redFlag)) {
    issues.push({ path: 'redFlag', key: 'fields.categoryKeyFormat' });
  }
  for (const field of ['textEs', 'textEn'] as const) {
    if (input[field] !== undefined && !input[field]?.trim())
      issues.push({ path: field, key: 'fields.required' });
  }
  throwIssues(issues);
}

/** Adds a question to the feasibility checklist. */
export function createQuestion(ctx: CommandContext, input: QuestionInput): Promise<AssessmentQuestion> {
  return inTransaction(ctx, async (tx) => {
    checkQuestion(input);
    const position =
      input.position ??
      Math.max(0, ...(await listQuestions(tx.db, { includeRetired: true })).map((q) => q.position)) + 1;
    const row = await insertQuestion(tx.db, {
      key: input.key,
      area: input.area,
      position,
      textEs: input.textEs.trim(),
      textEn: input.textEn.trim(),
      redFlag: input.redFlag || null,
      flagOnPartly: input.flagOnPartly ?? false,
    }).catch(rethrowUnique('key'));
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'assessment_question',
      entityId: row.id,
      action: 'create',
      after: row,
      requestId: tx.requestId,
    });
    return row;
  });
}

/** Rewords, reorders, re-flags, retires or restores a checklist question (`version` must match). */
export function updateQuestion(
  ctx: CommandContext,
  id: string,
  changes: QuestionChanges,
): Promise<AssessmentQuestion> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockQuestion(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    assertVersion(before.version, changes.version);
    checkQuestion(changes);
    const after = await updateQuestionRow(tx.db, id, {
      ...(changes.textEs !== undefined ? { textEs: changes.textEs.trim() } : {}),
      ...(changes.textEn !== undefined ? { textEn: changes.textEn.trim() } : {}),
      ...(changes.position !== undefined ? { position: changes.position } : {}),
      ...(changes.redFlag !== undefined ? { redFlag: changes.redFlag || null } : {}),
      ...(changes.flagOnPartly !== undefined ? { flagOnPartly: changes.flagOnPartly } : {}),
      ...(changes.retired !== undefined
        ? { retiredAt: changes.retired ? (before.retiredAt ?? new Date()) : null }
        : {}),
      version: before.version + 1,
    });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'assessment_question',
      entityId: id,
      action: 'update',
      before,
      after,
      requestId: tx.requestId,
    });
    return after;
  });
}
