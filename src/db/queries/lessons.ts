import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Visibility } from '../../domain/roles';
import type { Db } from '../client';
import { escalations, lessonLinks, lessons, meetings, mesas, people, problems, users } from '../schema';

/** A lesson as the API reads it: everything but its search columns. */
const lessonFields = {
  id: lessons.id,
  mesaId: lessons.mesaId,
  whatHappened: lessons.whatHappened,
  whatWasLearned: lessons.whatWasLearned,
  tags: lessons.tags,
  visibility: lessons.visibility,
  version: lessons.version,
  createdBy: lessons.createdBy,
  createdAt: lessons.createdAt,
  updatedAt: lessons.updatedAt,
};

export type LessonRecord = {
  [K in keyof typeof lessonFields]: (typeof lessons.$inferSelect)[K];
};
export type NewLesson = typeof lessons.$inferInsert;

/** The records a lesson draws on, by kind (ids). */
export interface LessonLinkIds {
  problemIds: string[];
  meetingIds: string[];
  escalationIds: string[];
}

export interface LinkedProblem {
  id: string;
  number: number;
  title: string;
  status: (typeof problems.$inferSelect)['status'];
  visibility: Visibility;
  /** Whether the problem was escalated to the high-level body (an escalation not withdrawn). */
  escalated: boolean;
}

export interface LinkedMeeting {
  id: string;
  kind: (typeof meetings.$inferSelect)['kind'];
  number: number | null;
  title: string;
  startsAt: Date;
  visibility: Visibility;
  publicSectorOnly: boolean;
}

export interface LinkedEscalation {
  id: string;
  problemId: string;
  problemNumber: number;
  problemVisibility: Visibility;
  reason: (typeof escalations.$inferSelect)['reason'];
  status: (typeof escalations.$inferSelect)['status'];
  escalatedAt: Date;
  visibility: Visibility;
}

/** A lesson with its Mesa, its author and every record it draws on (to be filtered by who reads it). */
export interface LessonRow {
  lesson: LessonRecord;
  mesa: { id: string; name: string; slug: string; visibility: Visibility };
  author: { id: string; fullName: string } | null;
  problems: LinkedProblem[];
  meetings: LinkedMeeting[];
  escalations: LinkedEscalation[];
}

const escalatedSql = sql<boolean>`exists (select 1 from ${escalations} where ${escalations.problemId} = ${problems.id} and ${escalations.status} <> 'withdrawn')`;

/** The lessons of these ids with everything they are shown with, in the order of the ids. */
export async function lessonRows(db: Db, ids: readonly string[]): Promise<LessonRow[]> {
  if (!ids.length) return [];
  const list = [...ids];
  const [heads, linkedProblems, linkedMeetings, linkedEscalations] = await Promise.all([
    db
      .select({
        lesson: lessonFields,
        mesa: { id: mesas.id, name: mesas.name, slug: mesas.slug, visibility: mesas.visibility },
        author: { id: people.id, fullName: people.fullName },
      })
      .from(lessons)
      .innerJoin(mesas, eq(mesas.id, lessons.mesaId))
      .leftJoin(users, eq(users.id, lessons.createdBy))
      .leftJoin(people, eq(people.id, users.personId))
      .where(inArray(lessons.id, list)),
    db
      .select({
        lessonId: lessonLinks.lessonId,
        id: problems.id,
        number: problems.number,
        title: problems.title,
        status: problems.status,
        visibility: problems.visibility,
        escalated: escalatedSql,
      })
      .from(lessonLinks)
      .innerJoin(problems, eq(problems.id, lessonLinks.problemId))
      .where(inArray(lessonLinks.lessonId, list))
      .orderBy(asc(problems.number)),
    db
      .select({
        lessonId: lessonLinks.lessonId,
        id: meetings.id,
        kind: meetings.kind,
        number: meetings.number,
        title: meetings.title,
        startsAt: meetings.startsAt,
        visibility: meetings.visibility,
        publicSectorOnly: meetings.publicSectorOnly,
      })
      .from(lessonLinks)
      .innerJoin(meetings, eq(meetings.id, lessonLinks.meetingId))
      .where(inArray(lessonLinks.lessonId, list))
      .orderBy(asc(meetings.startsAt), asc(meetings.id)),
    db
      .select({
        lessonId: lessonLinks.lessonId,
        id: escalations.id,
        problemId: escalations.problemId,
        problemNumber: problems.number,
        problemVisibility: problems.visibility,
        reason: escalations.reason,
        status: escalations.status,
        escalatedAt: escalations.escalatedAt,
        visibility: escalations.visibility,
      })
      .from(lessonLinks)
      .innerJoin(escalations, eq(escalations.id, lessonLinks.escalationId))
      .innerJoin(problems, eq(problems.id, escalations.problemId))
      .where(inArray(lessonLinks.lessonId, list))
      .orderBy(asc(escalations.escalatedAt), asc(escalations.id)),
  ]);
  const byId = new Map(heads.map((h) => [h.lesson.id, h]));
  const rows: LessonRow[] = [];
  for (const id of list) {
    const head = byId.get(id);
    if (!head) continue;
    const strip = <T extends { lessonId: string }>(r: T): Omit<T, 'lessonId'> => {
      const { lessonId: _, ...rest } = r;
      return rest;
    };
    rows.push({
      lesson: head.lesson,
      mesa: head.mesa,
      author: head.author?.id ? head.author : null,
      problems: linkedProblems.filter((p) => p.lessonId === id).map(strip),
      meetings: linkedMeetings.filter((m) => m.lessonId === id).map(strip),
      escalations: linkedEscalations.filter((e) => e.lessonId === id).map(strip),
    });
  }
  return rows;
}

