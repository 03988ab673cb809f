import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from '../../db/client';
import {
  latestLiveSeq,
  liveEventsAfter,
  MEETING_EVENTS_CHANNEL,
  type MeetingEvent,
  parseMeetingEvent,
} from '../../db/queries/meetings-events';
import { liveSettings } from './settings';

export type MeetingEventListener = (event: MeetingEvent) => void;

interface Logger {
  warn(obj: unknown, msg?: string): void;
}

/**
 * The one listener of a server instance on the meeting-events channel, fanning notices out to the
 * open event streams of each meeting.
 *
 * - PostgreSQL: a dedicated connection (outside the query pool) runs `LISTEN`; every instance serving
 *   the database has its own, so a change written through any instance reaches the streams of all.
 *   When that connection drops (the server restarted, the backend was terminated, the network failed)
 *   it is re-established with growing delays, and the notices stored meanwhile in `live_events` are
 *   replayed to the open streams, so none misses a change; only if that replay fails are they told
 *   to `resync` (refetch everything). An error on that connection never reaches the process.
 * - PGlite (embedded, one process): PGlite's own `listen` on the same instance; NOTIFY inside a
 *   transaction is delivered on commit there too, so both databases behave alike.
 */
export class MeetingEventHub {
  private readonly subscribers = new Map<string, Set<MeetingEventListener>>();
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
  ) {}

  /** Starts delivering a meeting's notices to `listener`; resolves once the channel is listened on. */
  async subscribe(meetingId: string, listener: MeetingEventListener): Promise<() => void> {
    await this.ensureListening();
    let set = this.subscribers.get(meetingId);
    if (!set) {
      set = new Set();
      this.subscribers.set(meetingId, set);
    }
    set.add(listener);
    return () => {
      const current = this.subscribers.get(meetingId);
      current?.delete(listener);
      if (current?.size === 0) this.subscribers.delete(meetingId);
    };
  }

  /** Whether notices are being received right now (false while the LISTEN connection is re-established). */
  isListening(): boolean {
    return this.connected && this.listening !== null;
  }

  /** How many streams are open, per meeting (for health pages and tests). */
  streamCount(meetingId?: string): number {
    if (meetingId) return this.subscribers.get(meetingId)?.size ?? 0;
    let n = 0;
    for (const set of this.subscribers.values()) n += set.size;
    return n;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.subscribers.clear();
    await this.listening?.catch(() => undefined);
    await this.stopListening?.().catch(() => undefined);
    this.stopListening = null;
  }

  private dispatch(payload: string) {
    const event = parseMeetingEvent(payload);
    if (event) this.deliver(event);
  }

  private deliver(event: MeetingEvent) {
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
    for (const listener of [...(this.subscribers.get(event.meetingId) ?? [])]) {
      try {
        listener(event);
      } catch (error) {
        this.log.warn({ err: error }, 'a meeting event listener failed');
      }
    }
  }

  /**
   * Replays to the open streams the notices stored after the last one delivered. It looks back a
   * little further than that, because numbers are taken before commit: a transaction that took a
   * lower number may commit after a higher one was delivered. Notices already delivered are skipped.
   */
  private async catchUp(): Promise<void> {
    const missed = await liveEventsAfter(
      this.database.db,
      [...this.subscribers.keys()],
      Math.max(this.floorSeq, this.lastSeq - REPLAY_LOOKBACK),
    );
    for (const event of missed) this.deliver(event);
  }

  private resyncAll() {
    const at = new Date().toISOString();
    for (const [meetingId, set] of this.subscribers) {
      for (const listener of [...set]) listener({ type: 'resync', meetingId, mesaId: null, at });
    }
  }

  private ensureListening(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the meeting event hub is closed'));
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
      const unlisten = await (client as PGlite).listen(MEETING_EVENTS_CHANNEL, (payload) =>
        this.dispatch(payload),
      );
      this.stopListening = () => unlisten();
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
      this.log.warn({ err: error }, 'lost the meeting-events listener connection; reconnecting');
      this.listening = null;
      this.stopListening = null;
      this.scheduleReconnect();
    };
    client.on('notification', (msg) => {
      if (msg.channel === MEETING_EVENTS_CHANNEL && msg.payload) this.dispatch(msg.payload);
    });
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`listen ${MEETING_EVENTS_CHANNEL}`);
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
          await this.catchUp().catch((error) => {
            this.log.warn({ err: error }, 'could not replay missed meeting events; streams refetch');
            this.resyncAll();
          });
        })
        .catch((error) => {
          this.failures++;
          this.log.warn({ err: error }, 'could not listen for meeting events; retrying');
          this.scheduleReconnect();
        });
    }, delayMs);
    this.reconnectTimer.unref();
  }
}

/** The listener's `application_name`, so that an operator (or a test) can find it in pg_stat_activity. */
export const LISTENER_NAME = 'mesas-live-listener';
const RECONNECT_MAX_MS = 30_000;
/** How far before the last delivered notice a replay looks (see catchUp). */
const REPLAY_LOOKBACK = 1000;
/** How many delivered notice numbers are remembered to skip them in a replay. */
const RECENT_KEPT = 5000;

const hubs = new WeakMap<Database, { hub: MeetingEventHub; users: number }>();

/** The hub of a database handle, shared by the apps that use that handle (counted, closed by the last). */
export function acquireHub(database: Database, log?: Logger): MeetingEventHub {
  const entry = hubs.get(database);
  if (entry) {
    entry.users++;
    return entry.hub;
  }
  const hub = new MeetingEventHub(database, log);
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
export function hubOf(database: Database): MeetingEventHub | null {
  return hubs.get(database)?.hub ?? null;
}
