import { createHash } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/commands/commitments';
import { systemContext } from '../../src/commands/context';
import { createMeeting } from '../../src/commands/meetings';
import { createProblem } from '../../src/commands/problems';
import { proposeSolution, reviseSolution } from '../../src/commands/solutions';
import { auditEvents, documents, problems } from '../../src/db/schema';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import en from '../../src/i18n/strings.en';
import es from '../../src/i18n/strings.es';
import { type Client, createTestContext, type TestContext } from '../support/app';
import {
  createMesa,
  demoPersonId,
  inLanguage,
  mesaBySlug,
  rowCount,
  unique,
  unknownId,
} from '../support/fixtures';

/**
 * Documents through the API: the team attaches files (decrees, studies, signed minutes) to problems,
 * solutions, meetings and commitments; they come back byte for byte with their type, name and SHA-256;
 * visibility is enforced on list and download; refused uploads store nothing; every upload and delete
 * is audited without the bytes; public documents of public problems reach the portal, nothing else does.
 */

const MAX = 4096;
let t: TestContext;
let forestal: string;
let team: Client;
let observer: Client;
let coordinator: Client;
const ids = {
  membersProblem: '',
  teamProblem: '',
  publicProblem: '',
  solution: '',
  meeting: '',
  commitment: '',
};

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n'),
  Buffer.from('1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'),
]);
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml')]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface Doc {
  id: string;
  record: { kind: string; id: string };
  solutionVersion: number | null;
  title: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  visibility: string;
  uploadedBy: { id: string; fullName: string } | null;
  downloadUrl: string;
}

function upload(
  c: Client,
  path: string,
  bytes: Buffer,
  type: string,
  query: Record<string, string> = {},
  headers: Record<string, string> = {},
) {
  const q = new URLSearchParams({ title: 'Estudio', filename: 'estudio.pdf', ...query });
  return c.request('POST', `/api/${path}/documents?${q}`, bytes, { 'content-type': type, ...headers });
}

async function uploaded(path: string, bytes: Buffer, type: string, query: Record<string, string> = {}) {
  const res = await upload(team, path, bytes, type, query);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Doc;
}

