import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageLicense } from '../../src/open-data/license';
import { openDataTables } from '../../src/open-data/tables';
import { createTestContext, type TestContext } from '../support/app';
import { createMesa, mesaBySlug, unique } from '../support/fixtures';

/**
 * Open data: the Frictionless Data Package at /open-data/datapackage.json and the CSV and JSON files it
 * lists. The outside judge is frictionlessdata's own JavaScript library (`datapackage`, with
 * `tableschema`): the descriptor is checked against the official Data Package profile it ships, and every
 * CSV is read through its Table Schema (types, required and unique values, primary and foreign keys).
 */

// frictionlessdata's libraries are CommonJS without type declarations.
const require = createRequire(import.meta.url);
interface FrictionlessResource {
  name: string;
  descriptor: { path: string; format: string; schema: { fields: { name: string }[] } };
  tabular: boolean;
  read(options: { cast?: boolean; keyed?: boolean; relations?: boolean }): Promise<unknown[][]>;
  checkRelations(): Promise<boolean>;
}
interface FrictionlessPackage {
  valid: boolean;
  errors: Error[];
  resources: FrictionlessResource[];
  descriptor: Record<string, unknown>;
}
const { Package } = require('datapackage') as {
  Package: {
    load(descriptor: string | object, options?: { basePath?: string }): Promise<FrictionlessPackage>;
  };
};
const { Schema } = require('tableschema') as {
  Schema: { load(descriptor: object): Promise<{ castRow(row: unknown[]): unknown[]; valid: boolean }> };
};

let t: TestContext;
const markers = {
  publicProblem: unique('Problema abierto al público'),
  publicSolution: unique('Solución publicada'),
  publicIndicator: unique('Indicador público'),
  membersProblem: unique('Problema reservado a miembros'),
  membersSolution: unique('Solución reservada'),
  teamIndicator: unique('Indicador del equipo'),
  unpublishedProblem: unique('Problema de Mesa sin publicar'),
};
const ids: Record<string, string> = {};

const get = (url: string, headers: Record<string, string> = {}) =>
  t.anonymous.request('GET', url, undefined, headers);

/** A deployment's address: the Table Schema `uri` format wants a host with a domain, as a real one has. */
const PUBLIC_URL = 'https://transparencia.example.gob.pe';

