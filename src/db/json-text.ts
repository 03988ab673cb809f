import { Column, is, type SQL, type SQLWrapper, sql } from 'drizzle-orm';

/**
 * JSON written by the database, to be sent as it is: for large answers (the Matrix) whose parts the
 * server would otherwise parse into objects only to write them out again. Objects are written by
 * `row_to_json`, which writes no spaces (`json_build_object` puts one around every colon and comma).
 * Instants are written as `Date.prototype.toJSON` writes them (UTC, milliseconds, `Z`); days as
 * YYYY-MM-DD; numerics as JSON numbers.
 */

/** A value of a JSON object: a column (an instant is formatted) or any SQL expression. */
type Member = Column | SQL;

/** An instant as `toISOString` writes it: to the millisecond, cut (as `new Date` cuts microseconds), in UTC. */
export function isoInstant(value: SQLWrapper): SQL<string> {
  return sql<string>`to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

// Every instant of the schema is a `timestamp with time zone`.
const isInstant = (column: Column) => column.getSQLType().startsWith('timestamp');

function member(value: Member): SQL {
  if (is(value, Column)) return isInstant(value) ? isoInstant(value) : sql`${value}`;
  return value;
}

/** A JSON object of the given members, in their order: `null` when `nullWhen` (a left join found no row). */
export function jsonObject(members: Record<string, Member>, nullWhen?: SQLWrapper): SQL<string> {
  const columns = Object.entries(members).map(
    ([key, value]) => sql`${member(value)} as ${sql.identifier(key)}`,
  );
  const object = sql<string>`(select row_to_json(o) from (select ${sql.join(columns, sql`, `)}) o)`;
  return nullWhen ? sql<string>`(case when ${nullWhen} then null else ${object} end)` : object;
}

/** A JSON array of the rows' objects, in `orderBy`'s order, written with no spaces: `[]` for none. */
export function jsonArray(object: SQL, ...orderBy: SQL[]): SQL<string> {
  const order = orderBy.length ? sql` order by ${sql.join(orderBy, sql`, `)}` : sql``;
  return sql<string>`('[' || coalesce(string_agg((${object})::text, ','${order}), '') || ']')`;
}
