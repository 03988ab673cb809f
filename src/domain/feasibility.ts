import { AppError, type FieldIssue, invalidFields } from './errors';

/**
 * The feasibility assessment of a candidate Mesa (paper section 7.A with step 4.5 b): checklist
 * questions on the convener, the public sector, the dedicated team, the sector or factor and the
 * private stakeholders, each answered yes / partly / no; the red flags the answers raise; and a
 * decision (launch / not now / no) with its rationale. Pure: the commands load and store.
 */
export const assessmentAreas = ['convener', 'public_sector', 'team', 'sector', 'private_sector'] as const;
export type AssessmentArea = (typeof assessmentAreas)[number];

export const assessmentAnswerValues = ['yes', 'partly', 'no'] as const;
export type AssessmentAnswerValue = (typeof assessmentAnswerValues)[number];

export const assessmentDecisions = ['launch', 'not_now', 'no'] as const;
export type AssessmentDecision = (typeof assessmentDecisions)[number];

/** A question's stable key, e.g. `private_sector.self_organized`. */
export const questionKeyPattern = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/;
/** A red flag's name, e.g. `private_not_organized`. */
export const redFlagPattern = /^[a-z][a-z0-9_]*$/;

/**
 * The paper's alternative to a capable convener: "the convener could have very solid access to
 * someone who can do all of the above". A `yes` to that question lifts the convener-capability flag.
 */
export const flagMitigations: Readonly<Record<string, string>> = {
  weak_convener: 'convener.access_to_authority',
};

export interface QuestionLike {
  id: string;
  key: string;
  area: string;
  position: number;
  redFlag: string | null;
  flagOnPartly: boolean;
  retiredAt: Date | null;
}

export interface AnswerInput {
  questionId: string;
  answer: string;
  note?: string;
  evidence?: string;
}

export interface AnswerLike {
  questionId: string;
  answer: AssessmentAnswerValue;
}

export interface DecisionInput {
  decision?: string | null;
  rationale?: string | null;
  decidedOn?: string | null;
}

function isAnswer(value: string): value is AssessmentAnswerValue {
  return (assessmentAnswerValues as readonly string[]).includes(value);
}

function isDecision(value: string): value is AssessmentDecision {
  return (assessmentDecisions as readonly string[]).includes(value);
}

/**
 * What is wrong with a set of answers: each must answer an active question of the checklist, once,
 * with yes, partly or no. An empty assessment says nothing: at least one answer is required.
 */
export function answerIssues(
  questions: readonly QuestionLike[],
  answers: readonly AnswerInput[],
): FieldIssue[] {
  const active = new Map(questions.filter((q) => q.retiredAt === null).map((q) => [q.id, q]));
  const issues: FieldIssue[] = [];
  if (answers.length === 0) issues.push({ path: 'answers', key: 'fields.required' });
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    if (!active.has(a.questionId)) {
      issues.push({ path: `answers.${i}.questionId`, key: 'fields.unknownQuestion' });
    } else if (seen.has(a.questionId)) {
      issues.push({ path: `answers.${i}.questionId`, key: 'fields.listedTwice' });
    }
    seen.add(a.questionId);
    if (!isAnswer(a.answer)) issues.push({ path: `answers.${i}.answer`, key: 'fields.answerValues' });
  });
  return issues;
}

/**
 * What is wrong with a decision: it must be launch, not_now or no, come with a rationale, and not be
 * dated before the assessment. No decision at all is fine (the assessment is still open).
 */
export function decisionIssues(input: DecisionInput, assessedOn: string): FieldIssue[] {
  if (input.decision === undefined || input.decision === null) return [];
  const issues: FieldIssue[] = [];
  if (!isDecision(input.decision)) issues.push({ path: 'decision', key: 'fields.decisionValues' });
  if (!input.rationale?.trim()) issues.push({ path: 'rationale', key: 'fields.rationaleRequired' });
  if (input.decidedOn && input.decidedOn < assessedOn) {
    issues.push({ path: 'decidedOn', key: 'fields.beforeAssessedOn' });
  }
  return issues;
}

/** Throws 400 VALIDATION_FAILED with every issue, or returns. */
export function throwIssues(issues: readonly FieldIssue[]): void {
  if (issues.length > 0) invalidFields([...issues]);
}

/** Validates a new assessment (answers and, when given, its decision). */
export function checkAssessment(
  questions: readonly QuestionLike[],
  input: { answers: readonly AnswerInput[]; assessedOn: string } & DecisionInput,
): void {
  throwIssues([...answerIssues(questions, input.answers), ...decisionIssues(input, input.assessedOn)]);
}

