// Untrusted files are parsed in worker threads, never on the thread that answers requests:
// an 8 MB saved page once kept the server unresponsive for 12 minutes, and a 2.7 KB XLSX
// took 40 s and 900 MB. Each job gets a time and a memory cap; a worker that exceeds one
// is terminated (which interrupts even a synchronous loop) and replaced. Jobs beyond the
// pool's size wait in a short queue; beyond that the upload is refused as "busy".
// See docs/decisions/013-hostile-input-and-processes.md.
import path from "node:path";
import { Worker } from "node:worker_threads";

export const PARSE_LIMITS = {
  /** Worker threads reading uploads at once (each may use a core). */
  workers: 1,
  /** Jobs that may wait for a worker; more are refused. */
  queue: 4,
  /** Wall-clock time one job may take (from when its worker is ready). */
  timeMs: 20_000,
  /** Time a new worker may take to load its parsers (several seconds on a busy machine). */
  startMs: 60_000,
  /** V8 heap of one worker; past it the worker is stopped. */
  memoryMb: 512,
} as const;

export type ParseJob =
  { kind: "extract-html"; html: string; url?: string } | { kind: "read-sheet"; fileName: string; content: Uint8Array };

/** The file itself was refused by its parser with a message for the user. */
export class ParseRefusal extends Error {}
/** The job was stopped (time, memory) or never started (busy): also a message for the user. */
export class ParseLimitExceeded extends Error {}

const TOO_SLOW = (seconds: number) =>
  `Reading this file took longer than ${seconds} seconds, so it was stopped. It may be damaged or built to overload the server.`;
const TOO_BIG = `Reading this file needed more than ${PARSE_LIMITS.memoryMb} MB of memory, so it was stopped. It may be damaged or built to overload the server.`;
const BUSY = "The server is reading other uploaded files right now. Try again in a minute.";

// Resolved at run time, out of the bundler's sight: the worker is plain Node, loaded from
// the project's files (Next's bundler would otherwise try to bundle it, and tsx with it).
const WORKER_FILE = [process.cwd(), "lib", "workers", "parse-worker.mjs"].join(path.sep);

type ReadyWorker = Worker & { ready?: true };
const idle: ReadyWorker[] = [];
const waiting: (() => void)[] = [];
let active = 0;
let nextId = 1;

function startWorker(): ReadyWorker {
  const worker: ReadyWorker = new Worker(/* turbopackIgnore: true */ WORKER_FILE, {
    resourceLimits: { maxOldGenerationSizeMb: PARSE_LIMITS.memoryMb, maxYoungGenerationSizeMb: 64 },
    stdout: false,
    stderr: false,
  });
  worker.unref(); // an idle worker never keeps a script or test process alive
  return worker;
}

/**
 * Starts one worker ahead of the first upload (called at server start, instrumentation.ts):
 * loading tsx, jsdom and ExcelJS takes a second, or several on a busy machine, which the
 * first upload would otherwise wait for.
 */
export async function warmParsePool() {
  if (idle.length > 0 || active > 0) return;
  const worker = startWorker();
  try {
    await untilReady(worker);
    worker.unref();
    if (idle.length < PARSE_LIMITS.workers) idle.push(worker);
    else void worker.terminate();
  } catch (error) {
    console.error(`Parse worker did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Runs one job in a worker, within the time cap; resolves with what the worker answered. */
export async function runParseJob(
  job: ParseJob,
  { timeMs = PARSE_LIMITS.timeMs }: { timeMs?: number } = {},
): Promise<unknown> {
  if (active < PARSE_LIMITS.workers) active++;
  else if (waiting.length >= PARSE_LIMITS.queue) throw new ParseLimitExceeded(BUSY);
  else await new Promise<void>((resolve) => waiting.push(resolve)); // the finishing job hands its slot over
  try {
    const worker = idle.pop() ?? startWorker();
    if (!worker.ready) await untilReady(worker);
    return await runOn(worker, job, timeMs);
  } finally {
    const next = waiting.shift();
    if (next) next();
    else active--;
  }
}

function untilReady(worker: ReadyWorker): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", finish).off("exit", onExit);
      if (!error) return resolve();
      void worker.terminate();
      reject(error);
    };
    const timer = setTimeout(() => finish(new ParseLimitExceeded(BUSY)), PARSE_LIMITS.startMs);
    const onMessage = (message: { ready?: boolean }) => {
      if (!message.ready) return;
      worker.ready = true;
      finish();
    };
    const onExit = (code: number) => finish(new Error(`Parse worker exited while starting (${code})`));
    worker.on("message", onMessage).on("error", finish).on("exit", onExit);
    worker.ref();
  });
}

function runOn(worker: ReadyWorker, job: ParseJob, timeMs: number): Promise<unknown> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const finish = (keep: boolean) => {
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      if (keep && idle.length < PARSE_LIMITS.workers) {
        worker.unref();
        idle.push(worker);
      } else void worker.terminate();
    };
    const timer = setTimeout(() => {
      finish(false);
      reject(new ParseLimitExceeded(TOO_SLOW(Math.round(timeMs / 1000))));
    }, timeMs);
    const onMessage = (message: {
      id?: number;
      ok?: boolean;
      result?: unknown;
      refusal?: boolean;
      message?: string;
    }) => {
      if (message.id !== id) return;
      finish(true);
      if (message.ok) resolve(message.result);
      else if (message.refusal) reject(new ParseRefusal(message.message));
      else reject(new Error(`Parse worker failed: ${message.message}`));
    };
    const onError = (error: Error & { code?: string }) => {
      finish(false);
      reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? new ParseLimitExceeded(TOO_BIG) : error);
    };
    const onExit = (code: number) => {
      finish(false);
      reject(new Error(`Parse worker exited (${code})`));
    };
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    worker.ref(); // a running job keeps the process alive until it ends
    worker.postMessage({ id, ...job });
  });
}
