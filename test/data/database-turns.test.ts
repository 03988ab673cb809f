import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { TurnAbandoned } from '../../src/db/turns';
import { emptyDatabase, postgresUrl } from '../support/database';

/**
 * The embedded database lets the server read requests between its statements, and its large reads take
 * turns (src/db/client.ts, src/db/turns.ts). On PostgreSQL reads run side by side on the pool.
 */

let database: Database & { drop(): Promise<void> };
const embedded = !postgresUrl();

beforeAll(async () => {
  database = await emptyDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const one = () => database.db.execute(sql`select 1`);

describe.runIf(embedded)('PGlite', () => {
  it('lets the I/O due between two statements run before the second', async () => {
    await one(); // the first statement of a new database also waits for it to be ready
    const log: string[] = [];
    const statements = one()
      .then(() => log.push('first'))
      .then(() => one())
      .then(() => log.push('second'));
    setImmediate(() => log.push('i/o'));
    await statements;
    // Answered through promises alone, both would have run before any I/O.
    expect(log).toEqual(['first', 'i/o', 'second']);
  });

  it('runs a transaction whole: a statement asked meanwhile waits for its end', async () => {
    const log: string[] = [];
    const transaction = database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      log.push('first in transaction');
      await tx.execute(sql`select 2`);
      log.push('second in transaction');
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await Promise.all([transaction, one().then(() => log.push('outside'))]);
    expect(log).toEqual(['first in transaction', 'second in transaction', 'outside']);
  });

  it('reads in turn: whole, in the order asked, skipping one nobody wants any more', async () => {
    const log: string[] = [];
    const read = (name: string, statements: number) => async () => {
      for (let i = 0; i < statements; i++) {
        await one();
        log.push(`${name}${i}`);
      }
      return name;
    };
    const results = await Promise.allSettled([
      database.readInTurn(read('a', 3)),
      database.readInTurn(read('b', 1), () => false),
      database.readInTurn(read('c', 2)),
    ]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : r.reason))).toEqual([
      'a',
      expect.any(TurnAbandoned),
      'c',
    ]);
    expect(log).toEqual(['a0', 'a1', 'a2', 'c0', 'c1']);
  });
});

describe.runIf(!embedded)('PostgreSQL', () => {
  it('runs reads at once, the pool serving them side by side', async () => {
    const results = await Promise.all([
      database.readInTurn(async () => ((await one()) as unknown as { rows: unknown[] }).rows.length),
      database.readInTurn(async () => ((await one()) as unknown as { rows: unknown[] }).rows.length),
    ]);
    expect(results).toEqual([1, 1]);
  });
});
