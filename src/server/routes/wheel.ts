import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  answerSignedIn,
  answerThroughLink,
  closeWheelRound,
  createWheelQuestion,
  openWheelLink,
  openWheelRound,
  remindWheelRound,
  updateWheelQuestion,
} from '../../commands/wheel';
import { personForMail } from '../../db/queries/field-feedback';
import { getMesa } from '../../db/queries/mesas';
import {
  getRound,
  listRounds,
  listWheelQuestions,
  respondentCounts,
  respondentOf,
  roundQuestions,
  roundRespondents,
  type WheelRespondent,
} from '../../db/queries/wheel';
import { loadRoundResults } from '../../db/queries/wheel-results';
import type { Action } from '../../domain/access';
import { canSeeMeeting, isAllowed, visibleLevels } from '../../domain/access';
import { dateInZone } from '../../domain/dates';
import { AppError } from '../../domain/errors';
import { isRoundOpen, nextRoundDueOn, type WheelDimension } from '../../domain/wheel';
import { CSV_CONTENT_TYPE, writeCsv } from '../../exports/csv';
import { attachmentHeader, type Translate } from '../../exports/matrix-sheet';
import { asSheet } from '../../exports/metrics-csv';
import { wheelResultsTable } from '../../exports/wheel-csv';
import { translator } from '../../i18n';
import { allow, commandContext, requireAuth } from '../context';
import { requestLocale } from '../language';
import { mesaFor, visibleOr404 } from '../load';
import {
  presentRound,
  presentRoundQuestion,
  presentRoundResults,
  presentRoundSummary,
  presentWheelQuestion,
} from '../presenters/wheel';
import { errors, idParam } from '../schemas/common';
import { langQuery } from '../schemas/exports';
import {
  createWheelQuestionBody,
  openWheelRoundBody,
  updateWheelQuestionBody,
  wheelAnswered,
  wheelAnswersBody,
  wheelForm,
  wheelQuestion,
  wheelQuestionList,
  wheelQuestionsQuery,
  wheelRemindResult,
  wheelRoundActionBody,
  wheelRoundDetail,
  wheelRoundList,
  wheelRoundOpened,
  wheelRoundResults,
  wheelTokenParam,
} from '../schemas/wheel';
import { signInRateLimit } from '../sessions';

const tags = ['wheel'];

/** A round, authorized like its Mesa: one of a Mesa the caller may not see answers 404. */
async function roundFor(req: FastifyRequest, id: string, action: Action) {
  const found = visibleOr404(await getRound(req.server.database.db, id));
  const { row, auth } = await mesaFor(req, found.mesa.id, action);
  const timeZone = row.mesa.timeZone ?? req.server.config.TIME_ZONE;
  return { round: found.round, mesa: row.mesa, auth, timeZone };
}

/** What a respondent sees to answer: the round's questions, in their language, and whether they may. */
async function formOf(req: FastifyRequest, respondent: WheelRespondent) {
  const { db } = req.server.database;
  const found = visibleOr404(await getRound(db, respondent.roundId));
  const person = await personForMail(db, respondent.personId);
  const timeZone = found.mesa.timeZone ?? req.server.config.TIME_ZONE;
  return {
    mesa: { name: found.mesa.name },
    person: { fullName: person?.fullName ?? '' },
    locale: person?.userLocale ?? found.mesa.locale,
    closesOn: found.round.closesOn,
    open: isRoundOpen(found.round, new Date(), timeZone),
    answered: respondent.answered,
    minAnswers: found.round.minAnswers,
    questions: (await roundQuestions(db, respondent.roundId)).map(presentRoundQuestion),
  };
}

