import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type EventSourceLike,
  type EventStreamStatus,
  type FollowOptions,
  followEventStream,
  type StreamEvent,
} from '../../web/src/live/eventStream';

/** A stand-in for the browser's EventSource that the test drives. */
class FakeSource implements EventSourceLike {
  readyState = 0;
  onerror: ((event: unknown) => void) | null = null;
  closed = false;
  private readonly listeners = new Map<string, ((event: { data?: unknown }) => void)[]>();

  addEventListener(type: string, listener: (event: { data?: unknown }) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  emit(type: string, data?: unknown) {
    const event = { data: data === undefined ? undefined : JSON.stringify(data) };
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }

  /** A dropped connection: the browser reconnects (open) or gave up (closed). */
  fail(gaveUp = false) {
    this.readyState = gaveUp ? 2 : 0;
    this.onerror?.({});
  }

  close() {
    this.closed = true;
    this.readyState = 2;
  }
}

let sources: FakeSource[];
let batches: StreamEvent[][];
let statuses: EventStreamStatus[];

function follow(options: Partial<FollowOptions> = {}) {
  return followEventStream({
    url: '/api/mesas/x/matrix/events',
    types: ['problem.updated', 'problem.created', 'resync', 'now'],
    debounceMs: 100,
    onEvents: (events) => batches.push(events),
    onStatus: (status) => statuses.push(status),
    open: () => {
      const source = new FakeSource();
      sources.push(source);
      return source;
    },
    ...options,
  });
}

const types = (batch: StreamEvent[] | undefined) => batch?.map((e) => e.type);

beforeEach(() => {
  vi.useFakeTimers();
  sources = [];
  batches = [];
  statuses = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('following an event stream', () => {
  it('hands a burst of events over once, at most the debounce delay after its first', () => {
    follow();
    const [source] = sources;
    source!.emit('ready', { type: 'ready' });
    expect(statuses).toEqual(['connecting', 'live']);
    expect(batches).toEqual([]);
    source!.emit('problem.updated', { type: 'problem.updated', problemId: 'p1' });
    vi.advanceTimersByTime(60);
    source!.emit('problem.created', { type: 'problem.created', problemId: 'p2' });
    vi.advanceTimersByTime(39);
    expect(batches).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(batches).toEqual([
      [
        { type: 'problem.updated', data: { type: 'problem.updated', problemId: 'p1' } },
        { type: 'problem.created', data: { type: 'problem.created', problemId: 'p2' } },
      ],
    ]);
  });

  it('hands an urgent event over at once, with what was pending', () => {
    follow({ immediate: (type) => type === 'now' });
    const [source] = sources;
    source!.emit('ready', {});
    source!.emit('problem.updated', {});
    source!.emit('now', {});
    expect(batches.map(types)).toEqual([['problem.updated', 'now']]);
    vi.advanceTimersByTime(500);
    expect(batches).toHaveLength(1);
  });

  it('refreshes everything when the stream comes back after a drop, and on the first connection if asked', () => {
    const reconnected = vi.fn();
    follow({ onReconnect: reconnected });
    const [source] = sources;
    source!.emit('ready', {});
    vi.advanceTimersByTime(500);
    expect(batches).toEqual([]);
    source!.fail();
    expect(statuses.at(-1)).toBe('offline');
    source!.emit('ready', {});
    expect(statuses.at(-1)).toBe('live');
    vi.advanceTimersByTime(100);
    expect(batches.map(types)).toEqual([['resync']]);
    expect(reconnected).toHaveBeenCalledTimes(1);

    batches = [];
    follow({ resyncOnConnect: true });
    sources[1]!.emit('ready', {});
    vi.advanceTimersByTime(100);
    expect(batches.map(types)).toEqual([['resync']]);
  });

  it('stays ended when the server refuses the stream, or opens it again later when asked to', () => {
    follow();
    sources[0]!.fail(true);
    expect(statuses).toEqual(['connecting', 'ended']);
    vi.advanceTimersByTime(60_000);
    expect(sources).toHaveLength(1);

    statuses = [];
    follow({ reopenAfterMs: 15_000 });
    sources[1]!.emit('ready', {});
    sources[1]!.fail(true);
    expect(statuses).toEqual(['connecting', 'live', 'offline']);
    vi.advanceTimersByTime(14_999);
    expect(sources).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sources).toHaveLength(3);
    sources[2]!.emit('ready', {});
    vi.advanceTimersByTime(100);
    expect(batches.map(types)).toEqual([['resync']]);
  });

  it('closes the stream when stopped, and hands nothing over afterwards', () => {
    const stop = follow({ reopenAfterMs: 1000 });
    const [source] = sources;
    source!.emit('ready', {});
    source!.emit('problem.updated', {});
    stop();
    expect(source!.closed).toBe(true);
    vi.advanceTimersByTime(5000);
    expect(batches).toEqual([]);
    expect(sources).toHaveLength(1);
  });
});
