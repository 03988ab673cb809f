import { randomBytes } from 'node:crypto';
import type { ParseArgsConfig } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { z } from 'zod';
import type { Config } from '../config/config';
import type { Database, MigrationReport } from '../db/client';
import { AppError } from '../domain/errors';
import { type GlobalRole, globalRoles } from '../domain/roles';
import { translator } from '../i18n';
import { isLocale, supportedLocales } from '../i18n/languages';
import { resolveAuditKey, resolveSessionSecret } from '../server/secret';
import { archiveCommands } from './archive';
import { auditCommands } from './audit';
import { clientCommands } from './client-commands';

export interface CommandInput {
  config: Config;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export interface Command {
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(input: CommandInput): Promise<void>;
}

export const out = (line: string) => process.stdout.write(`${line}\n`);

/**
 * A command loads what it uses when it runs (the server, the database, the demo data): the others,
 * `--help` and the API commands, start without them.
 */
export async function withDatabase<T>(
  config: Config,
  work: (database: Database, migrated: MigrationReport) => Promise<T>,
): Promise<T> {
  const [{ setAuditKey }, { openDatabase }, { syncTallyTimeZone }] = await Promise.all([
    import('../db/audit'),
    import('../db/client'),
    import('../db/queries/commitment-tallies'),
  ]);
  // Every command that writes records its audit event, sealed with this installation's key.
  setAuditKey(resolveAuditKey(config));
  if (config.database.kind === 'pglite') baselineWasmOnly();
  const database = await openDatabase(
    config.database.kind === 'postgres' ? config.database : { kind: 'pglite', dir: config.database.dir },
  );
  try {
    const migrated = await database.migrate();
    // The deployment's zone, for the commitment tallies of Mesas without their own (migration 0012).
    await syncTallyTimeZone(database.db, config.TIME_ZONE);
    return await work(database, migrated);
  } finally {
    await database.close();
  }
}

/**
 * A command holds the embedded database for seconds. V8 would also compile PostgreSQL's busiest
 * functions (WebAssembly) again with its optimizing tier, in background threads, for longer than most
 * commands run: with the baseline compiler alone the database opens in about half the CPU (0.45 s
 * instead of 1 s here) and even the demo seed takes no longer. The server, which runs for days, keeps
 * both tiers. Set before the database's module is compiled, once per process.
 */
function baselineWasmOnly() {
  setFlagsFromString('--liftoff-only');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function required(values: CommandInput['values'], name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new Error(`--${name} is required`);
  return value;
}

export const commands: Record<string, Command> = {
  start: {
    // bin/mesas.mjs builds the web app first when it is missing or stale, in a process of its own.
    summary: 'Build the web app if needed, then serve (what `npm start` runs)',
    options: {},
    async run({ config }) {
      await (await import('../server/start')).startServer(config);
    },
  },
  serve: {
    summary: 'Serve the API and the built web app (migrates first)',
    options: {},
    async run({ config }) {
      await (await import('../server/start')).startServer(config);
    },
  },
  migrate: {
    summary: 'Run pending database migrations',
    options: {},
    async run({ config }) {
      await withDatabase(config, async (database, { applied, total }) =>
        out(
          applied > 0
            ? `Applied ${plural(applied, 'migration')}; the ${database.kind} database is up to date (${total} in all).`
            : `Already up to date: all ${plural(total, 'migration')} had been applied (${database.kind}).`,
        ),
      );
    },
  },
  'seed-demo': {
    summary: 'Load the Peru demo Mesas (Forestry, Aquaculture, Logistics) and the demo accounts',
    options: {},
    async run({ config }) {
      const { DEMO_PASSWORD, demoAccounts, seedDemo } = await import('../demo/seed');
      await withDatabase(config, async (database) => {
        const { loaded } = await seedDemo(database.db, { timeZone: config.TIME_ZONE });
        if (!loaded) return out('The demo data is already loaded; nothing changed.');
        out(`Demo data loaded. Password for every demo account: ${DEMO_PASSWORD}`);
        for (const a of demoAccounts) out(`  ${a.email}`);
      });
    },
  },
  'create-user': {
    summary:
      'Create an account: --email E --name "Full Name" [--role admin|coordinator|high_level] [--password P] [--locale es|en|…]',
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
      locale: { type: 'string' },
    },
    async run({ config, values }) {
      const email = required(values, 'email');
      if (!z.email().safeParse(email).success) {
        throw new Error(`--email "${email}" is not an e-mail address (e.g. ana.rojas@example.gob.pe)`);
      }
      const fullName = required(values, 'name');
      const role = values.role as string | undefined;
      if (role !== undefined && !globalRoles.includes(role as GlobalRole)) {
        throw new Error(`--role must be one of ${globalRoles.join(', ')}`);
      }
      const locale = (values.locale as string | undefined) ?? config.DEFAULT_LOCALE;
      if (!isLocale(locale)) throw new Error(`--locale must be one of ${supportedLocales.join(', ')}`);
      const given = values.password as string | undefined;
      if (given !== undefined && given.length < 10)
        throw new Error('--password must have at least 10 characters');
      const { passwordWeakness } = await import('../domain/password-strength');
      const weakness = given === undefined ? null : passwordWeakness(given, [email, values.name as string]);
      if (weakness) throw new Error(`--password is ${translator('en')(weakness.key, weakness.params ?? {})}`);
      const password = given ?? randomBytes(12).toString('base64url');
      const [{ createAccount }, { systemContext }] = await Promise.all([
        import('../commands/accounts'),
        import('../commands/context'),
      ]);
      await withDatabase(config, async (database) => {
        const account = await createAccount(systemContext(database.db, 'cli'), {
          email,
          password,
          fullName,
          globalRole: (role as GlobalRole | undefined) ?? null,
          locale,
        }).catch((error: unknown) => {
          if (error instanceof AppError && error.code === 'CONFLICT') {
            throw new Error(`an account with the e-mail ${email} already exists; nothing was changed`);
          }
          throw error;
        });
        out(`Created ${account.email}${account.globalRole ? ` (${account.globalRole})` : ''}.`);
        if (!given) out(`Password: ${password}`);
      });
    },
  },
  'create-token': {
    summary: 'Create a personal API token: --email E [--name "what it is for"]',
    options: { email: { type: 'string' }, name: { type: 'string' } },
    async run({ config, values }) {
      const email = required(values, 'email');
      const [{ createApiToken }, { systemContext }, { findAccountByEmail }] = await Promise.all([
        import('../commands/accounts'),
        import('../commands/context'),
        import('../db/queries/accounts'),
      ]);
      await withDatabase(config, async (database) => {
        const account = await findAccountByEmail(database.db, email);
        if (!account) throw new Error(`No account with the e-mail ${email}`);
        const ctx = { ...systemContext(database.db, 'cli') };
        const token = await createApiToken(
          ctx,
          resolveSessionSecret(config),
          account.id,
          (values.name as string) ?? 'cli',
        );
        out(token.token);
      });
    },
  },
  ...auditCommands,
  ...archiveCommands,
  ...clientCommands,
};

export function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(14)} ${c.summary}`);
  return `Usage: mesas <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nConfiguration comes from environment variables: see docs/CONFIGURATION.md. Commands marked (API) call a\nrunning server with a personal API token: --url or MESAS_URL, --token or MESAS_TOKEN.\n`;
}
