import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { teamRoles } from '../../domain/roles';
import type { Db } from '../client';
import {
  fieldFeedbackLinks,
  mesas,
  participations,
  people,
  problems,
  solutions,
  solutionVersions,
  users,
} from '../schema';
import { currentSolutionVersion, latestSolutionFirst } from './predicates';

export type FeedbackLink = typeof fieldFeedbackLinks.$inferSelect;

/**
 * Sets or clears a problem's field alert. Derived from the field reports, not an edit: the problem's
 * edit version stays as it is (nobody's open form goes stale), the audit event records the change.
 */
export async function setFieldAlert(db: Db, problemId: string, feedbackId: string | null) {
  await db.update(problems).set({ fieldAlertFeedbackId: feedbackId }).where(eq(problems.id, problemId));
}

/**
 * The dedicated team of a Mesa who have an e-mail address (current participations as team or
 * moderator), each with their account's language when they have an account, and the Mesa's name and
 * language.
 */
export async function teamRecipients(db: Db, mesaId: string) {
  const rows = await db
    .selectDistinctOn([people.id], {
      personId: people.id,
      fullName: people.fullName,
      email: people.email,
      userLocale: users.locale,
      mesaName: mesas.name,
      mesaLocale: mesas.locale,
    })
    .from(participations)
    .innerJoin(people, eq(people.id, participations.personId))
    .innerJoin(mesas, eq(mesas.id, participations.mesaId))
    .leftJoin(users, and(eq(users.personId, people.id), isNull(users.disabledAt)))
    .where(
      and(
        eq(participations.mesaId, mesaId),
        inArray(participations.role, [...teamRoles]),
        isNull(participations.endedOn),
        isNotNull(people.email),
      ),
    )
    .orderBy(asc(people.id));
  return rows.map((r) => ({ ...r, email: r.email! }));
}

/** A person's name, e-mail address and their account's language (null without an account). */
export async function personForMail(db: Db, personId: string) {
  const [row] = await db
    .select({ id: people.id, fullName: people.fullName, email: people.email, userLocale: users.locale })
    .from(people)
    .leftJoin(users, and(eq(users.personId, people.id), isNull(users.disabledAt)))
    .where(eq(people.id, personId));
  return row ?? null;
}

export async function insertFeedbackLink(db: Db, values: typeof fieldFeedbackLinks.$inferInsert) {
  const [row] = await db.insert(fieldFeedbackLinks).values(values).returning();
  return row!;
}

/** The link whose token hashes to `tokenHash`, or null. */
export async function feedbackLinkByHash(db: Db, tokenHash: string) {
  const [row] = await db.select().from(fieldFeedbackLinks).where(eq(fieldFeedbackLinks.tokenHash, tokenHash));
  return row ?? null;
}

export async function touchFeedbackLink(db: Db, id: string, at: Date) {
  await db.update(fieldFeedbackLinks).set({ lastUsedAt: at }).where(eq(fieldFeedbackLinks.id, id));
}

/**
 * What the page of a field-feedback link shows: the problem (number, title, status, visibility), its
 * Mesa (name, visibility, language) and the text of the solution most recently proposed or revised.
 */
export async function feedbackLinkProblem(db: Db, problemId: string) {
  const [head] = await db
    .select({
      id: problems.id,
      number: problems.number,
      title: problems.title,
      status: problems.status,
      visibility: problems.visibility,
      mesa: { id: mesas.id, name: mesas.name, visibility: mesas.visibility, locale: mesas.locale },
    })
    .from(problems)
    .innerJoin(mesas, eq(mesas.id, problems.mesaId))
    .where(eq(problems.id, problemId));
  if (!head) return null;
  const [solution] = await db
    .select({ text: solutionVersions.text })
    .from(solutions)
    .innerJoin(solutionVersions, currentSolutionVersion)
    .where(eq(solutions.problemId, problemId))
    .orderBy(...latestSolutionFirst())
    .limit(1);
  return { ...head, solution: solution?.text ?? null };
}

/** The problem's solution most recently proposed or revised (its id), or null when it has none. */
export async function latestSolutionId(db: Db, problemId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: solutions.id })
    .from(solutions)
    .innerJoin(solutionVersions, currentSolutionVersion)
    .where(eq(solutions.problemId, problemId))
    .orderBy(...latestSolutionFirst())
    .limit(1);
  return row?.id ?? null;
}
