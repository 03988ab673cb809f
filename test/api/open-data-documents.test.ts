import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/commands/commitments';
import { systemContext } from '../../src/commands/context';
import { createProblem } from '../../src/commands/problems';
import { proposeSolution } from '../../src/commands/solutions';
import { commitments, meetings, organizations } from '../../src/db/schema';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { createMesa, demoPersonId, mesaBySlug, unique } from '../support/fixtures';

/**
 * The open data's `documents` table: one row per public document of a record the open data holds (a
 * public problem or its solution, a held public session, a public commitment of a public entity), with
 * its SHA-256 and the address anyone downloads it from; read through its Table Schema by
 * frictionlessdata's library, and never a document kept for members, of a record the portal does not
 * show, or of an unpublished Mesa.
 */

const require = createRequire(import.meta.url);
interface FrictionlessResource {
  name: string;
  descriptor: { path: string; format: string };
  read(options: { cast?: boolean }): Promise<unknown[][]>;
  checkRelations(): Promise<boolean>;
}
const { Package } = require('datapackage') as {
  Package: {
    load(descriptor: string): Promise<{ valid: boolean; errors: Error[]; resources: FrictionlessResource[] }>;
  };
};

const PUBLIC_URL = 'https://transparencia.example.gob.pe';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const CSV = Buffer.from('año,valor\n2024,12\n');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let t: TestContext;
let coordinator: Client;
let forestal: string;
const records: Record<string, string> = {};
/** Uploaded documents by name: their id and title. */
const docs: Record<string, { id: string; title: string }> = {};

const get = (url: string) => t.anonymous.get(url);

async function upload(
  name: string,
  recordPath: string,
  bytes: Buffer,
  type: string,
  query: Record<string, string> = {},
) {
  const title = unique(`Documento ${name}`);
  const q = new URLSearchParams({
    title,
    filename: `${name}.${type === 'text/csv' ? 'csv' : 'pdf'}`,
    ...query,
  });
  const res = await coordinator.request('POST', `/api/${recordPath}/documents?${q}`, bytes, {
    'content-type': type,
  });
  expect(res.statusCode, res.body).toBe(201);
  docs[name] = { id: res.json().id, title };
}

beforeAll(async () => {
  t = await createTestContext({ PUBLIC_URL });
  coordinator = await t.as('coordinator');
  const system = systemContext(t.database.db, 'test');
  const db = t.database.db;
  forestal = (await mesaBySlug(t, 'forestal'))!.id;
  const problem = async (mesaId: string, visibility: 'public' | 'members') =>
    (await createProblem(system, mesaId, { title: unique(`Problema ${visibility}`), visibility })).id;
  records.publicProblem = await problem(forestal, 'public');
  records.membersProblem = await problem(forestal, 'members');
  records.solution = (await proposeSolution(system, records.publicProblem, { text: 'Ventanilla única' })).id;
  const [session] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(
      and(
        eq(meetings.mesaId, forestal),
        eq(meetings.kind, 'session'),
        eq(meetings.state, 'closed'),
        eq(meetings.visibility, 'public'),
        eq(meetings.publicSectorOnly, false),
      ),
    )
    .limit(1);
  records.session = session!.id;
  const dueOn = addDays(todayIn(new Date(), 'America/Lima'), 10);
  const [publicEntity] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.kind, 'public_entity'))
    .limit(1);
  const [company] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(ne(organizations.kind, 'public_entity'))
    .limit(1);
  const commitment = async (organizationId: string) =>
    (
      await createCommitment(system, forestal, {
        personId: await demoPersonId(t, 'team'),
        organizationId,
        text: unique('Compromiso con documento'),
        dueOn,
        visibility: 'public',
      })
    ).id;
  records.entityCommitment = await commitment(publicEntity!.id);
  // Public, but of a company: the portal lists only public entities' commitments.
  records.companyCommitment = await commitment(company!.id);
  const unpublished = await createMesa(t, { slug: unique('sin-publicar'), visibility: 'public' });
  records.unpublishedProblem = await problem(unpublished.id, 'public');

  await upload('onProblem', `problems/${records.publicProblem}`, PDF, 'application/pdf');
  await upload('onSolution', `solutions/${records.solution}`, CSV, 'text/csv', { solutionVersion: '1' });
  await upload('onSession', `meetings/${records.session}`, PDF, 'application/pdf');
  await upload('onCommitment', `commitments/${records.entityCommitment}`, PDF, 'application/pdf');
  await upload('membersOnPublicProblem', `problems/${records.publicProblem}`, PDF, 'application/pdf', {
    visibility: 'members',
  });
  await upload('onMembersProblem', `problems/${records.membersProblem}`, PDF, 'application/pdf');
  await upload('onCompanyCommitment', `commitments/${records.companyCommitment}`, PDF, 'application/pdf');
  await upload('onUnpublishedMesa', `problems/${records.unpublishedProblem}`, PDF, 'application/pdf');
});
afterAll(async () => t?.close());

const shown = ['onProblem', 'onSolution', 'onSession', 'onCommitment'] as const;
const hidden = [
  'membersOnPublicProblem',
  'onMembersProblem',
  'onCompanyCommitment',
  'onUnpublishedMesa',
] as const;

