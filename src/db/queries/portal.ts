import { and, asc, desc, eq, inArray, isNull, or, type SQLWrapper, sql } from 'drizzle-orm';
import type { PortalMesaData } from '../../domain/portal';
import type { Db } from '../client';
import { prepared } from '../prepared';
import { readAll } from '../read-all';
import {
  auditEvents,
  barrierCategories,
  commitments,
  decisions,
  documents,
  fieldFeedback,
  lessonLinks,
  lessons,
  meetingParticipants,
  meetings,
  mesas,
  minutesVersions,
  organizations,
  outcomeIndicators,
  participations,
  people,
  problemEntities,
  problemStatusEvents,
  problems,
  solutions,
  solutionVersions,
} from '../schema';
import { type DocumentRow, documentMetadata } from './documents';
import { listMesaEvents } from './mesas';

/**
 * The reads of the public portal. Every statement here names the published Mesa and keeps only
 * records whose visibility is `public` (or, for what has none of its own, whose parent is public):
 * nothing else ever reaches the portal, its feeds or the open data.
 */

const org = (t: typeof organizations) => ({ id: t.id, name: t.name, acronym: t.acronym });

/** A Mesa named by id, or by a column of the row a subquery is correlated with. */
type MesaRef = string | SQLWrapper;

/** The public problems of a Mesa. */
const publicProblemOf = (mesaId: MesaRef) =>
  and(eq(problems.mesaId, mesaId), eq(problems.visibility, 'public'));

/** The meetings of a Mesa the portal shows: public, closed, not of the public sector alone. */
const heldMeetingOf = (mesaId: MesaRef) =>
  and(
    eq(meetings.mesaId, mesaId),
    eq(meetings.visibility, 'public'),
    eq(meetings.state, 'closed'),
    eq(meetings.publicSectorOnly, false),
  );

/** The commitments of a Mesa the portal shows: public ones of a public entity. */
const shownCommitmentOf = (mesaId: MesaRef) =>
  and(
    eq(commitments.mesaId, mesaId),
    eq(commitments.visibility, 'public'),
    eq(organizations.kind, 'public_entity'),
  );

/**
 * A public document attached to a record the portal shows (of the document's own Mesa): a public
 * problem or a solution of one, a held public meeting, a commitment the portal lists.
 */
function documentShown(db: Db) {
  return and(
    eq(documents.visibility, 'public'),
    or(
      inArray(
        sql`coalesce(${documents.problemId}, ${solutions.problemId})`,
        db.select({ id: problems.id }).from(problems).where(publicProblemOf(documents.mesaId)),
      ),
      inArray(
        documents.meetingId,
        db.select({ id: meetings.id }).from(meetings).where(heldMeetingOf(documents.mesaId)),
      ),
      inArray(
        documents.commitmentId,
        db
          .select({ id: commitments.id })
          .from(commitments)
          .innerJoin(organizations, eq(organizations.id, commitments.organizationId))
          .where(shownCommitmentOf(documents.mesaId)),
      ),
    ),
  );
}

const portalDocumentFields = {
  id: documents.id,
  problemId: sql<string | null>`coalesce(${documents.problemId}, ${solutions.problemId})`,
  solutionId: documents.solutionId,
  solutionVersion: documents.solutionVersion,
  meetingId: documents.meetingId,
  commitmentId: documents.commitmentId,
  title: documents.title,
  filename: documents.filename,
  contentType: documents.contentType,
  sizeBytes: documents.sizeBytes,
  sha256: documents.sha256,
  createdAt: documents.createdAt,
};

/** The public documents of the records a published Mesa's portal shows, oldest first. */
function listPortalDocuments(db: Db, mesaId: string) {
  return db
    .select(portalDocumentFields)
    .from(documents)
    .leftJoin(solutions, eq(solutions.id, documents.solutionId))
    .where(and(eq(documents.mesaId, mesaId), documentShown(db)))
    .orderBy(asc(documents.createdAt), asc(documents.id));
}

/**
 * A public document of a published Mesa attached to a record its portal shows: what anyone may
 * download. Null for anything else, whatever the reason.
 */
export async function getPortalDocument(db: Db, id: string): Promise<DocumentRow | null> {
  const [row] = await db
    .select(documentMetadata)
    .from(documents)
    .innerJoin(mesas, eq(mesas.id, documents.mesaId))
    .leftJoin(solutions, eq(solutions.id, documents.solutionId))
    .where(and(eq(documents.id, id), eq(mesas.published, true), documentShown(db)));
  return row ?? null;
}

/** The public lessons of a Mesa drawn on its public problems (a row per problem), the newest first. */
function listPortalLessons(db: Db, mesaId: string) {
  return db
    .select({
      id: lessons.id,
      problemId: problems.id,
      whatHappened: lessons.whatHappened,
      whatWasLearned: lessons.whatWasLearned,
      tags: lessons.tags,
      createdAt: lessons.createdAt,
      updatedAt: lessons.updatedAt,
    })
    .from(lessons)
    .innerJoin(lessonLinks, eq(lessonLinks.lessonId, lessons.id))
    .innerJoin(problems, eq(problems.id, lessonLinks.problemId))
    .where(and(eq(lessons.mesaId, mesaId), eq(lessons.visibility, 'public'), publicProblemOf(mesaId)))
    .orderBy(desc(lessons.createdAt), desc(lessons.id));
}

