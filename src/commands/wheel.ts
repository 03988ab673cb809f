import { createHash, randomBytes } from 'node:crypto';
import { recordAudit } from '../db/audit';
import { personForMail } from '../db/queries/field-feedback';
import { getMesa, lockMesa } from '../db/queries/mesas';
import {
  closeRoundRow,
  currentParticipants,
  insertRespondent,
  insertRound,
  insertRoundQuestions,
  insertScores,
  insertWheelLink,
  insertWheelQuestion,
  listRounds,
  listWheelQuestions,
  lockRound,
  lockWheelQuestion,
  markAnswered,
  markMailed,
  markReminded,
  nextWheelQuestionPosition,
  respondentByTokenHash,
  respondentOf,
  roundQuestions,
  roundRespondents,
  updateWheelQuestion as updateQuestionRow,
  type WheelQuestion,
  type WheelRespondent,
  type WheelRound,
} from '../db/queries/wheel';
import { todayIn } from '../domain/calendar-days';
import { AppError, assertVersion, type FieldIssue, invalid, invalidFields } from '../domain/errors';
import type { Locale } from '../domain/roles';
import {
  answerIssues,
  isRoundOpen,
  isWheelDimension,
  respondentGroupOf,
  roundPeriod,
  WHEEL_QUESTION_KEY,
  type WheelDimension,
  wheelDimensions,
} from '../domain/wheel';
import { mailLinks } from '../mail/links';
import { queueMail } from '../mail/outbox';
import { renderWheelInvitation } from '../mail/wheel';
import { auditActor, type CommandContext, inTransaction } from './context';
import { rethrowUnique } from './unique';

/** A new link token: 128 random bits, base64url (22 characters). Only its SHA-256 is stored. */
const newToken = () => randomBytes(16).toString('base64url');
export const hashWheelToken = (token: string) => createHash('sha256').update(token).digest('hex');

// ── The question set ──────────────────────────────────────────────────────────────────────────────

export interface WheelQuestionInput {
  key: string;
  dimension: WheelDimension;
  textEs: string;
  textEn: string;
  position?: number;
}

/** Adds a question to the Wheel (asked from the next round on). */
export function createWheelQuestion(ctx: CommandContext, input: WheelQuestionInput): Promise<WheelQuestion> {
  if (!isWheelDimension(input.dimension)) invalid('dimension', 'fields.wheelDimensionUnknown');
  if (!WHEEL_QUESTION_KEY.test(input.key) || input.key.split('.')[0] !== input.dimension)
    invalid('key', 'fields.wheelQuestionKey');
  return inTransaction(ctx, async (tx) => {
    const row = await insertWheelQuestion(tx.db, {
      key: input.key,
      dimension: input.dimension,
      textEs: input.textEs.trim(),
      textEn: input.textEn.trim(),
      position: input.position ?? (await nextWheelQuestionPosition(tx.db)),
    }).catch(rethrowUnique('key'));
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'wheel_question',
      entityId: row.id,
      action: 'create',
      after: row,
      requestId: tx.requestId,
    });
    return row;
  });
}

export interface WheelQuestionChanges {
  textEs?: string;
  textEn?: string;
  position?: number;
  /** True retires the question (no longer asked); false brings it back. */
  retired?: boolean;
  version?: number;
}

/** Rewords, moves, retires or brings back a question; rounds already opened keep their wording. */
export function updateWheelQuestion(
  ctx: CommandContext,
  id: string,
  changes: WheelQuestionChanges,
): Promise<WheelQuestion> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockWheelQuestion(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    assertVersion(before.version, changes.version);
    const values = {
      ...(changes.textEs !== undefined ? { textEs: changes.textEs.trim() } : {}),
      ...(changes.textEn !== undefined ? { textEn: changes.textEn.trim() } : {}),
      ...(changes.position !== undefined ? { position: changes.position } : {}),
      ...(changes.retired !== undefined
        ? { retiredAt: changes.retired ? (before.retiredAt ?? new Date()) : null }
        : {}),
    };
    if (!Object.keys(values).length) invalid('body', 'fields.nothingToChange');
    const after = await updateQuestionRow(tx.db, id, values);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'wheel_question',
      entityId: id,
      action: changes.retired === true ? 'retire' : 'update',
      before,
      after,
      requestId: tx.requestId,
    });
    return after;
  });
}

