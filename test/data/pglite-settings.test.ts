import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PGLITE_SHARED_BUFFERS } from '../../src/db/client';
import { emptyDatabase, postgresUrl, rowsOf } from '../support/database';

describe.skipIf(postgresUrl())('the embedded database', () => {
  it('runs PostgreSQL with a buffer cache sized for an installation, not for a server', async () => {
    const database = await emptyDatabase();
    try {
      const [row] = await rowsOf<{ shared_buffers: string }>(database, sql`show shared_buffers`);
      expect(row?.shared_buffers).toBe(PGLITE_SHARED_BUFFERS);
    } finally {
      await database.drop();
    }
  });
});
