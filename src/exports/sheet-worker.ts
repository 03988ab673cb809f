/**
 * Reads an uploaded workbook in a worker thread. Unpacking and parsing a spreadsheet takes seconds of
 * CPU and a few hundred MB at the limits; in the request's own thread that would stall every other
 * request of the process. Each read has a thread to itself with a bounded heap and time, so a workbook
 * that still proves too heavy ends its thread, not the server; at most MAX_THREADS read at once. A
 * thread that answered is kept a while for the next read (an import's preview, then the import):
 * starting one loads the spreadsheet library again.
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
/** Threads that answered their last read, kept for the next one: starting one loads the libraries again. */
const idle: Worker[] = [];
const idleTimers = new Map<Worker, NodeJS.Timeout>();
/** How long an idle thread is kept before it ends. */
const KEEP_IDLE_MS = 30_000;
let reading = 0;
let started = 0;

/** How many threads are reading a workbook right now. */
export const activeSheetReaders = () => reading;
/** How many reading threads this process has started. */
export const sheetThreadsStarted = () => started;

async function slot(): Promise<() => void> {
  if (running >= MAX_THREADS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

function forget(worker: Worker) {
  clearTimeout(idleTimers.get(worker));
  idleTimers.delete(worker);
  const at = idle.indexOf(worker);
  if (at >= 0) idle.splice(at, 1);
}

/** An idle thread, or a new one; either is held by nobody else until it is put back or ended. */
function takeThread(): Worker {
  const kept = idle.pop();
  if (kept) {
    forget(kept);
    kept.ref();
    return kept;
  }
  started++;
  const worker = startWorker({
    workerData: { [JOB]: true },
    resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
  });
  // An idle thread that ends (its time is up, or it failed) is no longer offered. A read's own
  // listeners (inThread) report a failure during the read.
  worker.on('error', () => forget(worker));
  worker.once('exit', () => forget(worker));
  return worker;
}

/** Keeps a thread that answered for the next read; it does not hold the process open meanwhile. */
function putBack(worker: Worker) {
  worker.unref();
  const timer = setTimeout(() => void worker.terminate(), KEEP_IDLE_MS);
  timer.unref();
  idleTimers.set(worker, timer);
  idle.push(worker);
}

function inThread(job: SheetJob): Promise<SheetJobResult> {
  const worker = takeThread();
  reading++;
  return new Promise((resolve, reject) => {
    let settled = false;
    /** Settles once: a thread that answered is kept, any other is ended. */
    const settle = (keep: boolean, outcome: () => void) => {
      if (settled) return;
      settled = true;
      reading--;
      clearTimeout(timer);
      worker.off('message', answered);
      worker.off('error', failed);
      worker.off('exit', stopped);
      if (keep) putBack(worker);
      else void worker.terminate();
      outcome();
    };
    const heavy = () =>
      resolve({ ok: false, refusal: 'tooLarge', what: 'heavy', max: HEAP_MB * 1024 * 1024 });
    const timer = setTimeout(() => settle(false, heavy), TIME_LIMIT_MS);
    const answered = (result: SheetJobResult) => settle(true, () => resolve(result));
    const failed = (err: Error & { code?: string }) =>
      settle(false, () => (err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? heavy() : reject(err)));
    const stopped = (code: number) =>
      settle(false, () => reject(new Error(`the sheet reader stopped (exit code ${code})`)));
    worker.on('message', answered);
    worker.on('error', failed);
    worker.on('exit', stopped);
    worker.postMessage(job);
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
  // One read at a time: the server sends the next only after this one's answer. A read that throws
  // (a fault, not a refusal) ends the thread with that error.
  port.on('message', (job: SheetJob) => {
    void runJob(job).then((result) => port.postMessage(result));
  });
}
