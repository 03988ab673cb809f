import type {
  FastifyDynamicSwaggerOptions,
  SwaggerTransform,
  SwaggerTransformObject,
} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { Config } from '../../config/config';
import { errorCatalogue } from '../../domain/errors';
import { nameComponents } from './components';
import { operations } from './operations';

/**
 * The OpenAPI document of the API, generated from the zod schemas of the routes: what it says besides
 * the routes (servers, tags, security), the names of the operations (./operations.ts) and of the shared
 * schemas (./components.ts), and the error responses, described once.
 */

/** The groups of operations, in the order a reader meets them. */
export const tags = [
  { name: 'health', description: 'Liveness and readiness, for load balancers and orchestrators' },
  { name: 'auth', description: 'Signing in and out, your own account, your API tokens' },
  { name: 'mesas', description: 'The Mesas (Executive Working Groups) and their lifecycle' },
  { name: 'participations', description: 'Who takes part in a Mesa, in which role' },
  { name: 'organizations', description: 'Public entities, business associations, companies and others' },
  { name: 'people', description: 'The directory of participants' },
  { name: 'accounts', description: 'User accounts (administrators)' },
  { name: 'audit', description: 'The hash-chained audit log' },
  { name: 'matrix', description: 'The Matrix: problems, solutions, indicators, field feedback, categories' },
  { name: 'meetings', description: 'Sessions and other meetings: agenda, live record, attendance, minutes' },
  { name: 'commitments', description: 'Commitments: who does what by when, and their progress' },
  {
    name: 'documents',
    description:
      'Files attached to problems, solutions, meetings and commitments: decrees, studies, signed minutes',
  },
  { name: 'calendar', description: 'Meetings and due days as iCalendar' },
  {
    name: 'lessons',
    description:
      'What a Mesa learned when a problem was verified, dropped or escalated, and similar lessons of other Mesas',
  },
  {
    name: 'follows',
    description: 'Following problems and commitments: what moves in them is mailed to you, at most hourly',
  },
  { name: 'mail', description: 'The e-mail outbox (administrators)' },
  { name: 'assessments', description: 'Feasibility assessments of a Mesa and their checklist' },
  { name: 'escalations', description: 'Problems escalated to the high-level body and its decisions' },
  { name: 'dashboards', description: "A Mesa's dashboards and the portfolio of Mesas" },
  {
    name: 'wheel',
    description: 'The PPD Evaluation Wheel: its questions, rounds, anonymous answers and results',
  },
  { name: 'home', description: 'What waits for you' },
  { name: 'archive', description: "A Mesa's continuity archive" },
  { name: 'public', description: 'Published Mesas and their public records as JSON (no sign-in)' },
  { name: 'portal', description: 'The transparency portal as HTML pages (no sign-in)' },
  { name: 'open data', description: 'The open data: CSV and JSON tables, the Data Package, Atom feeds' },
];

/**
 * The error responses, one per status, each the one `Error` envelope: operations refer to them instead
 * of repeating the envelope. The codes each status can carry come from the error catalogue.
 */
const errorResponses = {
  '400': { name: 'BadRequest', what: 'The request does not match the operation or cannot be stored' },
  '401': { name: 'Unauthorized', what: 'Not signed in, or the credentials are wrong' },
  '403': { name: 'Forbidden', what: 'Not allowed for you, or the CSRF token is missing' },
  '404': { name: 'NotFound', what: 'No such record, or not one you may see' },
  '409': { name: 'Conflict', what: 'The record changed since you read it, or the change is not allowed now' },
  '413': { name: 'PayloadTooLarge', what: 'The request body is too large' },
  '429': { name: 'TooManyRequests', what: 'Too many attempts: wait as Retry-After says' },
  '5XX': { name: 'ServerError', what: 'The server failed, or its database is unavailable for a moment' },
} as const;

type Status = keyof typeof errorResponses;

const codesOf = (status: Status) =>
  Object.entries(errorCatalogue)
    .filter(([, s]) => (status === '5XX' ? s >= 500 : String(s) === status))
    .map(([code]) => `\`${code}\``);

const errorSchemaRef = '#/components/schemas/Error';
const responseRef = (status: Status) => `#/components/responses/${errorResponses[status].name}`;

function errorResponseComponents() {
  return Object.fromEntries(
    (Object.keys(errorResponses) as Status[]).map((status) => [
      errorResponses[status].name,
      {
        description: `${errorResponses[status].what}: ${codesOf(status).join(', ')}.`,
        content: { 'application/json': { schema: { $ref: errorSchemaRef } } },
      },
    ]),
  );
}