async function listed(c: Client, path: string) {
  const res = await c.get(`/api/${path}/documents`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { documents: Doc[]; can: { manage: boolean }; maxBytes: number };
}

beforeAll(async () => {
  t = await createTestContext({ DOCUMENT_MAX_BYTES: String(MAX) });
  forestal = (await mesaBySlug(t, 'forestal'))!.id;
  team = await t.as('team');
  observer = await t.as('observer');
  coordinator = await t.as('coordinator');
  const system = systemContext(t.database.db, 'test');
  const problem = async (visibility: 'public' | 'members' | 'team') =>
    (await createProblem(system, forestal, { title: unique(`Documentos ${visibility}`), visibility })).id;
  ids.membersProblem = await problem('members');
  ids.teamProblem = await problem('team');
  ids.publicProblem = await problem('public');
  ids.solution = (await proposeSolution(system, ids.membersProblem, { text: 'Simplificar el registro' })).id;
  await reviseSolution(system, ids.solution, {
    text: 'Registro en línea',
    reason: 'La práctica mostró que…',
  });
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  ids.meeting = (
    await createMeeting(system, forestal, {
      kind: 'intersessional',
      title: 'Reunión sobre el registro',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      visibility: 'members',
    })
  ).id;
  ids.commitment = (
    await createCommitment(system, forestal, {
      personId: await demoPersonId(t, 'public_rep'),
      text: 'Publicar el decreto',
      dueOn: addDays(todayIn(new Date(), 'America/Lima'), 10),
      visibility: 'members',
    })
  ).id;
});
afterAll(() => t?.close());

describe('uploading and downloading', () => {
  it('stores the file with its SHA-256 and gives it back byte for byte, typed, named and not sniffed', async () => {
    const filename = 'Decreto Supremo Nº 020-2015 (reglamento).pdf';
    const doc = await uploaded(`problems/${ids.membersProblem}`, PDF, 'application/pdf', {
      title: '  Reglamento   forestal ',
      filename: `C:\\descargas\\${filename}`,
    });
    expect(doc).toMatchObject({
      record: { kind: 'problem', id: ids.membersProblem },
      title: 'Reglamento forestal',
      filename,
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: sha(PDF),
      visibility: 'members',
      solutionVersion: null,
    });
    expect(doc.uploadedBy?.id).toBe(await demoPersonId(t, 'team'));

    const res = await observer.get(doc.downloadUrl);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(PDF)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers.etag).toBe(`"${sha(PDF)}"`);
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="[ -~]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1]!)).toBe(filename);

    const again = await observer.request('GET', doc.downloadUrl, undefined, {
      'if-none-match': `"${sha(PDF)}"`,
    });
    expect(again.statusCode).toBe(304);
  });

  it('takes the types of the allow-list, a text file with its charset, and lists them oldest first', async () => {
    const docx = await uploaded(
      `problems/${ids.membersProblem}`,
      DOCX,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      { title: 'Estudio de tiempos', filename: 'estudio.docx' },
    );
    const text = await uploaded(
      `problems/${ids.membersProblem}`,
      Buffer.from('año,días\n2015,90\n'),
      'text/csv; charset=utf-8',
      {
        title: 'Datos',
        filename: 'datos.csv',
      },
    );
    expect(text.contentType).toBe('text/csv');
    const list = await listed(observer, `problems/${ids.membersProblem}`);
    const titles = list.documents.map((d) => d.title);
    expect(titles.indexOf('Estudio de tiempos')).toBeLessThan(titles.indexOf('Datos'));
    expect(list.documents.map((d) => d.id)).toEqual(expect.arrayContaining([docx.id, text.id]));
    expect(list.can.manage).toBe(false);
    expect(list.maxBytes).toBe(MAX);
    expect((await listed(team, `problems/${ids.membersProblem}`)).can.manage).toBe(true);
    const csv = await team.get(text.downloadUrl);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.rawPayload.toString('utf8')).toBe('año,días\n2015,90\n');
  });

  it('attaches files to a solution (and one of its versions), a meeting and a commitment', async () => {
    const v2 = await uploaded(`solutions/${ids.solution}`, PNG, 'image/png', {
      title: 'Diagrama del nuevo registro',
      filename: 'diagrama.png',
      solutionVersion: '2',
    });
    expect(v2).toMatchObject({ record: { kind: 'solution', id: ids.solution }, solutionVersion: 2 });
    const minutes = await uploaded(`meetings/${ids.meeting}`, PDF, 'application/pdf', {
      title: 'Acta firmada',
      filename: 'acta.pdf',
    });
    expect(minutes.record).toEqual({ kind: 'meeting', id: ids.meeting });
    const proof = await uploaded(`commitments/${ids.commitment}`, PDF, 'application/pdf', {
      title: 'Oficio de publicación',
      filename: 'oficio.pdf',
    });
    expect(proof.record).toEqual({ kind: 'commitment', id: ids.commitment });

    expect((await listed(observer, `solutions/${ids.solution}`)).documents.map((d) => d.id)).toEqual([v2.id]);
    expect((await listed(observer, `meetings/${ids.meeting}`)).documents.map((d) => d.id)).toEqual([
      minutes.id,
    ]);
    expect((await listed(observer, `commitments/${ids.commitment}`)).documents.map((d) => d.id)).toEqual([
      proof.id,
    ]);
    // A problem's list holds its solutions' documents too.
    expect((await listed(observer, `problems/${ids.membersProblem}`)).documents.map((d) => d.id)).toContain(
      v2.id,
    );

    const noVersion = await upload(team, `solutions/${ids.solution}`, PNG, 'image/png', {
      solutionVersion: '3',
    });
    expect(noVersion.statusCode).toBe(400);
    expect(noVersion.json().error.fields[0].path).toBe('solutionVersion');
  });
});

