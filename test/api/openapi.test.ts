import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCatalogue } from '../../src/domain/errors';
import { components } from '../../src/server/openapi/components';
import { refsIn } from '../../src/server/openapi/document';
import { operations } from '../../src/server/openapi/operations';
import { createTestContext, type TestContext } from '../support/app';

interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; schema?: object }[];
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, Response>;
}

interface Response {
  $ref?: string;
  description?: string;
  content?: Record<string, { schema: Record<string, unknown> }>;
}

interface OpenApi {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: {
    securitySchemes: Record<string, unknown>;
    schemas: Record<string, Record<string, unknown>>;
    responses: Record<string, Response>;
  };
  security: unknown[];
  servers: { url: string }[];
  tags: { name: string; description?: string }[];
}

let t: TestContext;
let spec: OpenApi;
beforeAll(async () => {
  t = await createTestContext();
  const res = await t.anonymous.get('/api/openapi.json');
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  spec = res.json();
});
afterAll(() => t?.close());

/** The documented routes: all but the documentation itself. */
const documented = () =>
  t.app.routeList.filter((r) => !r.url.startsWith('/api/docs') && r.url !== '/api/openapi.json');
const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');
const operation = (r: { method: string; url: string }) =>
  spec.paths[openApiPath(r.url)]?.[r.method.toLowerCase()];
const allOperations = () => Object.values(spec.paths).flatMap((item) => Object.values(item));

/** What a local `$ref` (`#/components/…`) points to; anything else as it is. */
function resolve<T>(value: T): T {
  const ref = (value as { $ref?: string } | undefined)?.$ref;
  if (!ref) return value;
  const target = ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], spec);
  expect(target, ref).toBeDefined();
  return resolve(target as T);
}

/**
 * Refusals the document adds to the ones a route declares: a server error for every operation, 413 for
 * those taking a body (and 400 for those that declare none: input no route can store is refused).
 */
const added = ['413', '5XX'];

