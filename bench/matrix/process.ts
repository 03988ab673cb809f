/**
 * Spawning `mesas` processes for the Matrix benchmark: the CLI, and servers on a free port that are
 * stopped again, also when a step fails.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { setAuditKey } from '../../src/db/audit';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin', 'mesas.mjs');
export const SESSION_SECRET = randomBytes(32).toString('base64url');
/** The run's audit key: the demo seed and generated events in this process, and every spawned server. */
export const AUDIT_KEY = randomBytes(32).toString('base64url');
setAuditKey(AUDIT_KEY);
const READY_TIMEOUT_MS = 300_000;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface Server {
  child: ChildProcess;
  url: string;
  output: string[];
  exited: Promise<number | null>;
  hasExited: () => boolean;
}

export const servers = new Set<Server>();

/** A port on the loopback interface that nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** The environment of a Mesas process: nothing inherited that would pick the database or the port. */
function mesasEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'DEMO_DATA', 'PORT', 'HOST', 'LOG_LEVEL', 'PUBLIC_URL']) {
    delete env[name];
  }
  return { ...env, NODE_ENV: 'production', SESSION_SECRET, AUDIT_KEY, LOG_LEVEL: 'warn', ...overrides };
}

export async function runCli(args: string[], env: Record<string, string>): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, ...args], {
      cwd: root,
      env: mesasEnv(env),
      timeout: 600_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const e = error as Error & { stderr?: string };
    throw new Error(`mesas ${args[0]} failed: ${e.stderr?.trim() || e.message}`);
  }
}

/** The last line `mesas create-token` printed: the token. */
export async function createToken(email: string, env: Record<string, string>): Promise<string> {
  const stdout = await runCli(['create-token', '--email', email, '--name', 'bench'], env);
  const token = stdout
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1);
  if (!token) throw new Error('create-token printed no token');
  return token;
}

/** The last 200 chunks a child process printed, and its exit: when it came, and whether it has. */
export function watchChild(child: ChildProcess) {
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  const exitedPromise = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      exited = true;
      resolve(code);
    });
  });
  return { output, exited: exitedPromise, hasExited: () => exited };
}

/** Spawns `mesas serve` and waits until GET /readyz answers 200. */
export async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const startedAt = performance.now();
  const child = spawn(process.execPath, [bin, 'serve'], {
    cwd: root,
    env: mesasEnv({ ...env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: url }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('could not spawn the server');
  const { output, exited: exitedPromise, hasExited } = watchChild(child);
  const server: Server = { child, url, output, exited: exitedPromise, hasExited };
  servers.add(server);
  while (true) {
    if (hasExited()) throw new Error(`the server exited before it was ready:\n${output.join('').trim()}`);
    if (performance.now() - startedAt > READY_TIMEOUT_MS) {
      throw new Error(`the server was not ready in time:\n${output.join('').trim()}`);
    }
    try {
      const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) return server;
    } catch {
      /* not listening yet */
    }
    await sleep(50);
  }
}

export async function stopServer(server: Server) {
  if (!server.hasExited()) {
    server.child.kill('SIGTERM');
    const code = await Promise.race([server.exited, sleep(15_000).then(() => 'timeout' as const)]);
    if (code === 'timeout') {
      server.child.kill('SIGKILL');
      await server.exited;
    }
  }
  servers.delete(server);
}
