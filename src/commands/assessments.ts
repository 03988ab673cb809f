import { recordAudit } from '../db/audit';
import {
  type Assessment,
  type AssessmentQuestion,
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
import { todayIn } from '../domain/calendar-days';
import { AppError, type FieldIssue } from '../domain/errors';
import {
  type AnswerInput,
  type AssessmentAnswerValue,
  type AssessmentArea,
  type AssessmentDecision,
  answerIssues,
  checkCanDecide,
  decisionIssues,
  questionKeyPattern,
  redFlagPattern,
  throwIssues,
} from '../domain/feasibility';
import { auditActor, type CommandContext, inTransaction } from './context';
import { rethrowUnique } from './unique';

const today = (ctx: CommandContext) => todayIn(new Date(), ctx.timeZone ?? 'UTC');

export interface AssessmentInput {
  /** The day of the assessment; today by default, never in the future. */
  assessedOn?: string;
  answers: AnswerInput[];
  decision?: AssessmentDecision | null;
  rationale?: string | null;
  decidedOn?: string | null;
  /** Preliminary stakeholder meetings of the Mesa the assessment draws on. */
  meetingIds?: string[];
}

export interface DecisionInput {
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
 * Records a feasibility assessment of a Mesa: its answers, the preliminary meetings it draws on and,
 * optionally, the decision with its rationale. Earlier assessments stay as they were.
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
      ...(await meetingIssues(tx, mesaId, meetingIds)),
    ];
    throwIssues(issues);
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
    return row;
  });
}

/**
 * Decides an assessment taken without a decision. A decision is taken once: to change one's mind, a
 * new assessment is made (409 CONFLICT otherwise), so the history shows what was known when.
 */
export function decideAssessment(ctx: CommandContext, id: string, input: DecisionInput): Promise<Assessment> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockAssessment(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    checkCanDecide(before);
    throwIssues(decisionIssues(input, before.assessedOn));
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
    if (before.version !== changes.version)
      throw new AppError('STALE_WRITE', { currentVersion: before.version });
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
