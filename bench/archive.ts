/**
 * Continuity archive benchmark, on PostgreSQL and on PGlite: export and import of a generated Mesa with
 * 200 problems, 1,000 commitments and 100 meetings (each closed one with attendance, an agenda,
 * decisions and a minutes version, so that the export renders 100 minutes PDFs), on top of the demo.
 *
 * 1. Export: the whole archive (every table part, the PDFs, the manifest, the ZIP), three times; the
 *    median and the slowest are printed, with the file's size.
 * 2. Import: into an empty installation (every organization and person created), then twice more
 *    into the same one under other slugs (everything matched), each in one transaction.
 *
 * Prints the figures and rewrites the "Continuity archive" section of docs/BENCHMARKS.md (goals:
 * export ≤ 5 s, import ≤ 15 s).
 *
 *   npm run bench:archive
 *
 * Environment (optional):
 *   BENCH_PG_URL   an administrative PostgreSQL URL used to create and drop the scratch databases
 *                  (default postgres://postgres@127.0.0.1:5432/test)
 *   BENCH_NO_DOC=1 print only; leave docs/BENCHMARKS.md alone
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { exportMesaArchive } from '../src/archive/export';
import { importArchive } from '../src/archive/import';
import { readArchive } from '../src/archive/read';
import { systemContext } from '../src/commands/context';
import { setAuditKey } from '../src/db/audit';
import type { Database, DatabaseTarget } from '../src/db/client';
import { seedDemo } from '../src/demo/seed';
import { insertRows } from './matrix/generate';
import { generateSessionData, TIME_ZONE } from './sessions/generate';
import { describeMachine, machineLines } from './support/machine';
import { replaceDocSection, runBenchmark } from './support/run';
import {
  cleanUp,
  close,
  connectAdmin,
  createScratchDatabase,
  driverOf,
  dropScratchDatabase,
  open,
  scratchDir,
} from './support/scratch';

const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const MEETINGS = 100;
const GOALS = { exportMs: 5_000, importMs: 15_000 };
const log = (line: string) => process.stdout.write(`${line}\n`);
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** Tops the generated Mesa up to 100 meetings, each closed one with attendance, agenda, decisions and minutes. */
async function moreMeetings(database: Database, mesaId: string) {
  const exec = driverOf(database);
  const col = async (sql: string) => (await exec.query(sql)).rows.map((r) => Object.values(r as object)[0]);
  const [existing] = await col(`select count(*)::int from meetings where mesa_id = '${mesaId}'`);
  const people = (await col('select id from people order by full_name limit 12')) as string[];
  const problems = (await col(
    `select id from problems where mesa_id = '${mesaId}' order by number`,
  )) as string[];
  const now = Date.now();
  const meetings: Record<string, unknown>[] = [];
  const participants: Record<string, unknown>[] = [];
  const agenda: Record<string, unknown>[] = [];
  const decisions: Record<string, unknown>[] = [];
  const minutes: Record<string, unknown>[] = [];
  const extra = MEETINGS - Number(existing);
  for (let i = 0; i < extra; i++) {
    const id = randomUUID();
    const startsAt = now - (400 + i * 7) * DAY;
    const intersessional = i % 3 === 2;
    meetings.push({
      id,
      mesa_id: mesaId,
      kind: intersessional ? 'intersessional' : 'session',
      number: intersessional ? null : 1000 + i,
      title: intersessional ? `Reunión técnica ${i}` : '',
      starts_at: iso(startsAt),
      ends_at: iso(startsAt + 7_200_000),
      time_zone: TIME_ZONE,
      place: 'Sala de sesiones',
      public_sector_only: false,
      visibility: 'members',
      state: 'closed',
      moderator_person_id: people[0],
      notes: 'Se revisaron los compromisos y los problemas en foco.',
      started_at: iso(startsAt),
      closed_at: iso(startsAt + 7_200_000),
      version: 1,
      created_at: iso(startsAt - 14 * DAY),
      updated_at: iso(startsAt + 7_200_000),
    });
    for (const [k, person] of people.entries()) {
      participants.push({
        meeting_id: id,
        person_id: person,
        invited: true,
        attendance: k % 5 === 4 ? 'absent' : 'present',
        recorded_at: iso(startsAt),
      });
    }
    const onAgenda = problems.slice((i * 5) % 190, ((i * 5) % 190) + 8);
    onAgenda.forEach((problem, position) => {
      agenda.push({
        id: randomUUID(),
        meeting_id: id,
        position,
        kind: 'focus_problem',
        key: `problem:${problem}`,
        title: `Problema ${position + 1}`,
        problem_id: problem,
        minutes: 5,
        notes: 'Avance revisado con las entidades responsables.',
        discussed_at: iso(startsAt + position * 600_000),
        created_at: iso(startsAt),
        updated_at: iso(startsAt),
      });
    });
    const texts = [
      'Se acordó publicar el proyecto de norma para comentarios.',
      'La entidad presentará el informe en la próxima sesión.',
    ];
    for (const text of texts) {
      decisions.push({
        id: randomUUID(),
        meeting_id: id,
        problem_id: onAgenda[0],
        text,
        created_at: iso(startsAt),
      });
    }
    minutes.push({
      id: randomUUID(),
      meeting_id: id,
      number: 1,
      locale: 'es',
      content: {
        locale: 'es',
        title: `Acta de la sesión ${i + 1}`,
        meta: [
          { label: 'Mesa', value: 'Mesa Ejecutiva de Sesiones – Benchmark' },
          { label: 'Lugar', value: 'Sala de sesiones' },
        ],
        notice: null,
        sections: [
          {
            id: 'attendance',
            heading: 'Asistencia',
            columns: ['Organización', 'Estado', 'Personas'],
            rows: people.slice(0, 8).map((_, k) => [`Organización ${k + 1}`, 'Presente', `Persona ${k + 1}`]),
            empty: 'Nadie registrado.',
          },
          {
            id: 'decisions',
            heading: 'Acuerdos',
            columns: ['#', 'Acuerdo', 'Problema'],
            rows: texts.map((text, k) => [String(k + 1), text, 'P-1']),
            empty: 'Sin acuerdos.',
          },
        ],
      },
      visibility: 'members',
      created_at: iso(startsAt + 7_200_000),
    });
  }
  await insertRows(exec, 'meetings', meetings, 500);
  await insertRows(exec, 'meeting_participants', participants, 2000);
  await insertRows(exec, 'agenda_items', agenda, 2000);
  await insertRows(exec, 'decisions', decisions, 2000);
  await insertRows(exec, 'minutes_versions', minutes, 200);
}

