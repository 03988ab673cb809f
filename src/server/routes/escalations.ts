import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { CommandContext } from '../../commands/context';
import {
  answerEscalation,
  createEscalation,
  decideEscalation,
  returnEscalation,
  withdrawEscalation,
} from '../../commands/escalations';
import {
  type EscalationFilter,
  getEscalationRow,
  listEscalationEvents,
  listEscalations,
} from '../../db/queries/escalations';
import { AppError } from '../../domain/errors';
import { escalationStatuses, sortInbox } from '../../domain/escalations';
import { allow, commandContext, requireAuth } from '../context';
import { escalationFor, escalationVisibleTo, mesaFor, problemFor } from '../load';
import { presentEscalation } from '../presenters/escalations';
import { errors, idParam } from '../schemas/common';
import {
  answerBody,
  createEscalationBody,
  decisionBody,
  escalationDetail,
  escalationList,
  inboxQuery,
  mesaEscalationsQuery,
  returnBody,
  withdrawBody,
} from '../schemas/escalations';

/** The escalations of a filter that the caller may see, the oldest first, with their exchange. */
async function presentList(req: FastifyRequest, filter: EscalationFilter) {
  const { actor } = requireAuth(req);
  const { db } = req.server.database;
  const rows = sortInbox(
    (await listEscalations(db, filter))
      .filter((r) => escalationVisibleTo(actor, r))
      .map((r) => ({ ...r, id: r.escalation.id, escalatedAt: r.escalation.escalatedAt })),
  );
  const events = await listEscalationEvents(
    db,
    rows.map((r) => r.id),
  );
  const now = new Date();
  const tz = req.server.config.TIME_ZONE;
  return { escalations: rows.map((r) => presentEscalation(r, events, actor, now, tz)) };
}

async function detail(req: FastifyRequest, id: string) {
  const { db } = req.server.database;
  const row = await getEscalationRow(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  const events = await listEscalationEvents(db, [id]);
  return presentEscalation(row, events, requireAuth(req).actor, new Date(), req.server.config.TIME_ZONE);
}

// ── Routes ────────────────────────────────────────────────────────────────────────────────────────

export const escalationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/problems/:id/escalations',
    {
      config: { access: 'escalation.create' },
      schema: {
        tags: ['escalations'],
        summary: 'Escalate a problem to the high-level body: why, a short brief and the options',
        description:
          'A problem has at most one escalation waiting (open or returned): another answers 409 CONFLICT. The visibility is never wider than the problem’s.',
        params: idParam,
        body: createEscalationBody,
        response: { 201: escalationDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      await problemFor(req, req.params.id, 'escalation.create');
      const created = await createEscalation(commandContext(req), req.params.id, req.body);
      return reply.status(201).send(await detail(req, created.id));
    },
  );

  app.get(
    '/api/problems/:id/escalations',
    {
      config: { access: 'escalation.read' },
      schema: {
        tags: ['escalations'],
        summary: "A problem's escalations you can see, the oldest first, with their exchange",
        params: idParam,
        response: { 200: escalationList, ...errors(401, 404) },
      },
    },
    async (req) => {
      await problemFor(req, req.params.id, 'escalation.read');
      return presentList(req, { problemId: req.params.id });
    },
  );

  app.get(
    '/api/mesas/:id/escalations',
    {
      config: { access: 'escalation.read' },
      schema: {
        tags: ['escalations'],
        summary: "A Mesa's escalations you can see, the oldest first",
        params: idParam,
        querystring: mesaEscalationsQuery,
        response: { 200: escalationList, ...errors(400, 401, 404) },
      },
    },
    async (req) => {
      await mesaFor(req, req.params.id, 'escalation.read');
      const status = req.query.status ?? 'all';
      return presentList(req, {
        mesaId: req.params.id,
        ...(status === 'all' ? {} : { statuses: [status] }),
      });
    },
  );

  app.get(
    '/api/escalations',
    {
      config: { access: 'escalation.inbox' },
      schema: {
        tags: ['escalations'],
        summary: "The high-level body's inbox: escalations across all Mesas, the oldest first",
        description:
          'For the high-level body and the coordinating office. Each escalation carries its Mesa, problem and age. `status`: open (default), returned, decided, withdrawn or all.',
        querystring: inboxQuery,
        response: { 200: escalationList, ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      allow(req, 'escalation.inbox');
      const { status } = req.query;
      return presentList(req, status === 'all' ? { statuses: escalationStatuses } : { statuses: [status] });
    },
  );

  app.get(
    '/api/escalations/:id',
    {
      config: { access: 'escalation.read' },
      schema: {
        tags: ['escalations'],
        summary: 'An escalation with its exchange (escalated, returned with questions, answered, decided)',
        params: idParam,
        response: { 200: escalationDetail, ...errors(401, 404) },
      },
    },
    async (req) => {
      await escalationFor(req, req.params.id, 'escalation.read');
      return detail(req, req.params.id);
    },
  );

  /** One step of the exchange: authorizes it on the escalation, runs the command, answers the escalation. */
  const stepRoute = <B extends z.ZodType>(
    step: string,
    access: 'escalation.decide' | 'escalation.create',
    doc: { summary: string; description?: string },
    body: B,
    command: (ctx: CommandContext, id: string, input: z.infer<B>) => Promise<unknown>,
  ) =>
    app.post(
      `/api/escalations/:id/${step}`,
      {
        config: { access },
        schema: {
          tags: ['escalations'],
          ...doc,
          params: idParam,
          body,
          response: { 200: escalationDetail, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (req) => {
        await escalationFor(req, req.params.id, access);
        // The type provider cannot resolve a generic schema's type; `body` has validated it.
        await command(commandContext(req), req.params.id, req.body as z.infer<B>);
        return detail(req, req.params.id);
      },
    );

  stepRoute(
    'decision',
    'escalation.decide',
    {
      summary: 'Decide an escalation: the decision, the day it was taken and who took it',
      description:
        'Only an open escalation is decided (409 ILLEGAL_TRANSITION with the allowed ones otherwise). The decision goes on the Mesa’s next session agenda and in the problem’s timeline.',
    },
    decisionBody,
    decideEscalation,
  );
  stepRoute(
    'return',
    'escalation.decide',
    { summary: 'Return an open escalation to the team with questions' },
    returnBody,
    returnEscalation,
  );
  stepRoute(
    'answer',
    'escalation.create',
    { summary: 'Answer the questions of a returned escalation: it waits for a decision again' },
    answerBody,
    answerEscalation,
  );
  stepRoute(
    'withdraw',
    'escalation.create',
    { summary: 'Withdraw an escalation that waits (open or returned), saying why' },
    withdrawBody,
    withdrawEscalation,
  );
};