const csvDownload = {
  description: 'The results table as CSV',
  content: { 'text/csv': { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
};

/**
 * The PPD Evaluation Wheel: its question set, a Mesa's rounds, the anonymous answers (signed in or
 * through a personal link, `/w/<token>`) and the results beside the measured facts.
 */
export const wheelRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/wheel/questions',
    {
      config: { access: 'wheelQuestion.read' },
      schema: {
        tags,
        summary: 'The questions of the Evaluation Wheel, in their order',
        description: 'Two or three statements per dimension, scored 0 ("don\'t know") to 5.',
        querystring: wheelQuestionsQuery,
        response: { 200: wheelQuestionList, ...errors(400, 401) },
      },
    },
    async (req) => {
      allow(req, 'wheelQuestion.read');
      const rows = await listWheelQuestions(app.database.db, { retired: req.query.retired === 'true' });
      return { questions: rows.map(presentWheelQuestion) };
    },
  );

  app.post(
    '/api/wheel/questions',
    {
      config: { access: 'wheelQuestion.manage' },
      schema: {
        tags,
        summary: 'Add a question to the Evaluation Wheel (administrators)',
        description: 'Asked from the next round on. A key another question has answers 409 CONFLICT.',
        body: createWheelQuestionBody,
        response: { 201: wheelQuestion, ...errors(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      allow(req, 'wheelQuestion.manage');
      const row = await createWheelQuestion(commandContext(req), req.body);
      return reply.status(201).send(presentWheelQuestion(row));
    },
  );

  app.patch(
    '/api/wheel/questions/:id',
    {
      config: { access: 'wheelQuestion.manage' },
      schema: {
        tags,
        summary: 'Reword, move, retire or bring back a question of the Evaluation Wheel (administrators)',
        description:
          'Rounds already opened keep the wording they asked. A stale `version` answers 409 STALE_WRITE.',
        params: idParam,
        body: updateWheelQuestionBody,
        response: { 200: wheelQuestion, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      allow(req, 'wheelQuestion.manage');
      return presentWheelQuestion(await updateWheelQuestion(commandContext(req), req.params.id, req.body));
    },
  );

  app.get(
    '/api/mesas/:id/wheel',
    {
      config: { access: 'wheel.read' },
      schema: {
        tags,
        summary: "A Mesa's rounds of the Evaluation Wheel, the latest first",
        params: idParam,
        response: { 200: wheelRoundList, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const { row, auth } = await mesaFor(req, req.params.id, 'wheel.read');
      const timeZone = row.mesa.timeZone ?? app.config.TIME_ZONE;
      const rounds = await listRounds(app.database.db, row.mesa.id);
      const counts = await respondentCounts(
        app.database.db,
        rounds.map((r) => r.id),
      );
      const now = new Date();
      return {
        rounds: rounds.map((r) => presentRoundSummary(r, isRoundOpen(r, now, timeZone), counts.get(r.id))),
        intervalMonths: app.config.WHEEL_INTERVAL_MONTHS,
        nextDueOn: nextRoundDueOn(rounds[0]?.openedOn ?? null, app.config.WHEEL_INTERVAL_MONTHS),
        can: { manage: isAllowed(auth.actor, 'wheel.manage', row.mesa.id) },
      };
    },
  );

  app.post(
    '/api/mesas/:id/wheel',
    {
      config: { access: 'wheel.manage' },
      schema: {
        tags,
        summary: 'Open a round of the Evaluation Wheel and mail each participant a personal link',
        description:
          'Asks every current participant but observers, each in their group (team, public, private), and mails each with an address a personal link in their language. One open round per Mesa at a time; the round keeps the anonymity threshold (WHEEL_MIN_ANSWERS) and looks back on the period since the previous round (or WHEEL_INTERVAL_MONTHS).',
        params: idParam,
        body: openWheelRoundBody,
        response: { 201: wheelRoundOpened, ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await mesaFor(req, req.params.id, 'wheel.manage');
      const { round, asked, mailed } = await openWheelRound(
        commandContext(req),
        req.params.id,
        { closesOn: req.body.closesOn, notApplicable: (req.body.notApplicable ?? []) as WheelDimension[] },
        { minAnswers: app.config.WHEEL_MIN_ANSWERS, intervalMonths: app.config.WHEEL_INTERVAL_MONTHS },
      );
      return reply.status(201).send({ ...presentRoundSummary(round, true, { asked, answered: 0 }), mailed });
    },
  );

  app.get(
    '/api/wheel-rounds/:id',
    {
      config: { access: 'wheel.read' },
      schema: {
        tags,
        summary: 'A round of the Evaluation Wheel: its questions and who answered (never what)',
        params: idParam,
        response: { 200: wheelRoundDetail, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const { round, auth, timeZone } = await roundFor(req, req.params.id, 'wheel.read');
      const { db } = app.database;
      const respondents = await roundRespondents(db, round.id);
      return {
        ...presentRound(round, isRoundOpen(round, new Date(), timeZone)),
        asked: respondents.length,
        answered: respondents.filter((r) => r.answered).length,
        questions: (await roundQuestions(db, round.id)).map(presentRoundQuestion),
        respondents: respondents.map((r) => ({
          person: { id: r.personId, fullName: r.fullName },
          group: r.group,
          answered: r.answered,
          mailed: r.mailed,
          remindedAt: r.remindedAt,
        })),
        can: { manage: isAllowed(auth.actor, 'wheel.manage', round.mesaId) },
      };
    },
  );

  /** The results of a round as the caller may see them (measured facts count only visible records). */
  async function resultsOf(req: FastifyRequest, id: string) {
    const { round, auth, timeZone } = await roundFor(req, id, 'wheel.read');
    const mesa = (await getMesa(app.database.db, round.mesaId))!.mesa;
    return loadRoundResults(app.database.db, round, mesa, {
      levels: visibleLevels(auth.actor, mesa.id),
      includePublicSectorOnly: canSeeMeeting(auth.actor, {
        visibility: 'public',
        mesaId: mesa.id,
        publicSectorOnly: true,
      }),
      timeZone,
      now: new Date(),
    });
  }

  app.get(
    '/api/wheel-rounds/:id/results',
    {
      config: { access: 'wheel.read' },
      schema: {
        tags,
        summary: "A round's results beside the previous round's and the measured facts",
        description:
          'Aggregates only: per dimension (and question) the mean of the scores 1-5, how many scores and how many "don\'t know", overall and per respondent group. Shown once the round is closed and at least `minAnswers` answered; a group with fewer answers (or one that would reveal such a group) is not shown.',
        params: idParam,
        response: { 200: wheelRoundResults, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => presentRoundResults(await resultsOf(req, req.params.id)),
  );

  app.get(
    '/api/wheel-rounds/:id/results.csv',
    {
      config: { access: 'wheel.read' },
      schema: {
        tags,
        summary: "A round's results table as CSV, in the caller's language",
        params: idParam,
        querystring: langQuery,
        response: { 200: csvDownload, ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const results = await resultsOf(req, req.params.id);
      const t = translator(requestLocale(req, req.query.lang)) as Translate;
      const name = `${t('wheel.csv.fileName')}-${results.round.openedOn}-${dateInZone(new Date(), app.config.TIME_ZONE)}.csv`;
      return reply
        .type(CSV_CONTENT_TYPE)
        .header('content-disposition', attachmentHeader(name))
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(writeCsv(asSheet(wheelResultsTable(results, t))), 'utf8'));
    },
  );

  app.post(
    '/api/wheel-rounds/:id/close',
    {
      config: { access: 'wheel.manage' },
      schema: {
        tags,
        summary: 'Close a round before its closing day; its results show from then on',
        params: idParam,
        body: wheelRoundActionBody,
        response: {
          200: wheelRoundDetail.omit({ questions: true, respondents: true, can: true }),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (req) => {
      await roundFor(req, req.params.id, 'wheel.manage');
      const round = await closeWheelRound(commandContext(req), req.params.id);
      const counts = await respondentCounts(app.database.db, [round.id]);
      return presentRoundSummary(round, false, counts.get(round.id));
    },
  );

  app.post(
    '/api/wheel-rounds/:id/remind',
    {
      config: { access: 'wheel.manage' },
      schema: {
        tags,
        summary: 'Mail a fresh personal link to every participant who has not answered an open round',
        description: 'The earlier links keep working.',
        params: idParam,
        body: wheelRoundActionBody,
        response: { 200: wheelRemindResult, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await roundFor(req, req.params.id, 'wheel.manage');
      return { reminded: await remindWheelRound(commandContext(req), req.params.id) };
    },
  );

  app.get(
    '/api/wheel-rounds/:id/form',
    {
      config: { access: 'wheel.answer' },
      schema: {
        tags,
        summary: 'A round of the Evaluation Wheel as the signed-in participant answers it',
        description: 'For a participant the round asks; anyone else gets 404.',
        params: idParam,
        response: { 200: wheelForm, ...errors(400, 401, 404) },
      },
    },
    async (req, reply) => {
      const { actor } = requireAuth(req);
      const respondent = actor.personId
        ? await respondentOf(app.database.db, req.params.id, actor.personId)
        : null;
      reply.header('cache-control', 'no-store');
      return formOf(req, visibleOr404(respondent));
    },
  );

  app.post(
    '/api/wheel-rounds/:id/answers',
    {
      config: { access: 'wheel.answer' },
      schema: {
        tags,
        summary: 'Answer a round of the Evaluation Wheel, signed in, anonymously and once',
        description:
          'One score per question of the round. The team sees that you answered, never what: scores are stored with your group only. Answering twice answers 409 CONFLICT; a round that does not ask you answers 404, like a missing one.',
        params: idParam,
        body: wheelAnswersBody,
        response: { 201: wheelAnswered, ...errors(400, 401, 404, 409) },
      },
    },
    async (req, reply) => {
      allow(req, 'wheel.answer');
      await answerSignedIn(commandContext(req), req.params.id, req.body.answers);
      return reply.status(201).send({ answered: true as const });
    },
  );

  app.get(
    '/api/wheel-links/:token',
    {
      // No sign-in: the secret token is the authorization; unknown token → 404, rate-limited by address.
      config: { access: 'public', rateLimit: signInRateLimit(app) },
      schema: {
        tags,
        summary:
          'What a personal Evaluation Wheel link asks: the round’s questions, in the person’s language',
        params: wheelTokenParam,
        response: { 200: wheelForm, ...errors(400, 404, 429) },
      },
    },
    async (req, reply) => {
      const respondent = await openWheelLink(app.database, req.params.token);
      if (!respondent) throw new AppError('NOT_FOUND');
      reply.header('cache-control', 'no-store');
      return formOf(req, respondent);
    },
  );

  app.post(
    '/api/wheel-links/:token',
    {
      config: { access: 'public', rateLimit: signInRateLimit(app) },
      schema: {
        tags,
        summary: 'Answer a round of the Evaluation Wheel through a personal link, anonymously and once',
        description:
          'The same answer as POST /api/wheel-rounds/:id/answers, by the person the link was made for.',
        params: wheelTokenParam,
        body: wheelAnswersBody,
        response: { 201: wheelAnswered, ...errors(400, 404, 409, 429) },
      },
    },
    async (req, reply) => {
      await answerThroughLink(
        {
          db: app.database.db,
          requestId: req.id,
          timeZone: app.config.TIME_ZONE,
          publicUrl: app.config.PUBLIC_URL,
          mailFrom: app.config.MAIL_FROM,
        },
        req.params.token,
        req.body.answers,
      );
      return reply.status(201).send({ answered: true as const });
    },
  );
};