describe('refused uploads store nothing', () => {
  async function refused(
    res: Awaited<ReturnType<typeof upload>>,
    status: number,
    code: string,
    path: string,
  ): Promise<string> {
    expect(res.statusCode, res.body).toBe(status);
    const error = res.json().error;
    expect(error.code).toBe(code);
    expect(error.fields[0].path).toBe(path);
    return error.fields[0].message as string;
  }

  it('refuses a type outside the allow-list with a message in the caller’s language', async () => {
    const before = await rowCount(t, documents);
    const headers = await inLanguage(t, team, 'en');
    const exe = Buffer.from('MZ\x90\x00binary');
    const message = await refused(
      await upload(team, `problems/${ids.membersProblem}`, exe, 'application/x-msdownload', {}, headers),
      400,
      'VALIDATION_FAILED',
      'contentType',
    );
    expect(message).toContain('application/x-msdownload');
    expect(message).toContain(en.fields.documentTypeNotAllowed.split('{{')[0]!.trim());
    expect(message).toContain('pdf, docx, xlsx');

    const spanish = await inLanguage(t, team, 'es');
    const mensaje = await refused(
      await upload(
        team,
        `problems/${ids.membersProblem}`,
        Buffer.from('{"a":1}'),
        'application/json',
        {},
        spanish,
      ),
      400,
      'VALIDATION_FAILED',
      'contentType',
    );
    expect(mensaje).toContain(es.fields.documentTypeNotAllowed.split('{{')[0]!.trim());
    expect(await rowCount(t, documents)).toBe(before);
  });

  it('refuses bytes that are not of the declared type, and an empty file', async () => {
    const before = await rowCount(t, documents);
    await refused(
      await upload(team, `problems/${ids.membersProblem}`, PNG, 'application/pdf'),
      400,
      'VALIDATION_FAILED',
      'file',
    );
    await refused(
      await upload(team, `problems/${ids.membersProblem}`, PDF, 'image/jpeg'),
      400,
      'VALIDATION_FAILED',
      'file',
    );
    await refused(
      await upload(team, `problems/${ids.membersProblem}`, PDF, 'application/vnd.oasis.opendocument.text'),
      400,
      'VALIDATION_FAILED',
      'file',
    );
    await refused(
      await upload(team, `problems/${ids.membersProblem}`, Buffer.from([0x41, 0, 0x42]), 'text/plain'),
      400,
      'VALIDATION_FAILED',
      'file',
    );
    await refused(
      await upload(team, `problems/${ids.membersProblem}`, Buffer.alloc(0), 'application/pdf'),
      400,
      'VALIDATION_FAILED',
      'file',
    );
    expect(await rowCount(t, documents)).toBe(before);
  });

  it('refuses a file over the size limit with 413 naming the limit', async () => {
    const before = await rowCount(t, documents);
    const big = Buffer.concat([PDF, Buffer.alloc(MAX)]);
    const message = await refused(
      await upload(
        team,
        `problems/${ids.membersProblem}`,
        big,
        'application/pdf',
        {},
        await inLanguage(t, team, 'en'),
      ),
      413,
      'PAYLOAD_TOO_LARGE',
      'file',
    );
    expect(message).toBe(
      en.fields.documentTooLarge.replace('{{max}}', String(Math.round((MAX / 1024 / 1024) * 10) / 10)),
    );
    // Exactly at the limit is taken.
    const exact = Buffer.concat([PDF, Buffer.alloc(MAX - PDF.length)]);
    const ok = await upload(team, `problems/${ids.membersProblem}`, exact, 'application/pdf');
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await rowCount(t, documents)).toBe(before + 1);
  });

  it('refuses a visibility wider than the record’s, and a missing title', async () => {
    const before = await rowCount(t, documents);
    await refused(
      await upload(team, `problems/${ids.membersProblem}`, PDF, 'application/pdf', { visibility: 'public' }),
      400,
      'VALIDATION_FAILED',
      'visibility',
    );
    await refused(
      await upload(team, `problems/${ids.teamProblem}`, PDF, 'application/pdf', { visibility: 'members' }),
      400,
      'VALIDATION_FAILED',
      'visibility',
    );
    const noTitle = await upload(team, `problems/${ids.membersProblem}`, PDF, 'application/pdf', {
      title: '',
    });
    expect(noTitle.statusCode).toBe(400);
    expect(await rowCount(t, documents)).toBe(before);
  });
});