// ── Rounds ────────────────────────────────────────────────────────────────────────────────────────

export interface OpenRoundInput {
  /** The last day answers are taken, in the Mesa's time zone. */
  closesOn: string;
  /** Dimensions that do not apply to this Mesa this round: their questions are not asked. */
  notApplicable?: WheelDimension[];
}

export interface RoundSettings {
  /** WHEEL_MIN_ANSWERS and WHEEL_INTERVAL_MONTHS, kept by the round. */
  minAnswers: number;
  intervalMonths: number;
  now?: Date;
  /** False records the round without mailing anyone (a round brought in from the past). */
  mail?: boolean;
}

/**
 * Opens a round of the Wheel in a Mesa: the active questions (those of dimensions that apply) as they
 * are worded today, every current participant but observers as a respondent in their group, and to each
 * with an e-mail address a personal link in their language. One open round per Mesa at a time.
 */
export function openWheelRound(
  ctx: CommandContext,
  mesaId: string,
  input: OpenRoundInput,
  settings: RoundSettings,
): Promise<{ round: WheelRound; asked: number; mailed: number }> {
  return inTransaction(ctx, async (tx) => {
    const mesa = await getMesa(tx.db, mesaId);
    if (!mesa) throw new AppError('NOT_FOUND');
    const now = settings.now ?? new Date();
    const timeZone = mesa.mesa.timeZone ?? tx.timeZone ?? 'UTC';
    const today = todayIn(now, timeZone);
    const issues: FieldIssue[] = [];
    if (input.closesOn < today) issues.push({ path: 'closesOn', key: 'fields.wheelClosesOnPast' });
    const notApplicable = [...new Set(input.notApplicable ?? [])];
    notApplicable.forEach((d, i) => {
      if (!isWheelDimension(d))
        issues.push({ path: `notApplicable.${i}`, key: 'fields.wheelDimensionUnknown' });
    });
    if (issues.length) invalidFields(issues);
    // One open round at a time: the Mesa is locked while its rounds are read.
    await lockMesa(tx.db, mesaId);
    const rounds = await listRounds(tx.db, mesaId);
    if (rounds.some((r) => isRoundOpen(r, now, timeZone))) invalid('mesaId', 'fields.wheelRoundAlreadyOpen');
    const questions = (await listWheelQuestions(tx.db)).filter((q) => !notApplicable.includes(q.dimension));
    if (!questions.length) invalid('notApplicable', 'fields.wheelNoQuestions');
    const people = (await currentParticipants(tx.db, mesaId, today))
      .map((p) => ({ ...p, group: respondentGroupOf(p.roles) }))
      .filter((p) => p.group !== null);
    if (!people.length) invalid('mesaId', 'fields.wheelNoRespondents');

    const previous = rounds[0] ?? null;
    const period = roundPeriod(today, previous?.openedOn ?? null, settings.intervalMonths);
    const round = await insertRound(tx.db, {
      mesaId,
      openedOn: today,
      closesOn: input.closesOn,
      periodFrom: period.from,
      periodTo: period.to,
      minAnswers: settings.minAnswers,
      notApplicable: wheelDimensions.filter((d) => notApplicable.includes(d)),
      openedBy: tx.actor.userId || null,
      createdAt: now,
      updatedAt: now,
    });
    await insertRoundQuestions(
      tx.db,
      questions.map((q, i) => ({
        roundId: round.id,
        questionId: q.id,
        key: q.key,
        dimension: q.dimension,
        position: i + 1,
        textEs: q.textEs,
        textEn: q.textEn,
      })),
    );
    let mailed = 0;
    for (const p of people) {
      const respondent = await insertRespondent(tx.db, {
        roundId: round.id,
        personId: p.personId,
        respondentGroup: p.group!,
        createdAt: now,
      });
      if (!p.email || settings.mail === false) continue;
      const locale = p.userLocale ?? mesa.mesa.locale;
      const sent = await sendLink(tx, respondent, {
        to: p.email,
        name: p.fullName,
        locale,
        mesaName: mesa.mesa.name,
        round,
        questions: questions.length,
        now,
      });
      if (sent) mailed++;
    }
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'wheel_round',
      entityId: round.id,
      mesaId,
      action: 'open',
      after: { ...round, asked: people.length, mailed, questions: questions.length },
      requestId: tx.requestId,
    });
    return { round, asked: people.length, mailed };
  });
}

