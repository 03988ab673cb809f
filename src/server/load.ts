import type { FastifyRequest } from 'fastify';
import { type CommitmentRow, getCommitmentRow } from '../db/queries/commitments';
import { type EscalationRow, getEscalationRow } from '../db/queries/escalations';
import { getMeetingAndMesa } from '../db/queries/meetings';
import { getMesa } from '../db/queries/mesas';
import { personInDirectory } from '../db/queries/people';
import { getIndicator, getProblem, getSolution } from '../db/queries/problems';
import {
  type Action,
  type Actor,
  authorize,
  canReadPerson,
  canSee,
  canSeeEscalation,
  canSeeMeeting,
} from '../domain/access';
import { AppError } from '../domain/errors';
import { allow, requireAuth } from './context';

/**
 * Loading a record and authorizing an action on it, for the routes. One rule for all of them: a record
 * the caller may not see answers 404 NOT_FOUND exactly like one that does not exist (`visibleOr404`);
 * only a record the caller sees can answer 403 FORBIDDEN, when the action is not theirs.
 */

/** The record when it exists and the caller may see it; otherwise 404, the same in both cases. */
export function visibleOr404<T>(found: T | null | undefined, visible: (found: T) => boolean = () => true): T {
  if (found === null || found === undefined || !visible(found)) throw new AppError('NOT_FOUND');
  return found;
}

/** Whether the actor may see a commitment: its Mesa and the commitment itself. */
export function commitmentVisibleTo(actor: Actor, row: CommitmentRow): boolean {
  return (
    canSee(actor, row.mesa.visibility, row.mesa.id) && canSee(actor, row.commitment.visibility, row.mesa.id)
  );
}

/** Whether the actor may see an escalation (see `canSeeEscalation`). */
export function escalationVisibleTo(actor: Actor | null, row: EscalationRow): boolean {
  return canSeeEscalation(actor, {
    mesaId: row.mesa.id,
    mesaVisibility: row.mesa.visibility,
    problemVisibility: row.problem.visibility,
    visibility: row.escalation.visibility,
  });
}

/** Loads a Mesa and authorizes the action on it. */
export async function mesaFor(req: FastifyRequest, id: string, action: Action) {
  const row = visibleOr404(await getMesa(req.server.database.db, id));
  // `allow` answers 404 for a Mesa out of the caller's sight, as for a missing one.
  const auth = allow(req, action, { mesaId: id, visibility: row.mesa.visibility });
  return { row, auth };
}

/** Loads a problem and authorizes the action on it; seeing it takes seeing its Mesa and the problem. */
export async function problemFor(req: FastifyRequest, id: string, action: Action) {
  const { db } = req.server.database;
  const auth = requireAuth(req);
  const problem = await getProblem(db, id);
  const found = visibleOr404(
    problem ? { problem, mesa: await getMesa(db, problem.mesaId) } : null,
    ({ problem, mesa }) =>
      mesa !== null &&
      canSee(auth.actor, mesa.mesa.visibility, mesa.mesa.id) &&
      canSee(auth.actor, problem.visibility, mesa.mesa.id),
  );
  const mesa = found.mesa!.mesa;
  authorize(auth.actor, action, { mesaId: mesa.id });
  return { problem: found.problem, mesa, auth };
}

/** Loads a solution and authorizes the action on its problem. */
export async function solutionFor(req: FastifyRequest, id: string, action: Action) {
  const solution = visibleOr404(await getSolution(req.server.database.db, id));
  return { solution, ...(await problemFor(req, solution.problemId, action)) };
}

/** Loads an indicator and authorizes the action on its problem. */
export async function indicatorFor(req: FastifyRequest, id: string, action: Action) {
  const indicator = visibleOr404(await getIndicator(req.server.database.db, id));
  return { indicator, ...(await problemFor(req, indicator.problemId, action)) };
}

/**
 * Loads a meeting and authorizes the action on it. Seeing it takes seeing its Mesa and the meeting (its
 * own visibility, and a public-sector-only meeting is not for a private representative or observer).
 */
export async function meetingFor(req: FastifyRequest, id: string, action: Action) {
  const auth = requireAuth(req);
  const found = visibleOr404(
    await getMeetingAndMesa(req.server.database.db, id),
    (f) => canSee(auth.actor, f.mesa.visibility, f.mesa.id) && canSeeMeeting(auth.actor, f.meeting),
  );
  authorize(auth.actor, action, { mesaId: found.mesa.id });
  return { meeting: found.meeting, mesa: found.mesa, auth };
}

/** Loads a commitment and authorizes the action on it; seeing it takes seeing its Mesa and itself. */
export async function commitmentFor(req: FastifyRequest, id: string, action: Action) {
  const { actor } = requireAuth(req);
  const row = visibleOr404(await getCommitmentRow(req.server.database.db, id), (r) =>
    commitmentVisibleTo(actor, r),
  );
  allow(req, action, { mesaId: row.mesa.id });
  return row;
}

/** Loads an escalation and authorizes the action on it; seeing it takes its Mesa, problem and itself. */
export async function escalationFor(req: FastifyRequest, id: string, action: Action) {
  const { actor } = requireAuth(req);
  const row = visibleOr404(await getEscalationRow(req.server.database.db, id), (r) =>
    escalationVisibleTo(actor, r),
  );
  allow(req, action, { mesaId: row.mesa.id });
  return row;
}

/** A person the caller may read (person.read, then scoped to the Mesas the caller serves). */
export async function personFor(req: FastifyRequest, id: string) {
  const auth = allow(req, 'person.read');
  const found = visibleOr404(await personInDirectory(req.server.database.db, id), (p) =>
    canReadPerson(auth.actor, p),
  );
  return { auth, found };
}
