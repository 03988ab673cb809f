import { isDeepStrictEqual } from 'node:util';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

/**
 * Response serializers compiled from the zod response schemas, for answers too large to encode with zod:
 * the Matrix as the rest of the API presents it, which the JSON the Matrix's API writes is held to in
 * the test suite (`sameAsPresented`). What the response schema's JSON Schema (the one the OpenAPI
 * document shows) declares is copied out of the presented value by code generated for that schema, and
 * the copy is handed to the native JSON.stringify. Properties the schema does not declare are never
 * copied, so never sent.
 *
 * Unlike encoding with zod, nothing is validated on the way out: a compiled serializer trusts the
 * presenters' types, which TypeScript checks against the schema. With `check` (the test suite turns it
 * on) every answer is also encoded by zod, and any difference from it, or any value zod refuses, fails
 * the request, so the contract cannot drift unnoticed. A schema the compiler does not support (unions
 * other than `X | null`, records, catch-alls, tuples, recursive schemas) is refused when the serializer
 * is compiled, not when it answers.
 */

export type Serializer<T> = (value: T) => string;

export interface SerializerOptions {
  /** Also encode every value with zod and fail on any difference (slower: for tests). */
  check?: boolean;
}

/** The part of JSON Schema zod writes for the schemas the compiler supports. */
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | JsonSchema[];
  anyOf?: JsonSchema[];
  [keyword: string]: unknown;
}

/** Keywords that combine or reference schemas: not supported, so refused at compile time. */
const UNSUPPORTED = [
  'oneOf',
  'allOf',
  'not',
  'if',
  '$ref',
  'prefixItems',
  'patternProperties',
  'propertyNames',
  'dependentSchemas',
];
const UNREPRESENTABLE = 'x-unrepresentable';

/**
 * The JSON Schema of what a response carries, every part written out in place (the shared components
 * of the OpenAPI document are not referred to): dates as ISO 8601 strings, as they are encoded.
 */
export function responseJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    metadata: z.registry(),
    io: 'output',
    unrepresentable: 'any',
    cycles: 'throw',
    reused: 'inline',
    override: (ctx) => {
      const type = ctx.zodSchema._zod.def.type;
      if (type === 'date') {
        ctx.jsonSchema.type = 'string';
        ctx.jsonSchema.format = 'date-time';
      } else if (Object.keys(ctx.jsonSchema).length === 0 && type !== 'unknown' && type !== 'any') {
        ctx.jsonSchema[UNREPRESENTABLE] = type;
      }
    },
  }) as JsonSchema;
}

class UnsupportedSchemaError extends Error {
  constructor(path: string, what: string) {
    super(`The compiled serializer does not support ${what} (at ${path || 'the root'})`);
    this.name = 'UnsupportedSchemaError';
  }
}

/** Generates the projection functions of a schema: one per object and per array that needs one. */
class Generator {
  readonly functions: string[] = [];

  /**
   * The name of a generated function that copies a value of `schema` (null for a value sent as it is:
   * strings, numbers, booleans, dates (JSON.stringify writes their ISO 8601 string), and arrays of them).
   */
  projector(schema: JsonSchema, path: string): string | null {
    for (const keyword of UNSUPPORTED) {
      if (keyword in schema) throw new UnsupportedSchemaError(path, `\`${keyword}\``);
    }
    if (schema[UNREPRESENTABLE]) {
      throw new UnsupportedSchemaError(path, `a ${String(schema[UNREPRESENTABLE])} value`);
    }
    if (schema.anyOf) {
      const [value, ...rest] = schema.anyOf.filter((branch) => branch.type !== 'null');
      if (!value || rest.length || schema.anyOf.length !== 2) {
        throw new UnsupportedSchemaError(path, 'a union other than `X | null`');
      }
      return this.projector({ ...value, nullable: true }, path);
    }
    const types = [schema.type ?? []].flat();
    const nullable = schema.nullable === true || types.includes('null');
    if (types.includes('object') || schema.properties) return this.object(schema, path, nullable);
    if (types.includes('array') || schema.items) return this.array(schema, path, nullable);
    return null;
  }

  private add(body: (name: string) => string): string {
    const name = `project${this.functions.length}`;
    this.functions.push(body(name));
    return name;
  }

  private object(schema: JsonSchema, path: string, nullable: boolean): string {
    const extra = schema.additionalProperties;
    if (extra !== undefined && extra !== false) {
      throw new UnsupportedSchemaError(path, 'properties beyond the declared ones');
    }
    const required = new Set(schema.required ?? []);
    const properties = Object.entries(schema.properties ?? {});
    const fields = properties.map(([key, property]) => {
      const read = `value[${JSON.stringify(key)}]`;
      const project = this.projector(property, `${path}/${key}`);
      const copy = project
        ? required.has(key)
          ? `${project}(${read})`
          : `${read} === undefined ? undefined : ${project}(${read})`
        : read;
      return `${JSON.stringify(key)}: ${copy}`;
    });
    const missing = properties
      .filter(([key]) => required.has(key))
      .map(([key]) => `value[${JSON.stringify(key)}] === undefined`);
    const where = JSON.stringify(path || '/');
    return this.add(
      (name) => `function ${name}(value) {
  ${nullable ? 'if (value === null) return null;' : ''}
  if (typeof value !== 'object' || value === null) wrong(${where}, 'an object', value);
  ${missing.length ? `if (${missing.join(' || ')}) missing(${where}, value, ${JSON.stringify([...required])});` : ''}
  return { ${fields.join(', ')} };
}`,
    );
  }

