import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from '../../db/client';
import { MATRIX_EVENTS_CHANNEL, type MatrixEvent, parseMatrixEvent } from '../../db/queries/matrix-events';
import {
  latestLiveSeq,
  liveEventsAfter,
  MEETING_EVENTS_CHANNEL,
  type MeetingEvent,
  parseMeetingEvent,
} from '../../db/queries/meetings-events';
import { liveSettings } from './settings';

export type MeetingEventListener = (event: MeetingEvent) => void;
export type MatrixEventListener = (event: MatrixEvent) => void;

interface Logger {
  warn(obj: unknown, msg?: string): void;
}

/** The channels a hub listens on. */
const CHANNELS = [MEETING_EVENTS_CHANNEL, MATRIX_EVENTS_CHANNEL] as const;

/** The listeners of one kind of stream, by what they follow (a meeting, a Mesa's Matrix). */
class Listeners<E> {
  private readonly byKey = new Map<string, Set<(event: E) => void>>();

  constructor(
    private readonly what: string,
    private readonly log: Logger,
  ) {}

  add(key: string, listener: (event: E) => void): () => void {
    let set = this.byKey.get(key);
    if (!set) {
      set = new Set();
      this.byKey.set(key, set);
    }
    set.add(listener);
    return () => {
      const current = this.byKey.get(key);
      current?.delete(listener);
      if (current?.size === 0) this.byKey.delete(key);
    };
  }

  /** Hands an event to the listeners of `key`, or to every listener when `key` is null. */
  deliver(key: string | null, event: E) {
    if (key === null) this.deliverEach(() => event);
    else this.call(this.byKey.get(key), event);
  }

  /** Hands every listener the event `make` gives for what it follows. */
  deliverEach(make: (key: string) => E) {
    for (const [key, set] of [...this.byKey]) this.call(set, make(key));
  }

  private call(set: Set<(event: E) => void> | undefined, event: E) {
    for (const listener of [...(set ?? [])]) {
      try {
        listener(event);
      } catch (error) {
        this.log.warn({ err: error }, `a ${this.what} event listener failed`);
      }
    }
  }

  keys(): string[] {
    return [...this.byKey.keys()];
  }

  count(key?: string): number {
    if (key) return this.byKey.get(key)?.size ?? 0;
    let n = 0;
    for (const set of this.byKey.values()) n += set.size;
    return n;
  }

  clear() {
    this.byKey.clear();
  }
}

/**
 * The one listener of a server instance for live notices, fanning them out to the open event streams:
 * those of each meeting (channel `mesas_meeting_events`) and those of each Mesa's Matrix (channel
 * `mesas_matrix_events`).
 *
 * - PostgreSQL: a dedicated connection (outside the query pool) runs `LISTEN`; every instance serving
 *   the database has its own, so a change written through any instance reaches the streams of all.
 *   When that connection drops (the server restarted, the backend was terminated, the network failed)
 *   it is re-established with growing delays. Meeting notices stored meanwhile in `live_events` are
 *   then replayed to the open meeting streams, so none misses a change; only if that replay fails are
 *   they told to `resync` (refetch everything). Matrix notices are not stored: every open Matrix stream
 *   is told to `resync`. An error on that connection never reaches the process.
 * - PGlite (embedded, one process): PGlite's own `listen` on the same instance; NOTIFY inside a
 *   transaction is delivered on commit there too, so both databases behave alike.
 */
export class LiveEventHub {
  private readonly meetings: Listeners<MeetingEvent>;
  private readonly matrices: Listeners<MatrixEvent>;
  private listening: Promise<void> | null = null;
  private stopListening: (() => Promise<void>) | null = null;
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  /** Consecutive failed attempts to listen again, for the growing delay between them. */
  private failures = 0;
  /** Whether the LISTEN connection is up (PostgreSQL); notices sent while it is down are replayed. */
  private connected = false;
  /** The highest notice number delivered, and the numbers delivered lately (a replay skips them). */
  private lastSeq = 0;
  /** The latest notice when this hub first listened: nothing before it is ever replayed. */
  private floorSeq = 0;
  private readonly recent = new Set<number>();
  private started = false;

