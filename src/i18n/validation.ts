import type { TFunction } from 'i18next';

/**
 * A request that does not match its schema, one issue of it as zod reports it (through
 * fastify-type-provider-zod): its code, the issue's own fields and the value it was about.
 */
export interface SchemaIssue {
  code: string | undefined;
  params: Record<string, unknown> | undefined;
  message: string | undefined;
  /** The value found at the issue's path; undefined when the field is missing. */
  input: unknown;
}

const TYPES = new Set(['string', 'number', 'int', 'boolean', 'array', 'object', 'date']);
const FORMATS: Record<string, string> = {
  email: 'email',
  uuid: 'uuid',
  guid: 'uuid',
  url: 'url',
  date: 'date',
  datetime: 'datetime',
  time: 'time',
};
const isNumeric = (origin: unknown) => origin === 'number' || origin === 'int' || origin === 'bigint';

/** The size limit of a too_small / too_big issue, written for the field it is about. */
function sizeMessage(t: TFunction, side: 'tooShort' | 'tooLong', p: Record<string, unknown>): string {
  const limit = Number(side === 'tooShort' ? p.minimum : p.maximum);
  if (p.origin === 'string') {
    if (side === 'tooShort' && limit === 1) return t('validation.required');
    const kind = p.exact && side === 'tooShort' ? 'exactString' : 'string';
    return t(`validation.${side}.${kind}`, { count: limit });
  }
  if (p.origin === 'array' || p.origin === 'set') return t(`validation.${side}.array`, { count: limit });
  if (isNumeric(p.origin)) {
    return t(`validation.${side}.${p.inclusive === false ? 'numberExclusive' : 'number'}`, { limit });
  }
  return t(`validation.${side}.other`);
}

/**
 * The message of a schema issue in the caller's language, in the catalogue's words ("must have at most
 * 200 characters", "debe ser una dirección de correo electrónico") rather than zod's own. A refinement
 * names its message by a `validation.*` key.
 */
export function validationMessage(issue: SchemaIssue, t: TFunction): string {
  const p = issue.params ?? {};
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return t('validation.required');
      const expected = String(p.expected);
      return t(`validation.type.${TYPES.has(expected) ? expected : 'other'}`);
    }
    case 'too_small':
      return sizeMessage(t, 'tooShort', p);
    case 'too_big':
      return sizeMessage(t, 'tooLong', p);
    case 'invalid_format':
      return t(`validation.format.${FORMATS[String(p.format)] ?? 'other'}`);
    case 'invalid_value':
      return t('validation.oneOf', { values: (p.values as unknown[] | undefined)?.join(', ') ?? '' });
    case 'unrecognized_keys':
      return t('validation.unknownKeys', { keys: (p.keys as unknown[] | undefined)?.join(', ') ?? '' });
    case 'not_multiple_of':
      return t('validation.multipleOf', { divisor: p.divisor });
    case 'custom':
      return issue.message?.startsWith('validation.') ? t(issue.message) : t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}
