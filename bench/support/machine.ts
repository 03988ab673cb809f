import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The machine and moment a benchmark ran on, as written at the head of its section. */
export interface Machine {
  date: string;
  commit: string;
  cpu: string;
  cores: number;
  memory: string;
  os: string;
  node: string;
  postgres: string;
  loadBefore: number[];
  loadAfter: number[];
}

function gitCommit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return 'unknown';
  }
}

/** Describes this machine, the PostgreSQL server behind `admin`, and the load average now. */
export async function describeMachine(admin: pg.Client): Promise<Machine> {
  const loadBefore = os.loadavg();
  const versionRow = await admin.query<{ version: string }>('select version()');
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
    commit: gitCommit(),
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    postgres: versionRow.rows[0]?.version ?? 'unknown',
    loadBefore,
    loadAfter: [],
  };
}

/**
 * The machine table of a results section, and a note when the machine carried other work. `sharing`
 * says what shares the cores with the server, e.g. "the load generator".
 */
export function machineLines(machine: Machine, sharing = 'the load generator'): string[] {
  const lines = [
    '| Machine | |',
    '| --- | --- |',
    `| CPU | ${machine.cpu}, ${machine.cores} cores |`,
    `| Memory | ${machine.memory} |`,
    `| OS | ${machine.os} |`,
    `| Node.js | ${machine.node} |`,
    `| PostgreSQL | ${machine.postgres} |`,
    `| Load average (1, 5, 15 min) | before ${machine.loadBefore.map((l) => l.toFixed(2)).join(', ')}; ` +
      `after ${machine.loadAfter.map((l) => l.toFixed(2)).join(', ')} |`,
    '',
  ];
  if (machine.loadBefore[0]! >= 0.5 || machine.loadAfter[0]! >= machine.cores) {
    lines.push(
      `> The machine carried other work during this run (1-minute load average ${machine.loadBefore[0]!.toFixed(2)} ` +
        `before it began and ${machine.loadAfter[0]!.toFixed(2)} after it ended, on ${machine.cores} cores), and ` +
        `${sharing} share${sharing.includes(' and ') ? '' : 's'} the cores with the server and the database: the ` +
        'figures are noisier and slower than on an idle machine.',
      '',
    );
  }
  return lines;
}
