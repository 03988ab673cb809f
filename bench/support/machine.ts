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