describe('the documents of the open data', () => {
  it('lists each public document of a public record with its record, SHA-256 and download address', async () => {
    const rows = JSON.parse((await get('/open-data/documents.json')).body) as Record<string, unknown>[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const problemCode = (await get('/open-data/problems.json'))
      .json()
      .find((p: { id: string }) => p.id === records.publicProblem).code;
    const common = (name: string, bytes: Buffer, contentType: string) => ({
      id: docs[name]!.id,
      mesa_id: forestal,
      title: docs[name]!.title,
      content_type: contentType,
      size_bytes: bytes.length,
      sha256: sha(bytes),
      download_url: `${PUBLIC_URL}/api/public/documents/${docs[name]!.id}`,
    });
    expect(byId.get(docs.onProblem!.id)).toEqual({
      ...common('onProblem', PDF, 'application/pdf'),
      record_kind: 'problem',
      problem_id: records.publicProblem,
      problem_code: problemCode,
      solution_id: null,
      solution_version: null,
      session_id: null,
      commitment_id: null,
      filename: 'onProblem.pdf',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });
    expect(byId.get(docs.onSolution!.id)).toMatchObject({
      ...common('onSolution', CSV, 'text/csv'),
      record_kind: 'solution',
      problem_id: records.publicProblem,
      problem_code: problemCode,
      solution_id: records.solution,
      solution_version: 1,
    });
    expect(byId.get(docs.onSession!.id)).toMatchObject({
      record_kind: 'session',
      session_id: records.session,
      problem_id: null,
      problem_code: null,
    });
    expect(byId.get(docs.onCommitment!.id)).toMatchObject({
      record_kind: 'commitment',
      commitment_id: records.entityCommitment,
    });

    // The CSV holds the same rows; every address downloads the very bytes its SHA-256 names.
    const csv = parse((await get('/open-data/documents.csv')).body, { columns: true }) as Record<
      string,
      string
    >[];
    expect(csv.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    for (const name of shown) {
      const row = byId.get(docs[name]!.id)!;
      const file = await get(new URL(String(row.download_url)).pathname);
      expect(file.statusCode, name).toBe(200);
      expect(sha(file.rawPayload), name).toBe(row.sha256);
    }
  });

  it('never lists a members document, one of a record the portal does not show, or of an unpublished Mesa', async () => {
    const descriptor = (await get('/open-data/datapackage.json')).json() as { resources: { path: string }[] };
    const all: string[] = [];
    for (const r of descriptor.resources) all.push((await get(`/open-data/${r.path}`)).body);
    const everything = all.join('\n');
    for (const name of hidden) {
      expect(everything, name).not.toContain(docs[name]!.id);
      expect(everything, name).not.toContain(docs[name]!.title);
      expect((await get(`/api/public/documents/${docs[name]!.id}`)).statusCode, name).toBe(404);
    }
  });

  it('reads through its Table Schema, foreign keys included, in a valid Data Package in both languages', async () => {
    for (const lang of ['es', 'en'] as const) {
      const res = await get(`/open-data/datapackage.json?lang=${lang}`);
      const descriptor = res.json();
      const resource = descriptor.resources.find((r: { name: string }) => r.name === 'documents');
      expect(resource.title).toBe(lang === 'es' ? 'Documentos públicos' : 'Public documents');
      for (const field of resource.schema.fields as { name: string; title: string; description: string }[]) {
        expect(field.title, field.name).not.toMatch(/^openData\./);
        expect(field.description, field.name).not.toMatch(/^openData\./);
      }
      expect(resource.schema.foreignKeys).toContainEqual({
        fields: ['session_id'],
        reference: { resource: 'sessions', fields: ['id'] },
      });
      if (lang === 'en') continue;
      const dir = await mkdtemp(path.join(tmpdir(), 'mesas-open-data-documents-'));
      try {
        await writeFile(path.join(dir, 'datapackage.json'), res.body);
        for (const r of descriptor.resources as { path: string }[]) {
          await writeFile(path.join(dir, r.path), (await get(`/open-data/${r.path}`)).body);
        }
        const pkg = await Package.load(path.join(dir, 'datapackage.json'));
        expect(pkg.errors.map(String)).toEqual([]);
        const documents = pkg.resources.find((r) => r.name === 'documents')!;
        const rows = await documents.read({ cast: true });
        expect(rows.length).toBeGreaterThanOrEqual(shown.length);
        expect(await documents.checkRelations()).toBe(true);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
  });

  it('drops a document from the open data and its download when its record stops being public', async () => {
    const before = (await get('/open-data/documents.json')).json() as { id: string }[];
    expect(before.map((r) => r.id)).toContain(docs.onCommitment!.id);
    const [row] = await t.database.db
      .select({ version: commitments.version })
      .from(commitments)
      .where(eq(commitments.id, records.entityCommitment!));
    const res = await coordinator.patch(`/api/commitments/${records.entityCommitment}`, {
      version: row!.version,
      visibility: 'members',
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = (await get('/open-data/documents.json')).json() as { id: string }[];
    expect(after.map((r) => r.id)).not.toContain(docs.onCommitment!.id);
    expect(after.map((r) => r.id)).toContain(docs.onProblem!.id);
    expect((await get(`/api/public/documents/${docs.onCommitment!.id}`)).statusCode).toBe(404);
  });
});
