import { and, asc, desc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Locale, MesaRole } from '../../domain/roles';
import type { RespondentGroup } from '../../domain/wheel';
import type { Db } from '../client';
import {
  mesas,
  participations,
  people,
  users,
  wheelLinks,
  wheelQuestions,
  wheelRespondents,
  wheelRoundQuestions,
  wheelRounds,
  wheelScores,
} from '../schema';

/**
 * The Evaluation Wheel's SQL. Scores are only ever read here to be added up by the domain
 * (src/domain/wheel.ts); no statement reads a score together with a respondent.
 */

export type WheelQuestion = typeof wheelQuestions.$inferSelect;
export type NewWheelQuestion = typeof wheelQuestions.$inferInsert;
export type WheelRound = typeof wheelRounds.$inferSelect;
export type WheelRoundQuestion = typeof wheelRoundQuestions.$inferSelect;
export type WheelRespondent = typeof wheelRespondents.$inferSelect;

// ── Questions ─────────────────────────────────────────────────────────────────────────────────────

/** The question set in its order; retired questions only when asked for. */
export async function listWheelQuestions(db: Db, options: { retired?: boolean } = {}) {
  return db
    .select()
    .from(wheelQuestions)
    .where(options.retired ? undefined : isNull(wheelQuestions.retiredAt))
    .orderBy(asc(wheelQuestions.position), asc(wheelQuestions.key));
}

export async function lockWheelQuestion(db: Db, id: string): Promise<WheelQuestion | null> {
  const [row] = await db.select().from(wheelQuestions).where(eq(wheelQuestions.id, id)).for('update');
  return row ?? null;
}

export async function insertWheelQuestion(db: Db, values: NewWheelQuestion): Promise<WheelQuestion> {
  const [row] = await db.insert(wheelQuestions).values(values).returning();
  return row!;
}

/** The position after the last question, for a new one. */
export async function nextWheelQuestionPosition(db: Db): Promise<number> {
  const [row] = await db
    .select({ max: sql<number | null>`max(${wheelQuestions.position})` })
    .from(wheelQuestions);
  return (row?.max ?? 0) + 1;
}

export async function updateWheelQuestion(
  db: Db,
  id: string,
  values: Pick<Partial<NewWheelQuestion>, 'textEs' | 'textEn' | 'position' | 'retiredAt'>,
): Promise<WheelQuestion> {
  const [row] = await db
    .update(wheelQuestions)
    .set({ ...values, version: sql`${wheelQuestions.version} + 1`, updatedAt: new Date() })
    .where(eq(wheelQuestions.id, id))
    .returning();
  return row!;
}

// ── Rounds ────────────────────────────────────────────────────────────────────────────────────────

/** The people a round of a Mesa asks: current participants, with their roles, address and language. */
export async function currentParticipants(db: Db, mesaId: string, today: string) {
  const rows = await db
    .select({
      personId: people.id,
      fullName: people.fullName,
      email: people.email,
      userLocale: users.locale,
      role: participations.role,
    })
    .from(participations)
    .innerJoin(people, eq(people.id, participations.personId))
    .leftJoin(users, and(eq(users.personId, people.id), isNull(users.disabledAt)))
    .where(
      and(
        eq(participations.mesaId, mesaId),
        or(isNull(participations.endedOn), gte(participations.endedOn, today)),
        or(isNull(participations.startedOn), sql`${participations.startedOn} <= ${today}`),
      ),
    )
    .orderBy(asc(people.fullName), asc(people.id));
  const byPerson = new Map<
    string,
    {
      personId: string;
      fullName: string;
      email: string | null;
      userLocale: Locale | null;
      roles: MesaRole[];
    }
  >();
  for (const r of rows) {
    const p = byPerson.get(r.personId) ?? { ...r, roles: [] };
    p.roles.push(r.role);
    byPerson.set(r.personId, p);
  }
  return [...byPerson.values()];
}

