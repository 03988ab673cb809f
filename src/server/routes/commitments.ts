import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { chaseLateOwners, previewChase } from '../../commands/commitment-chase';
import { createCommitment, reportProgress, updateCommitment } from '../../commands/commitments';
import {
  type CommitmentFilter,
  type CommitmentRow,
  getCommitmentRow,
  listBoardCommitments,
  listCommitmentReports,
  listCommitments,
  listDueChanges,
  meetingRef,
  problemRef,
} from '../../db/queries/commitments';
import { getOrganization } from '../../db/queries/organizations';
import { type Actor, canSee, canSeeMeeting, isAllowed, visibleLevels } from '../../domain/access';
import { todayIn } from '../../domain/calendar-days';
import { sortMyCommitments } from '../../domain/commitments';
import { AppError } from '../../domain/errors';
import { buildBoard } from '../commitment-board';
import { allow, commandContext, requireAuth } from '../context';
import { commitmentFor, commitmentVisibleTo, mesaFor } from '../load';
import { canReportOn, presentCommitment, presentDueChange, presentReport } from '../presenters/commitments';
import {
  boardQuery,
  chaseBody,
  chaseResult,
  commitmentBoard,
  commitmentDetail,
  commitmentList,
  createCommitmentBody,
  mesaCommitmentsQuery,
  myCommitmentsQuery,
  progressBody,
  progressResult,
  updateCommitmentBody,
} from '../schemas/commitments';
import { errors, idParam } from '../schemas/common';

/**
 * Presents the commitments the actor may see, late ones first, with their counts; `overdueOnly` keeps
 * the open ones past their due day, each in its own Mesa's time zone.
 */
function presentList(req: FastifyRequest, rows: CommitmentRow[], overdueOnly = false) {
  const { actor } = requireAuth(req);
  const now = new Date();
  const timeZone = req.server.config.TIME_ZONE;
  const visible = rows
    .filter((r) => commitmentVisibleTo(actor, r))
    .map((r) => presentCommitment(r, actor, now, timeZone))
    .filter((c) => !overdueOnly || c.overdue);
  const zones = new Map(rows.map((r) => [r.commitment.id, r.mesa.timeZone ?? timeZone]));
  const sorted = sortMyCommitments(visible, now, (c) => zones.get(c.id) ?? timeZone);
  const count = (p: (c: (typeof visible)[number]) => boolean) => visible.filter(p).length;
  return {
    commitments: sorted,
    summary: {
      open: count((c) => c.status === 'open'),
      overdue: count((c) => c.overdue),
      done: count((c) => c.status === 'done'),
      doneOnTime: count((c) => c.completedOnTime === true),
      cancelled: count((c) => c.status === 'cancelled'),
    },
  };
}

// ── Loading and authorizing ───────────────────────────────────────────────────────────────────────

