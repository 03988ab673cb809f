import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from '../../db/client';
import {
  MEETING_EVENTS_CHANNEL,
  type MeetingEvent,
  parseMeetingEvent,
} from '../../db/queries/meetings-events';

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
 *   When that connection drops it is re-established, and every open stream is told to `resync`
 *   (notices sent meanwhile are lost; clients refetch).
 * - PGlite (embedded, one process): PGlite's own `listen` on the same instance; NOTIFY inside a
 *   transaction is delivered on commit there too, so both databases behave alike.
 */
export class MeetingEventHub {
  private readonly subscribers = new Map<string, Set<MeetingEventListener>>();
  private listening: Promise<void> | null = null;
  private stopListening: (() => Promise<void>) | null = null;
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | null = null;

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
    if (!event) return;
    for (const listener of [...(this.subscribers.get(event.meetingId) ?? [])]) {
      try {
        listener(event);
      } catch (error) {
        this.log.warn({ err: error }, 'a meeting event listener failed');
      }
    }
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
      return;
    }
    await this.listenPostgres((client as pg.Pool).options as pg.ClientConfig);
  }

  private async listenPostgres(options: pg.ClientConfig): Promise<void> {
    const client = new pg.Client({ ...options, keepAlive: true });
    let ended = false;
    const lost = (error?: unknown) => {
      if (ended) return;
      ended = true;
      client.end().catch(() => undefined);
      if (this.closed) return;
      this.log.warn({ err: error }, 'lost the meeting-events listener connection; reconnecting');
      this.listening = null;
      this.stopListening = null;
      this.scheduleReconnect(1000);
    };
    client.on('notification', (msg) => {
      if (msg.channel === MEETING_EVENTS_CHANNEL && msg.payload) this.dispatch(msg.payload);
    });
    client.on('error', lost);
    client.on('end', () => lost());
    await client.connect();
    await client.query(`listen ${MEETING_EVENTS_CHANNEL}`);
    this.stopListening = async () => {
      ended = true;
      await client.end();
    };
  }

  private scheduleReconnect(delayMs: number) {
    if (this.closed || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.closed) return;
      this.ensureListening().then(
        () => this.resyncAll(),
        (error) => {
          this.log.warn({ err: error }, 'could not listen for meeting events; retrying');
          this.scheduleReconnect(Math.min(delayMs * 2, 30_000));
        },
      );
    }, delayMs);
    this.reconnectTimer.unref();
  }
}

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
