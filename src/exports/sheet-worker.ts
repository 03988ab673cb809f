/**
 * Reads an uploaded workbook in a worker thread. Unpacking and parsing a spreadsheet takes seconds of
 * CPU and a few hundred MB at the limits; in the request's own thread that would stall every other
 * request of the process. Each read gets its own thread with a bounded heap and time, so a workbook
 * that still proves too heavy ends its thread, not the server; at most MAX_THREADS read at once.
 *
 * This file is both sides: the server imports `readImportInWorker`, and the same module, started as
 * the worker (its own bundle, dist/server/sheet-worker.mjs, in production), runs the job it is given.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, type WorkerOptions, workerData } from 'node:worker_threads';
import type { Mapping } from './matrix-columns';
import { type ImportReading, type ImportReference, readMatrixSheet } from './matrix-import';
import { readXlsx, TooManyRows, UnreadableWorkbook, WorkbookTooLarge } from './xlsx';

export interface SheetJob {
  data: Uint8Array;
  sheet?: string | undefined;
  reference: ImportReference;
  options: { headerRow?: number; mapping?: Mapping };
}

/** What a read found; refusals travel as data (errors lose their class between threads). */
type SheetJobResult =
  | { ok: true; sheets: string[]; reading: ImportReading | null }
  | { ok: false; refusal: 'unreadable'; detail: string }
  | { ok: false; refusal: 'tooLarge'; what: WorkbookTooLarge['what']; max: number }
  | { ok: false; refusal: 'tooManyRows'; count: number };

/** Marks the data of a thread started by readImportInWorker. */
const JOB = 'mesas.sheetJob';

/** Heap of one reading thread: a workbook at the size limits parses in well under half of it. */
const HEAP_MB = 512;
/** A read taking longer than this is abandoned as too heavy. */
const TIME_LIMIT_MS = 60_000;
const MAX_THREADS = Math.max(1, Math.min(2, availableParallelism() - 1));

async function runJob(job: SheetJob): Promise<SheetJobResult> {
  try {
    const { sheets, grid } = await readXlsx(Buffer.from(job.data), job.sheet);
    const reading = grid ? readMatrixSheet(grid, job.reference, job.options) : null;
    return { ok: true, sheets, reading };
  } catch (err) {
    if (err instanceof UnreadableWorkbook) return { ok: false, refusal: 'unreadable', detail: err.message };
    if (err instanceof WorkbookTooLarge)
      return { ok: false, refusal: 'tooLarge', what: err.what, max: err.max };
    if (err instanceof TooManyRows) return { ok: false, refusal: 'tooManyRows', count: err.count };
    throw err;
  }
}

/**
 * The worker's entry: from the bundle, the worker bundle beside it. From sources (tsx, vitest) this
 * .ts file, imported through tsx's API by a small script: loader flags given to a worker thread are
 * not applied to its entry file in Node 20.
 */
function startWorker(options: WorkerOptions): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./sheet-worker.mjs', import.meta.url), options);
  // tsx's ESM API (its "tsx/esm/api" export, "import" condition), as a file URL any thread can import.
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = JSON.stringify(pathToFileURL(path.join(tsxRoot, 'dist/esm/api/index.mjs')).href);
  const self = JSON.stringify(import.meta.url);
  const script = `import(${tsx}).then((tsx) => tsx.tsImport(${self}, ${self}));`;
  // A clean thread: the loader flags of the parent process (tsx's, vitest's) would only interfere.
  return new Worker(script, { ...options, eval: true, execArgv: [] });
}

let running = 0;
const waiting: (() => void)[] = [];
let online = 0;

/** How many threads are reading a workbook right now. */
export const activeSheetReaders = () => online;

async function slot(): Promise<() => void> {
  if (running >= MAX_THREADS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

function inThread(job: SheetJob): Promise<SheetJobResult> {
  const worker = startWorker({
    workerData: { [JOB]: job },
    resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
  });
  return new Promise((resolve, reject) => {
    const heavy = () =>
      resolve({ ok: false, refusal: 'tooLarge', what: 'heavy', max: HEAP_MB * 1024 * 1024 });
    const timer = setTimeout(() => {
      heavy();
      void worker.terminate();
    }, TIME_LIMIT_MS);
    let started = false;
    worker.once('online', () => {
      started = true;
      online++;
    });
    worker.once('message', (result: SheetJobResult) => resolve(result));
    worker.once('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') heavy();
      else reject(err);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      if (started) online--;
      // Settled already unless the thread ended without an answer.
      reject(new Error(`the sheet reader stopped (exit code ${code})`));
    });
  });
}

/**
 * Reads an import's workbook and its sheet as a Matrix in a worker thread: the sheets found and the
 * reading (null when the workbook has no such sheet). Throws UnreadableWorkbook, WorkbookTooLarge or
 * TooManyRows as readXlsx does.
 */
export async function readImportInWorker(
  job: SheetJob,
): Promise<{ sheets: string[]; reading: ImportReading | null }> {
  const release = await slot();
  let result: SheetJobResult;
  try {
    result = await inThread(job);
  } finally {
    release();
  }
  if (result.ok) return { sheets: result.sheets, reading: result.reading };
  if (result.refusal === 'unreadable') throw new UnreadableWorkbook(result.detail);
  if (result.refusal === 'tooManyRows') throw new TooManyRows(result.count);
  throw new WorkbookTooLarge(result.what, result.max);
}

if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[JOB]) {
  const port = parentPort;
  void runJob((workerData as Record<typeof JOB, SheetJob>)[JOB]).then((result) => port.postMessage(result));
}
