import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, type FieldIssue } from '../domain/errors';

/**
 * Input no route can store, refused in one place before any schema sees it: PostgreSQL refuses the NUL
 * character in text and jsonb, and a string with an unpaired UTF-16 surrogate is not Unicode text (it
 * would be stored silently changed to U+FFFD). Nesting deeper than any request of the API needs is
 * refused too, so no later step walks it recursively.
 */

const MAX_DEPTH = 32;

type Source = 'body' | 'querystring' | 'params';

/** A surrogate code unit without its pair: with the u flag, a paired one is part of one code point. */
const LONE_SURROGATE = /\p{Cs}/gu;

function storable(text: string): boolean {
  return !text.includes('\u0000') && text.search(LONE_SURROGATE) < 0;
}

/** The first unstorable string or too deep value of one source, walked without recursion. */
function firstIssue(source: Source, value: unknown): FieldIssue | null {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string[] };
    const at = path.length ? path.join('.') : source;
    if (typeof current === 'string') {
      if (!storable(current)) return { path: at, key: 'fields.unstorableCharacter' };
      continue;
    }
    if (current === null || typeof current !== 'object' || Buffer.isBuffer(current)) continue;
    if (path.length >= MAX_DEPTH)
      return { path: at, key: 'fields.nestedTooDeep', params: { max: MAX_DEPTH } };
    for (const [key, child] of Object.entries(current)) {
      if (!storable(key))
        return {
          path: [...path, key.replaceAll('\u0000', '?').replace(LONE_SURROGATE, '?')].join('.'),
          key: 'fields.unstorableCharacter',
        };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}

export function hostileInputIssue(req: FastifyRequest): FieldIssue | null {
  return (
    firstIssue('params', req.params) ?? firstIssue('querystring', req.query) ?? firstIssue('body', req.body)
  );
}

/** Refuses, with 400 VALIDATION_FAILED naming the field, any request carrying input that cannot be stored. */
export function refuseHostileInput(app: FastifyInstance) {
  app.addHook('preValidation', async (req) => {
    const issue = hostileInputIssue(req);
    if (issue) throw new AppError('VALIDATION_FAILED', { fields: [issue] });
  });
}
