import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createFeedbackLink, openFeedbackLink, reportThroughLink } from '../../commands/feedback-links';
import { reopenWithSolution } from '../../commands/field-feedback';
import { AppError } from '../../domain/errors';
import { problemCode } from '../../domain/problem-code';
import { commandContext } from '../context';
import { problemFor } from '../load';
import { errors, idParam } from '../schemas/common';
import {
  feedbackLinkBody,
  feedbackLinkCreated,
  feedbackLinkReport,
  feedbackLinkReported,
  feedbackLinkTokenParam,
  feedbackLinkView,
  reopenBody,
} from '../schemas/field-feedback';
import { problemDetail } from '../schemas/matrix';
import { signInRateLimit } from '../sessions';
import { problemPage } from './problems';

/**
 * Field feedback that changes something: reopening a fix with a new solution version in one step,
 * and the links that let a participant report from a phone without signing in (`/f/<token>`).
 */
export const fieldFeedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/problems/:id/reopen',
    {
      config: { access: 'problem.update' },
      schema: {
        tags: ['matrix'],
        summary: 'Reopen an enacted or verified problem with a new solution version, in one step',
        description:
          'Moves the problem back to in progress (the reason is required) and records the new version of its solution with the same reason, in one transaction; the field alert clears.',
        params: idParam,
        body: reopenBody,
        response: { 200: problemDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await problemFor(req, req.params.id, 'problem.update');
      await reopenWithSolution(commandContext(req), req.params.id, req.body);
      return problemPage(req, req.params.id);
    },
  );

  app.post(
    '/api/problems/:id/feedback-links',
    {
      config: { access: 'problem.update' },
      schema: {
        tags: ['matrix'],
        summary: 'Make a link for a participant to report field feedback from a phone, without signing in',
        description:
          'For an enacted or verified problem and a participant allowed to see it. The link works for 30 days; its token is stored only as a hash. With `send`, it is also e-mailed to the person in their language.',
        params: idParam,
        body: feedbackLinkBody,
        response: { 201: feedbackLinkCreated, ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await problemFor(req, req.params.id, 'problem.update');
      const { url, expiresAt, mailed } = await createFeedbackLink(
        commandContext(req),
        req.params.id,
        req.body,
      );
      return reply.status(201).send({ url, expiresAt, mailed });
    },
  );

  app.get(
    '/api/feedback-links/:token',
    {
      // No sign-in: the secret token is the authorization. Unknown or expired → 404. Rate-limited by
      // address like sign-in, so that tokens cannot be guessed at speed.
      config: { access: 'public', rateLimit: signInRateLimit(app) },
      schema: {
        tags: ['matrix'],
        summary: 'What a field-feedback link asks about: the problem, its current solution and the Mesa',
        params: feedbackLinkTokenParam,
        response: { 200: feedbackLinkView, ...errors(404, 429) },
      },
    },
    async (req, reply) => {
      const opened = await openFeedbackLink(app.database, req.params.token);
      if (!opened) throw new AppError('NOT_FOUND');
      const { problem, person, link } = opened;
      reply.header('cache-control', 'no-store');
      return {
        problem: { code: problemCode(problem.number), title: problem.title, status: problem.status },
        solution: problem.solution,
        mesa: { name: problem.mesa.name },
        person: { fullName: person.fullName },
        locale: person.userLocale ?? problem.mesa.locale,
        expiresAt: link.expiresAt,
      };
    },
  );

  app.post(
    '/api/feedback-links/:token',
    {
      config: { access: 'public', rateLimit: signInRateLimit(app) },
      schema: {
        tags: ['matrix'],
        summary: "Report field feedback through a link, as the link's person",
        description:
          'The same report as POST /api/problems/:id/feedback, made by the person the link was made for; negative feedback on an enacted fix flags it and alerts the team.',
        params: feedbackLinkTokenParam,
        body: feedbackLinkReport,
        response: { 201: feedbackLinkReported, ...errors(400, 404, 429) },
      },
    },
    async (req, reply) => {
      const { id } = await reportThroughLink(
        {
          db: app.database.db,
          requestId: req.id,
          timeZone: app.config.TIME_ZONE,
          publicUrl: app.config.PUBLIC_URL,
          mailFrom: app.config.MAIL_FROM,
        },
        req.params.token,
        req.body,
      );
      return reply.status(201).send({ id, verdict: req.body.verdict });
    },
  );
};