type Json = Record<string, unknown>;
interface Response {
  $ref?: string;
  content?: Record<string, { schema?: Json }>;
}
interface Operation {
  requestBody?: unknown;
  responses?: Record<string, Response>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function eachOperation(doc: Json, visit: (operation: Operation) => void) {
  for (const item of Object.values((doc.paths ?? {}) as Record<string, Record<string, Operation>>)) {
    for (const method of METHODS) if (item[method]) visit(item[method]);
  }
}

/** Whether a response is the error envelope and nothing else. */
function isErrorEnvelope(response: Response): boolean {
  const content = Object.entries(response.content ?? {});
  return (
    content.length === 1 &&
    content[0]?.[0] === 'application/json' &&
    content[0][1].schema?.$ref === errorSchemaRef
  );
}

/**
 * Each operation's refusals point to the shared error responses. Every operation may also answer 400
 * (input no route can store is refused before any schema sees it, src/server/hostile-input.ts), 413 when
 * it takes a body (the body limit) and a server error (5XX), all in the same envelope.
 */
function describeErrors(doc: Json) {
  eachOperation(doc, (operation) => {
    const responses = operation.responses ?? {};
    for (const [status, response] of Object.entries(responses)) {
      if (status in errorResponses && isErrorEnvelope(response)) {
        responses[status] = { $ref: responseRef(status as Status) };
      }
    }
    responses['400'] ??= { $ref: responseRef('400') };
    if (operation.requestBody) responses['413'] ??= { $ref: responseRef('413') };
    responses['5XX'] ??= { $ref: responseRef('5XX') };
    operation.responses = responses;
  });
  const components = (doc.components ?? {}) as Json;
  components.responses = { ...(components.responses as Json | undefined), ...errorResponseComponents() };
  doc.components = components;
}

/** Every `$ref` in a part of the document. */
export function refsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) refsIn(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') into.add(child);
      else refsIn(child, into);
    }
  }
  return into;
}

/**
 * Only the named schemas the document uses, in alphabetical order: a named schema is listed twice by
 * fastify-type-provider-zod (as read, `…Input`, and as written), and request bodies stay inline here.
 */
function keepUsedSchemas(doc: Json) {
  const components = doc.components as Json & { schemas?: Record<string, unknown> };
  const schemas = components.schemas ?? {};
  const used = new Set<string>();
  let frontier = refsIn({ ...doc, components: { ...components, schemas: {} } }, new Set());
  while (frontier.size > 0) {
    const next = new Set<string>();
    for (const ref of frontier) {
      const name = ref.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : null;
      if (name === null || used.has(name) || !(name in schemas)) continue;
      used.add(name);
      refsIn(schemas[name], next);
    }
    frontier = next;
  }
  components.schemas = Object.fromEntries(
    Object.keys(schemas)
      .filter((name) => used.has(name))
      .sort()
      .map((name) => [name, schemas[name]]),
  );
}

/**
 * A route's schemas as OpenAPI: fastify-type-provider-zod's, except that a query of any parameters (a
 * record, as an identity provider's answer) is one free-form parameter, not its keywords as names.
 */
const transform: SwaggerTransform = (input) => {
  const result = jsonSchemaTransform(input);
  const query = result.schema.querystring as Json | undefined;
  if (query && !query.properties && typeof query.additionalProperties === 'object') {
    const params = {
      type: 'object',
      additionalProperties: query.additionalProperties,
      description: 'Any query parameters, as the caller sends them',
    };
    const querystring = { type: 'object', style: 'form', explode: true, properties: { params } };
    result.schema = { ...result.schema, querystring };
  }
  return result;
};

const transformObject: SwaggerTransformObject = (input) => {
  const doc = jsonSchemaTransformObject(input) as Json;
  describeErrors(doc);
  keepUsedSchemas(doc);
  return doc;
};

/** The options of @fastify/swagger for this installation. */
export function swaggerOptions(config: Config): FastifyDynamicSwaggerOptions {
  nameComponents();
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Mesas API',
        description:
          'The HTTP API of Mesas, used by its web app, its CLI and integrations. Authenticate with the session ' +
          'cookie from POST /api/auth/login (writes then need the X-CSRF-Token header) or with a personal API ' +
          'token as `Authorization: Bearer mesas_pat_…`. A POST may carry an `Idempotency-Key` header (1-255 ' +
          'visible ASCII characters, per user, kept 24 hours): sent again with the same request it writes nothing ' +
          'and answers as the first time (`Idempotent-Replayed: true`); with another request it answers 409 ' +
          'IDEMPOTENCY_KEY_REUSED. Every refusal is the `Error` envelope: match on `error.code`, show ' +
          '`error.message`.',
        version: '0.1.0',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: config.PUBLIC_URL.replace(/\/+$/, ''), description: 'This installation' }],
      tags,
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'mesas_session' },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
    // The server's address may have a path (PUBLIC_URL behind a proxy); the routes keep theirs whole.
    stripBasePath: false,
    transform,
    transformObject,
  };
}

/**
 * Gives each route its operationId (and its summary, when the route has none) from ./operations.ts.
 * Add before the routes are registered.
 */
export function nameOperations(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat().filter((m) => m !== 'HEAD');
    if (route.schema?.hide || methods.length !== 1) return;
    const name = operations[`${methods[0]} ${route.url}`];
    if (!name) return;
    route.schema = {
      ...route.schema,
      operationId: name.operationId,
      summary: route.schema?.summary ?? name.summary,
    };
  });
}