  constructor(
    private readonly database: Database,
    private readonly log: Logger = { warn: () => undefined },
  ) {
    this.meetings = new Listeners('meeting', log);
    this.matrices = new Listeners('Matrix', log);
  }

  /** Starts delivering a meeting's notices to `listener`; resolves once the channel is listened on. */
  async subscribe(meetingId: string, listener: MeetingEventListener): Promise<() => void> {
    await this.ensureListening();
    return this.meetings.add(meetingId, listener);
  }

  /**
   * Starts delivering to `listener` the notices of a Mesa's Matrix and those about every Matrix;
   * resolves once the channel is listened on.
   */
  async subscribeMatrix(mesaId: string, listener: MatrixEventListener): Promise<() => void> {
    await this.ensureListening();
    return this.matrices.add(mesaId, listener);
  }

  /** Whether notices are being received right now (false while the LISTEN connection is re-established). */
  isListening(): boolean {
    return this.connected && this.listening !== null;
  }

  /** How many meeting streams are open, per meeting (for health pages and tests). */
  streamCount(meetingId?: string): number {
    return this.meetings.count(meetingId);
  }

  /** How many Matrix streams are open, per Mesa (for health pages and tests). */
  matrixStreamCount(mesaId?: string): number {
    return this.matrices.count(mesaId);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.meetings.clear();
    this.matrices.clear();
    await this.listening?.catch(() => undefined);
    await this.stopListening?.().catch(() => undefined);
    this.stopListening = null;
  }

  private dispatch(channel: string, payload: string) {
    if (channel === MEETING_EVENTS_CHANNEL) {
      const event = parseMeetingEvent(payload);
      if (event) this.deliverMeeting(event);
    } else if (channel === MATRIX_EVENTS_CHANNEL) {
      const event = parseMatrixEvent(payload);
      if (event) this.matrices.deliver(event.mesaId, event);
    }
  }

  private deliverMeeting(event: MeetingEvent) {
    if (event.seq !== undefined) {
      if (this.recent.has(event.seq)) return;
      this.recent.add(event.seq);
      if (this.recent.size > RECENT_KEPT) {
        for (const seq of this.recent) {
          this.recent.delete(seq);
          if (this.recent.size <= RECENT_KEPT) break;
        }
      }
      if (event.seq > this.lastSeq) this.lastSeq = event.seq;
    }
    this.meetings.deliver(event.meetingId, event);
  }

  /**
   * Replays to the open streams the notices stored after the last one delivered. It looks back a
   * little further than that, because numbers are taken before commit: a transaction that took a
   * lower number may commit after a higher one was delivered. Notices already delivered are skipped.
   */
  private async catchUp(): Promise<void> {
    const missed = await liveEventsAfter(
      this.database.db,
      this.meetings.keys(),
      Math.max(this.floorSeq, this.lastSeq - REPLAY_LOOKBACK),
    );
    for (const event of missed) this.deliverMeeting(event);
  }

  private resyncMeetings() {
    const at = new Date().toISOString();
    this.meetings.deliverEach((meetingId) => ({ type: 'resync', meetingId, mesaId: null, at }));
  }

  /** Matrix notices are not stored: after a gap, every open Matrix stream refetches. */
  private resyncMatrices() {
    this.matrices.deliverEach((mesaId) => ({ type: 'resync', mesaId }));
  }

  private ensureListening(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the live event hub is closed'));
    if (!this.listening) {
      this.listening = this.listen().catch((error) => {
        this.listening = null;
        throw error;
      });
    }
    return this.listening;
  }

