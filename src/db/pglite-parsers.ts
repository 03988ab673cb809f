import type { PGlite, QueryOptions, Transaction } from '@electric-sql/pglite';

type Parsers = NonNullable<QueryOptions['parsers']>;
type Statements = Pick<Transaction, 'query' | 'exec'>;

/**
 * drizzle asks PGlite to hand timestamps, dates and intervals over as the text PostgreSQL sent (it makes
 * its own values from it) by passing the same few parsers with every statement. PGlite lays those over
 * its own by copying all of its ~320 parsers into a new map for each statement: about 85 µs, a third of
 * a short statement's time. Here drizzle's parsers are laid over PGlite's once, on the instance, and
 * drizzle's statements then go without them. Statements sent without parsers (a ping, LISTEN, counting
 * migrations, `exec`) keep PGlite's parsing of those types, and one with parsers of its own for other
 * types gets PGlite's parsing for the rest, as it would without the overlay.
 */
export function parsersLaidOverOnce(client: PGlite): void {
  let laid: { types: string; own: Parsers } | undefined;

  /** The options a statement runs with: drizzle's parsers taken off once they are the instance's. */
  const optionsFor = (options: QueryOptions | undefined): QueryOptions | undefined => {
    const parsers = options?.parsers;
    if (!parsers) return laid ? { ...options, parsers: laid.own } : options;
    const types = Object.keys(parsers).join();
    if (!laid) {
      const own: Parsers = {};
      for (const type of Object.keys(parsers).map(Number)) {
        const parser = client.parsers[type];
        if (parser) own[type] = parser;
      }
      client.parsers = { ...client.parsers, ...parsers };
      laid = { types, own };
    }
    if (types === laid.types) return { ...options, parsers: undefined };
    return { ...options, parsers: { ...laid.own, ...parsers } };
  };

  const overlay = <T extends Statements>(target: T): T => {
    const { query, exec } = target;
    target.query = ((text: string, params?: unknown[], options?: QueryOptions) =>
      query.call(target, text, params, optionsFor(options))) as T['query'];
    target.exec = (text: string, options?: QueryOptions) => exec.call(target, text, optionsFor(options));
    return target;
  };

  overlay(client);
  const { transaction } = client;
  client.transaction = ((callback: (tx: Transaction) => Promise<unknown>) =>
    transaction.call(client, (tx) => callback(overlay(tx)))) as PGlite['transaction'];
}
