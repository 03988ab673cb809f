import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments } from '../../src/db/schema';
import { addDays } from '../../src/domain/calendar-days';
import { createTestContext, type TestContext } from '../support/app';
import { runMesas, temporaryDataDir } from '../support/cli';
import { type ForestalTeam, forestalTeam, unique } from '../support/fixtures';

/** The API calls of the CLI, against a real server on a test database, with API tokens. */

let t: TestContext;
let team: ForestalTeam;
let url: string;
let teamToken: string;
const dir = temporaryDataDir('mesas-client-');

async function tokenOf(role: 'team'): Promise<string> {
  const res = await (await t.as(role)).post('/api/auth/tokens', { name: 'cli' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().token;
}

beforeAll(async () => {
  t = await createTestContext();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  if (!address || typeof address === 'string') throw new Error('the server does not listen on a port');
  url = `http://127.0.0.1:${address.port}`;
  team = await forestalTeam(t);
  teamToken = await tokenOf('team');
});
afterAll(() => t?.close());

/** The CLI with the server's address and a token in the environment, as an integrator sets them. */
const mesas = (args: string[]) => runMesas(args, { MESAS_URL: url, MESAS_TOKEN: teamToken });

async function matrixOf(mesaId: string) {
  const res = await team.team.get(`/api/mesas/${mesaId}/matrix`);
  expect(res.statusCode).toBe(200);
  return res.json() as { problems: { id: string; code: string; title: string }[] };
}

// Each test starts `mesas` processes, seconds each on a loaded machine: the limit only stops a hung test.
describe('mesas (API)', { timeout: 120_000 }, () => {
  it('lists the Mesas the token may see, with slug, status and name', async () => {
    const res = await mesas(['mesas']);
    expect(res.code, res.stderr).toBe(0);
    const api = (await team.team.get('/api/mesas')).json().mesas as {
      slug: string;
      status: string;
      name: string;
    }[];
    expect(res.stdout.trim().split('\n')).toEqual(api.map((m) => `${m.slug}\t${m.status}\t${m.name}`));
    expect(api.map((m) => m.slug)).toContain('forestal');
  });

  it('says what is missing without a server or a token', async () => {
    const res = await runMesas(['mesas'], { MESAS_URL: '', MESAS_TOKEN: '' });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/--url \(or MESAS_URL\) is required/);
    const refused = await runMesas(['mesas', '--url', url, '--token', 'mesas_pat_not-a-token']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/UNAUTHENTICATED \(401\)/);
  });

  it('creates a commitment, which the late list shows once its day has passed', async () => {
    const text = unique('Enviar el informe de concesiones');
    const { personId } = team.commitment();
    const dueOn = addDays(team.today, 7);
    const res = await mesas([
      'create-commitment',
      '--mesa',
      'forestal',
      '--person',
      personId,
      '--text',
      text,
      '--due',
      dueOn,
    ]);
    expect(res.code, res.stderr).toBe(0);
    const [id] = res.stdout.trim().split('\t');
    const created = await team.team.get(`/api/commitments/${id}`);
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ text, dueOn, status: 'open', person: { id: personId } });

    const before = await mesas(['late-commitments', '--mesa', 'forestal', '--json']);
    expect(before.code, before.stderr).toBe(0);
    expect((JSON.parse(before.stdout) as { id: string }[]).map((c) => c.id)).not.toContain(id);

    // Its due day passes.
    await t.database.db
      .update(commitments)
      .set({ dueOn: addDays(team.today, -3) })
      .where(eq(commitments.id, id!));
    const after = await mesas(['late-commitments', '--mesa', 'forestal', '--json']);
    expect(after.code, after.stderr).toBe(0);
    const late = JSON.parse(after.stdout) as {
      id: string;
      mesa: string;
      text: string;
      daysUntilDue: number;
    }[];
    expect(late.find((c) => c.id === id)).toMatchObject({ mesa: 'forestal', text, daysUntilDue: -3 });
    // The same list as the board's late tab.
    const board = (await team.team.get(`/api/mesas/${team.mesaId}/commitments/board?state=late`)).json();
    expect(late.map((c) => c.id).sort()).toEqual(board.commitments.map((c: { id: string }) => c.id).sort());
    const lines = await mesas(['late-commitments', '--mesa', 'forestal']);
    expect(lines.stdout).toContain(`forestal\t${addDays(team.today, -3)}\t3 days late\t`);
  });

  it('refuses a commitment for someone outside the Mesa, and says why the server refused one', async () => {
    const outsider = await mesas([
      'create-commitment',
      '--mesa',
      'forestal',
      '--person',
      'Nadie',
      '--text',
      'x',
      '--due',
      team.today,
    ]);
    expect(outsider.code).toBe(1);
    expect(outsider.stderr).toMatch(/Nadie does not take part in forestal/);
    const { personId } = team.commitment();
    const past = await mesas([
      'create-commitment',
      '--mesa',
      'forestal',
      '--person',
      personId,
      '--text',
      unique('Tarde'),
      '--due',
      addDays(team.today, -1),
    ]);
    expect(past.code).toBe(1);
    expect(past.stderr).toMatch(/^mesas: VALIDATION_FAILED \(400\)/);
    expect(past.stderr).toMatch(/dueOn: /);
  });

  it('exports the Matrix as CSV and XLSX files holding its problems', async () => {
    const { problems } = await matrixOf(team.mesaId);
    expect(problems.length).toBeGreaterThan(0);

    const csv = path.join(dir, 'forestal.csv');
    const res = await mesas(['export-matrix', '--mesa', 'forestal', '--out', csv, '--lang', 'en']);
    expect(res.code, res.stderr).toBe(0);
    const text = await readFile(csv, 'utf8');
    for (const p of problems) expect(text).toContain(p.title);

    const xlsx = path.join(dir, 'forestal.xlsx');
    const written = await mesas(['export-matrix', '--mesa', 'forestal', '--out', xlsx]);
    expect(written.code, written.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(xlsx)).buffer as ArrayBuffer);
    const cells: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(String(cell.value));
      });
    });
    for (const p of problems) expect(cells).toContain(p.title);
  });

  it('imports an exported Matrix back: a dry run first, then its problems as new ones', async () => {
    const { problems } = await matrixOf(team.mesaId);
    const xlsx = path.join(dir, 'round-trip.xlsx');
    expect((await mesas(['export-matrix', '--mesa', 'forestal', '--out', xlsx])).code).toBe(0);

    const dry = await mesas(['import-matrix', xlsx, '--mesa', 'forestal', '--dry-run']);
    expect(dry.code, dry.stdout + dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Dry run: nothing imported.');
    expect((await matrixOf(team.mesaId)).problems).toHaveLength(problems.length);

    const res = await mesas(['import-matrix', xlsx, '--mesa', 'forestal']);
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toContain(`Imported into forestal: ${problems.length} problems`);
    const after = (await matrixOf(team.mesaId)).problems;
    expect(after).toHaveLength(2 * problems.length);
    const titles = after.map((p) => p.title);
    for (const p of problems) expect(titles.filter((title) => title === p.title)).toHaveLength(2);
  });
});
