import { Column, type GetColumnData, is, type SQL, sql } from 'drizzle-orm';

/** Columns by name, one level of nesting allowed (a joined row: `category: { id, key }`). */
type Shape = Record<string, Column | Record<string, Column>>;

/** What `decode` makes of a row: each column's value; a nested object is null when all its columns are. */
export type JsonRow<S extends Shape> = {
  [K in keyof S]: S[K] extends Column
    ? GetColumnData<S[K]>
    : S[K] extends Record<string, Column>
      ? { [J in keyof S[K]]: GetColumnData<S[K][J]> } | null
      : never;
};

/** Types whose JSON form (a number) would lose what their text says: sent as text instead. */
const asText = (column: Column) => /^(numeric|decimal|bigint)/.test(column.getSQLType());

/**
 * A select's columns as JSON: one array per row (`json_build_array`), or all the rows as one array of
 * them (`json_agg`), and the decoding back into the objects drizzle's `select(shape)` would have made
 * (each column's own decoding from the driver's value; a nested object null when its joined row is
 * absent). The embedded database's driver decodes every field of every row on its own, a copy and a
 * text decoding each: for hundreds of rows of many columns that costs more than reading them, where
 * one JSON value is decoded natively, at once.
 */
export function jsonRows<const S extends Shape>(shape: S) {
  const fields: Field[] = [];
  for (const [key, value] of Object.entries(shape)) {
    if (is(value, Column)) fields.push(field(key, null, value));
    else for (const [nested, column] of Object.entries(value)) fields.push(field(key, nested, column));
  }
  const values = fields.map(({ column }) => (asText(column) ? sql`${column}::text` : sql`${column}`));
  const row = sql`json_build_array(${sql.join(values, sql`, `)})`;
  // A nested object's columns follow one another: its first starts it, its last settles it.
  const starts = fields.map((f, i) => f.nested !== null && fields[i - 1]?.key !== f.key);
  const ends = fields.map((f, i) => f.nested !== null && fields[i + 1]?.key !== f.key);
  const decode = (json: unknown[]): JsonRow<S> => {
    const out: Record<string, unknown> = {};
    let object: Record<string, unknown> = {};
    let found = false;
    for (let i = 0; i < fields.length; i++) {
      const { key, nested, column, jsType } = fields[i]!;
      const raw = json[i] ?? null;
      const value = raw === null || typeof raw === jsType ? raw : column.mapFromDriverValue(raw);
      if (nested === null) {
        out[key] = value;
        continue;
      }
      if (starts[i]) {
        object = {};
        found = false;
      }
      object[nested] = value;
      found ||= value !== null;
      // All its columns null: the left join found no row.
      if (ends[i]) out[key] = found ? object : null;
    }
    return out as JsonRow<S>;
  };
  return {
    /** Each row as a JSON array: for a select that cannot aggregate its rows (DISTINCT ON). */
    row: sql<unknown[]>`${row}`,
    /** All the rows as one JSON array, in `orderBy`'s order if given: the select returns one row. */
    all(...orderBy: SQL[]) {
      const order = orderBy.length ? sql` order by ${sql.join(orderBy, sql`, `)}` : sql``;
      return sql<unknown[][]>`coalesce(json_agg(${row}${order}), '[]'::json)`;
    },
    decode,
    decodeAll: (rows: readonly unknown[][]): JsonRow<S>[] => rows.map(decode),
    /** The rows of a select of `{ rows: all(…) }`, decoded. */
    async read(select: PromiseLike<{ rows: unknown[][] }[]>): Promise<JsonRow<S>[]> {
      const [result] = await select;
      return (result?.rows ?? []).map(decode);
    },
  };
}

interface Field {
  key: string;
  nested: string | null;
  column: Column;
  /** The JavaScript type a value of the column already has in JSON, decoded as it is: no decoding. */
  jsType: 'string' | 'number' | 'boolean' | null;
}

function field(key: string, nested: string | null, column: Column): Field {
  const { dataType } = column;
  const plain = dataType === 'string' || dataType === 'number' || dataType === 'boolean';
  return { key, nested, column, jsType: plain ? dataType : null };
}