/** Makes a personal link for a respondent and queues the mail carrying it; marks the respondent mailed. */
async function sendLink(
  tx: CommandContext,
  respondent: Pick<WheelRespondent, 'id' | 'personId'>,
  m: {
    to: string;
    name: string;
    locale: Locale;
    mesaName: string;
    round: WheelRound;
    questions: number;
    now: Date;
    reminder?: boolean;
  },
): Promise<boolean> {
  const token = newToken();
  const link = await insertWheelLink(tx.db, {
    respondentId: respondent.id,
    tokenHash: hashWheelToken(token),
    createdAt: m.now,
  });
  const mail = renderWheelInvitation({
    locale: m.locale,
    recipientName: m.name,
    mesaName: m.mesaName,
    questions: m.questions,
    minAnswers: m.round.minAnswers,
    closesOn: m.round.closesOn,
    url: mailLinks.wheelLink(tx.publicUrl ?? '', token),
    reminder: m.reminder ?? false,
  });
  const queued = await queueMail(tx.db, {
    dedupeKey: `wheel:${link.id}`,
    kind: m.reminder ? 'wheel_reminder' : 'wheel_invitation',
    to: m.to,
    locale: m.locale,
    ...mail,
    mesaId: m.round.mesaId,
    personId: respondent.personId,
  });
  if (queued && !m.reminder) await markMailed(tx.db, respondent.id);
  return queued;
}

/** A round of the Mesa that is still open, locked, or a 400 naming why not. */
async function openRoundLocked(tx: CommandContext, roundId: string, now: Date) {
  const round = await lockRound(tx.db, roundId);
  if (!round) throw new AppError('NOT_FOUND');
  const mesa = await getMesa(tx.db, round.mesaId);
  const timeZone = mesa?.mesa.timeZone ?? tx.timeZone ?? 'UTC';
  if (!isRoundOpen(round, now, timeZone)) invalid('roundId', 'fields.wheelRoundClosed');
  return { round, mesa: mesa!.mesa };
}

/** Closes a round before its closing day: its results show from then on (when enough answered). */
export function closeWheelRound(ctx: CommandContext, roundId: string, now = new Date()): Promise<WheelRound> {
  return inTransaction(ctx, async (tx) => {
    const { round: before } = await openRoundLocked(tx, roundId, now);
    const after = await closeRoundRow(tx.db, roundId, now, tx.actor.userId || null);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'wheel_round',
      entityId: roundId,
      mesaId: before.mesaId,
      action: 'close',
      before,
      after,
      requestId: tx.requestId,
    });
    return after;
  });
}

/**
 * Mails a fresh personal link to every respondent of an open round who has not answered and has an
 * address (the earlier links keep working). Returns how many were reminded.
 */
export function remindWheelRound(ctx: CommandContext, roundId: string, now = new Date()): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const { round, mesa } = await openRoundLocked(tx, roundId, now);
    const questions = (await roundQuestions(tx.db, roundId)).length;
    let reminded = 0;
    for (const r of await roundRespondents(tx.db, roundId)) {
      if (r.answered) continue;
      const person = await personForMail(tx.db, r.personId);
      if (!person?.email) continue;
      const sent = await sendLink(tx, r, {
        to: person.email,
        name: person.fullName,
        locale: person.userLocale ?? mesa.locale,
        mesaName: mesa.name,
        round,
        questions,
        now,
        reminder: true,
      });
      if (!sent) continue;
      await markReminded(tx.db, r.id, now);
      reminded++;
    }
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'wheel_round',
      entityId: roundId,
      mesaId: round.mesaId,
      action: 'remind',
      after: { reminded },
      requestId: tx.requestId,
    });
    return reminded;
  });
}