interface Result {
  label: string;
  exportMs: number[];
  bytes: number;
  records: number;
  pdfs: number;
  importMs: number[];
}

async function measure(label: string, source: DatabaseTarget, target: DatabaseTarget): Promise<Result> {
  log(`\n${label}: loading the demo and generating the Mesa…`);
  const from = await open(source);
  await from.migrate();
  await seedDemo(from.db, { timeZone: TIME_ZONE, present: false });
  const { mesaId, counts } = await generateSessionData(driverOf(from));
  await moreMeetings(from, mesaId);
  log(`  generated: ${JSON.stringify(counts)}, ${MEETINGS} meetings`);

  const exportMs: number[] = [];
  let archive: Awaited<ReturnType<typeof exportMesaArchive>> | undefined;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    archive = await exportMesaArchive(from.db, mesaId);
    exportMs.push(performance.now() - start);
    log(`  export ${i + 1}: ${secs(exportMs[i]!)}`);
  }
  const manifest = archive!.manifest;
  const records = manifest.parts.filter((p) => p.kind === 'table').reduce((n, p) => n + (p.rows ?? 0), 0);
  const pdfs = manifest.parts.filter((p) => p.kind === 'pdf').length;
  const tableRows = (name: string) => manifest.parts.find((p) => p.table === name)?.rows ?? 0;
  log(
    `  archive: ${(archive!.bytes.length / 1024 / 1024).toFixed(1)} MB, ${records} records ` +
      `(${tableRows('problems')} problems, ${tableRows('commitments')} commitments, ${tableRows('meetings')} meetings), ${pdfs} PDFs`,
  );
  if (tableRows('problems') < 200 || tableRows('commitments') < 1000 || tableRows('meetings') < MEETINGS) {
    throw new Error('the archive does not hold the generated Mesa');
  }
  await close(from);

  const to = await open(target);
  await to.migrate();
  const importMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    // Reading (unzip, hashes, schemas, references) is part of the import.
    const contents = readArchive(archive!.bytes);
    const report = await importArchive(systemContext(to.db, 'bench'), contents, {
      slug: `bench-archivo-${i + 1}`,
    });
    importMs.push(performance.now() - start);
    const created = report.people.filter((p) => p.action === 'created').length;
    log(
      `  import ${i + 1}: ${secs(importMs[i]!)} (${created} people created, ${report.people.length - created} matched)`,
    );
  }
  await close(to);
  return { label, exportMs, bytes: archive!.bytes.length, records, pdfs, importMs };
}

