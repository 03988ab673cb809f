import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/db/unavailable';

/** A PostgreSQL error as node-postgres reports it: a message and its SQLSTATE. */
const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('a database that cannot be reached', () => {
  it('is told apart from a statement that failed', () => {
    const unavailable = [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new AggregateError([
        Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' }),
      ]),
      new Error('Connection terminated unexpectedly'),
      new Error('Client has encountered a connection error and is not queryable'),
      new Error('timeout exceeded when trying to connect'),
      pgError('57P01', 'terminating connection due to administrator command'),
      pgError('57P03', 'the database system is shutting down'),
      pgError('08006'),
      // Drizzle wraps the driver's error in its own.
      new Error('Failed query: insert into …', { cause: pgError('57P01') }),
    ];
    for (const error of unavailable) expect(isDatabaseUnavailable(error), error.message).toBe(true);
    const notSo = [
      pgError('23505', 'duplicate key value violates unique constraint'),
      pgError('22P02', 'invalid input syntax for type uuid'),
      new Error('Failed query: select …', { cause: pgError('42P01') }),
      new Error('something else'),
      'a string',
      null,
    ];
    for (const error of notSo) expect(isDatabaseUnavailable(error), String(error)).toBe(false);
  });
});
