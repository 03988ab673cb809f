import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db } from './client';

type Reads = readonly (() => unknown)[];

/**
 * Runs independent reads: at the same time on the pool (each on its own connection), one after the
 * other inside a transaction, whose single connection runs one statement at a time. Each read is a
 * function, so that nothing starts before its turn.
 */
export async function readAll<const T extends Reads>(
  db: Db,
  reads: T,
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  type Out = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
  if (db instanceof PgTransaction) {
    const out: unknown[] = [];
    for (const read of reads) out.push(await read());
    return out as Out;
  }
  return (await Promise.all(reads.map((read) => read()))) as Out;
}
