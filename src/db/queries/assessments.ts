import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { assessmentAnswers, assessmentMeetings, assessmentQuestions, assessments, meetings } from '../schema';

export type AssessmentQuestion = typeof assessmentQuestions.$inferSelect;
export type NewAssessmentQuestion = typeof assessmentQuestions.$inferInsert;
export type Assessment = typeof assessments.$inferSelect;
export type NewAssessment = typeof assessments.$inferInsert;
export type NewAssessmentAnswer = typeof assessmentAnswers.$inferInsert;

// ── The checklist ─────────────────────────────────────────────────────────────────────────────────

/** The checklist questions in their order; retired ones only when asked for. */
export async function listQuestions(db: Db, options: { includeRetired?: boolean } = {}) {
  const rows = await db
    .select()
    .from(assessmentQuestions)
    .orderBy(asc(assessmentQuestions.position), asc(assessmentQuestions.key));
  return options.includeRetired ? rows : rows.filter((q) => q.retiredAt === null);
}

export async function lockQuestion(db: Db, id: string) {
  const [row] = await db
    .select()
    .from(assessmentQuestions)
    .where(eq(assessmentQuestions.id, id))
    .for('update');
  return row ?? null;
}

export async function insertQuestion(db: Db, values: NewAssessmentQuestion) {
  const [row] = await db.insert(assessmentQuestions).values(values).returning();
  return row!;
}

export async function updateQuestion(db: Db, id: string, values: Partial<NewAssessmentQuestion>) {
  const [row] = await db
    .update(assessmentQuestions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(assessmentQuestions.id, id))
    .returning();
  return row!;
}

// ── Assessments ───────────────────────────────────────────────────────────────────────────────────

export async function getAssessment(db: Db, id: string) {
  const [row] = await db.select().from(assessments).where(eq(assessments.id, id));
  return row ?? null;
}

export async function lockAssessment(db: Db, id: string) {
  const [row] = await db.select().from(assessments).where(eq(assessments.id, id)).for('update');
  return row ?? null;
}

/** A Mesa's assessments, newest first. */
export async function listAssessments(db: Db, mesaId: string) {
  return db
    .select()
    .from(assessments)
    .where(eq(assessments.mesaId, mesaId))
    .orderBy(desc(assessments.assessedOn), desc(assessments.createdAt));
}

export async function insertAssessment(db: Db, values: NewAssessment) {
  const [row] = await db.insert(assessments).values(values).returning();
  return row!;
}

export async function insertAnswers(db: Db, values: NewAssessmentAnswer[]) {
  if (values.length === 0) return [];
  return db.insert(assessmentAnswers).values(values).returning();
}

export async function linkMeetings(db: Db, assessmentId: string, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return;
  await db.insert(assessmentMeetings).values(meetingIds.map((meetingId) => ({ assessmentId, meetingId })));
}

export async function updateAssessment(db: Db, id: string, values: Partial<NewAssessment>) {
  const [row] = await db
    .update(assessments)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(assessments.id, id))
    .returning();
  return row!;
}

/** The answers of some assessments, in checklist order, with their question. */
export async function answersOf(db: Db, assessmentIds: readonly string[]) {
  if (assessmentIds.length === 0) return [];
  return db
    .select({
      assessmentId: assessmentAnswers.assessmentId,
      questionId: assessmentAnswers.questionId,
      answer: assessmentAnswers.answer,
      note: assessmentAnswers.note,
      evidence: assessmentAnswers.evidence,
    })
    .from(assessmentAnswers)
    .innerJoin(assessmentQuestions, eq(assessmentQuestions.id, assessmentAnswers.questionId))
    .where(inArray(assessmentAnswers.assessmentId, [...assessmentIds]))
    .orderBy(asc(assessmentQuestions.position), asc(assessmentQuestions.key));
}

/** The meetings some assessments draw on, oldest first. */
export async function meetingsOf(db: Db, assessmentIds: readonly string[]) {
  if (assessmentIds.length === 0) return [];
  return db
    .select({
      assessmentId: assessmentMeetings.assessmentId,
      id: meetings.id,
      mesaId: meetings.mesaId,
      kind: meetings.kind,
      title: meetings.title,
      startsAt: meetings.startsAt,
      visibility: meetings.visibility,
      publicSectorOnly: meetings.publicSectorOnly,
    })
    .from(assessmentMeetings)
    .innerJoin(meetings, eq(meetings.id, assessmentMeetings.meetingId))
    .where(inArray(assessmentMeetings.assessmentId, [...assessmentIds]))
    .orderBy(asc(meetings.startsAt));
}

/** The meetings with these ids, to check they are preliminary meetings of the Mesa. */
export async function meetingsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: meetings.id, mesaId: meetings.mesaId, kind: meetings.kind })
    .from(meetings)
    .where(inArray(meetings.id, [...ids]));
}

/** The preliminary meetings of a Mesa, oldest first (what an assessment may draw on). */
export async function preliminaryMeetings(db: Db, mesaId: string) {
  return db
    .select({
      id: meetings.id,
      mesaId: meetings.mesaId,
      kind: meetings.kind,
      title: meetings.title,
      startsAt: meetings.startsAt,
      visibility: meetings.visibility,
      publicSectorOnly: meetings.publicSectorOnly,
    })
    .from(meetings)
    .where(and(eq(meetings.mesaId, mesaId), eq(meetings.kind, 'preliminary')))
    .orderBy(asc(meetings.startsAt));
}