const publishedRevision = prepared((db) =>
  db
    .select({
      mesaId: mesas.id,
      slug: mesas.slug,
      revision: sql<string>`coalesce((select max(${auditEvents.seq}) from ${auditEvents} where ${auditEvents.mesaId} = ${mesas.id}), 0)
        || '.' || coalesce((select max(${auditEvents.seq}) from ${auditEvents} where ${auditEvents.mesaId} is null), 0)`,
    })
    .from(mesas)
    .where(and(eq(mesas.slug, sql.placeholder('slug')), eq(mesas.published, true)))
    .prepare('portal_mesa_revision'),
);

/**
 * A published Mesa's id and revision (the latest audit event of the Mesa and of no Mesa, as the Matrix
 * revision: any change moves it), by slug; null when there is no such published Mesa.
 */
export async function publishedMesaRevision(db: Db, slug: string) {
  const [row] = await publishedRevision(db).execute({ slug });
  return row ?? null;
}

/** The published Mesas' slugs and ids, by name. */
export async function publishedMesas(db: Db) {
  return db
    .select({ id: mesas.id, slug: mesas.slug, name: mesas.name })
    .from(mesas)
    .where(eq(mesas.published, true))
    .orderBy(asc(mesas.name));
}

/** Every public record of one published Mesa, or null when it is not (or no longer) published. */
export async function readPublishedMesaData(db: Db, mesaId: string): Promise<PortalMesaData | null> {
  const [mesa] = await db
    .select({
      id: mesas.id,
      slug: mesas.slug,
      name: mesas.name,
      kind: mesas.kind,
      sector: mesas.sector,
      description: mesas.description,
      status: mesas.status,
      launchedOn: mesas.launchedOn,
      timeZone: mesas.timeZone,
      publishedAt: mesas.publishedAt,
      updatedAt: mesas.updatedAt,
      host: org(organizations),
    })
    .from(mesas)
    .innerJoin(organizations, eq(organizations.id, mesas.hostOrganizationId))
    .where(and(eq(mesas.id, mesaId), eq(mesas.published, true)));
  if (!mesa) return null;

  const publicProblem = publicProblemOf(mesaId);
  const publicProblemIds = db.select({ id: problems.id }).from(problems).where(publicProblem);
  const heldMeeting = heldMeetingOf(mesaId);
  const heldMeetingIds = db.select({ id: meetings.id }).from(meetings).where(heldMeeting);

  const [
    events,
    participants,
    problemRows,
    entities,
    statusEvents,
    versions,
    indicators,
    feedback,
    meetingRows,
    attendance,
    minutes,
    decisionRows,
    commitmentRows,
    documentRows,
    lessonRows,
  ] = await readAll(db, [
    () => listMesaEvents(db, mesaId),
    () =>
      db
        .select({
          role: participations.role,
          endedOn: participations.endedOn,
          organization: org(organizations),
        })
        .from(participations)
        .innerJoin(people, eq(people.id, participations.personId))
        .innerJoin(
          organizations,
          eq(organizations.id, sql`coalesce(${participations.designatedById}, ${people.organizationId})`),
        )
        .where(eq(participations.mesaId, mesaId)),
    () =>
      db
        .select({
          id: problems.id,
          number: problems.number,
          title: problems.title,
          description: problems.description,
          status: problems.status,
          statusChangedAt: problems.statusChangedAt,
          categoryKey: barrierCategories.key,
          categoryEs: barrierCategories.nameEs,
          categoryEn: barrierCategories.nameEn,
          createdAt: problems.createdAt,
          updatedAt: problems.updatedAt,
        })
        .from(problems)
        .leftJoin(barrierCategories, eq(barrierCategories.id, problems.categoryId))
        .where(publicProblem)
        .orderBy(asc(problems.number)),
    () =>
      db
        .select({ problemId: problemEntities.problemId, organization: org(organizations) })
        .from(problemEntities)
        .innerJoin(organizations, eq(organizations.id, problemEntities.organizationId))
        .where(inArray(problemEntities.problemId, publicProblemIds)),
    () =>
      db
        .select({
          id: problemStatusEvents.id,
          problemId: problemStatusEvents.problemId,
          fromStatus: problemStatusEvents.fromStatus,
          toStatus: problemStatusEvents.toStatus,
          reason: problemStatusEvents.reason,
          occurredAt: problemStatusEvents.occurredAt,
        })
        .from(problemStatusEvents)
        .where(inArray(problemStatusEvents.problemId, publicProblemIds)),
    () =>
      db
        .select({
          id: solutionVersions.id,
          solutionId: solutions.id,
          problemId: solutions.problemId,
          instrument: solutions.instrument,
          number: solutionVersions.number,
          current: sql<boolean>`${solutionVersions.number} = ${solutions.currentVersion}`,
          text: solutionVersions.text,
          reason: solutionVersions.reason,
          revisedOn: solutionVersions.revisedOn,
          createdAt: solutionVersions.createdAt,
        })
        .from(solutionVersions)
        .innerJoin(solutions, eq(solutions.id, solutionVersions.solutionId))
        .where(inArray(solutions.problemId, publicProblemIds)),
    () =>
      db
        .select({
          id: outcomeIndicators.id,
          problemId: outcomeIndicators.problemId,
          name: outcomeIndicators.name,
          unit: outcomeIndicators.unit,
          direction: outcomeIndicators.direction,
          baselineValue: outcomeIndicators.baselineValue,
          baselineOn: outcomeIndicators.baselineOn,
          targetValue: outcomeIndicators.targetValue,
          currentValue: outcomeIndicators.currentValue,
          currentOn: outcomeIndicators.currentOn,
          source: outcomeIndicators.source,
          updatedAt: outcomeIndicators.updatedAt,
        })
        .from(outcomeIndicators)
        .where(inArray(outcomeIndicators.problemId, publicProblemIds))
        .orderBy(asc(outcomeIndicators.createdAt)),
    () =>
      db
        .select({
          id: fieldFeedback.id,
          problemId: fieldFeedback.problemId,
          verdict: fieldFeedback.verdict,
          observedOn: fieldFeedback.observedOn,
          createdAt: fieldFeedback.createdAt,
        })
        .from(fieldFeedback)
        .where(inArray(fieldFeedback.problemId, publicProblemIds)),
    () =>
      db
        .select({
          id: meetings.id,
          kind: meetings.kind,
          number: meetings.number,
          title: meetings.title,
          startsAt: meetings.startsAt,
          timeZone: meetings.timeZone,
          startedAt: meetings.startedAt,
          closedAt: meetings.closedAt,
        })
        .from(meetings)
        .where(heldMeeting),
    () =>
      db
        .selectDistinct({ meetingId: meetingParticipants.meetingId, organization: org(organizations) })
        .from(meetingParticipants)
        .innerJoin(people, eq(people.id, meetingParticipants.personId))
        .innerJoin(
          organizations,
          eq(
            organizations.id,
            sql`coalesce(${meetingParticipants.organizationId}, ${people.organizationId})`,
          ),
        )
        .where(
          and(
            inArray(meetingParticipants.meetingId, heldMeetingIds),
            eq(meetingParticipants.attendance, 'present'),
          ),
        ),
    () =>
      db
        .select({
          id: minutesVersions.id,
          meetingId: minutesVersions.meetingId,
          number: minutesVersions.number,
          reason: minutesVersions.reason,
          createdAt: minutesVersions.createdAt,
        })
        .from(minutesVersions)
        .where(
          and(inArray(minutesVersions.meetingId, heldMeetingIds), eq(minutesVersions.visibility, 'public')),
        ),
    () =>
      db
        .select({
          id: decisions.id,
          meetingId: decisions.meetingId,
          problemId: decisions.problemId,
          text: decisions.text,
          createdAt: decisions.createdAt,
        })
        .from(decisions)
        .where(
          and(
            inArray(decisions.meetingId, heldMeetingIds),
            or(isNull(decisions.problemId), inArray(decisions.problemId, publicProblemIds)),
          ),
        ),
    () =>
      db
        .select({
          id: commitments.id,
          text: commitments.text,
          dueOn: commitments.dueOn,
          originalDueOn: commitments.originalDueOn,
          status: commitments.status,
          completedAt: commitments.completedAt,
          problemId: commitments.problemId,
          organization: org(organizations),
        })
        .from(commitments)
        .innerJoin(organizations, eq(organizations.id, commitments.organizationId))
        .where(shownCommitmentOf(mesaId)),
    () => listPortalDocuments(db, mesaId),
    () => listPortalLessons(db, mesaId),
  ]);

  return {
    mesa,
    events,
    participants,
    problems: problemRows.map(({ categoryKey, categoryEs, categoryEn, ...p }) => ({
      ...p,
      category:
        categoryKey !== null && categoryEs !== null && categoryEn !== null
          ? { key: categoryKey, nameEs: categoryEs, nameEn: categoryEn }
          : null,
    })),
    entities,
    statusEvents,
    solutionVersions: versions,
    indicators: indicators.map((i) => ({
      ...i,
      baselineValue: numberOrNull(i.baselineValue),
      targetValue: numberOrNull(i.targetValue),
      currentValue: numberOrNull(i.currentValue),
    })),
    feedback,
    meetings: meetingRows,
    attendance,
    minutes,
    decisions: decisionRows,
    commitments: commitmentRows,
    documents: documentRows,
    lessons: lessonRows,
  };
}

function numberOrNull(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}
