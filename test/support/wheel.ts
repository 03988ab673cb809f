import { randomBytes } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { systemContext } from '../../src/commands/context';
import { createWheelQuestion, hashWheelToken, openWheelRound } from '../../src/commands/wheel';
import type { Db } from '../../src/db/client';
import { wheelLinks, wheelRespondents, wheelRoundQuestions, wheelRounds } from '../../src/db/schema';
import { addDays, todayIn } from '../../src/domain/calendar-days';

/** Rounds of the Evaluation Wheel made directly, for tests about who may do what with them. */

const settings = { minAnswers: 5, intervalMonths: 6 };

/** Closes every open round of a Mesa, so that a new one may be opened. */
export async function closeOpenRounds(db: Db, mesaId: string) {
  await db
    .update(wheelRounds)
    .set({ closedAt: new Date() })
    .where(and(eq(wheelRounds.mesaId, mesaId), isNull(wheelRounds.closedAt)));
}

/** A new open round of a Mesa (any open one is closed first). */
export async function freshRound(db: Db, mesaId: string): Promise<string> {
  await closeOpenRounds(db, mesaId);
  const ctx = systemContext(db, 'test', 'America/Lima');
  const closesOn = addDays(todayIn(new Date(), 'America/Lima'), 14);
  return (await openWheelRound(ctx, mesaId, { closesOn }, settings)).round.id;
}

/** The open round of a Mesa, opened when there is none. */
export async function openRoundOf(db: Db, mesaId: string): Promise<string> {
  const [open] = await db
    .select({ id: wheelRounds.id })
    .from(wheelRounds)
    .where(and(eq(wheelRounds.mesaId, mesaId), isNull(wheelRounds.closedAt)));
  return open?.id ?? freshRound(db, mesaId);
}

/** A personal link to a round for one of its respondents who has not answered (a token of its own). */
export async function linkToken(db: Db, roundId: string): Promise<string> {
  const [respondent] = await db
    .select({ id: wheelRespondents.id })
    .from(wheelRespondents)
    .where(and(eq(wheelRespondents.roundId, roundId), eq(wheelRespondents.answered, false)))
    .orderBy(asc(wheelRespondents.id));
  if (!respondent) throw new Error('every respondent answered');
  const token = randomBytes(16).toString('base64url');
  await db.insert(wheelLinks).values({ respondentId: respondent.id, tokenHash: hashWheelToken(token) });
  return token;
}

/** Valid answers to every question of a round: all 3. */
export async function answersOf(db: Db, roundId: string) {
  const questions = await db
    .select({ id: wheelRoundQuestions.id })
    .from(wheelRoundQuestions)
    .where(eq(wheelRoundQuestions.roundId, roundId));
  return { answers: questions.map((q) => ({ questionId: q.id, score: 3 })) };
}

/** A question of the Wheel made for the test, to edit without touching the seeded ones. */
export async function testWheelQuestion(db: Db, key: string): Promise<string> {
  const ctx = systemContext(db, 'test');
  const row = await createWheelQuestion(ctx, {
    key,
    dimension: 'outreach',
    textEs: 'Pregunta de prueba.',
    textEn: 'A test question.',
  });
  return row.id;
}
