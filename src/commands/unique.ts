import { AppError } from '../domain/errors';

/** The PostgreSQL error code, looking through driver wrappers (drizzle wraps errors in `cause`). */
export function pgErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Turns a unique-constraint violation into a 409 CONFLICT naming the field. */
export function rethrowUnique(field: string) {
  return (error: unknown): never => {
    if (pgErrorCode(error) === '23505')
      throw new AppError('CONFLICT', { fields: [{ path: field, key: 'fields.alreadyExists' }] });
    throw error;
  };
}
