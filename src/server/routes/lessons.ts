import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createLesson, deleteLesson, updateLesson } from '../../commands/lessons';
import { similarLessons } from '../../db/queries/lesson-search';
import { lessonRows, mesaLessonIds, problemLessonIds } from '../../db/queries/lessons';
import { authorize, canSee, isAllowed, visibleLevels } from '../../domain/access';
import { SIMILAR_LESSONS_LIMIT } from '../../domain/lessons';
import { commandContext, requireAuth } from '../context';
import { mesaFor, problemFor, visibleOr404 } from '../load';
import { presentLesson } from '../presenters/lessons';
import { errors, idParam, ok } from '../schemas/common';
import {
  createLessonBody,
  lesson,
  lessonList,
  similarLessonList,
  updateLessonBody,
} from '../schemas/lessons';

/**
 * A lesson and the right to act on it: one of a Mesa the caller may not see, or of a visibility the
 * caller may not see, answers 404 like a missing one; only then may the action be refused with 403.
 */
async function lessonFor(req: FastifyRequest, id: string, action: 'lesson.read' | 'lesson.manage') {
  const { actor } = requireAuth(req);
  const [row] = await lessonRows(req.server.database.db, [id]);
  const found = visibleOr404(
    row,
    (r) => canSee(actor, r.mesa.visibility, r.mesa.id) && canSee(actor, r.lesson.visibility, r.mesa.id),
  );
  authorize(actor, action, { mesaId: found.mesa.id });
  return { row: found, actor };
}

const tags = ['lessons'];

/**
 * Lessons a Mesa learned (paper section 6): written by its team when a problem is verified, dropped or
 * escalated, listed by Mesa and by problem, and offered to other Mesas on a similar problem.
 */
export const lessonRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;
  const present = async (ids: string[], req: FastifyRequest) =>
    (await lessonRows(db(), ids)).map((r) => presentLesson(r, requireAuth(req).actor));

  app.get(
    '/api/mesas/:id/lessons',
    {
      config: { access: 'lesson.read' },
      schema: {
        tags,
        summary: "A Mesa's lessons, the newest first",
        description: 'Only the lessons whose visibility you may see, of a Mesa you may see (404 otherwise).',
        params: idParam,
        response: { 200: lessonList, ...errors(400, 401, 404) },
      },
    },
    async (req) => {
      const { auth } = await mesaFor(req, req.params.id, 'lesson.read');
      const ids = await mesaLessonIds(db(), req.params.id, visibleLevels(auth.actor, req.params.id));
      return {
        lessons: await present(ids, req),
        can: { write: isAllowed(auth.actor, 'lesson.manage', req.params.id) },
      };
    },
  );

  app.post(
    '/api/mesas/:id/lessons',
    {
      config: { access: 'lesson.manage' },
      schema: {
        tags,
        summary: 'Write down a lesson of a Mesa',
        description:
          'What happened and what was learned, with tags, a visibility and the problems, sessions and escalations of the Mesa it draws on. A record of another Mesa answers 400 VALIDATION_FAILED and nothing is written.',
        params: idParam,
        body: createLessonBody,
        response: { 201: lesson, ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await mesaFor(req, req.params.id, 'lesson.manage');
      const row = await createLesson(commandContext(req), req.params.id, req.body);
      const [saved] = await present([row.id], req);
      return reply.status(201).send(saved!);
    },
  );

  app.get(
    '/api/lessons/:id',
    {
      config: { access: 'lesson.read' },
      schema: {
        tags,
        summary: 'A lesson',
        params: idParam,
        response: { 200: lesson, ...errors(400, 401, 404) },
      },
    },
    async (req) => {
      const { row, actor } = await lessonFor(req, req.params.id, 'lesson.read');
      return presentLesson(row, actor);
    },
  );

  app.patch(
    '/api/lessons/:id',
    {
      config: { access: 'lesson.manage' },
      schema: {
        tags,
        summary: 'Edit a lesson',
        description:
          'Only what is given changes; `links` replaces the kinds it names. A stale `version` answers 409 STALE_WRITE and nothing is changed.',
        params: idParam,
        body: updateLessonBody,
        response: { 200: lesson, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await lessonFor(req, req.params.id, 'lesson.manage');
      await updateLesson(commandContext(req), req.params.id, req.body);
      const [saved] = await present([req.params.id], req);
      return visibleOr404(saved);
    },
  );

  app.delete(
    '/api/lessons/:id',
    {
      config: { access: 'lesson.manage' },
      schema: {
        tags,
        summary: 'Delete a lesson (the audit trail keeps what it was)',
        params: idParam,
        response: { 200: ok, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await lessonFor(req, req.params.id, 'lesson.manage');
      await deleteLesson(commandContext(req), req.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/problems/:id/lessons',
    {
      config: { access: 'lesson.read' },
      schema: {
        tags,
        summary: 'The lessons drawn on a problem, the newest first',
        description: 'Only the lessons you may see, of a problem you may see (404 otherwise).',
        params: idParam,
        response: { 200: lessonList, ...errors(400, 401, 404) },
      },
    },
    async (req) => {
      const { problem, mesa, auth } = await problemFor(req, req.params.id, 'lesson.read');
      const ids = await problemLessonIds(db(), problem.id, visibleLevels(auth.actor, mesa.id));
      return {
        lessons: await present(ids, req),
        can: { write: isAllowed(auth.actor, 'lesson.manage', mesa.id) },
      };
    },
  );

  app.get(
    '/api/problems/:id/similar-lessons',
    {
      config: { access: 'lesson.read' },
      schema: {
        tags,
        summary: 'Lessons of other Mesas about a similar problem',
        description:
          "Lessons of other Mesas whose text, or the titles of the problems they draw on, share words (by stem, in the problem's Mesa's language) with this problem's title and description: the closest first, at most three. Only Mesas and lessons you may see.",
        params: idParam,
        response: { 200: similarLessonList, ...errors(400, 401, 404) },
      },
    },
    async (req) => {
      const { problem, mesa, auth } = await problemFor(req, req.params.id, 'lesson.read');
      const similar = await similarLessons(
        db(),
        auth.actor,
        { mesaId: mesa.id, title: problem.title, description: problem.description, locale: mesa.locale },
        SIMILAR_LESSONS_LIMIT,
      );
      const rows = await lessonRows(
        db(),
        similar.map((s) => s.id),
      );
      const rank = new Map(similar.map((s) => [s.id, s.rank]));
      return {
        lessons: rows.map((r) => ({ ...presentLesson(r, auth.actor), rank: rank.get(r.lesson.id) ?? 0 })),
      };
    },
  );
};