const SECTION_START = '<!-- bench:archive:start -->';
const SECTION_END = '<!-- bench:archive:end -->';

async function main() {
  setAuditKey('bench-audit-key-bench-audit-key-0123456789');
  const machine = await describeMachine(await connectAdmin(PG_ADMIN_URL));
  log(
    `Mesas archive benchmark — ${machine.cpu}, ${machine.cores} cores, ${machine.memory}, Node ${machine.node}`,
  );
  log(`${machine.os}; ${machine.postgres}; commit ${machine.commit}; ${machine.date} UTC`);
  log(`Load average before: ${machine.loadBefore.map((l) => l.toFixed(2)).join(' ')}`);
  const results: Result[] = [];
  const source = `mesas_bench_archive_src_${process.pid}`;
  const target = `mesas_bench_archive_dst_${process.pid}`;
  results.push(
    await measure(
      'PostgreSQL',
      { kind: 'postgres', url: await createScratchDatabase(source) },
      { kind: 'postgres', url: await createScratchDatabase(target) },
    ),
  );
  await dropScratchDatabase(source);
  await dropScratchDatabase(target);
  const dir = scratchDir('mesas-bench-archive-');
  results.push(
    await measure(
      'PGlite',
      { kind: 'pglite', dir: path.join(dir, 'source') },
      { kind: 'pglite', dir: path.join(dir, 'target') },
    ),
  );
  machine.loadAfter = os.loadavg();
  const failed = results.flatMap((r) => [
    ...(Math.max(...r.exportMs) > GOALS.exportMs ? [`${r.label} export > 5 s`] : []),
    ...(Math.max(...r.importMs) > GOALS.importMs ? [`${r.label} import > 15 s`] : []),
  ]);
  const section = [
    SECTION_START,
    '## Continuity archive',
    '',
    `Run on ${machine.date} UTC at commit ${machine.commit} with \`npm run bench:archive\` (\`bench/archive.ts\`).`,
    '',
    ...machineLines(machine, 'nothing else'),
    'The demo data, then a generated Mesa with 200 problems, 1,000 commitments and 100 meetings (each closed ' +
      'one with attendance, an agenda, decisions and a minutes version, so the export renders their PDFs). ' +
      'Export: the whole archive (every part, the PDFs, the manifest, the ZIP), three times. Import: reading ' +
      'and checking the file included, into an empty installation (every organization and person created), ' +
      'then twice more into the same one under other slugs (everything matched), each in one transaction.',
    '',
    '| Store | Export (median / slowest of 3) | Archive | Import into an empty installation | Import, all matched (median of 2) |',
    '| --- | --- | --- | --- | --- |',
    ...results.map(
      (r) =>
        `| ${r.label} | ${secs(median(r.exportMs))} / ${secs(Math.max(...r.exportMs))} | ` +
        `${(r.bytes / 1024 / 1024).toFixed(1)} MB, ${r.records} records, ${r.pdfs} PDFs | ${secs(r.importMs[0]!)} | ` +
        `${secs(median(r.importMs.slice(1)))} |`,
    ),
    '',
    '### Goals',
    '',
    `- ${failed.length ? `Not met: ${failed.join('; ')}` : 'Met: export ≤ 5 s and import ≤ 15 s, on both stores'}.`,
    '',
    SECTION_END,
  ].join('\n');
  log(`\n${section}`);
  if (process.env.BENCH_NO_DOC !== '1') {
    replaceDocSection(
      fileURLToPath(new URL('../docs/BENCHMARKS.md', import.meta.url)),
      SECTION_START,
      SECTION_END,
      section,
    );
  }
}

void runBenchmark(main, cleanUp);
