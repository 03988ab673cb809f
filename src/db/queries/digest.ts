import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  commitments,
  escalationEvents,
  escalations,
  mesas,
  participations,
  people,
  problemStatusEvents,
  problems,
  users,
  wheelRounds,
} from '../schema';
import { overdueSql } from './predicates';

/**
 * What the weekly digest is made of: the active Mesas, what moved in them since a moment, what is late,
 * the escalations that wait, and who receives it. Records carry their visibility: the digest of each
 * recipient keeps only what they may see.
 */

export async function activeMesas(db: Db) {
  return db
    .select({
      id: mesas.id,
      name: mesas.name,
      visibility: mesas.visibility,
      locale: mesas.locale,
      timeZone: mesas.timeZone,
      launchedOn: mesas.launchedOn,
    })
    .from(mesas)
    .where(eq(mesas.status, 'active'))
    .orderBy(asc(mesas.name));
}

/**
 * The latest round of the Evaluation Wheel of each Mesa that has one (a Mesa has one open round at a
 * time: only the latest can be): when it was opened, when it closes and whether it was closed.
 */
export async function latestWheelRounds(db: Db, mesaIds: readonly string[]) {
  if (!mesaIds.length) return [];
  return db
    .selectDistinctOn([wheelRounds.mesaId], {
      mesaId: wheelRounds.mesaId,
      openedOn: wheelRounds.openedOn,
      closesOn: wheelRounds.closesOn,
      closedAt: wheelRounds.closedAt,
    })
    .from(wheelRounds)
    .where(inArray(wheelRounds.mesaId, [...mesaIds]))
    .orderBy(wheelRounds.mesaId, desc(wheelRounds.openedOn), desc(wheelRounds.createdAt));
}

export async function statusEventsSince(db: Db, mesaIds: readonly string[], since: Date) {
  if (!mesaIds.length) return [];
  return db
    .select({
      mesaId: problems.mesaId,
      visibility: problems.visibility,
      problemNumber: problems.number,
      problemTitle: problems.title,
      from: problemStatusEvents.fromStatus,
      to: problemStatusEvents.toStatus,
      at: problemStatusEvents.occurredAt,
    })
    .from(problemStatusEvents)
    .innerJoin(problems, eq(problems.id, problemStatusEvents.problemId))
    .where(and(inArray(problems.mesaId, [...mesaIds]), gt(problemStatusEvents.occurredAt, since)))
    .orderBy(asc(problemStatusEvents.occurredAt));
}

/** Commitments done since `since`, and open ones due before `today` (late). */
export async function digestCommitments(db: Db, mesaIds: readonly string[], since: Date, today: string) {
  if (!mesaIds.length) return [];
  return db
    .select({
      mesaId: commitments.mesaId,
      visibility: commitments.visibility,
      text: commitments.text,
      personName: people.fullName,
      dueOn: commitments.dueOn,
      originalDueOn: commitments.originalDueOn,
      status: commitments.status,
      completedAt: commitments.completedAt,
    })
    .from(commitments)
    .leftJoin(people, eq(people.id, commitments.personId))
    .where(
      and(
        inArray(commitments.mesaId, [...mesaIds]),
        or(
          and(eq(commitments.status, 'done'), gt(commitments.completedAt, since)),
          overdueSql(commitments.status, commitments.dueOn, today),
        ),
      ),
    )
    .orderBy(asc(commitments.dueOn));
}

/** Escalations that wait (open, returned) and those decided since `since`, with the latest questions. */
export async function digestEscalations(db: Db, since: Date) {
  const latestQuestions = db
    .select({ text: escalationEvents.text })
    .from(escalationEvents)
    .where(and(eq(escalationEvents.escalationId, escalations.id), eq(escalationEvents.kind, 'returned')))
    .orderBy(desc(escalationEvents.createdAt))
    .limit(1);
  return db
    .select({
      mesaId: escalations.mesaId,
      mesaName: mesas.name,
      mesaVisibility: mesas.visibility,
      visibility: escalations.visibility,
      problemVisibility: problems.visibility,
      problemNumber: problems.number,
      problemTitle: problems.title,
      reason: escalations.reason,
      status: escalations.status,
      escalatedAt: escalations.escalatedAt,
      closedAt: escalations.closedAt,
      decision: escalations.decision,
      decidedAt: escalations.decidedAt,
      questions: sql<string | null>`(${latestQuestions})`,
    })
    .from(escalations)
    .innerJoin(mesas, eq(mesas.id, escalations.mesaId))
    .innerJoin(problems, eq(problems.id, escalations.problemId))
    .where(
      or(
        inArray(escalations.status, ['open', 'returned']),
        and(eq(escalations.status, 'decided'), gt(escalations.decidedAt, since)),
      ),
    )
    .orderBy(asc(escalations.escalatedAt));
}

const recipientColumns = {
  personId: people.id,
  fullName: people.fullName,
  email: sql<string | null>`coalesce(${people.email}, ${users.email})`,
  userLocale: users.locale,
  globalRole: users.globalRole,
};

/** Members of the dedicated team (team, moderator) of the given Mesas, with an e-mail address. */
export async function teamRecipients(db: Db, mesaIds: readonly string[], today: string) {
  if (!mesaIds.length) return [];
  return db
    .select({ ...recipientColumns, mesaId: participations.mesaId, role: participations.role })
    .from(participations)
    .innerJoin(people, eq(people.id, participations.personId))
    .leftJoin(users, and(eq(users.personId, people.id), isNull(users.disabledAt)))
    .where(
      and(
        inArray(participations.mesaId, [...mesaIds]),
        inArray(participations.role, ['team', 'moderator']),
        or(isNull(participations.endedOn), gt(participations.endedOn, today)),
        or(isNotNull(people.email), isNotNull(users.email)),
      ),
    )
    .orderBy(asc(people.fullName));
}

/** The high-level body: accounts whose global role is `high_level` (not disabled). */
export async function highLevelRecipients(db: Db) {
  return db
    .select(recipientColumns)
    .from(users)
    .innerJoin(people, eq(people.id, users.personId))
    .where(and(eq(users.globalRole, 'high_level'), isNull(users.disabledAt)))
    .orderBy(asc(people.fullName));
}
