import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createApiToken } from '../../src/commands/accounts';
import { systemContext } from '../../src/commands/context';
import { openDatabase } from '../../src/db/client';
import { TEST_AUDIT_KEY } from '../support/audit-key';
import { bin, freePort } from '../support/cli';

/**
 * PostgreSQL restarts under a writing load. The test makes its own throw-away cluster (initdb + pg_ctl,
 * as the `postgres` system user, on its own port under a temporary folder) so that it can stop and
 * restart it: never the shared server the rest of the suite uses. The server runs as a child process,
 * exactly as `mesas serve`, so "the process stays alive" is observed from outside.
 */

const run = promisify(execFile);
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const SECRET = 'pg-restart-secret-pg-restart-secret-0123';
const WRITERS = 4;

/** Runs a command as the `postgres` system user (initdb refuses root); a bare name is a PostgreSQL tool. */
async function asPostgres(tool: string, args: string[]) {
  const command = path.isAbsolute(tool) ? tool : path.join(PG_BIN, tool);
  const asRoot = process.getuid?.() === 0;
  return run(asRoot ? 'runuser' : command, asRoot ? ['-u', 'postgres', '--', command, ...args] : args, {
    timeout: 60_000,
  });
}

/** pg_ctl on the throw-away cluster, waiting until it is done; the server logs beside its data. */
function pgCtl(...args: string[]) {
  return asPostgres('pg_ctl', ['-D', pgData, '-l', path.join(folder, 'postgres.log'), '-w', ...args]);
}

/** Starts the cluster on its own port, with its socket in its own folder. */
const startCluster = () => pgCtl('-o', `-p ${pgPort} -k ${folder} -c listen_addresses=127.0.0.1`, 'start');

/** Waits (bounded in time and count) until `done()` holds; fails with `what` otherwise. */
async function until(what: string, done: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (let i = 0; i < 10_000 && Date.now() < deadline; i++) {
    if (await done()) return;
    await sleep(25);
  }
  throw new Error(`timed out waiting until ${what}`);
}

interface Outcome {
  name: string;
  at: number;
  status: number | null;
  code?: string;
  message?: string;
  body?: string;
  retryAfter?: string | null;
  failure?: string;
}

let folder = '';
let pgData = '';
let pgPort = 0;
let url = '';
let server: ChildProcess | null = null;
let serverExit: { code: number | null; signal: string | null } | null = null;
let serverOutput = '';

beforeAll(async () => {
  // Loud, not skipped: CI installs postgresql-15 (.ci/run).
  for (const tool of ['initdb', 'pg_ctl']) {
    if (!existsSync(path.join(PG_BIN, tool))) {
      throw new Error(`${tool} not found in ${PG_BIN}: install postgresql-15 (or set PG_BIN)`);
    }
  }
  // The cluster's folder belongs to `postgres`; the test (root or not) removes it afterwards.
  folder = (await asPostgres('/usr/bin/mktemp', ['-d', '-t', 'mesas-pg-XXXXXX'])).stdout.trim();
}, 10_000);

