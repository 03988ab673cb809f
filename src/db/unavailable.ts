/**
 * Whether a failure means "the database cannot be reached right now" (it is down, restarting, refusing
 * connections, or dropped ours) rather than "this statement is wrong". The first is answered 503 and
 * clears by itself once the database is back; the second is a bug or a bad request.
 */

/** Node's codes for a connection that could not be made or was cut. */
const socketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs of an unavailable server: class 08 (connection exception), 57P01-57P03
 * (terminated by an administrator, crash of another backend, not accepting connections yet or any more),
 * 53300 (too many connections).
 */
function isUnavailableSqlState(code: string): boolean {
  return (
    code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300'
  );
}

/** node-postgres reports a lost or unusable connection with plain errors carrying these messages. */
const clientMessages = [
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
];

export function isDatabaseUnavailable(error: unknown): boolean {
  // Drizzle wraps a failed statement (DrizzleQueryError) with the driver's error as its cause.
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (socketCodes.has(code) || isUnavailableSqlState(code))) return true;
    if (clientMessages.some((m) => e instanceof Error && e.message.startsWith(m))) return true;
    if (e instanceof AggregateError && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
  }
  return false;
}
