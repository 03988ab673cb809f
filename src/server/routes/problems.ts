import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reportFieldFeedback } from '../../commands/field-feedback';
import { addIndicator, updateIndicator } from '../../commands/indicators';
import { transitionProblem, updateProblem } from '../../commands/problems';
import { proposeSolution, reviseSolution, updateSolution } from '../../commands/solutions';
import { getMesa } from '../../db/queries/mesas';
import { getIndicator, getProblemDetail } from '../../db/queries/problems';
import { AppError } from '../../domain/errors';
import { commandContext, requireAuth } from '../context';
import { indicatorFor, problemFor, solutionFor } from '../load';
import { presentProblemDetail } from '../presenters';
import { errors, idParam } from '../schemas/common';
import {
  feedbackBody,
  feedbackResult,
  indicator,
  indicatorBody,
  problemDetail,
  problemTransitionBody,
  proposeSolutionBody,
  reviseSolutionBody,
  solution,
  updateIndicatorBody,
  updateProblemBody,
  updateSolutionBody,
} from '../schemas/matrix';

/** The full problem as its page shows it (the caller has been authorized). */
export async function problemPage(req: FastifyRequest, id: string) {
  const { db } = req.server.database;
  const detail = await getProblemDetail(db, id);
  const mesa = detail ? await getMesa(db, detail.problem.mesaId) : null;
  if (!detail || !mesa) throw new AppError('NOT_FOUND');
  return presentProblemDetail(detail, mesa.mesa, requireAuth(req).actor);
}

export const problemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/problems/:id',
    {
      config: { access: 'matrix.read' },
      schema: {
        tags: ['matrix'],
        summary:
          'A problem with its solutions (every version), indicators, field feedback and status history',
        params: idParam,
        response: { 200: problemDetail, ...errors(401, 404) },
      },
    },
    async (req) => {
      await problemFor(req, req.params.id, 'matrix.read');
      return problemPage(req, req.params.id);
    },
  );

  app.patch(
    '/api/problems/:id',
    {
      config: { access: 'problem.update' },
      schema: {
        tags: ['matrix'],
        summary: 'Edit a problem (optimistic locking on `version`)',
        params: idParam,
        body: updateProblemBody,
        response: { 200: problemDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await problemFor(req, req.params.id, 'problem.update');
      const { version, ...changes } = req.body;
      await updateProblem(commandContext(req), req.params.id, version, changes);
      return problemPage(req, req.params.id);
    },
  );

  app.post(
    '/api/problems/:id/transitions',
    {
      config: { access: 'problem.update' },
      schema: {
        tags: ['matrix'],
        summary: 'Change the status of a problem; an illegal move answers 409 with the allowed ones',
        params: idParam,
        body: problemTransitionBody,
        response: { 200: problemDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await problemFor(req, req.params.id, 'problem.update');
      const { to, reason, version } = req.body;
      await transitionProblem(commandContext(req), req.params.id, {
        to,
        reason: reason ?? null,
        ...(version !== undefined ? { version } : {}),
      });
      return problemPage(req, req.params.id);
    },
  );

  app.post(
    '/api/problems/:id/solutions',
    {
      config: { access: 'solution.propose' },
      schema: {
        tags: ['matrix'],
        summary: 'Propose a solution to a problem (its version 1)',
        params: idParam,
        body: proposeSolutionBody,
        response: { 201: solution, ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await problemFor(req, req.params.id, 'solution.propose');
      const created = await proposeSolution(commandContext(req), req.params.id, req.body);
      const page = await problemPage(req, req.params.id);
      return reply.status(201).send(page.solutions.find((s) => s.id === created.id)!);
    },
  );

  app.post(
    '/api/solutions/:id/versions',
    {
      config: { access: 'solution.revise' },
      schema: {
        tags: ['matrix'],
        summary: 'Revise a solution: a new version with the reason; earlier versions are kept',
        params: idParam,
        body: reviseSolutionBody,
        response: { 201: solution, ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const { problem } = await solutionFor(req, req.params.id, 'solution.revise');
      await reviseSolution(commandContext(req), req.params.id, req.body);
      const page = await problemPage(req, problem.id);
      return reply.status(201).send(page.solutions.find((s) => s.id === req.params.id)!);
    },
  );

  app.patch(
    '/api/solutions/:id',
    {
      config: { access: 'solution.revise' },
      schema: {
        tags: ['matrix'],
        summary: "Change a solution's instrument, or confirm or dismiss its filter flags",
        description:
          'The text changes only through POST /api/solutions/:id/versions. Solutions carry no edit version: the last write wins.',
        params: idParam,
        body: updateSolutionBody,
        response: { 200: solution, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const { problem } = await solutionFor(req, req.params.id, 'solution.revise');
      await updateSolution(commandContext(req), req.params.id, req.body);
      const page = await problemPage(req, problem.id);
      return page.solutions.find((s) => s.id === req.params.id)!;
    },
  );

  app.post(
    '/api/problems/:id/indicators',
    {
      config: { access: 'indicator.manage' },
      schema: {
        tags: ['matrix'],
        summary: 'Add an outcome indicator (before → after) to a problem or one of its solutions',
        params: idParam,
        body: indicatorBody,
        response: { 201: indicator, ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await problemFor(req, req.params.id, 'indicator.manage');
      const { id } = await addIndicator(commandContext(req), req.params.id, req.body);
      return reply.status(201).send((await getIndicator(app.database.db, id))!);
    },
  );

  app.patch(
    '/api/indicators/:id',
    {
      config: { access: 'indicator.manage' },
      schema: {
        tags: ['matrix'],
        summary: 'Edit an outcome indicator, e.g. its current value as results come in',
        params: idParam,
        body: updateIndicatorBody,
        response: { 200: indicator, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await indicatorFor(req, req.params.id, 'indicator.manage');
      await updateIndicator(commandContext(req), req.params.id, req.body);
      return (await getIndicator(app.database.db, req.params.id))!;
    },
  );

  app.post(
    '/api/problems/:id/feedback',
    {
      config: { access: 'feedback.report' },
      schema: {
        tags: ['matrix'],
        summary: 'Report whether an enacted fix is applied on the ground',
        params: idParam,
        body: feedbackBody,
        response: { 201: feedbackResult, ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await problemFor(req, req.params.id, 'feedback.report');
      const result = await reportFieldFeedback(commandContext(req), req.params.id, req.body);
      const problem = await problemPage(req, req.params.id);
      const feedback = problem.feedback.find((f) => f.id === result.id)!;
      return reply.status(201).send({ feedback, offerReopen: result.offerReopen, problem });
    },
  );
};
