import type { Db } from './client';

/**
 * A statement built once per database handle and then run with placeholders: for the few statements
 * every request runs (who is calling, the Matrix's revision), building the SQL text anew each time
 * cost more than running it. On PostgreSQL the statement is named, so each connection also parses and
 * plans it once.
 */
export function prepared<T>(build: (db: Db) => T): (db: Db) => T {
  const built = new WeakMap<Db, T>();
  return (db) => {
    let statement = built.get(db);
    if (!statement) {
      statement = build(db);
      built.set(db, statement);
    }
    return statement;
  };
}
