import {
  type PGlite,
  parse,
  protocol,
  type QueryOptions,
  type Results,
  type Transaction,
} from '@electric-sql/pglite';

const { serialize } = protocol;

/** How many statements an embedded database keeps prepared; the one used longest ago goes first. */
export const STATEMENTS_KEPT = 400;

/** Statements that are planned (a query, a change of rows): the ones worth keeping prepared. */
const PLANNED = /^\s*(select|insert|update|delete|with)\b/i;

/** A statement PostgreSQL no longer runs as prepared (its result changed shape, or it was dropped). */
const STALE = new Set(['0A000', '26000']);

interface Prepared {
  name: string;
  /** The type of each parameter, as PostgreSQL inferred it when the statement was prepared. */
  types: number[];
}

type Query = PGlite['query'];

/**
 * PGlite runs every statement with an unnamed prepared statement: it is parsed and planned anew each
 * time, in six calls into PostgreSQL (parse, describe, bind, describe, execute, sync). A short query on
 * the demo's data took 190-500 µs that way, most of it planning. Here each query the app runs again is
 * prepared once, by name, as node-postgres does for the statements drizzle names on a server and as
 * postgres.js does for all: later runs bind, execute and sync it in one call (47-130 µs). PostgreSQL
 * keeps the plan (after five runs, a generic one where it costs no more) and replans it by itself
 * when a table it reads changes.
 *
 * Only planned statements are kept (select, insert, update, delete, with), up to `kept`, the one used
 * longest ago closed first. One whose result changed shape (a column added to a table it reads with
 * `*`) is prepared anew, and run again outside a transaction. Other statements, and statements with a
 * blob or parameter types of their own, go PGlite's own way. A statement runs under PGlite's locks as its own `query` would: outside a
 * transaction it waits for any transaction to end, and its errors carry the query as PGlite's do.
 */
export function statementsPreparedOnce(client: PGlite, kept = STATEMENTS_KEPT): void {
  const statements = new Map<string, Prepared>();
  /** Statements forgotten here, closed in PostgreSQL with the next one prepared. */
  const closing: string[] = [];
  let made = 0;

  const forget = (text: string, statement: Prepared) => {
    statements.delete(text);
    closing.push(statement.name);
  };

  async function prepared(text: string): Promise<Prepared> {
    const known = statements.get(text);
    if (known) {
      // Used now: it goes to the end of the line of statements to close.
      statements.delete(text);
      statements.set(text, known);
      return known;
    }
    if (statements.size >= kept) {
      const [oldest, statement] = statements.entries().next().value as [string, Prepared];
      forget(oldest, statement);
    }
    const parts = closing.splice(0).map((old) => serialize.close({ type: 'S', name: old }));
    made += 1;
    const name = `mesas_${made}`;
    parts.push(serialize.parse({ name, text }), serialize.describe({ type: 'S', name }), serialize.sync());
    const answer = await client.execProtocolStream(Buffer.concat(parts), { syncToFs: false });
    const statement = { name, types: parse.parseDescribeStatementResults(answer) };
    statements.set(text, statement);
    return statement;
  }

  async function run<T>(
    text: string,
    params: unknown[],
    options: QueryOptions | undefined,
    inTransaction: boolean,
    first = true,
  ): Promise<Results<T>> {
    try {
      const { name, types } = await prepared(text);
      const values = params.map((param, i) => {
        if (param === null || param === undefined) return null;
        const type = types[i] ?? 0;
        const serializer = options?.serializers?.[type] ?? client.serializers[type];
        return serializer ? serializer(param) : String(param);
      });
      const answer = await client.execProtocolStream(
        Buffer.concat([
          serialize.bind({ statement: name, values }),
          serialize.describe({ type: 'P' }),
          serialize.execute({}),
          serialize.sync(),
        ]),
        { syncToFs: false },
      );
      if (!inTransaction) await client.syncToFs();
      return parse.parseResults(answer, client.parsers, options)[0] as Results<T>;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === undefined) throw error;
      const statement = statements.get(text);
      if (STALE.has(code) && statement) {
        forget(text, statement);
        // Prepared anew, it runs as it would have the first time; in a transaction, the error has ended it.
        if (!inTransaction && first) return run(text, params, options, false, false);
      }
      // What PGlite adds to its errors: the statement, its parameters and options.
      throw Object.assign(error as Error, { query: text, params, queryOptions: options });
    }
  }

  const own = (options: QueryOptions | undefined) => !options?.blob && !options?.paramTypes;

  const { query, transaction } = client;
  client.query = (async <T>(text: string, params: unknown[] = [], options?: QueryOptions) => {
    if (!PLANNED.test(text) || !own(options)) return query.call(client, text, params, options);
    await client._checkReady();
    return client._runExclusiveTransaction(() =>
      client._runExclusiveQuery(() => run<T>(text, params, options, false)),
    );
  }) as Query;
  client.transaction = (<T>(callback: (tx: Transaction) => Promise<T>) =>
    transaction.call(client, (tx) => {
      const inner = tx.query;
      tx.query = (async <R>(text: string, params: unknown[] = [], options?: QueryOptions) => {
        if (!PLANNED.test(text) || !own(options)) return inner.call(tx, text, params, options);
        if (tx.closed) throw new Error('Transaction is closed');
        return client._runExclusiveQuery(() => run<R>(text, params, options, true));
      }) as Query;
      return callback(tx);
    })) as PGlite['transaction'];
}