// ── Answers ───────────────────────────────────────────────────────────────────────────────────────

export interface WheelAnswer {
  questionId: string;
  score: number;
}

const issuePath = (index: number) => `answers.${index}`;

/**
 * Records one respondent's answers, once: the respondent is marked as having answered and the scores
 * are written with the respondent's group only. The audit event names the respondent (who answered is
 * no secret to the team) and holds no score.
 */
async function recordAnswers(
  tx: CommandContext,
  respondent: WheelRespondent,
  answers: readonly WheelAnswer[],
  now: Date,
): Promise<void> {
  const { round } = await openRoundLocked(tx, respondent.roundId, now);
  const asked = await roundQuestions(tx.db, round.id);
  const issues = answerIssues(asked, answers);
  if (issues.length) {
    invalidFields(
      issues.map((issue) => {
        const index = answers.findIndex((a) => a.questionId === issue.questionId);
        if (issue.kind === 'missing') return { path: 'answers', key: 'fields.wheelAnswerMissing' };
        if (issue.kind === 'score')
          return { path: `${issuePath(index)}.score`, key: 'fields.wheelScoreRange' };
        return { path: `${issuePath(index)}.questionId`, key: 'fields.wheelAnswerUnknown' };
      }),
    );
  }
  if (!(await markAnswered(tx.db, respondent.id))) {
    throw new AppError('CONFLICT', { fields: [{ path: 'answers', key: 'fields.wheelAlreadyAnswered' }] });
  }
  // Written in the order of the questions, whatever order they came in.
  const scoreOf = new Map(answers.map((a) => [a.questionId, a.score]));
  await insertScores(
    tx.db,
    asked.map((q) => ({
      roundQuestionId: q.id,
      respondentGroup: respondent.respondentGroup,
      score: scoreOf.get(q.id)!,
    })),
  );
  await recordAudit(tx.db, {
    actor: auditActor(tx),
    entityType: 'wheel_round',
    entityId: round.id,
    mesaId: round.mesaId,
    action: 'answer',
    after: { personId: respondent.personId },
    requestId: tx.requestId,
  });
}

/** What a personal link opens: its respondent, or null for an unknown token. */
export async function openWheelLink(ctx: Pick<CommandContext, 'db'>, token: string) {
  return respondentByTokenHash(ctx.db, hashWheelToken(token));
}

/** Answers a round through a personal link, as its respondent. Unknown token: 404. */
export async function answerThroughLink(
  ctx: Omit<CommandContext, 'actor' | 'actorLabel'>,
  token: string,
  answers: readonly WheelAnswer[],
  now = new Date(),
): Promise<void> {
  const respondent = await openWheelLink(ctx, token);
  if (!respondent) throw new AppError('NOT_FOUND');
  const person = await personForMail(ctx.db, respondent.personId);
  const actor = { userId: '', personId: respondent.personId, globalRole: null, mesaRoles: new Map() };
  await inTransaction(
    { ...ctx, actor, actorLabel: `${person?.fullName ?? ''} (Evaluation Wheel link)` },
    (tx) => recordAnswers(tx, respondent, answers, now),
  );
}

/** Answers a round signed in, as the caller's person; a round that did not ask them answers 404. */
export async function answerSignedIn(
  ctx: CommandContext,
  roundId: string,
  answers: readonly WheelAnswer[],
  now = new Date(),
): Promise<void> {
  const personId = ctx.actor.personId;
  const respondent = personId ? await respondentOf(ctx.db, roundId, personId) : null;
  // A round that does not ask the caller answers as a missing one would.
  if (!respondent) throw new AppError('NOT_FOUND');
  await inTransaction(ctx, (tx) => recordAnswers(tx, respondent, answers, now));
}
