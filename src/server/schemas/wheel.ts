import { z } from 'zod';
import {
  measuredFactKinds,
  respondentGroups,
  WHEEL_QUESTION_TEXT_MAX,
  WHEEL_SCORE_MAX,
  wheelDimensions,
} from '../../domain/wheel';
import { supportedLocales } from '../../i18n/languages';
import { isoDate, text, timestamp } from './common';

const dimension = z.enum(wheelDimensions).describe('One of the twelve dimensions of the Evaluation Wheel');
const group = z.enum(respondentGroups).describe('public, private or team');

// ── Questions ─────────────────────────────────────────────────────────────────────────────────────

export const wheelQuestion = z.object({
  id: z.uuid(),
  key: z.string().describe('Stable key, `dimension.word`'),
  dimension,
  position: z.number().int(),
  textEs: z.string(),
  textEn: z.string(),
  retiredAt: timestamp.nullable().describe('When it stopped being asked; null while it is asked'),
  version: z.number().int().describe('Send it back when changing the question (409 STALE_WRITE when stale)'),
});

export const wheelQuestionList = z.object({ questions: z.array(wheelQuestion).describe('In their order') });

export const wheelQuestionsQuery = z.object({
  retired: z.enum(['true', 'false']).optional().describe('`true` lists the retired questions too'),
});

const questionText = text(WHEEL_QUESTION_TEXT_MAX);

export const createWheelQuestionBody = z.object({
  key: z
    .string()
    .max(60)
    .describe('Stable key `dimension.word` (lower case letters, digits and _), e.g. `outputs.exports_grew`'),
  dimension,
  textEs: questionText.describe('The statement in Spanish, scored from 1 (not at all) to 5 (fully)'),
  textEn: questionText.describe('The statement in English'),
  position: z.number().int().min(1).max(10_000).optional().describe('Default: after the last question'),
});

export const updateWheelQuestionBody = z.object({
  textEs: questionText.optional(),
  textEn: questionText.optional(),
  position: z.number().int().min(1).max(10_000).optional(),
  retired: z
    .boolean()
    .optional()
    .describe('`true` retires the question (no longer asked), `false` brings it back'),
  version: z.number().int().min(1).optional().describe('When given, must match the stored version'),
});

// ── Rounds ────────────────────────────────────────────────────────────────────────────────────────

export const wheelRoundSummary = z.object({
  id: z.uuid(),
  mesaId: z.uuid(),
  openedOn: isoDate,
  closesOn: isoDate.describe('The last day answers are taken, in the Mesa’s time zone'),
  closedAt: timestamp.nullable().describe('When the team closed it before its closing day'),
  open: z.boolean(),
  periodFrom: isoDate.describe('First day of the period its measured facts cover'),
  periodTo: isoDate,
  minAnswers: z.number().int().describe('Results show only when at least this many answered'),
  notApplicable: z.array(dimension).describe('Dimensions marked not applicable to the Mesa this round'),
  asked: z.number().int().describe('How many participants the round asks'),
  answered: z.number().int().describe('How many of them answered'),
  version: z.number().int(),
});

export const wheelRoundList = z.object({
  rounds: z.array(wheelRoundSummary).describe('The latest first'),
  intervalMonths: z.number().int().describe('Months between two rounds (WHEEL_INTERVAL_MONTHS)'),
  nextDueOn: isoDate.nullable().describe('When the next round is due; null before the first'),
  can: z.object({ manage: z.boolean().describe('Whether you may open, remind and close rounds') }),
});

export const openWheelRoundBody = z.object({
  closesOn: isoDate.describe('The last day answers are taken (today or later, in the Mesa’s time zone)'),
  notApplicable: z
    .array(z.string().max(40))
    .max(12)
    .optional()
    .describe('Dimensions that do not apply to this Mesa this round: their questions are not asked'),
});

export const wheelRoundOpened = wheelRoundSummary.extend({
  mailed: z.number().int().describe('How many personal links went out by e-mail'),
});

