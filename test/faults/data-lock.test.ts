import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_AUDIT_KEY } from '../support/audit-key';
import { bin, freePort, holdMigratedDatabase, runMesas } from '../support/cli';

/**
 * Two servers on one embedded data folder would each keep their own copy of the database and lose one
 * another's writes: the second refuses to start. Real processes, since the lock is between processes.
 */

interface Server {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

let dataDir: string;
const started: Server[] = [];

const env = () => ({
  ...process.env,
  DATABASE_URL: '',
  NODE_ENV: 'test',
  DATA_DIR: dataDir,
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  DEMO_DATA: 'never',
  MAIL_INTERVAL_SECONDS: '0',
  SESSION_SECRET: 'data-lock-secret-data-lock-secret-0123',
  AUDIT_KEY: TEST_AUDIT_KEY,
});

async function serve(extra: Record<string, string> = {}): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: { ...env(), PORT: String(port), ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const server = { child, port, output: () => output, exited };
  started.push(server);
  return server;
}

/** Resolves once the server answers /readyz; fails if it exits first or takes too long. */
async function ready(server: Server) {
  let exited = false;
  server.exited.then(() => {
    exited = true;
  });
  const deadline = Date.now() + 90_000;
  for (let i = 0; i < 2_000 && Date.now() < deadline && !exited; i++) {
    const ok = await fetch(`http://127.0.0.1:${server.port}/readyz`, { signal: AbortSignal.timeout(2_000) })
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) return;
    await sleep(100);
  }
  throw new Error(`the server did not become ready:\n${server.output()}`);
}

/** Waits for a process to end, bounded; SIGKILL if it does not. */
async function ended(server: Server, timeoutMs = 60_000) {
  const timer = setTimeout(() => server.child.kill('SIGKILL'), timeoutMs);
  try {
    return await server.exited;
  } finally {
    clearTimeout(timer);
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'mesas-lock-'));
  // An installation already migrated: the lock is the subject, not a first start.
  await holdMigratedDatabase(dataDir);
});

afterAll(async () => {
  for (const s of started)
    if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
  await Promise.all(started.map((s) => ended(s, 10_000)));
  await rm(dataDir, { recursive: true, force: true });
});

describe('the embedded data folder', () => {
  it('serves one process at a time, and a crashed holder does not block a restart', {
    timeout: 240_000,
  }, async () => {
    const folder = path.join(dataDir, 'pglite');
    const lockFile = `${folder}.lock`;

    // No HOST: the embedded server listens on this computer only, and says so.
    const first = await serve({ HOST: '', LOG_LEVEL: 'info' });
    await ready(first);
    expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(first.child.pid));
    expect(first.output()).toContain(
      `Mesas is listening on http://127.0.0.1:${first.port} (only this computer; set HOST=0.0.0.0 to serve others)`,
    );

    // A second server on the same folder refuses, in one line naming the folder and the holder's PID.
    const second = await serve();
    expect(await ended(second)).toEqual({ code: 1, signal: null });
    const lines = second.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(folder);
    expect(lines[0]).toContain(`process ${first.child.pid}`);

    // So does a command that would write to it meanwhile.
    const migrate = await runMesas(['migrate'], env());
    expect(migrate.code).toBe(1);
    expect(migrate.stderr).toContain(`process ${first.child.pid}`);

    // The first server is still serving.
    expect((await fetch(`http://127.0.0.1:${first.port}/readyz`)).status).toBe(200);

    // It crashes: its lock stays behind, stale, and a new server takes the folder over.
    first.child.kill('SIGKILL');
    expect((await ended(first)).signal).toBe('SIGKILL');
    expect(existsSync(lockFile)).toBe(true);
    const third = await serve();
    await ready(third);
    expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(third.child.pid));

    // Stopped properly, it releases the folder.
    third.child.kill('SIGTERM');
    expect((await ended(third)).code).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
  });
});
