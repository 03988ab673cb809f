import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A positive number from an environment variable, else `fallback` (e.g. BENCH_DURATION). */
export const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

/**
 * Replaces the part of a results document between `start` and `end` markers with `section` (which
 * carries the markers itself), or appends it when the markers are not there yet.
 */
export function replaceDocSection(docPath: string, start: string, end: string, section: string) {
  const current = existsSync(docPath)
    ? readFileSync(docPath, 'utf8')
    : '# Benchmarks\n\nRun `npm run bench` to measure; it rewrites the sections below.\n';
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${section}${current.slice(to + end.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(docPath, next);
}

/**
 * Prints a benchmark's section and puts it in its results document, unless BENCH_NO_DOC=1 asks to
 * print only.
 */
export function publishSection(docPath: string, start: string, end: string, section: string) {
  process.stdout.write(`\n${section}\n`);
  if (process.env.BENCH_NO_DOC === '1') return;
  replaceDocSection(docPath, start, end, section);
  process.stdout.write(`Updated ${path.relative(process.cwd(), docPath)}\n`);
}

/**
 * Runs a benchmark to the end: a failure sets exit code 1, and `cleanUp` (servers, temporary folders,
 * scratch databases) runs whatever happens, also on Ctrl-C or SIGTERM (then exit code 130).
 */
export async function runBenchmark(main: () => Promise<void>, cleanUp: () => Promise<void>) {
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      interrupted = true;
      process.stdout.write(`\n${signal}: cleaning up\n`);
      cleanUp().finally(() => process.exit(130));
    });
  }
  try {
    await main();
  } catch (error) {
    if (!interrupted) {
      process.stderr.write(
        `\nBenchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    }
  } finally {
    if (!interrupted) await cleanUp();
  }
}