const roundQuestion = z.object({
  id: z.uuid().describe('The question as this round asked it; answers name this id'),
  key: z.string(),
  dimension,
  textEs: z.string(),
  textEn: z.string(),
});

export const wheelRoundDetail = wheelRoundSummary.extend({
  questions: z.array(roundQuestion),
  respondents: z
    .array(
      z.object({
        person: z.object({ id: z.uuid(), fullName: z.string() }),
        group,
        answered: z.boolean(),
        mailed: z.boolean().describe('Whether the personal link went out by e-mail'),
        remindedAt: timestamp.nullable(),
      }),
    )
    .describe('Who the round asks and whether they answered — never what: scores are kept apart'),
  can: z.object({ manage: z.boolean() }),
});

const tally = {
  mean: z.number().nullable().describe('Mean of the scores 1-5; null when none was given'),
  scored: z.number().int().describe('Scores from 1 to 5'),
  dontKnow: z.number().int().describe('Answers of 0, "don\'t know"'),
};

const dimensionResult = z.object({
  dimension,
  applicable: z.boolean().describe('False when marked not applicable this round'),
  ...tally,
});

const results = z.object({
  answered: z.number().int(),
  minAnswers: z.number().int(),
  shown: z.boolean().describe('Whether the figures are shown: the round is closed and enough answered'),
  hiddenBecause: z.enum(['open', 'too_few']).nullable(),
  dimensions: z.array(dimensionResult).nullable(),
  questions: z.array(z.object({ questionId: z.uuid(), dimension, ...tally })).nullable(),
  groups: z.array(
    z.object({
      group,
      answered: z.number().int(),
      shown: z
        .boolean()
        .describe('False when the group, or the groups that would reveal it, have too few answers'),
      dimensions: z.array(dimensionResult).nullable(),
    }),
  ),
});

const fact = z.object({
  kind: z.enum(measuredFactKinds),
  value: z.number().nullable().describe('A share from 0 to 1, or a count; null when nothing was measured'),
  unit: z.enum(['share', 'count']),
  count: z.number().int(),
  of: z.number().int().nullable(),
});

export const wheelRoundResults = z.object({
  round: wheelRoundSummary.omit({ asked: true, answered: true }),
  results,
  previous: z
    .object({ round: wheelRoundSummary.omit({ asked: true, answered: true }), results })
    .nullable()
    .describe('The round opened before this one, for the overlay'),
  facts: z
    .array(z.object({ dimension, facts: z.array(fact).describe('Empty: Mesas measures nothing there') }))
    .describe("What Mesas recorded over the round's period, beside each dimension"),
});

// ── Answering ─────────────────────────────────────────────────────────────────────────────────────

export const wheelTokenParam = z.object({
  token: z.string().min(1).max(200).describe('The secret token of a personal Evaluation Wheel link'),
});

export const wheelForm = z.object({
  mesa: z.object({ name: z.string() }),
  person: z.object({ fullName: z.string() }).describe('Who answers'),
  locale: z.enum(supportedLocales).describe("The person's language (their account's, else the Mesa's)"),
  closesOn: isoDate,
  open: z.boolean(),
  answered: z.boolean().describe('Whether this person has already answered (once only)'),
  minAnswers: z.number().int(),
  questions: z.array(roundQuestion),
});

export const wheelAnswersBody = z.object({
  answers: z
    .array(
      z.object({
        questionId: z.uuid(),
        score: z
          .number()
          .int()
          .min(0)
          .max(WHEEL_SCORE_MAX)
          .describe('1 (not at all) to 5 (fully); 0 for "don\'t know"'),
      }),
    )
    .max(200)
    .describe('One score for every question of the round'),
});

export const wheelAnswered = z.object({ answered: z.literal(true) });

export const wheelRemindResult = z.object({
  reminded: z.number().int().describe('How many respondents who had not answered got a fresh link'),
});

export const wheelRoundActionBody = z
  .object({})
  .describe('Nothing to send but an empty object: the round is named in the address');
