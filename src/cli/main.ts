import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config';
import { commands, usage } from './commands';

async function main(argv: string[]) {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stdout.write(usage());
    process.exitCode = name && name !== 'help' && name !== '--help' ? 2 : 0;
    return;
  }
  const { values, positionals } = parseArgs({ args: rest, options: command.options, allowPositionals: true });
  const config = loadConfig();
  await command.run({ config, values: values as Record<string, string | boolean | undefined>, positionals });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`mesas: ${error.message}\nSee docs/CONFIGURATION.md.\n`);
  } else if (error instanceof Error) {
    process.stderr.write(
      `mesas: ${error.message}${error.cause ? `\n  cause: ${String(error.cause)}` : ''}\n`,
    );
  } else {
    process.stderr.write(`mesas: ${String(error)}\n`);
  }
  process.exit(1);
});
