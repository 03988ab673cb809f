import { describe, expect, it } from 'vitest';
import { nextTurn, TurnAbandoned, Turns } from '../../src/db/turns';

/** A work that records when it starts and ends, and takes `ticks` turns of the event loop meanwhile. */
function work(log: string[], name: string, ticks: number, fail = false) {
  return async () => {
    log.push(`start ${name}`);
    for (let i = 0; i < ticks; i++) await nextTurn();
    log.push(`end ${name}`);
    if (fail) throw new Error(`${name} failed`);
    return name;
  };
}

describe('Turns', () => {
  it('runs works one at a time, whole, in the order they were asked for', async () => {
    const turns = new Turns();
    const log: string[] = [];
    // The first takes longest: run side by side, the others would end first.
    const results = await Promise.all([
      turns.run(work(log, 'a', 5)),
      turns.run(work(log, 'b', 1)),
      turns.run(work(log, 'c', 0)),
    ]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('lets the event loop turn before each work, so I/O that arrived meanwhile is read first', async () => {
    const turns = new Turns();
    const log: string[] = [];
    const first = turns.run(async () => {
      log.push('first');
      setImmediate(() => log.push('i/o'));
    });
    const second = turns.run(async () => {
      log.push('second');
    });
    log.push('asked');
    await Promise.all([first, second]);
    expect(log).toEqual(['asked', 'first', 'i/o', 'second']);
  });

  it('fails a failed work for its caller alone; the next still runs', async () => {
    const turns = new Turns();
    const log: string[] = [];
    const failing = turns.run(work(log, 'a', 1, true));
    const next = turns.run(work(log, 'b', 1));
    await expect(failing).rejects.toThrow('a failed');
    await expect(next).resolves.toBe('b');
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('skips a work nobody wants any more by its turn, and runs the next', async () => {
    const turns = new Turns();
    const log: string[] = [];
    let wanted = true;
    const first = turns.run(async () => {
      wanted = false; // e.g. the client of the second disconnects while the first runs
      return work(log, 'a', 1)();
    });
    const abandoned = turns.run(work(log, 'b', 1), () => wanted);
    const third = turns.run(work(log, 'c', 1));
    await expect(first).resolves.toBe('a');
    await expect(abandoned).rejects.toBeInstanceOf(TurnAbandoned);
    await expect(third).resolves.toBe('c');
    expect(log).toEqual(['start a', 'end a', 'start c', 'end c']);
  });

  it('counts the works waiting, and holds none once all have ended', async () => {
    const turns = new Turns();
    const log: string[] = [];
    const all = [
      turns.run(work(log, 'a', 2)),
      turns.run(work(log, 'b', 2, true)),
      turns.run(work(log, 'c', 2), () => false),
    ];
    expect(turns.waiting).toBe(3);
    await Promise.allSettled(all);
    await nextTurn();
    expect(turns.waiting).toBe(0);
    // The line is empty: a new work starts on the next turn.
    await expect(turns.run(work(log, 'd', 0))).resolves.toBe('d');
    expect(turns.waiting).toBe(0);
  });
});
