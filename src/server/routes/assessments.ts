import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createAssessment,
  createQuestion,
  decideAssessment,
  updateQuestion,
} from '../../commands/assessments';
import {
  getAssessment,
  listAssessments,
  listQuestions,
  preliminaryMeetings,
} from '../../db/queries/assessments';
import { isAllowed } from '../../domain/access';
import { AppError } from '../../domain/errors';
import { allow, commandContext } from '../context';
import { mesaFor } from '../load';
import { presentAssessments, presentQuestion, visibleMeetings } from '../presenters/assessments';
import {
  assessment,
  assessmentBody,
  assessmentList,
  assessmentQuestion,
  decisionBody,
  questionBody,
  questionsQuery,
  updateQuestionBody,
} from '../schemas/assessments';
import { errors, idParam } from '../schemas/common';

/** Activating the Mesa with its launch is a lifecycle transition: the caller must be allowed that too. */
function mayActivate(req: FastifyRequest, mesaId: string, activate: boolean | undefined) {
  if (activate) allow(req, 'mesa.transition', { mesaId });
}

/**
 * Feasibility assessments of a Mesa (paper 7.A and 4.5 b) and the checklist they answer. Reading is
 * for the coordinating office, the high-level body and the Mesa's dedicated team; assessing and
 * deciding for the coordinating office; the checklist is edited by administrators.
 */
export const assessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  app.get(
    '/api/mesas/:id/assessments',
    {
      config: { access: 'assessment.read' },
      schema: {
        tags: ['assessments'],
        summary: "A Mesa's feasibility assessments, newest first, with their red flags and decisions",
        params: idParam,
        response: { 200: assessmentList, ...errors(401, 403, 404) },
      },
    },
    async (req) => {
      const { auth } = await mesaFor(req, req.params.id, 'assessment.read');
      const [rows, meetings] = await Promise.all([
        listAssessments(db(), req.params.id),
        preliminaryMeetings(db(), req.params.id),
      ]);
      return {
        assessments: await presentAssessments(db(), auth.actor, rows),
        preliminaryMeetings: visibleMeetings(auth.actor, meetings),
        can: { manage: isAllowed(auth.actor, 'assessment.manage', req.params.id) },
      };
    },
  );

  app.post(
    '/api/mesas/:id/assessments',
    {
      config: { access: 'assessment.manage' },
      schema: {
        tags: ['assessments'],
        summary:
          'Assess the feasibility of a Mesa: answers, preliminary meetings, optionally the decision (a launch may activate the Mesa)',
        params: idParam,
        body: assessmentBody,
        response: { 201: assessment, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const { auth } = await mesaFor(req, req.params.id, 'assessment.manage');
      mayActivate(req, req.params.id, req.body.activate);
      const row = await createAssessment(commandContext(req), req.params.id, req.body);
      const [presented] = await presentAssessments(db(), auth.actor, [row]);
      return reply.status(201).send(presented!);
    },
  );

  app.get(
    '/api/assessments/:id',
    {
      config: { access: 'assessment.read' },
      schema: {
        tags: ['assessments'],
        summary: 'One feasibility assessment',
        params: idParam,
        response: { 200: assessment, ...errors(401, 403, 404) },
      },
    },
    async (req) => {
      const row = await getAssessment(db(), req.params.id);
      if (!row) throw new AppError('NOT_FOUND');
      const { auth } = await mesaFor(req, row.mesaId, 'assessment.read');
      const [presented] = await presentAssessments(db(), auth.actor, [row]);
      return presented!;
    },
  );

  app.post(
    '/api/assessments/:id/decision',
    {
      config: { access: 'assessment.manage' },
      schema: {
        tags: ['assessments'],
        summary:
          'Decide an open assessment: launch (optionally activating the Mesa), not now or no, with its rationale (once; 409 after)',
        params: idParam,
        body: decisionBody,
        response: { 200: assessment, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const row = await getAssessment(db(), req.params.id);
      if (!row) throw new AppError('NOT_FOUND');
      const { auth } = await mesaFor(req, row.mesaId, 'assessment.manage');
      mayActivate(req, row.mesaId, req.body.activate);
      const decided = await decideAssessment(commandContext(req), row.id, req.body);
      const [presented] = await presentAssessments(db(), auth.actor, [decided]);
      return presented!;
    },
  );

  app.get(
    '/api/assessment-questions',
    {
      config: { access: 'assessment.read' },
      schema: {
        tags: ['assessments'],
        summary: 'The feasibility checklist, in order (retired questions only when asked for)',
        querystring: questionsQuery,
        response: { 200: z.object({ questions: z.array(assessmentQuestion) }), ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      allow(req, 'assessment.read');
      const rows = await listQuestions(db(), { includeRetired: req.query.includeRetired });
      return { questions: rows.map(presentQuestion) };
    },
  );

  app.post(
    '/api/assessment-questions',
    {
      config: { access: 'assessment.questions' },
      schema: {
        tags: ['assessments'],
        summary: 'Add a question to the feasibility checklist (admin)',
        body: questionBody,
        response: { 201: assessmentQuestion, ...errors(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      allow(req, 'assessment.questions');
      return reply.status(201).send(presentQuestion(await createQuestion(commandContext(req), req.body)));
    },
  );

  app.patch(
    '/api/assessment-questions/:id',
    {
      config: { access: 'assessment.questions' },
      schema: {
        tags: ['assessments'],
        summary: 'Reword, reorder, re-flag, retire or restore a checklist question (admin; never deleted)',
        params: idParam,
        body: updateQuestionBody,
        response: { 200: assessmentQuestion, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      allow(req, 'assessment.questions');
      return presentQuestion(await updateQuestion(commandContext(req), req.params.id, req.body));
    },
  );
};