export async function insertRound(db: Db, values: typeof wheelRounds.$inferInsert): Promise<WheelRound> {
  const [row] = await db.insert(wheelRounds).values(values).returning();
  return row!;
}

export async function insertRoundQuestions(db: Db, values: (typeof wheelRoundQuestions.$inferInsert)[]) {
  if (!values.length) return [];
  return db.insert(wheelRoundQuestions).values(values).returning();
}

export async function insertRespondent(db: Db, values: typeof wheelRespondents.$inferInsert) {
  const [row] = await db.insert(wheelRespondents).values(values).returning();
  return row!;
}

export async function insertWheelLink(db: Db, values: typeof wheelLinks.$inferInsert) {
  const [row] = await db.insert(wheelLinks).values(values).returning();
  return row!;
}

/** A round with its Mesa's name, time zone, language and visibility, or null. */
export async function getRound(db: Db, id: string) {
  const [row] = await db
    .select({
      round: wheelRounds,
      mesa: {
        id: mesas.id,
        name: mesas.name,
        locale: mesas.locale,
        timeZone: mesas.timeZone,
        visibility: mesas.visibility,
      },
    })
    .from(wheelRounds)
    .innerJoin(mesas, eq(mesas.id, wheelRounds.mesaId))
    .where(eq(wheelRounds.id, id));
  return row ?? null;
}

export async function lockRound(db: Db, id: string): Promise<WheelRound | null> {
  const [row] = await db.select().from(wheelRounds).where(eq(wheelRounds.id, id)).for('update');
  return row ?? null;
}

/** A Mesa's rounds, the latest first. */
export async function listRounds(db: Db, mesaId: string): Promise<WheelRound[]> {
  return db
    .select()
    .from(wheelRounds)
    .where(eq(wheelRounds.mesaId, mesaId))
    .orderBy(desc(wheelRounds.openedOn), desc(wheelRounds.createdAt));
}

/** The round of the Mesa opened before this one (the one its results are compared with), or null. */
export async function previousRound(db: Db, round: WheelRound): Promise<WheelRound | null> {
  const [row] = await db
    .select()
    .from(wheelRounds)
    .where(
      and(
        eq(wheelRounds.mesaId, round.mesaId),
        or(
          lt(wheelRounds.openedOn, round.openedOn),
          and(eq(wheelRounds.openedOn, round.openedOn), lt(wheelRounds.createdAt, round.createdAt)),
        ),
      ),
    )
    .orderBy(desc(wheelRounds.openedOn), desc(wheelRounds.createdAt))
    .limit(1);
  return row ?? null;
}

export async function closeRoundRow(db: Db, id: string, closedAt: Date, closedBy: string | null) {
  const [row] = await db
    .update(wheelRounds)
    .set({ closedAt, closedBy, version: sql`${wheelRounds.version} + 1`, updatedAt: new Date() })
    .where(eq(wheelRounds.id, id))
    .returning();
  return row!;
}

/** The questions a round asked, in their order. */
export async function roundQuestions(db: Db, roundId: string): Promise<WheelRoundQuestion[]> {
  return db
    .select()
    .from(wheelRoundQuestions)
    .where(eq(wheelRoundQuestions.roundId, roundId))
    .orderBy(asc(wheelRoundQuestions.position), asc(wheelRoundQuestions.key));
}

/** Who a round asked, by name, and whether they answered. */
export async function roundRespondents(db: Db, roundId: string) {
  return db
    .select({
      id: wheelRespondents.id,
      personId: people.id,
      fullName: people.fullName,
      group: wheelRespondents.respondentGroup,
      answered: wheelRespondents.answered,
      mailed: wheelRespondents.mailed,
      remindedAt: wheelRespondents.remindedAt,
    })
    .from(wheelRespondents)
    .innerJoin(people, eq(people.id, wheelRespondents.personId))
    .where(eq(wheelRespondents.roundId, roundId))
    .orderBy(asc(people.fullName), asc(people.id));
}