async function detail(req: FastifyRequest, id: string) {
  const { db } = req.server.database;
  const { actor } = requireAuth(req);
  const row = await getCommitmentRow(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  const reports = await listCommitmentReports(db, id);
  const dueChanges = await listDueChanges(db, id);
  return {
    ...presentCommitment(row, actor, new Date(), req.server.config.TIME_ZONE),
    reports: reports.map((r) => presentReport(r, actor, row.mesa.id)),
    dueChanges: dueChanges.map(presentDueChange),
  };
}

/** Whether the problem and meeting a Mesa's list is filtered by are ones the actor may see there. */
async function filterTargetsVisible(
  req: FastifyRequest<{ Querystring: { problemId?: string; meetingId?: string } }>,
  actor: Actor,
  mesaId: string,
) {
  const { db } = req.server.database;
  const { problemId, meetingId } = req.query;
  if (problemId) {
    const problem = await problemRef(db, problemId);
    if (!problem || problem.mesaId !== mesaId || !canSee(actor, problem.visibility, mesaId)) return false;
  }
  if (meetingId) {
    const meeting = await meetingRef(db, meetingId);
    if (!meeting || meeting.mesaId !== mesaId || !canSeeMeeting(actor, meeting)) return false;
  }
  return true;
}

// ── Routes ────────────────────────────────────────────────────────────────────────────────────────

export const commitmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/mesas/:id/commitments',
    {
      config: { access: 'commitment.read' },
      schema: {
        tags: ['commitments'],
        summary: "A Mesa's commitments you can see, late ones first",
        description:
          "Each commitment carries `overdue` and `dueState`, derived from its due day in the Mesa's time zone (the deployment's when it has none; never stored).",
        params: idParam,
        querystring: mesaCommitmentsQuery,
        response: { 200: commitmentList, ...errors(400, 401, 404) },
      },
    },
    async (req) => {
      const { auth, row } = await mesaFor(req, req.params.id, 'commitment.read');
      const { overdue, ...filters } = req.query;
      const filter: CommitmentFilter = {
        ...filters,
        mesaId: req.params.id,
        visibilities: visibleLevels(auth.actor, req.params.id),
      };
      if (overdue) filter.dueBefore = todayIn(new Date(), row.mesa.timeZone ?? app.config.TIME_ZONE);
      // Filtering by a problem or meeting the caller may not see tells nothing about it.
      if (!(await filterTargetsVisible(req, auth.actor, req.params.id))) return presentList(req, []);
      return presentList(req, await listCommitments(app.database.db, filter));
    },
  );

  app.get(
    '/api/mesas/:id/commitments/board',
    {
      config: { access: 'commitment.read' },
      schema: {
        tags: ['commitments'],
        summary: "A Mesa's commitments board: open, due this week, late and done, by owner and by entity",
        description:
          "The commitments you can see (cancelled ones left out) on one tab, filtered and sorted, with the count of every tab and every owner's and entity's counts. This week is the Mesa's week (Monday to Sunday) in its time zone.",
        params: idParam,
        querystring: boardQuery,
        response: { 200: commitmentBoard, ...errors(400, 401, 404) },
      },
      // A board carries up to thousands of rows that `buildBoard` shapes exactly as `commitmentBoard`
      // says (tested): checking every field again costs more than the query, so it is written as is.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (req) => {
      const { auth, row } = await mesaFor(req, req.params.id, 'commitment.read');
      const today = todayIn(new Date(), row.mesa.timeZone ?? app.config.TIME_ZONE);
      const rows = await listBoardCommitments(
        app.database.db,
        req.params.id,
        visibleLevels(auth.actor, req.params.id),
      );
      return {
        ...buildBoard(rows, auth.actor, req.params.id, today, req.query),
        can: { chase: isAllowed(auth.actor, 'commitment.manage', req.params.id) },
      };
    },
  );

  app.get(
    '/api/mesas/:id/commitments/chase',
    {
      config: { access: 'commitment.manage' },
      schema: {
        tags: ['commitments'],
        summary: 'Who a chase would remind today (nothing is sent)',
        params: idParam,
        response: { 200: chaseResult, ...errors(401, 403, 404) },
      },
    },
    async (req) => {
      const { row } = await mesaFor(req, req.params.id, 'commitment.manage');
      return previewChase(app.database.db, row.mesa, new Date(), app.config.TIME_ZONE);
    },
  );

  app.post(
    '/api/mesas/:id/commitments/chase',
    {
      config: { access: 'commitment.manage' },
      schema: {
        tags: ['commitments'],
        summary: 'Send every owner of late commitments one reminder listing them all (the team)',
        description:
          "One e-mail per owner with a late commitment and an address, in the owner's language, queued in the outbox. Once a day per owner: a second chase the same day (in the Mesa's time zone) sends nothing new and lists them as `already_sent`.",
        params: idParam,
        body: chaseBody,
        response: { 200: chaseResult, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const { row } = await mesaFor(req, req.params.id, 'commitment.manage');
      return chaseLateOwners(commandContext(req), row.mesa);
    },
  );

  app.post(
    '/api/mesas/:id/commitments',
    {
      config: { access: 'commitment.manage' },
      schema: {
        tags: ['commitments'],
        summary: 'Record a commitment: who (person and entity), what, by when',
        description:
          'The due day may not be in the past. A commitment agreed in a meeting names it (`meetingId`); the meeting must not be closed.',
        params: idParam,
        body: createCommitmentBody,
        response: { 201: commitmentDetail, ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await mesaFor(req, req.params.id, 'commitment.manage');
      const created = await createCommitment(commandContext(req), req.params.id, req.body);
      return reply.status(201).send(await detail(req, created.id));
    },
  );

  app.get(
    '/api/commitments/:id',
    {
      config: { access: 'commitment.read' },
      schema: {
        tags: ['commitments'],
        summary: 'A commitment with its progress log',
        params: idParam,
        response: { 200: commitmentDetail, ...errors(401, 404) },
      },
    },
    async (req) => {
      await commitmentFor(req, req.params.id, 'commitment.read');
      return detail(req, req.params.id);
    },
  );

  app.patch(
    '/api/commitments/:id',
    {
      config: { access: 'commitment.manage' },
      schema: {
        tags: ['commitments'],
        summary: 'Edit a commitment or change its status (optimistic locking on `version`)',
        description:
          'status: `done` (records when), `cancelled` (with a reason), `open` again from done or cancelled (with a reason). A new `dueOn` needs a `reason` too: the move is kept in `dueChanges` and the on-time record still counts `originalDueOn`. An illegal move answers 409 ILLEGAL_TRANSITION with the allowed ones; a stale `version` answers 409 STALE_WRITE.',
        params: idParam,
        body: updateCommitmentBody,
        response: { 200: commitmentDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      await commitmentFor(req, req.params.id, 'commitment.manage');
      const { version, ...changes } = req.body;
      await updateCommitment(commandContext(req), req.params.id, version, changes);
      return detail(req, req.params.id);
    },
  );

  app.post(
    '/api/commitments/:id/progress',
    {
      config: { access: 'commitment.report' },
      schema: {
        tags: ['commitments'],
        summary: 'Report progress on a commitment (appended to its log, never edited)',
        description:
          'The dedicated team may report on any commitment of its Mesa; a representative only on their own.',
        params: idParam,
        body: progressBody,
        response: { 201: progressResult, ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const row = await commitmentFor(req, req.params.id, 'commitment.report');
      if (!canReportOn(requireAuth(req).actor, row.commitment)) throw new AppError('FORBIDDEN');
      const report = await reportProgress(commandContext(req), req.params.id, req.body);
      const commitment = await detail(req, req.params.id);
      return reply
        .status(201)
        .send({ report: commitment.reports.find((r) => r.id === report.id)!, commitment });
    },
  );

  app.get(
    '/api/me/commitments',
    {
      config: { access: 'commitment.read' },
      schema: {
        tags: ['commitments'],
        summary: 'Your commitments across all Mesas, late ones first',
        querystring: myCommitmentsQuery,
        response: { 200: commitmentList, ...errors(400, 401) },
      },
    },
    async (req) => {
      const { actor } = allow(req, 'commitment.read');
      if (!actor.personId) return presentList(req, []);
      const filter: CommitmentFilter = { personId: actor.personId };
      if (req.query.status) filter.status = req.query.status;
      // Overdue is read in each commitment's Mesa's time zone: open ones are kept, then filtered.
      if (req.query.overdue) filter.status ??= 'open';
      return presentList(req, await listCommitments(app.database.db, filter), req.query.overdue);
    },
  );

  app.get(
    '/api/organizations/:id/commitments',
    {
      config: { access: 'commitment.read' },
      schema: {
        tags: ['commitments'],
        summary: "An entity's commitments across Mesas (those you can see), late ones first",
        params: idParam,
        querystring: myCommitmentsQuery,
        response: { 200: commitmentList, ...errors(400, 401, 404) },
      },
    },
    async (req) => {
      allow(req, 'commitment.read');
      if (!(await getOrganization(app.database.db, req.params.id))) throw new AppError('NOT_FOUND');
      const filter: CommitmentFilter = { organizationId: req.params.id };
      if (req.query.status) filter.status = req.query.status;
      // Overdue is read in each commitment's Mesa's time zone: open ones are kept, then filtered.
      if (req.query.overdue) filter.status ??= 'open';
      return presentList(req, await listCommitments(app.database.db, filter), req.query.overdue);
    },
  );
};
