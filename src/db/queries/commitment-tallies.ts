import { sql } from 'drizzle-orm';
import type { Db } from '../client';

/**
 * Commitment tallies (`commitment_tallies`, kept current by the triggers of migration 0012) judge
 * "done on time" in each Mesa's time zone; a Mesa without one works in the deployment's, which SQL
 * learns from the one-row table `tally_settings`. This stores the deployment's zone there; when it
 * changed, the database rebuilds the tallies of the Mesas without a zone of their own in the same
 * statement (a trigger on `tally_settings`). Called at start-up right after the migrations, and by the
 * portfolio when it finds the stored zone is not the one it was asked for. Returns whether it changed.
 */
export async function syncTallyTimeZone(db: Db, timeZone: string): Promise<boolean> {
  const rows = (await db.execute(
    sql`update tally_settings set time_zone = ${timeZone} where time_zone is distinct from ${timeZone} returning id`,
  )) as unknown as { rows: unknown[] };
  return rows.rows.length > 0;
}
