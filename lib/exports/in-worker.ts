// Runs the rendering of a CSV or XLSX export in a thread of its own (./render-worker.ts)
// and returns the file as a web stream pulled by the download. The server keeps only the
// choice of people (a keyset page of ids at a time, with the case list's filter); the
// thread reads their records, renders them, and sends the file a chunk per pull.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { exportThreads } from "../env";
import type { FromServer, RenderJob, ToServer } from "./worker-messages";

/**
 * The thread's heap: a page of 500 records, the writer's buffers and the code, with room.
 * A cap, not a hope: V8 collects the thread's garbage before its heap passes it, so an
 * export of any size stays within it (bench:scale measures the server's whole RSS).
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };

/**
 * The thread, as the production build compiled it (the bundler follows `new Worker(new URL(…))`
 * written out in full); under Vitest, its TypeScript source through tsx.
 */
function startThread(job: RenderJob) {
  const options = { workerData: job, resourceLimits: RESOURCE_LIMITS };
  if (process.env.VITEST) {
    const source = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), "render-worker.ts")).href;
    const load = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}))`;
    return new Worker(load, { ...options, eval: true });
  }
  return new Worker(new URL("./render-worker.ts", import.meta.url), options);
}

/**
 * How many exports render at once in one server; others wait for a turn before their first
 * byte. Each thread holds up to its heap cap and a database connection of its own (see the
 * README's "Several instances" for the connection arithmetic).
 */
let running = 0;
const queue: (() => void)[] = [];

async function turn() {
  if (running < exportThreads()) running++;
  else await new Promise<void>((resolve) => queue.push(resolve));
}

function release() {
  const next = queue.shift();
  if (next) next();
  else running--;
}

/** Its thread is started at the download's first read, once there is a turn for it. */
export function renderInWorker(job: RenderJob, idPages: AsyncIterator<string[]>): ReadableStream<Uint8Array> {
  let worker: Worker | undefined;
  let waiting: { resolve: (chunk: Uint8Array | null) => void; reject: (error: Error) => void } | undefined;
  let ended = false;
  let cancelled = false;
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    ended = true;
    waiting?.reject(error);
    waiting = undefined;
  };
  const send = (message: FromServer) => worker?.postMessage(message);

  async function thread() {
    if (worker) return worker;
    await turn();
    if (cancelled) {
      release();
      throw new Error("cancelled while waiting for its turn");
    }
    const started = startThread(job);
    worker = started;
    started.on("message", (message: ToServer) => {
      if (message.type === "need-ids")
        idPages.next().then(
          (page) => send({ type: "ids", ids: page.done ? null : page.value }),
          (error: unknown) => {
            fail(error instanceof Error ? error : new Error(String(error)));
            void started.terminate();
          },
        );
      else if (message.type === "chunk") waiting?.resolve(message.bytes);
      else if (message.type === "end") {
        ended = true;
        waiting?.resolve(null);
      } else fail(new Error(`Export thread: ${message.message}`));
    });
    started.on("error", (error) => fail(error));
    started.on("exit", () => {
      release();
      if (!ended) fail(new Error("Export thread stopped before the end of the file"));
    });
    return started;
  }

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const started = await thread();
          if (failure) throw failure;
          const chunk = await new Promise<Uint8Array | null>((resolve, reject) => {
            waiting = { resolve, reject };
            started.postMessage({ type: "pull" } satisfies FromServer);
          });
          waiting = undefined;
          if (chunk) controller.enqueue(chunk);
          else controller.close();
        } catch (error) {
          if (cancelled) return;
          console.error(`Export ${job.fileName}.${job.format} failed`, error);
          controller.error(error);
        }
      },
      // The download was cancelled: the thread stops reading, and so does the server.
      async cancel() {
        [cancelled, ended] = [true, true];
        send({ type: "cancel" });
        await idPages.return?.(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}