  private array(schema: JsonSchema, path: string, nullable: boolean): string | null {
    const items = schema.items;
    if (Array.isArray(items)) throw new UnsupportedSchemaError(path, 'tuples');
    const project = items ? this.projector(items, `${path}/items`) : null;
    if (!project) return null;
    const where = JSON.stringify(path || '/');
    return this.add(
      (name) => `function ${name}(value) {
  ${nullable ? 'if (value === null) return null;' : ''}
  if (!Array.isArray(value)) wrong(${where}, 'an array', value);
  const copy = new Array(value.length);
  for (let i = 0; i < value.length; i++) copy[i] = ${project}(value[i]);
  return copy;
}`,
    );
  }
}

function wrong(path: string, expected: string, value: unknown): never {
  throw new TypeError(`Cannot serialize the response: ${path} is not ${expected} (${typeof value})`);
}

function missing(path: string, value: Record<string, unknown>, required: string[]): never {
  const absent = required.filter((key) => value[key] === undefined);
  throw new TypeError(`Cannot serialize the response: ${path} lacks ${absent.join(', ')}`);
}

/** The projection of a whole value, compiled from its JSON Schema. */
function compileProjection(schema: JsonSchema): ((value: unknown) => unknown) | null {
  const generator = new Generator();
  const root = generator.projector(schema, '');
  if (!root) return null;
  const code = `${generator.functions.join('\n')}\nreturn ${root};`;
  // The generated code holds nothing but property names from the schema, each written as a JSON string.
  return new Function('wrong', 'missing', code)(wrong, missing);
}

const compiled = new WeakMap<z.ZodType, Serializer<unknown>>();

/**
 * A serializer for values of a zod response schema: the JSON that `JSON.stringify(z.encode(schema,
 * value))` gives for a valid value, byte for byte, without validating it (see `check`).
 */
export function compileSerializer<S extends z.ZodType>(
  schema: S,
  options: SerializerOptions = {},
): Serializer<z.output<S>> {
  let serialize = compiled.get(schema);
  if (!serialize) {
    const project = compileProjection(responseJsonSchema(schema));
    serialize = project ? (value) => JSON.stringify(project(value)) : (value) => JSON.stringify(value);
    compiled.set(schema, serialize);
  }
  if (!options.check) return serialize;
  const fast = serialize;
  return (value) => {
    const expected = JSON.stringify(z.encode(schema, value));
    const actual = fast(value);
    if (actual !== expected) {
      throw new Error('The compiled serializer answered other JSON than the response schema encodes');
    }
    return actual;
  };
}

/**
 * JSON written in pieces (`pieces.join('')`) as its UTF-8 bytes, each piece encoded straight into one
 * buffer: neither the joined string (twice as large in memory when a single character lies beyond
 * Latin-1) nor a copy of it is made.
 */
export function jsonBytes(pieces: readonly string[]): Buffer {
  let length = 0;
  for (const piece of pieces) length += Buffer.byteLength(piece, 'utf8');
  const bytes = Buffer.allocUnsafe(length);
  let offset = 0;
  for (const piece of pieces) offset += bytes.write(piece, offset, 'utf8');
  return bytes;
}

/**
 * An `onSend` hook for routes with large JSON answers: a serialized string is sent as its UTF-8 bytes,
 * encoded once. Sent as a string, it would be measured for Content-Length and then encoded again on
 * the way to the socket (and a string that holds a single character beyond Latin-1, such as a dash in
 * a name, is twice as long in memory): two passes over the whole answer instead of one.
 */
export async function sendJsonAsBytes(
  _request: FastifyRequest,
  _reply: FastifyReply,
  payload: unknown,
): Promise<unknown> {
  return typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
}

/** Where two JSON values first differ (a JSON Pointer), or null when they are equal. */
function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return path || '/';
  if (Array.isArray(a) !== Array.isArray(b)) return path || '/';
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const inner = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}/${key}`,
    );
    if (inner) return inner;
  }
  return path || '/';
}

/**
 * Fails when JSON written another way than through a response schema (`written`) says other than what
 * the schema's serializer writes of the presented value (`presented`): the same members and values, in
 * any order.
 */
export function sameAsPresented(written: string, presented: string): void {
  const where = firstDifference(JSON.parse(written), JSON.parse(presented));
  if (where) throw new Error(`The written JSON differs from the presented answer at ${where}`);
}