  private async listen(): Promise<void> {
    const client = (this.database.db as unknown as { $client: unknown }).$client;
    if (this.database.kind === 'pglite') {
      const stops: (() => Promise<void>)[] = [];
      for (const channel of CHANNELS) {
        stops.push(await (client as PGlite).listen(channel, (payload) => this.dispatch(channel, payload)));
      }
      this.stopListening = async () => {
        for (const stop of stops) await stop();
      };
      this.connected = true;
      return;
    }
    const first = !this.started;
    await this.listenPostgres((client as pg.Pool).options as pg.ClientConfig);
    if (first) {
      // Listening from now on: the notices before this one were for streams that were not open yet.
      const latest = await latestLiveSeq(this.database.db).catch(async (error) => {
        await this.stopListening?.().catch(() => undefined);
        this.stopListening = null;
        throw error;
      });
      this.started = true;
      this.floorSeq = latest;
      this.lastSeq = Math.max(this.lastSeq, latest);
    }
  }

  private async listenPostgres(options: pg.ClientConfig): Promise<void> {
    const client = new pg.Client({ ...options, keepAlive: true, application_name: LISTENER_NAME });
    let ended = false;
    const lost = (error?: unknown) => {
      if (ended) return;
      ended = true;
      this.connected = false;
      client.end().catch(() => undefined);
      if (this.closed) return;
      this.log.warn({ err: error }, 'lost the live-events listener connection; reconnecting');
      this.listening = null;
      this.stopListening = null;
      this.scheduleReconnect();
    };
    client.on('notification', (msg) => {
      if (msg.payload) this.dispatch(msg.channel, msg.payload);
    });
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      for (const channel of CHANNELS) await client.query(`listen ${channel}`);
    } catch (error) {
      ended = true;
      client.end().catch(() => undefined);
      throw error;
    }
    this.connected = true;
    this.stopListening = async () => {
      ended = true;
      this.connected = false;
      await client.end();
    };
  }

  /** Listens again after a growing delay (0.25 s, 0.5 s, 1 s … 30 s), then replays what was missed. */
  private scheduleReconnect() {
    if (this.closed || this.reconnectTimer) return;
    const delayMs = Math.min(liveSettings.listenerRetryMs * 2 ** this.failures, RECONNECT_MAX_MS);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.closed) return;
      this.ensureListening()
        .then(async () => {
          this.failures = 0;
          this.resyncMatrices();
          await this.catchUp().catch((error) => {
            this.log.warn({ err: error }, 'could not replay missed meeting events; streams refetch');
            this.resyncMeetings();
          });
        })
        .catch((error) => {
          this.failures++;
          this.log.warn({ err: error }, 'could not listen for live events; retrying');
          this.scheduleReconnect();
        });
    }, delayMs);
    this.reconnectTimer.unref();
  }
}

/** The former name of the hub, when it served meetings only. */
export { LiveEventHub as MeetingEventHub };

/** The listener's `application_name`, so that an operator (or a test) can find it in pg_stat_activity. */
export const LISTENER_NAME = 'mesas-live-listener';
const RECONNECT_MAX_MS = 30_000;
/** How far before the last delivered notice a replay looks (see catchUp). */
const REPLAY_LOOKBACK = 1000;
/** How many delivered notice numbers are remembered to skip them in a replay. */
const RECENT_KEPT = 5000;

const hubs = new WeakMap<Database, { hub: LiveEventHub; users: number }>();

/** The hub of a database handle, shared by the apps that use that handle (counted, closed by the last). */
export function acquireHub(database: Database, log?: Logger): LiveEventHub {
  const entry = hubs.get(database);
  if (entry) {
    entry.users++;
    return entry.hub;
  }
  const hub = new LiveEventHub(database, log);
  hubs.set(database, { hub, users: 1 });
  return hub;
}

export async function releaseHub(database: Database): Promise<void> {
  const entry = hubs.get(database);
  if (!entry) return;
  entry.users--;
  if (entry.users <= 0) {
    hubs.delete(database);
    await entry.hub.close();
  }
}

/** The hub of a database handle, if an app has one open. */
export function hubOf(database: Database): LiveEventHub | null {
  return hubs.get(database)?.hub ?? null;
}
