import { existsSync } from 'node:fs';
import type { Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/config';
import { setAuditKey } from '../db/audit';
import { openDatabase } from '../db/client';
import { syncTallyTimeZone } from '../db/queries/commitment-tallies';
import { DEMO_PASSWORD, demoAccounts, isDatabaseEmpty, seedDemo } from '../demo/seed';
import { createMailJob } from '../jobs/mail-job';
import { buildApp } from './app';
import { loggerOptions } from './logger';
import { resolveAuditKey, resolveSessionSecret } from './secret';

export const webRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));

const loopback = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Where the server listens, and who can reach it there, in the words an operator needs. */
export function listeningOn(host: string, bound: ReturnType<Server['address']>): string {
  const port = typeof bound === 'object' && bound ? bound.port : '';
  const url = `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`;
  if (loopback.has(host)) return `${url} (only this computer; set HOST=0.0.0.0 to serve others)`;
  if (host === '0.0.0.0' || host === '::') return `${url} (every network interface of this computer)`;
  return url;
}

/** Opens the database, migrates it, loads the demo on a first embedded start, and listens. */
export async function startServer(config: Config) {
  const startedAt = performance.now();
  setAuditKey(resolveAuditKey(config));
  const database = await openDatabase(
    config.database.kind === 'postgres' ? config.database : { kind: 'pglite', dir: config.database.dir },
  );
  await database.migrate();
  // The deployment's zone, for the commitment tallies of Mesas without their own (migration 0012).
  await syncTallyTimeZone(database.db, config.TIME_ZONE);
  const app = await buildApp({
    config,
    database,
    sessionSecret: resolveSessionSecret(config),
    logger: loggerOptions(config),
    webRoot: existsSync(webRoot) ? webRoot : null,
  });
  if (database.kind === 'pglite' && config.DEMO_DATA === 'auto' && (await isDatabaseEmpty(database.db))) {
    await seedDemo(database.db, { timeZone: config.TIME_ZONE });
    app.log.info(
      { accounts: demoAccounts.map((a) => a.email), password: DEMO_PASSWORD },
      `Demo data loaded. Sign in as any of ${demoAccounts.map((a) => a.email).join(', ')} with the password "${DEMO_PASSWORD}".`,
    );
  }
  // Reminders and the outbox: stops with the app.
  const mailJob = createMailJob({ db: database.db, config, log: app.log.child({ job: 'mail' }) });
  app.addHook('onClose', () => mailJob.stop());
  const close = async () => {
    await app.close();
    await database.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down');
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  mailJob.start();
  app.log.info(
    { database: database.kind, address, readyInMs: Math.round(performance.now() - startedAt) },
    `Mesas is listening on ${listeningOn(config.HOST, app.server.address())}; people open ${config.PUBLIC_URL}`,
  );
  return { app, database, close };
}
