import type { FastifyRequest } from 'fastify';
import { getMeetingAndMesa } from '../../db/queries/meetings';
import { type Action, authorize, canSee, canSeeMeeting } from '../../domain/access';
import { AppError } from '../../domain/errors';
import { requireAuth } from '../context';

/**
 * Loads a meeting and authorizes the action on it. A meeting the caller may not see (its Mesa's
 * visibility, its own, or a public-sector-only meeting for a private representative or observer)
 * answers NOT_FOUND exactly like a missing one.
 */
export async function meetingFor(req: FastifyRequest, id: string, action: Action) {
  const { db } = req.server.database;
  const auth = requireAuth(req);
  const found = await getMeetingAndMesa(db, id);
  if (
    !found ||
    !canSee(auth.actor, found.mesa.visibility, found.mesa.id) ||
    !canSeeMeeting(auth.actor, found.meeting)
  ) {
    throw new AppError('NOT_FOUND');
  }
  authorize(auth.actor, action, { mesaId: found.mesa.id });
  return { meeting: found.meeting, mesa: found.mesa, auth };
}