describe('/api/openapi.json', () => {
  it('is an OpenAPI 3 document with both ways to authenticate', () => {
    expect(spec.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(spec.info).toMatchObject({ title: 'Mesas API', version: expect.any(String) });
    expect(Object.keys(spec.components.securitySchemes).sort()).toEqual(['bearer', 'cookie']);
    expect(spec.components.securitySchemes.cookie).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'mesas_session',
    });
    expect(spec.security).toEqual([{ bearer: [] }, { cookie: [] }]);
  });

  it('lists every route, and no route the app does not have', () => {
    expect(documented().length).toBeGreaterThan(30);
    const missing = documented()
      .filter((r) => !operation(r))
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
    const listed = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const known = new Set(documented().map((r) => `${r.method} ${openApiPath(r.url)}`));
    expect(listed.filter((op) => !known.has(op))).toEqual([]);
  });

  it('describes a success response with a schema for every operation', () => {
    const without = documented().filter((r) => {
      const responses = operation(r)!.responses;
      // The steps of signing in at an identity provider are browser navigations: they answer a redirect.
      if (!Object.keys(responses).some((s) => /^2\d\d$/.test(s)))
        return !responses['302'] && !responses['303'];
      const ok = Object.entries(responses).find(([status]) => /^2\d\d$/.test(status));
      // JSON for most; downloads (the Matrix as XLSX or CSV) under their own media type.
      return !Object.values(ok?.[1].content ?? {}).some((c) => c.schema);
    });
    expect(without.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('describes the request body of every write that takes one', () => {
    const takesNoBody = new Set(['POST /api/auth/logout', 'POST /api/me/calendar-feed']);
    const writes = documented().filter(
      (r) => (r.method === 'POST' || r.method === 'PATCH') && !takesNoBody.has(`${r.method} ${r.url}`),
    );
    expect(writes.length).toBeGreaterThan(10);
    // JSON for most; an upload of a file (a continuity archive) under its own media type.
    const without = writes.filter(
      (r) => !Object.values(operation(r)!.requestBody?.content ?? {}).some((c) => c.schema),
    );
    expect(without.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    const mesa = operation({ method: 'POST', url: '/api/mesas' })!.requestBody!.content['application/json']!
      .schema as { required: string[]; properties: Record<string, { maxLength?: number; format?: string }> };
    expect(mesa.required).toEqual(expect.arrayContaining(['name', 'kind', 'sector', 'hostOrganizationId']));
    expect(mesa.properties.name!.maxLength).toBe(200);
    expect(mesa.properties.hostOrganizationId!.format).toBe('uuid');
  });

  it('documents the path parameters', () => {
    for (const r of documented().filter((x) => x.url.includes(':'))) {
      const names = [...r.url.matchAll(/:(\w+)/g)].map((m) => m[1]);
      const params = (operation(r)!.parameters ?? []).filter((p) => p.in === 'path');
      expect(params.map((p) => p.name).sort(), `${r.method} ${r.url}`).toEqual(names.sort());
      expect(params.every((p) => p.required)).toBe(true);
    }
  });

  it('documents the error envelope with its codes on the refusals a route may give', () => {
    const op = operation({ method: 'PATCH', url: '/api/mesas/:id' })!;
    const declared = Object.keys(op.responses).filter((s) => !added.includes(s));
    expect(declared.sort()).toEqual(['200', '400', '401', '403', '404', '409']);
    const schema = resolve(resolve(op.responses['409'])!.content!['application/json']!.schema) as {
      properties: { error: { properties: { code: { enum: string[] } }; required: string[] } };
    };
    expect(schema.properties.error.properties.code.enum.sort()).toEqual(Object.keys(errorCatalogue).sort());
    expect(schema.properties.error.required).toEqual(
      expect.arrayContaining(['code', 'message', 'requestId']),
    );
    // Routes that need a signed-in caller say they may answer 401.
    const protectedRoutes = t.app.routeList.filter((r) => r.access && r.access !== 'public');
    const no401 = protectedRoutes
      .filter((r) => !operation(r)!.responses['401'])
      .map((r) => `${r.method} ${r.url}`);
    expect(no401).toEqual([]);
  });

  it('names every operation, uniquely, in the words of what it does, with a summary', () => {
    const ops = allOperations();
    expect(ops.length).toBe(documented().length);
    const unnamed = documented()
      .filter((r) => !operation(r)!.operationId)
      .map((r) => `${r.method} ${r.url}`);
    expect(unnamed, 'routes missing from src/server/openapi/operations.ts').toEqual([]);
    const ids = ops.map((op) => op.operationId!);
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      'operationIds used twice',
    ).toEqual([]);
    expect(
      ids.filter((id) => !/^[a-z]+[A-Z][A-Za-z0-9]*$/.test(id)),
      'not a verb then a noun',
    ).toEqual([]);
    expect(ops.filter((op) => !op.summary?.trim()).map((op) => op.operationId)).toEqual([]);
    for (const [call, id] of [
      ['GET /api/mesas', 'listMesas'],
      ['GET /api/mesas/:id/matrix', 'getMatrix'],
      ['POST /api/mesas/:id/commitments', 'createCommitment'],
      ['POST /api/meetings/:id/close', 'closeMeeting'],
      ['POST /api/escalations/:id/decision', 'decideEscalation'],
    ] as const) {
      const [method, url] = call.split(' ') as [string, string];
      expect(operation({ method, url })?.operationId, call).toBe(id);
    }
  });

  it('names only routes the app has', () => {
    const known = new Set(documented().map((r) => `${r.method} ${r.url}`));
    expect(Object.keys(operations).filter((route) => !known.has(route))).toEqual([]);
  });

  it('says where the API is and describes every group of operations', () => {
    expect(spec.servers).toEqual([{ url: 'http://localhost:3000', description: expect.any(String) }]);
    const groups = new Map(spec.tags.map((tag) => [tag.name, tag.description]));
    const used = new Set(allOperations().flatMap((op) => op.tags ?? []));
    expect([...used].filter((tag) => !groups.get(tag))).toEqual([]);
    expect(allOperations().filter((op) => op.tags?.length !== 1)).toEqual([]);
  });

  it('names the shared schemas as components, and the operations refer to them', () => {
    const names = Object.keys(spec.components.schemas);
    for (const name of [
      ...['Mesa', 'MesaDetail', 'Participant', 'Organization', 'OrganizationRef', 'Person', 'PersonRef'],
      ...['Account', 'Matrix', 'Problem', 'ProblemDetail', 'Solution', 'Commitment', 'CommitmentDetail'],
      ...['Meeting', 'MeetingDetail', 'Agenda', 'Minutes', 'EscalationDetail', 'Assessment', 'Error'],
    ]) {
      expect(names, name).toContain(name);
    }
    // Each name of src/server/openapi/components.ts is in use, and only those are components.
    expect(names.sort()).toEqual(Object.keys(components).sort());
    // PascalCase, singular names: they become the type names of the typed client.
    expect(names.filter((name) => !/^[A-Z][A-Za-z0-9]*$/.test(name) || name.endsWith('Input'))).toEqual([]);
    // Every component is used, by an operation or by another component.
    const used = refsIn({ ...spec, components: { ...spec.components, schemas: {} } });
    for (const schema of Object.values(spec.components.schemas)) refsIn(schema, used);
    expect(names.filter((name) => !used.has(`#/components/schemas/${name}`))).toEqual([]);
    const ok = (method: string, url: string) =>
      operation({ method, url })!.responses['200']!.content!['application/json']!.schema;
    expect(ok('GET', '/api/mesas/:id')).toEqual({ $ref: '#/components/schemas/MesaDetail' });
    expect(ok('GET', '/api/mesas/:id/matrix')).toEqual({ $ref: '#/components/schemas/Matrix' });
    expect(ok('GET', '/api/commitments/:id')).toEqual({ $ref: '#/components/schemas/CommitmentDetail' });
    expect(ok('GET', '/api/meetings/:id')).toEqual({ $ref: '#/components/schemas/MeetingDetail' });
    const matrix = spec.components.schemas.Matrix as { properties: { problems: { items: unknown } } };
    expect(matrix.properties.problems.items).toEqual({ $ref: '#/components/schemas/Problem' });
  });

  it('describes the error envelope once, and every refusal of every operation refers to it', () => {
    const envelope = spec.components.schemas.Error as {
      properties: { error: { properties: Record<string, unknown>; required: string[] } };
    };
    expect(Object.keys(envelope.properties.error.properties)).toEqual(
      expect.arrayContaining(['code', 'message', 'requestId', 'fields']),
    );
    // The error responses are shared components, each the one envelope.
    for (const [name, response] of Object.entries(spec.components.responses)) {
      expect(response.content, name).toEqual({
        'application/json': { schema: { $ref: '#/components/schemas/Error' } },
      });
    }
    const inline = documented().flatMap((r) =>
      Object.entries(operation(r)!.responses)
        .filter(([status]) => /^[45]/.test(status))
        .filter(([status]) => !(r.url === '/readyz' && status === '503'))
        // The portal's pages answer their own HTML page for an unknown address.
        .filter(([, response]) => response.$ref || response.content?.['application/json'])
        .filter(([, response]) => !response.$ref?.startsWith('#/components/responses/'))
        .map(([status]) => `${r.method} ${r.url} ${status}`),
    );
    expect(inline).toEqual([]);
    for (const op of allOperations()) {
      expect(op.responses['5XX']).toEqual({ $ref: '#/components/responses/ServerError' });
      expect(resolve(op.responses['400'])?.content?.['application/json']?.schema).toEqual({
        $ref: '#/components/schemas/Error',
      });
    }
    // Nowhere else is the envelope spelled out: its codes appear once, in the component.
    const codes = JSON.stringify(spec).split('"IDEMPOTENCY_KEY_IN_USE"').length - 1;
    expect(codes).toBe(1);
  });

  it('matches what the interactive documentation serves', async () => {
    const res = await t.anonymous.get('/api/docs/json');
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths).sort()).toEqual(Object.keys(spec.paths).sort());
  });
});

describe('/api/docs', () => {
  it('serves the interactive documentation as HTML', async () => {
    const res = await t.anonymous.get('/api/docs');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toMatch(/swagger/i);
    const initializer = await t.anonymous.get('/api/docs/static/swagger-initializer.js');
    expect(initializer.statusCode).toBe(200);
    expect(initializer.body).toContain('json');
  });
});
