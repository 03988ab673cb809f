import type { FastifyRequest } from 'fastify';
import { getMeeting } from '../../db/queries/meetings';
import { getMesa } from '../../db/queries/mesas';
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
  const meeting = await getMeeting(db, id);
  const mesa = meeting ? await getMesa(db, meeting.mesaId) : null;
  if (
    !meeting ||
    !mesa ||
    !canSee(auth.actor, mesa.mesa.visibility, mesa.mesa.id) ||
    !canSeeMeeting(auth.actor, meeting)
  ) {
    throw new AppError('NOT_FOUND');
  }
  authorize(auth.actor, action, { mesaId: mesa.mesa.id });
  return { meeting, mesa: mesa.mesa, auth };
}
