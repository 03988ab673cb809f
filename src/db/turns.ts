/**
 * Taking turns on the embedded database. PGlite runs every statement in the server's own thread and
 * answers through promises alone, so without care a request's statements follow one another without
 * the event loop ever turning: meanwhile the server neither reads requests nor accepts connections
 * (Node accepts one connection per turn), and whoever connected last waits for all the others.
 */

/** Resolves on a later turn of the event loop, once pending I/O (requests, connections) has been read. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A turn that came when nobody wanted its work any more (the client had gone): the work did not run. */
export class TurnAbandoned extends Error {
  constructor() {
    super('the work was no longer wanted when its turn came');
    this.name = 'TurnAbandoned';
  }
}

/**
 * Works that run one at a time, in the order they were asked for, each on a later turn of the event
 * loop than the one before ended. Sixteen large reads asked at once then finish one after the other,
 * the first after one read's time, instead of all together after sixteen (their statements otherwise
 * interleave), and the requests that arrive meanwhile are read and wait in line. A work that fails
 * fails for its caller alone; one whose `wanted` says no by its turn is skipped (`TurnAbandoned`). A
 * work must not wait for another of the same line: that one would wait for it to end.
 */
export class Turns {
  private last: Promise<unknown> = Promise.resolve();
  private queued = 0;

  run<T>(work: () => Promise<T>, wanted: () => boolean = () => true): Promise<T> {
    this.queued++;
    const turn = this.last.then(nextTurn).then(() => {
      if (!wanted()) throw new TurnAbandoned();
      return work();
    });
    const done = turn.then(
      () => this.queued--,
      () => this.queued--,
    );
    this.last = done;
    return turn;
  }

  /** Works asked for and not finished yet, the running one included. */
  get waiting(): number {
    return this.queued;
  }
}