/** The ids of a Mesa's lessons of these visibilities, the newest first. */
export async function mesaLessonIds(
  db: Db,
  mesaId: string,
  levels: readonly Visibility[],
): Promise<string[]> {
  if (!levels.length) return [];
  const rows = await db
    .select({ id: lessons.id })
    .from(lessons)
    .where(and(eq(lessons.mesaId, mesaId), inArray(lessons.visibility, [...levels])))
    .orderBy(desc(lessons.createdAt), desc(lessons.id));
  return rows.map((r) => r.id);
}

/** The ids of the lessons drawn on a problem, of these visibilities, the newest first. */
export async function problemLessonIds(
  db: Db,
  problemId: string,
  levels: readonly Visibility[],
): Promise<string[]> {
  if (!levels.length) return [];
  const rows = await db
    .select({ id: lessons.id })
    .from(lessons)
    .innerJoin(lessonLinks, eq(lessonLinks.lessonId, lessons.id))
    .where(and(eq(lessonLinks.problemId, problemId), inArray(lessons.visibility, [...levels])))
    .orderBy(desc(lessons.createdAt), desc(lessons.id));
  return rows.map((r) => r.id);
}

/** The lesson, locked until the transaction ends, or null. */
export async function lockLesson(db: Db, id: string): Promise<LessonRecord | null> {
  const [row] = await db.select(lessonFields).from(lessons).where(eq(lessons.id, id)).for('update');
  return row ?? null;
}

export async function insertLesson(db: Db, values: NewLesson): Promise<LessonRecord> {
  const [row] = await db.insert(lessons).values(values).returning(lessonFields);
  return row!;
}

/** Changes a lesson; every change moves its version on. */
export async function updateLesson(
  db: Db,
  id: string,
  values: Pick<
    Partial<NewLesson>,
    'whatHappened' | 'whatWasLearned' | 'tags' | 'visibility' | 'searchDocument'
  >,
): Promise<LessonRecord> {
  const [row] = await db
    .update(lessons)
    .set({ ...values, version: sql`${lessons.version} + 1`, updatedAt: new Date() })
    .where(eq(lessons.id, id))
    .returning(lessonFields);
  return row!;
}

export async function deleteLesson(db: Db, id: string): Promise<void> {
  await db.delete(lessons).where(eq(lessons.id, id));
}

/** The records a lesson draws on, as ids by kind. */
export async function lessonLinkIds(db: Db, lessonId: string): Promise<LessonLinkIds> {
  const rows = await db
    .select({
      problemId: lessonLinks.problemId,
      meetingId: lessonLinks.meetingId,
      escalationId: lessonLinks.escalationId,
    })
    .from(lessonLinks)
    .where(eq(lessonLinks.lessonId, lessonId))
    .orderBy(asc(lessonLinks.createdAt), asc(lessonLinks.id));
  return {
    problemIds: rows.flatMap((r) => (r.problemId ? [r.problemId] : [])),
    meetingIds: rows.flatMap((r) => (r.meetingId ? [r.meetingId] : [])),
    escalationIds: rows.flatMap((r) => (r.escalationId ? [r.escalationId] : [])),
  };
}

/** Replaces the records a lesson draws on. */
export async function replaceLessonLinks(db: Db, lessonId: string, links: LessonLinkIds): Promise<void> {
  await db.delete(lessonLinks).where(eq(lessonLinks.lessonId, lessonId));
  const rows = [
    ...links.problemIds.map((problemId) => ({ lessonId, problemId })),
    ...links.meetingIds.map((meetingId) => ({ lessonId, meetingId })),
    ...links.escalationIds.map((escalationId) => ({ lessonId, escalationId })),
  ];
  if (rows.length) await db.insert(lessonLinks).values(rows);
}

/** Of these ids, those that are records of the Mesa (problems, meetings, escalations). */
export async function recordsOfMesa(db: Db, mesaId: string, links: LessonLinkIds): Promise<LessonLinkIds> {
  const of = async (
    table: typeof problems | typeof meetings | typeof escalations,
    ids: string[],
  ): Promise<string[]> => {
    if (!ids.length) return [];
    const rows = await db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.mesaId, mesaId), inArray(table.id, ids)));
    return rows.map((r) => r.id);
  };
  const [problemIds, meetingIds, escalationIds] = await Promise.all([
    of(problems, links.problemIds),
    of(meetings, links.meetingIds),
    of(escalations, links.escalationIds),
  ]);
  return { problemIds, meetingIds, escalationIds };
}
