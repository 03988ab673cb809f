#!/usr/bin/env node
// `npm test`: the static checks (types, lint, the API contract's lint) and the whole Vitest suite, side
// by side. The checks take one core for about 20 s, about as long as Vitest takes to prepare the demo
// template before its first database test, which leaves the other core idle: run one after the other,
// the two added up. The checks run in turn, their output kept and shown when one fails, which stops the
// suite at once (as `&&` did); arguments go to `vitest run` (`npm test -- --project unit`).
//
// The type check runs single-threaded here: beside the suite's workers its four checkers only take
// turns on the cores, and each of them works out the shared types again (21 s of CPU and 2.1 GB, against
// 12 s and 1.3 GB on one thread). `npm run typecheck` alone keeps them.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHECKS = [['typecheck', '--singleThreaded'], ['lint'], ['lint:api']];
const windows = process.platform === 'win32';

/** Runs `npm run <script> [-- args]` and resolves with its exit code and everything it printed. */
function check(script, args) {
  return new Promise((resolve) => {
    const extra = args.length > 0 ? ['--', ...args] : [];
    const child = spawn('npm', ['run', '-s', script, ...extra], {
      shell: windows,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ code: 1, output: Buffer.from(String(error)) }));
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(output) }));
  });
}

// Vitest itself, not through npx: stopping it must stop it (and it stops its workers).
const vitestBin = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const vitest = spawn(process.execPath, [vitestBin, 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
const suite = new Promise((resolve) => {
  vitest.on('error', () => resolve(1));
  vitest.on('close', (code) => resolve(code ?? 1));
});

async function runChecks() {
  for (const [script, ...args] of CHECKS) {
    const started = Date.now();
    const { code, output } = await check(script, args);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (code !== 0) {
      process.stderr.write(`\n✗ npm run ${script} failed (exit code ${code}, ${seconds} s):\n`);
      process.stderr.write(output);
      vitest.kill('SIGTERM');
      return code;
    }
    process.stdout.write(`✓ npm run ${script} (${seconds} s)\n`);
  }
  return 0;
}

const checked = await runChecks();
const tested = await suite;
process.exit(checked || tested);