afterAll(async () => {
  if (server && serverExit === null) {
    server.kill('SIGKILL');
    await until('the server has stopped', () => serverExit !== null, 10_000).catch(() => undefined);
  }
  if (pgData) await asPostgres('pg_ctl', ['-D', pgData, 'stop', '-m', 'immediate']).catch(() => undefined);
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('PostgreSQL restarts while writers run', () => {
  it('keeps the server alive, answers 503 meanwhile, loses no acknowledged write', {
    timeout: 240_000,
  }, async () => {
    // A throw-away cluster on its own port.
    pgData = path.join(folder, 'data');
    pgPort = await freePort();
    await asPostgres('initdb', ['-D', pgData, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
    await startCluster();
    url = `postgres://postgres@127.0.0.1:${pgPort}/postgres`;

    // Schema, an administrator and their API token.
    const setup = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
    let token: string;
    try {
      await setup.migrate();
      const ctx = systemContext(setup.db, 'test');
      const admin = await createAccount(ctx, {
        email: 'admin@restart.test',
        password: randomBytes(24).toString('base64url'),
        fullName: 'Restart Admin',
        globalRole: 'admin',
        locale: 'en',
      });
      token = (await createApiToken(ctx, SECRET, admin.id, 'restart test')).token;
    } finally {
      await setup.close();
    }

    // The server, as `mesas serve`, with the mail job running every second through the outage too.
    const httpPort = await freePort();
    const base = `http://127.0.0.1:${httpPort}`;
    server = spawn(process.execPath, [bin, 'serve'], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: url,
        HOST: '127.0.0.1',
        PORT: String(httpPort),
        SESSION_SECRET: SECRET,
        AUDIT_KEY: TEST_AUDIT_KEY,
        DATA_DIR: path.join(folder, 'mesas'),
        LOG_LEVEL: 'warn',
        MAIL_INTERVAL_SECONDS: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (d) => {
      serverOutput += d;
    });
    server.stderr?.on('data', (d) => {
      serverOutput += d;
    });
    server.on('exit', (code, signal) => {
      serverExit = { code, signal };
    });
    const alive = () => serverExit === null;
    const get = (p: string) => fetch(base + p, { signal: AbortSignal.timeout(5_000) });

    await until(
      'the server answers /readyz',
      async () => {
        if (!alive()) throw new Error(`the server exited at start:\n${serverOutput}`);
        return get('/readyz').then(
          (r) => r.status === 200,
          () => false,
        );
      },
      90_000,
    );

    // /readyz, watched throughout.
    const readiness: string[] = [];
    let watching = true;
    const watcher = (async () => {
      for (let i = 0; i < 20_000 && watching; i++) {
        const state = await get('/readyz').then(
          (r) => (r.status === 200 ? 'ready' : `${r.status}`),
          () => 'no answer',
        );
        if (readiness.at(-1) !== state) readiness.push(state);
        await sleep(50);
      }
    })();

    // Four writers creating organizations through the API.
    const outcomes: Outcome[] = [];
    let writing = true;
    const writer = async (w: number) => {
      for (let n = 0; n < 5_000 && writing; n++) {
        const name = `Restart writer ${w} record ${n}`;
        const at = Date.now();
        try {
          const res = await fetch(`${base}/api/organizations`, {
            method: 'POST',
            headers: {
              authorization: `Bearer ${token}`,
              'content-type': 'application/json',
              'accept-language': 'en',
            },
            body: JSON.stringify({ name, kind: 'company' }),
            signal: AbortSignal.timeout(15_000),
          });
          const body = await res.text();
          const error = res.ok
            ? undefined
            : (JSON.parse(body) as { error?: { code?: string; message?: string } }).error;
          outcomes.push({
            name,
            at,
            status: res.status,
            code: error?.code,
            message: error?.message,
            retryAfter: res.headers.get('retry-after'),
            body,
          });
        } catch (failure) {
          outcomes.push({ name, at, status: null, failure: String(failure) });
        }
        await sleep(10);
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
    const okSince = (t: number) => outcomes.filter((o) => o.at >= t && o.status === 201).length;
    const answeredSince = (t: number) => outcomes.filter((o) => o.at >= t).length;

    try {
      await until('writes go through', () => okSince(0) >= 20);

      // 1. The restart as operators do it, under load.
      await pgCtl('-m', 'fast', 'restart');
      const restarted = Date.now();
      await until('writes go through after the restart', () => !alive() || okSince(restarted) >= 20);
      expect(alive(), serverOutput).toBe(true);

      // 2. A longer outage: stopped, written to meanwhile, started again.
      await asPostgres('pg_ctl', ['-D', pgData, '-w', '-m', 'fast', 'stop']);
      const stopped = Date.now();
      await until(
        'writes and /readyz are refused while the database is down',
        () => !alive() || (answeredSince(stopped) >= 20 && readiness.includes('503')),
      );
      expect(alive(), serverOutput).toBe(true);
      await startCluster();
      const back = Date.now();
      await until('writes go through once the database is back', () => !alive() || okSince(back) >= 20);
      const firstOk = outcomes.filter((o) => o.at >= back && o.status === 201).sort((a, b) => a.at - b.at)[0];
      // Reported, not asserted: how soon after the database's return a write went through.
      console.info(
        `first acknowledged write ${firstOk ? firstOk.at - back : '?'} ms after the database was back`,
      );
      await until('/readyz is ready again', () => readiness.at(-1) === 'ready');
    } finally {
      writing = false;
      watching = false;
      await Promise.all([...writers, watcher]);
    }

    // The process stayed up the whole time.
    expect(serverExit, serverOutput).toBeNull();
    expect(() => process.kill(server!.pid!, 0)).not.toThrow();

    // Every request got an answer: a 201, or a 503 with its stable code and a clear message, no stack.
    const dropped = outcomes.filter((o) => o.status === null);
    expect(dropped, JSON.stringify(dropped.slice(0, 3))).toEqual([]);
    const refused = outcomes.filter((o) => o.status !== 201);
    expect(refused.length).toBeGreaterThan(0);
    for (const o of refused) {
      expect({ status: o.status, code: o.code }, o.body).toEqual({
        status: 503,
        code: 'DATABASE_UNAVAILABLE',
      });
      expect(o.message).toMatch(/database/i);
      expect(o.retryAfter).toBe('1');
      expect(o.body).not.toMatch(/\bat .+:\d+:\d+|stack/i);
    }

    console.info(
      `${outcomes.filter((o) => o.status === 201).length} writes acknowledged, ${
        outcomes.filter((o) => o.status === 503).length
      } answered 503 while the database was away; /readyz went ${readiness.join(' → ')}`,
    );

    // Every failure was recognised as the database's absence: nothing logged as an unhandled error.
    const errorsLogged = serverOutput.split('\n').filter((line) => /"level":(50|60)/.test(line));
    expect(errorsLogged).toEqual([]);

    // /readyz: ready, then not ready while the database was down, then ready again.
    const firstDown = readiness.indexOf('503');
    expect(readiness[0]).toBe('ready');
    expect(firstDown).toBeGreaterThan(0);
    expect(readiness.slice(firstDown)).toContain('ready');
    expect(readiness).not.toContain('no answer');

    // Every acknowledged write is in the database, and each record has its audit event: nothing
    // half-written (an unacknowledged write may have committed; then it is whole too).
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    try {
      const { rows } = await check.query<{ name: string; audited: number }>(
        `select o.name, (select count(*)::int from audit_events a
                          where a.entity_type = 'organization' and a.entity_id = o.id::text
                            and a.action = 'create') as audited
           from organizations o where o.name like 'Restart writer %'`,
      );
      const stored = new Map(rows.map((r) => [r.name, r.audited]));
      const acknowledged = outcomes.filter((o) => o.status === 201).map((o) => o.name);
      expect(acknowledged.filter((name) => !stored.has(name))).toEqual([]);
      expect(rows.filter((r) => r.audited !== 1)).toEqual([]);
      const { rows: orphans } = await check.query(
        `select a.entity_id from audit_events a
          where a.entity_type = 'organization'
            and not exists (select 1 from organizations o where o.id::text = a.entity_id)`,
      );
      expect(orphans).toEqual([]);
    } finally {
      await check.end();
    }
  });
});