/** How many answered a round, by group. */
export async function answeredGroups(db: Db, roundId: string): Promise<RespondentGroup[]> {
  const rows = await db
    .select({ group: wheelRespondents.respondentGroup })
    .from(wheelRespondents)
    .where(and(eq(wheelRespondents.roundId, roundId), eq(wheelRespondents.answered, true)));
  return rows.map((r) => r.group);
}

/** The respondent a link's token opens, or null. */
export async function respondentByTokenHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ respondent: wheelRespondents })
    .from(wheelLinks)
    .innerJoin(wheelRespondents, eq(wheelRespondents.id, wheelLinks.respondentId))
    .where(eq(wheelLinks.tokenHash, tokenHash));
  return row?.respondent ?? null;
}

/** A person's place among the respondents of a round, or null. */
export async function respondentOf(db: Db, roundId: string, personId: string) {
  const [row] = await db
    .select()
    .from(wheelRespondents)
    .where(and(eq(wheelRespondents.roundId, roundId), eq(wheelRespondents.personId, personId)));
  return row ?? null;
}

/** The rounds a person was asked in and has not answered yet, with their Mesa. */
export async function unansweredRoundsOf(db: Db, personId: string) {
  return db
    .select({ round: wheelRounds, mesa: { id: mesas.id, name: mesas.name, timeZone: mesas.timeZone } })
    .from(wheelRespondents)
    .innerJoin(wheelRounds, eq(wheelRounds.id, wheelRespondents.roundId))
    .innerJoin(mesas, eq(mesas.id, wheelRounds.mesaId))
    .where(
      and(
        eq(wheelRespondents.personId, personId),
        eq(wheelRespondents.answered, false),
        isNull(wheelRounds.closedAt),
      ),
    )
    .orderBy(asc(wheelRounds.closesOn));
}

/**
 * Marks the respondent as having answered, once: false when they already had (a concurrent answer
 * finds the row changed and writes nothing).
 */
export async function markAnswered(db: Db, respondentId: string): Promise<boolean> {
  const rows = await db
    .update(wheelRespondents)
    .set({ answered: true })
    .where(and(eq(wheelRespondents.id, respondentId), eq(wheelRespondents.answered, false)))
    .returning({ id: wheelRespondents.id });
  return rows.length === 1;
}

export async function markMailed(db: Db, respondentId: string) {
  await db.update(wheelRespondents).set({ mailed: true }).where(eq(wheelRespondents.id, respondentId));
}

export async function markReminded(db: Db, respondentId: string, at: Date) {
  await db.update(wheelRespondents).set({ remindedAt: at }).where(eq(wheelRespondents.id, respondentId));
}

/** Writes one respondent's scores: question, group and score, nothing that names them. */
export async function insertScores(
  db: Db,
  rows: { roundQuestionId: string; respondentGroup: RespondentGroup; score: number }[],
) {
  if (rows.length) await db.insert(wheelScores).values(rows);
}

/** Every score of a round, for the domain to add up: question, group, score. */
export async function roundScores(db: Db, roundId: string) {
  return db
    .select({
      questionId: wheelScores.roundQuestionId,
      group: wheelScores.respondentGroup,
      score: wheelScores.score,
    })
    .from(wheelScores)
    .innerJoin(wheelRoundQuestions, eq(wheelRoundQuestions.id, wheelScores.roundQuestionId))
    .where(eq(wheelRoundQuestions.roundId, roundId));
}

/** How many each round asked and how many answered, by round id. */
export async function respondentCounts(db: Db, roundIds: readonly string[]) {
  const rows = roundIds.length
    ? await db
        .select({
          roundId: wheelRespondents.roundId,
          asked: sql<number>`count(*)::int`,
          answered: sql<number>`(count(*) filter (where ${wheelRespondents.answered}))::int`,
        })
        .from(wheelRespondents)
        .where(inArray(wheelRespondents.roundId, [...roundIds]))
        .groupBy(wheelRespondents.roundId)
    : [];
  return new Map(rows.map((r) => [r.roundId, { asked: r.asked, answered: r.answered }]));
}
