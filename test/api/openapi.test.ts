import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCatalogue } from '../../src/domain/errors';
import { createTestContext, type TestContext } from '../support/app';

interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; schema?: object }[];
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<
    string,
    { description?: string; content?: Record<string, { schema: Record<string, unknown> }> }
  >;
}

interface OpenApi {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, unknown> };
  security: unknown[];
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
    expect(Object.keys(op.responses).sort()).toEqual(['200', '400', '401', '403', '404', '409']);
    const schema = op.responses['409']!.content!['application/json']!.schema as {
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
