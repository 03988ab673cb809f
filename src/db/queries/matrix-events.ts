import { eq, sql } from 'drizzle-orm';
import {
  type MatrixEventType,
  type MatrixNoticeType,
  matrixAccessChanged,
  matrixEventTypes,
} from '../../domain/matrix-events';
import { type Visibility, visibilities } from '../../domain/roles';
import type { Db } from '../client';
import { problems } from '../schema';
import { strictest } from './meetings-events';

/**
 * Change notices of the Matrices, for the screens that have one open. Like the notices of meetings
 * (meetings-events.ts) they are sent with NOTIFY, issued inside the writing transaction: delivered when
 * it commits, to every server instance LISTENing, never when it rolls back. They are not stored: a
 * stream that (re)connects refetches the whole Matrix instead of replaying what it missed. They carry
 * no timestamp, so that PostgreSQL folds the repeats of one transaction (the same problem changed
 * several times by an import) into one notice.
 */
export const MATRIX_EVENTS_CHANNEL = 'mesas_matrix_events';

export { type MatrixEventType, matrixEventTypes };

export interface MatrixEventInput {
  type: MatrixNoticeType;
  /** The problem the change is about, when it is about one. */
  problemId?: string;
  /** The problem's visibility after the change; read in the transaction when not given. */
  visibility?: Visibility;
  /**
   * The problem's visibility before the change, when the change made it another one: a reader who
   * could see the problem then but not any more is told that the Matrix changed, without its id.
   */
  previousVisibility?: Visibility;
  /**
   * A record under the problem that the Matrix shows only to those who may see it too (a commitment):
   * its visibility now and, when the change made it another one, before. The notice then goes to the
   * readers who may see both the problem and the record.
   */
  record?: { visibility: Visibility; previousVisibility?: Visibility };
}

export interface MatrixEvent extends Omit<MatrixEventInput, 'record'> {
  /** The Mesa whose Matrix changed; null for a change shown in every Matrix (directory names). */
  mesaId: string | null;
}

/**
 * Queues a notice that a Mesa's Matrix changed (or every Matrix, with `mesaId` null). Call it in the
 * transaction of the change. A notice about a problem carries the problem's visibility, given or read
 * here, so that streams filter it like the problem itself.
 */
export async function notifyMatrixEvent(
  db: Db,
  mesaId: string | null,
  event: MatrixEventInput,
): Promise<void> {
  let ofProblem = event.visibility;
  if (event.problemId && !ofProblem) {
    const [row] = await db
      .select({ v: problems.visibility })
      .from(problems)
      .where(eq(problems.id, event.problemId));
    // A problem that is not there (any more) is announced to nobody but the dedicated team.
    ofProblem = row?.v ?? 'team';
  }
  const { record } = event;
  const visibility = strictest([ofProblem, record?.visibility]);
  const previousVisibility =
    event.previousVisibility || record?.previousVisibility
      ? strictest([event.previousVisibility ?? ofProblem, record?.previousVisibility ?? record?.visibility])
      : undefined;
  const notice: MatrixEvent = {
    type: event.type,
    mesaId,
    ...(event.problemId ? { problemId: event.problemId } : {}),
    ...(visibility ? { visibility } : {}),
    ...(previousVisibility && previousVisibility !== visibility ? { previousVisibility } : {}),
  };
  // A type, two ids and two visibilities: far below the 8000 bytes a notice may carry.
  await db.execute(sql`select pg_notify(${MATRIX_EVENTS_CHANNEL}, ${JSON.stringify(notice)})`);
}

const noticeTypes: readonly string[] = [...matrixEventTypes, matrixAccessChanged];
const isVisibility = (v: unknown): v is Visibility =>
  typeof v === 'string' && (visibilities as readonly string[]).includes(v);

/** Parses a notice received on the channel; null when it is not one of ours. */
export function parseMatrixEvent(payload: string): MatrixEvent | null {
  try {
    const value = JSON.parse(payload) as Partial<MatrixEvent>;
    if (typeof value !== 'object' || value === null) return null;
    if (typeof value.type !== 'string' || !noticeTypes.includes(value.type)) return null;
    if (value.mesaId !== null && typeof value.mesaId !== 'string') return null;
    if (value.problemId !== undefined && typeof value.problemId !== 'string') return null;
    if (value.visibility !== undefined && !isVisibility(value.visibility)) return null;
    if (value.previousVisibility !== undefined && !isVisibility(value.previousVisibility)) return null;
    return value as MatrixEvent;
  } catch {
    return null;
  }
}