beforeAll(async () => {
  t = await createTestContext({ PUBLIC_URL });
  const coordinator = await t.as('coordinator');
  const forestal = await mesaBySlug(t, 'forestal');
  const problem = async (mesaId: string, title: string, visibility: 'public' | 'members' | 'team') => {
    const res = await coordinator.post(`/api/mesas/${mesaId}/problems`, { title, visibility });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  ids.publicProblem = await problem(forestal!.id, markers.publicProblem, 'public');
  ids.membersProblem = await problem(forestal!.id, markers.membersProblem, 'members');
  for (const [problemId, text] of [
    [ids.publicProblem, markers.publicSolution],
    [ids.membersProblem, markers.membersSolution],
  ] as const) {
    const res = await coordinator.post(`/api/problems/${problemId}/solutions`, { text });
    expect(res.statusCode, res.body).toBe(201);
  }
  const indicator = async (problemId: string, name: string) => {
    const res = await coordinator.post(`/api/problems/${problemId}/indicators`, {
      name,
      unit: 'días',
      direction: 'lower_is_better',
      baselineValue: 120,
      baselineOn: '2024-01-15',
      currentValue: 30.5,
      currentOn: '2025-06-30',
      source: 'Registro de prueba',
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  ids.publicIndicator = await indicator(ids.publicProblem, markers.publicIndicator);
  ids.teamProblem = await problem(forestal!.id, unique('Problema del equipo'), 'team');
  ids.teamIndicator = await indicator(ids.teamProblem, markers.teamIndicator);

  const unpublished = await createMesa(t, { slug: unique('mesa-sin-publicar'), visibility: 'public' });
  ids.unpublishedMesa = unpublished.id;
  ids.unpublishedSlug = unpublished.slug;
  ids.unpublishedProblem = await problem(unpublished.id, markers.unpublishedProblem, 'public');
});
afterAll(async () => t?.close());

/** Every file the package lists, fetched as an anonymous caller, by resource path. */
async function download(descriptor: { resources: { path: string }[] }) {
  const files = new Map<string, string>();
  for (const r of descriptor.resources) {
    const res = await get(`/open-data/${r.path}`);
    expect(res.statusCode, `${r.path}: ${res.body}`).toBe(200);
    files.set(r.path, res.body);
  }
  return files;
}

describe('/open-data/datapackage.json', () => {
  it('is a valid Frictionless Data Package whose every CSV reads through its Table Schema', async () => {
    const res = await get('/open-data/datapackage.json');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['set-cookie']).toBeUndefined();
    const descriptor = res.json();
    expect(descriptor.licenses).toEqual([
      { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: expect.any(String) },
    ]);
    expect(Date.parse(descriptor.created)).not.toBeNaN();
    expect(descriptor.resources.map((r: { path: string }) => r.path).sort()).toEqual(
      openDataTables.flatMap((name) => [`${name}.csv`, `${name}.json`]).sort(),
    );

    // The package as a user downloads it: the descriptor and its files in one folder.
    const dir = await mkdtemp(path.join(tmpdir(), 'mesas-open-data-'));
    try {
      const files = await download(descriptor);
      await writeFile(path.join(dir, 'datapackage.json'), res.body);
      for (const [name, body] of files) await writeFile(path.join(dir, name), body);
      const pkg = await Package.load(path.join(dir, 'datapackage.json'));
      expect(pkg.errors.map(String)).toEqual([]);
      expect(pkg.valid).toBe(true);

      const csvResources = pkg.resources.filter((r) => r.descriptor.format === 'csv');
      expect(csvResources).toHaveLength(openDataTables.length);
      for (const resource of csvResources) {
        expect(resource.tabular, resource.name).toBe(true);
        const names = resource.descriptor.schema.fields.map((f) => f.name);
        const [header, ...raw] = parse(files.get(resource.descriptor.path)!, { bom: false }) as string[][];
        expect(header, resource.name).toEqual(names);
        // Typed reading: every value of every row casts to its field's type and meets its constraints
        // (required, enum, unique, primary key); then every foreign key finds its row.
        let rows: unknown[][];
        try {
          rows = await resource.read({ cast: true });
        } catch (err) {
          const details = (err as { errors?: unknown[] }).errors?.map(String) ?? [];
          throw new Error(`${resource.name}: ${String(err)} ${details.join('; ')}`);
        }
        expect(rows).toHaveLength(raw.length);
        expect(await resource.checkRelations(), resource.name).toBe(true);
      }

      // Each JSON twin holds the same rows, and every value casts through the same Table Schema.
      for (const name of openDataTables) {
        const csvRows = parse(files.get(`${name}.csv`)!, { columns: true }) as Record<string, string>[];
        const jsonRows = JSON.parse(files.get(`${name}.json`)!) as Record<string, unknown>[];
        expect(jsonRows.length, name).toBe(csvRows.length);
        const resource = descriptor.resources.find((r: { path: string }) => r.path === `${name}.json`);
        expect(resource).toMatchObject({ format: 'json', mediatype: 'application/json', encoding: 'utf-8' });
        const schema = await Schema.load(resource.schema);
        expect(schema.valid).toBe(true);
        const fields = resource.schema.fields.map((f: { name: string }) => f.name);
        for (const [i, row] of jsonRows.entries()) {
          expect(Object.keys(row), name).toEqual(fields);
          expect(() => schema.castRow(fields.map((f: string) => row[f])), `${name} row ${i}`).not.toThrow();
          if (typeof row.id === 'string') expect(csvRows[i]!.id).toBe(row.id);
        }
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('holds the published Mesas and their public records, and nothing that is not public', async () => {
    const descriptor = (await get('/open-data/datapackage.json')).json();
    const files = await download(descriptor);
    const all = [...files.values()].join('\n');

    const mesas = parse(files.get('mesas.csv')!, { columns: true }) as Record<string, string>[];
    expect(mesas.map((m) => m.slug).sort()).toEqual(['acuicola', 'forestal', 'logistica']);
    const forestal = mesas.find((m) => m.slug === 'forestal')!;
    expect(Number(forestal.sessions_held)).toBeGreaterThan(0);
    expect(forestal.portal_url).toBe(`${PUBLIC_URL}/portal/mesas/forestal`);

    const problems = JSON.parse(files.get('problems.json')!) as Record<string, unknown>[];
    const mine = problems.find((p) => p.id === ids.publicProblem);
    expect(mine).toMatchObject({ title: markers.publicProblem, mesa_id: forestal.id, status: 'identified' });
    expect(mine!.portal_url).toBe(`${PUBLIC_URL}/portal/mesas/forestal/problems/${mine!.code}`);
    const solutions = JSON.parse(files.get('solutions.json')!) as Record<string, unknown>[];
    expect(solutions.find((s) => s.problem_id === ids.publicProblem)).toMatchObject({
      text: markers.publicSolution,
      version: 1,
    });
    const indicators = JSON.parse(files.get('indicators.json')!) as Record<string, unknown>[];
    expect(indicators.find((i) => i.id === ids.publicIndicator)).toMatchObject({
      name: markers.publicIndicator,
      baseline_value: 120,
      current_value: 30.5,
      baseline_on: '2024-01-15',
      problem_id: ids.publicProblem,
    });
    expect(all).toContain(markers.publicProblem);
    expect(parse(files.get('organizations.csv')!, { columns: true }).length).toBeGreaterThan(0);
    expect(parse(files.get('commitments.csv')!, { columns: true }).length).toBeGreaterThan(0);
    expect(parse(files.get('participating_organizations.csv')!, { columns: true }).length).toBeGreaterThan(0);
    expect(parse(files.get('session_attendance.csv')!, { columns: true }).length).toBeGreaterThan(0);

    // Kept for members or the team, or in an unpublished Mesa: neither the text nor the id.
    for (const hidden of [
      markers.membersProblem,
      markers.membersSolution,
      markers.teamIndicator,
      markers.unpublishedProblem,
      ids.membersProblem,
      ids.teamProblem,
      ids.teamIndicator,
      ids.unpublishedMesa,
      ids.unpublishedSlug,
      ids.unpublishedProblem,
    ]) {
      expect(all).not.toContain(hidden);
    }
    // The demo keeps a declaratory request for members; no person is named.
    expect(all).not.toContain('Declarar de interés nacional la actividad forestal');
    expect(all).not.toContain('Lucía Paredes Villanueva');
    expect(all).not.toMatch(/@demo\.mesas\.local/);
  });

  it('writes CSV as UTF-8 without a byte-order mark, with a header row and typed values', async () => {
    const res = await get('/open-data/indicators.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.rawPayload[0]).not.toBe(0xef);
    const [header, ...rows] = parse(res.body) as string[][];
    expect(header![0]).toBe('id');
    const mine = rows.find((r) => r[0] === ids.publicIndicator)!;
    expect(mine).toContain('30.5');
    expect(mine).toContain('días');
    const commitments = parse((await get('/open-data/commitments.csv')).body, { columns: true }) as Record<
      string,
      string
    >[];
    expect(commitments.every((c) => ['true', 'false', ''].includes(c.on_time!))).toBe(true);
    expect(commitments.some((c) => c.on_time === 'true' || c.on_time === 'false')).toBe(true);
  });

  it('speaks the language asked for and refuses one it does not know', async () => {
    const en = (await get('/open-data/datapackage.json?lang=en')).json();
    const es = (await get('/open-data/datapackage.json')).json();
    expect(en.language).toBe('en');
    expect(en.title).toMatch(/open data/i);
    expect(es.language).toBe('es');
    expect(es.title).toMatch(/datos abiertos/i);
    expect(en.resources.map((r: { name: string }) => r.name)).toEqual(
      es.resources.map((r: { name: string }) => r.name),
    );
    const bad = await get('/open-data/datapackage.json?lang=fr');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    expect((await get('/open-data/unknown.csv')).statusCode).toBe(404);
  });

  it('sends Cache-Control and an ETag, answers 304 on revalidation, and changes with a public record', async () => {
    for (const url of [
      '/open-data/datapackage.json',
      '/open-data/problems.csv',
      '/open-data/problems.json',
    ]) {
      const first = await get(url);
      expect(first.statusCode).toBe(200);
      expect(first.headers['cache-control']).toBe('public, max-age=60');
      expect(first.headers['last-modified']).toBeTruthy();
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^W\/".+"$/);
      const again = await get(url, { 'if-none-match': etag });
      expect(again.statusCode, url).toBe(304);
      expect(again.body).toBe('');
    }
    const etags = new Set(
      await Promise.all(
        ['/open-data/problems.csv', '/open-data/problems.json', '/open-data/mesas.csv'].map(
          async (u) => (await get(u)).headers.etag,
        ),
      ),
    );
    expect(etags.size).toBe(3);

    const before = await get('/open-data/problems.csv');
    const coordinator = await t.as('coordinator');
    const current = await coordinator.get(`/api/problems/${ids.publicProblem}`);
    const title = unique('Problema abierto, revisado');
    const edit = await coordinator.patch(`/api/problems/${ids.publicProblem}`, {
      version: current.json().version ?? current.json().problem.version,
      title,
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const after = await get('/open-data/problems.csv', { 'if-none-match': before.headers.etag as string });
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain(title);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });
});

describe('the licence', () => {
  it('is the configured one, with its address when Mesas knows it', () => {
    expect(packageLicense('CC-BY-4.0')).toEqual({
      name: 'CC-BY-4.0',
      path: 'https://creativecommons.org/licenses/by/4.0/',
      title: 'Creative Commons Attribution 4.0',
    });
    expect(packageLicense('odbl-1.0').name).toBe('ODbL-1.0');
    expect(packageLicense('OGL-UK-3.0', 'https://example.org/ogl')).toEqual({
      name: 'OGL-UK-3.0',
      path: 'https://example.org/ogl',
    });
  });
});