describe('who sees and changes documents', () => {
  it('hides team documents from members, and a team problem’s documents altogether', async () => {
    const teamDoc = await uploaded(`problems/${ids.membersProblem}`, PDF, 'application/pdf', {
      title: 'Nota interna del equipo',
      visibility: 'team',
    });
    const onTeamProblem = await uploaded(`problems/${ids.teamProblem}`, PDF, 'application/pdf', {
      title: 'Borrador reservado',
    });
    expect(onTeamProblem.visibility).toBe('team');

    expect(
      (await listed(observer, `problems/${ids.membersProblem}`)).documents.map((d) => d.id),
    ).not.toContain(teamDoc.id);
    expect((await listed(team, `problems/${ids.membersProblem}`)).documents.map((d) => d.id)).toContain(
      teamDoc.id,
    );
    expect((await observer.get(teamDoc.downloadUrl)).statusCode).toBe(404);
    expect((await observer.get(`/api/problems/${ids.teamProblem}/documents`)).statusCode).toBe(404);
    expect((await observer.get(onTeamProblem.downloadUrl)).statusCode).toBe(404);
    expect((await coordinator.get(teamDoc.downloadUrl)).statusCode).toBe(200);
    // Unknown and unseen answer alike; anonymous callers must sign in.
    expect((await observer.get(`/api/documents/${unknownId()}`)).json().error.code).toBe('NOT_FOUND');
    expect((await observer.delete(teamDoc.downloadUrl)).statusCode).toBe(404);
    expect((await t.anonymous.get(teamDoc.downloadUrl)).statusCode).toBe(401);
    expect((await t.anonymous.get(`/api/public/documents/${teamDoc.id}`)).statusCode).toBe(404);
  });

  it('lets only the team and the coordinating office upload and delete', async () => {
    const before = await rowCount(t, documents);
    const byObserver = await upload(observer, `problems/${ids.membersProblem}`, PDF, 'application/pdf');
    expect(byObserver.statusCode).toBe(403);
    const byPrivate = await upload(
      await t.as('private_rep'),
      `problems/${ids.membersProblem}`,
      PDF,
      'application/pdf',
    );
    expect(byPrivate.statusCode).toBe(403);
    expect(await rowCount(t, documents)).toBe(before);

    const doc = await uploaded(`problems/${ids.membersProblem}`, PDF, 'application/pdf', {
      title: 'Para borrar',
    });
    expect((await observer.delete(doc.downloadUrl)).statusCode).toBe(403);
    const gone = await coordinator.delete(doc.downloadUrl);
    expect(gone.statusCode, gone.body).toBe(200);
    expect((await team.get(doc.downloadUrl)).statusCode).toBe(404);
    expect(await rowCount(t, documents)).toBe(before);
  });

  it('audits uploads and deletes without the bytes', async () => {
    const doc = await uploaded(`problems/${ids.membersProblem}`, PDF, 'application/pdf', {
      title: 'Auditado',
    });
    expect((await team.delete(doc.downloadUrl)).statusCode).toBe(200);
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, doc.id))
      .orderBy(asc(auditEvents.seq));
    expect(events.map((e) => [e.entityType, e.action, e.mesaId])).toEqual([
      ['document', 'create', forestal],
      ['document', 'delete', forestal],
    ]);
    expect(events[0]!.after).toMatchObject({ title: 'Auditado', sha256: sha(PDF), sizeBytes: PDF.length });
    expect(events[1]!.before).toMatchObject({ title: 'Auditado', sha256: sha(PDF) });
    for (const e of events) {
      expect(Object.keys((e.after ?? e.before) as object)).not.toContain('content');
      expect(JSON.stringify([e.before, e.after])).not.toContain('%PDF');
    }
  });
});

