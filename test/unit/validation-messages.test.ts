import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { translator } from '../../src/i18n';
import { validationMessage } from '../../src/i18n/validation';

/** The first issue of a value against a schema, passed on as fastify-type-provider-zod passes it. */
function messages(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a refusal');
  const { code, path, message, ...params } = result.error.issues[0]!;
  // The value at the issue's path, as the error handler finds it in the request.
  const at = path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown>)?.[key], input);
  const issue = { code, message, params, input: at };
  return { en: validationMessage(issue, translator('en')), es: validationMessage(issue, translator('es')) };
}

describe('messages of a value that does not match its schema', () => {
  it.each([
    ['a number below its minimum', z.number().int().min(1), 0, 'must be 1 or more', 'debe ser 1 o más'],
    ['a number above its maximum', z.number().max(5), 6, 'must be 5 or less', 'debe ser 5 o menos'],
    ['a number not above a limit', z.number().gt(0), 0, 'must be more than 0', 'debe ser mayor que 0'],
    [
      'a fraction for a whole number',
      z.number().int(),
      1.5,
      'must be a whole number',
      'debe ser un número entero',
    ],
    ['an empty text that is required', z.string().min(1), '', 'required', 'obligatorio'],
    [
      'a text shorter than its minimum',
      z.string().min(3),
      'ab',
      'must have at least 3 characters',
      'debe tener al menos 3 caracteres',
    ],
    [
      'one character too many',
      z.string().max(1),
      'ab',
      'must have at most 1 character',
      'debe tener como máximo 1 carácter',
    ],
    [
      'an empty list',
      z.array(z.string()).min(1),
      [],
      'must have at least 1 item',
      'debe tener al menos 1 elemento',
    ],
    [
      'a value outside a list',
      z.enum(['yes', 'no']),
      'maybe',
      'must be one of: yes, no',
      'debe ser uno de estos valores: yes, no',
    ],
    [
      'a day that is not one',
      z.iso.date(),
      '2026-13-01',
      'must be a date (YYYY-MM-DD)',
      'debe ser una fecha (AAAA-MM-DD)',
    ],
    [
      'a web address that is not one',
      z.url(),
      'not a url',
      'must be a web address',
      'debe ser una dirección web',
    ],
    ['a missing value', z.object({ a: z.string() }), {}, 'required', 'obligatorio'],
    ['an unknown field', z.strictObject({}), { b: 1 }, 'unknown fields: b', 'campos desconocidos: b'],
    [
      'a refinement without a key',
      z.string().refine(() => false),
      'x',
      'not a valid value',
      'no es un valor válido',
    ],
  ])('writes %s in both languages', (_name, schema, input, en, es) => {
    expect(messages(schema as z.ZodType, input)).toEqual({ en, es });
  });
});
