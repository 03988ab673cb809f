import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client';
import {
  type MeetingEventInput,
  notifyLiveMeetingsOfMesa,
  notifyMeetingEvent,
} from '../../db/queries/meetings-events';

export type { MatrixEvent, MatrixEventInput, MatrixEventType } from '../../db/queries/matrix-events';
export { matrixEventTypes } from '../../db/queries/matrix-events';
export type {
  MeetingEvent,
  MeetingEventInput,
  MeetingEventType,
} from '../../db/queries/meetings-events';
export { meetingEventTypes } from '../../db/queries/meetings-events';
export { acquireHub, hubOf, LISTENER_NAME, LiveEventHub, MeetingEventHub, releaseHub } from './hub';
export { liveSettings } from './settings';
export { type EventStream, liveStreams, RETRY_MS, sseFrame } from './stream';

function dbOf(target: FastifyInstance | Db): Db {
  return 'database' in target && target.database ? (target as FastifyInstance).database.db : (target as Db);
}

/**
 * Announces a change to a meeting on its live event stream, on every server instance. Pass the open
 * transaction (the notice is then sent when it commits, and never if it rolls back), or the app or its
 * database handle right after the change committed. Example, from a route that created a commitment in
 * a session: `await publishMeetingEvent(app, meetingId, { type: 'commitment.created', commitmentId })`.
 */
export async function publishMeetingEvent(
  target: FastifyInstance | Db,
  meetingId: string,
  event: MeetingEventInput,
  mesaId: string | null = null,
): Promise<void> {
  await notifyMeetingEvent(dbOf(target), meetingId, event, mesaId);
}

/**
 * Announces a change to every meeting of a Mesa being held right now (state `in_progress`), e.g. after
 * a problem was added to the Matrix during a session:
 * `await publishToLiveMeetings(app, mesaId, { type: 'problem.created', problemId, visibility })`.
 * Resolves with the ids of the meetings told.
 */
export async function publishToLiveMeetings(
  target: FastifyInstance | Db,
  mesaId: string,
  event: MeetingEventInput,
): Promise<string[]> {
  return notifyLiveMeetingsOfMesa(dbOf(target), mesaId, event);
}