/** Whether an answer raises its question's red flag. */
export function raisesFlag(
  question: Pick<QuestionLike, 'redFlag' | 'flagOnPartly'>,
  answer: string,
): boolean {
  if (!question.redFlag) return false;
  return answer === 'no' || (answer === 'partly' && question.flagOnPartly);
}

export interface RaisedFlag {
  flag: string;
  /** The keys of the questions whose answers raised it, in checklist order. */
  questions: string[];
}

const byPosition = (a: QuestionLike, b: QuestionLike) =>
  a.position - b.position || a.key.localeCompare(b.key);

/**
 * The red flags an assessment raises, in checklist order, each with the questions that raised it. A
 * flag with a mitigation (the convener's access to someone who can do it all) is lifted by a `yes`.
 */
export function redFlags(questions: readonly QuestionLike[], answers: readonly AnswerLike[]): RaisedFlag[] {
  const answerOf = new Map(answers.map((a) => [a.questionId, a.answer]));
  const answerByKey = new Map(questions.map((q) => [q.key, answerOf.get(q.id)]));
  const flags = new Map<string, string[]>();
  for (const q of [...questions].sort(byPosition)) {
    const answer = answerOf.get(q.id);
    if (answer === undefined || !q.redFlag || !raisesFlag(q, answer)) continue;
    const mitigation = flagMitigations[q.redFlag];
    if (mitigation && answerByKey.get(mitigation) === 'yes') continue;
    flags.set(q.redFlag, [...(flags.get(q.redFlag) ?? []), q.key]);
  }
  return [...flags].map(([flag, keys]) => ({ flag, questions: keys }));
}

export interface AreaSummary {
  area: string;
  yes: number;
  partly: number;
  no: number;
}

/** Answers per area, in the checklist's order of areas (areas an admin added come after). */
export function summarize(questions: readonly QuestionLike[], answers: readonly AnswerLike[]): AreaSummary[] {
  const areaOf = new Map(questions.map((q) => [q.id, q.area]));
  const known = assessmentAreas as readonly string[];
  const areas = [...new Set(answers.map((a) => areaOf.get(a.questionId)).filter((a) => a !== undefined))];
  areas.sort((a, b) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    return (ia < 0 ? known.length : ia) - (ib < 0 ? known.length : ib) || a.localeCompare(b);
  });
  return areas.map((area) => {
    const inArea = answers.filter((a) => areaOf.get(a.questionId) === area);
    return {
      area,
      yes: inArea.filter((a) => a.answer === 'yes').length,
      partly: inArea.filter((a) => a.answer === 'partly').length,
      no: inArea.filter((a) => a.answer === 'no').length,
    };
  });
}

/**
 * What to warn about with a decision: launching despite red flags is allowed (it is the convener's
 * call) but the flags come back as warnings.
 */
export function decisionWarnings(
  decision: AssessmentDecision | null,
  flags: readonly RaisedFlag[],
): string[] {
  return decision === 'launch' ? flags.map((f) => f.flag) : [];
}

/** The active checklist questions an assessment leaves unanswered, in checklist order. */
export function unansweredQuestions(
  questions: readonly QuestionLike[],
  answers: readonly Pick<AnswerLike, 'questionId'>[],
): QuestionLike[] {
  const answered = new Set(answers.map((a) => a.questionId));
  return questions.filter((q) => q.retiredAt === null && !answered.has(q.id)).sort(byPosition);
}

/**
 * Launching on an incomplete checklist is the convener's call, but a conscious one: unless confirmed,
 * a launch with unanswered questions answers 409 ASSESSMENT_INCOMPLETE with how many are unanswered.
 */
export function checkLaunchComplete(
  decision: AssessmentDecision | null | undefined,
  unanswered: number,
  confirmed: boolean | undefined,
): void {
  if (decision === 'launch' && unanswered > 0 && !confirmed) {
    throw new AppError('ASSESSMENT_INCOMPLETE', { unanswered });
  }
}

/**
 * Activating the Mesa goes with a launch only: a "not now" or "no" leaves the Mesa where it is.
 */
export function activationIssues(input: { decision?: string | null; activate?: boolean }): FieldIssue[] {
  return input.activate && input.decision !== 'launch'
    ? [{ path: 'activate', key: 'fields.activateOnlyOnLaunch' }]
    : [];
}

/** A decision is taken once: a later view of the case is a new assessment, so the history is kept. */
export function checkCanDecide(current: { decision: AssessmentDecision | null }): void {
  if (current.decision !== null) {
    throw new AppError('CONFLICT', { decision: current.decision, allowed: [] });
  }
}