describe('the portal', () => {
  it('lists and serves public documents of public problems, and nothing else', async () => {
    const pub = await uploaded(`problems/${ids.publicProblem}`, PDF, 'application/pdf', {
      title: 'Decreto publicado',
      filename: 'decreto.pdf',
    });
    expect(pub.visibility).toBe('public');
    const members = await uploaded(`problems/${ids.publicProblem}`, PDF, 'application/pdf', {
      title: 'Informe solo para miembros',
      visibility: 'members',
    });
    const res = await t.anonymous.get(`/api/public/documents/${pub.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(PDF)).toBe(true);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toContain('decreto.pdf');
    expect((await t.anonymous.get(`/api/public/documents/${members.id}`)).statusCode).toBe(404);

    const mesa = (await mesaBySlug(t, 'forestal'))!;
    const [problem] = await t.database.db
      .select({ number: problems.number })
      .from(problems)
      .where(eq(problems.id, ids.publicProblem));
    const page = await t.anonymous.get(`/portal/mesas/${mesa.slug}/problems/P-${problem!.number}?lang=es`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Decreto publicado');
    expect(page.body).toContain(`/api/public/documents/${pub.id}`);
    expect(page.body).not.toContain('Informe solo para miembros');
    expect(page.body).not.toContain(members.id);
    const json = await t.anonymous.get(`/api/public/mesas/${mesa.slug}/problems/P-${problem!.number}`);
    expect(json.statusCode).toBe(200);
    expect(json.json().documents.map((d: { id: string }) => d.id)).toEqual([pub.id]);
  });
});

describe('the continuity archive', () => {
  it('carries every document byte for byte: same SHA-256 after export and import', {
    timeout: 240_000,
  }, async () => {
    // A Mesa of its own, so that the archive holds only what this test made.
    const system = systemContext(t.database.db, 'test');
    const mesa = await createMesa(t, { visibility: 'members' });
    const problem = await createProblem(system, mesa.id, { title: 'Permisos', visibility: 'members' });
    const { id: solutionId } = await proposeSolution(system, problem.id, { text: 'Ventanilla única' });
    const res = await upload(
      coordinator,
      `solutions/${solutionId}`,
      DOCX,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      { title: 'Estudio archivado', filename: 'estudio-archivado.docx', solutionVersion: '1' },
    );
    expect(res.statusCode, res.body).toBe(201);
    const study = res.json() as Doc;
    const archive = await coordinator.get(`/api/mesas/${mesa.id}/archive`);
    expect(archive.statusCode).toBe(200);
    const files = unzipSync(new Uint8Array(archive.rawPayload));
    const rows = JSON.parse(new TextDecoder().decode(files['tables/documents.json'])) as Record<
      string,
      unknown
    >[];
    const row = rows.find((r) => r.id === study.id)!;
    expect(row).toMatchObject({ title: 'Estudio archivado', sha256: sha(DOCX), solution_version: 1 });
    expect(Buffer.from(String(row.content), 'base64').equals(DOCX)).toBe(true);

    const zip = { 'content-type': 'application/zip' };
    const slug = unique('forestal-archivo').toLowerCase();
    const imported = await coordinator.request(
      'POST',
      `/api/archives/import?slug=${slug}`,
      archive.rawPayload,
      zip,
    );
    expect(imported.statusCode, imported.body).toBe(201);
    const mesaId = imported.json().mesa.id as string;
    const copies = await t.database.db.select().from(documents).where(eq(documents.mesaId, mesaId));
    expect(copies.length).toBe(rows.length);
    const copy = copies.find((d) => d.title === 'Estudio archivado')!;
    expect(copy.id).not.toBe(study.id);
    expect(copy).toMatchObject({ sha256: sha(DOCX), filename: 'estudio-archivado.docx', solutionVersion: 1 });
    const download = await coordinator.get(`/api/documents/${copy.id}`);
    expect(download.statusCode).toBe(200);
    expect(sha(download.rawPayload)).toBe(sha(DOCX));
    expect(download.headers.etag).toBe(`"${sha(DOCX)}"`);

    // A document whose bytes were changed (the manifest made to agree) is refused, and nothing is written.
    const before = await rowCount(t, documents);
    const forged = rows.map((r) =>
      r.id === study.id ? { ...r, content: Buffer.concat([DOCX, Buffer.from('x')]).toString('base64') } : r,
    );
    const part = strToU8(`[\n${forged.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as {
      parts: { path: string; bytes: number; sha256: string }[];
    };
    const entry = manifest.parts.find((p) => p.path === 'tables/documents.json')!;
    entry.bytes = part.length;
    entry.sha256 = createHash('sha256').update(part).digest('hex');
    const tampered = zipSync({
      ...files,
      'tables/documents.json': part,
      'manifest.json': strToU8(JSON.stringify(manifest)),
    });
    const refusedRes = await coordinator.request(
      'POST',
      `/api/archives/import?slug=${slug}-b`,
      Buffer.from(tampered),
      zip,
    );
    expect(refusedRes.statusCode).toBe(400);
    expect(refusedRes.json().error).toMatchObject({ code: 'ARCHIVE_REFUSED', reason: 'hashMismatch' });
    expect(await rowCount(t, documents)).toBe(before);
  });
});
