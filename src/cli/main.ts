import { parseArgs } from 'node:util';
import { type Config, ConfigError, loadConfig } from '../config/config';
import { isDatabaseUnavailable } from '../db/unavailable';
import { AppError } from '../domain/errors';
import { translator } from '../i18n';
import { commands, usage } from './commands';

/** The configuration in use, once read: errors name the database it points at. */
let config: Config | undefined;

async function main(argv: string[]) {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stdout.write(usage());
    process.exitCode = name && name !== 'help' && name !== '--help' ? 2 : 0;
    return;
  }
  const { values, positionals } = parseArgs({ args: rest, options: command.options, allowPositionals: true });
  config = loadConfig();
  await command.run({ config, values: values as Record<string, string | boolean | undefined>, positionals });
}

/** DATABASE_URL as it may be printed: the password replaced by ***. */
function withoutPassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(not a URL)';
  }
}

/** SQLSTATEs of a connection the server refused: bad credentials, no such database. */
const refusedConnection = new Set(['28000', '28P01', '3D000']);

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return isDatabaseUnavailable(error) || (typeof code === 'string' && refusedConnection.has(code));
}

/** One clear line (or a few) for the operator: what failed, and where to look. */
function describe(error: unknown): string {
  if (error instanceof ConfigError) return `${error.message}\nSee docs/CONFIGURATION.md.`;
  if (config?.database.kind === 'postgres' && isConnectionError(error)) {
    const reason = error instanceof AggregateError ? error.errors.map(String).join('; ') : String(error);
    return `cannot use the PostgreSQL database of DATABASE_URL=${withoutPassword(config.database.url)}: ${reason.replace(/^error: /i, '')}`;
  }
  if (error instanceof AppError) {
    const t = translator('en');
    const fields = (error.details?.fields ?? []).map((f) => `${f.path}: ${t(f.key, f.params ?? {})}`);
    return [t(`errors.${error.code}`), ...fields].join('\n  ');
  }
  if (error instanceof Error) {
    return `${error.message}${error.cause ? `\n  cause: ${String(error.cause)}` : ''}`;
  }
  return String(error);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`mesas: ${describe(error)}\n`);
  process.exit(1);
});
