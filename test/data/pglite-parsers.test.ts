import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { emptyDatabase, postgresUrl, rowsOf } from '../support/database';
import { clientOf } from '../support/pglite-pool';

/**
 * drizzle's parsers are laid over PGlite's once, on the instance (src/db/pglite-parsers.ts): drizzle's
 * statements still get timestamps, dates and intervals as text, and the driver's own statements still
 * get them as PGlite parses them, inside transactions as outside.
 */
const VALUES = `select timestamptz '2026-12-07 15:00:00+00' as at, date '2026-12-07' as day, interval '36 hours' as span`;
const AS_TEXT = { at: '2026-12-07 15:00:00+00', day: '2026-12-07', span: '36:00:00' };

describe.skipIf(postgresUrl())('the parsers of the embedded database', () => {
  it('gives drizzle text and the driver its own values, in and out of transactions', async () => {
    const database = await emptyDatabase();
    try {
      const client = clientOf(database);
      const query = sql.raw(VALUES);
      const parsed = (await client.query<Record<string, unknown>>(VALUES)).rows[0];
      expect(parsed?.at).toEqual(new Date('2026-12-07T15:00:00Z'));
      for (let round = 0; round < 2; round++) {
        expect(await rowsOf(database, query)).toEqual([AS_TEXT]);
        expect((await client.query(VALUES)).rows).toEqual([parsed]);
        expect((await client.exec(VALUES))[0]?.rows).toEqual([parsed]);
        const inTransaction = await database.db.transaction(async (tx) => tx.execute(query));
        expect((inTransaction as unknown as { rows: unknown[] }).rows).toEqual([AS_TEXT]);
        expect(await client.transaction(async (tx) => (await tx.query(VALUES)).rows)).toEqual([parsed]);
        // Parsers of its own for one type: that type as they parse it, the others as PGlite does.
        const own = await client.query(VALUES, [], { parsers: { 1082: (day: string) => `day ${day}` } });
        expect(own.rows).toEqual([{ ...parsed, day: 'day 2026-12-07' }]);
      }
    } finally {
      await database.drop();
    }
  });
});
