// A parse worker thread (lib/workers/parse-pool.ts): reads untrusted uploads (saved web
// pages, spreadsheets) so that a hostile file costs this thread, never the server's.
// Plain JavaScript so that Node can start it from anywhere (Next's server, a script, a
// test); it registers tsx, loads the project's TypeScript parsers, then says it is ready
// (the pool's time cap per job starts then, not during this start-up).
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { extractArticle, ExtractionError } = await import("../sources/extract-html.ts");
const { readSheet, SheetError } = await import("../import/read-sheet.ts");

async function run(job) {
  if (job.kind === "extract-html") return extractArticle(job.html, job.url);
  if (job.kind === "read-sheet") return readSheet(job.fileName, Buffer.from(job.content));
  throw new Error(`Unknown parse job ${job.kind}`);
}

parentPort.on("message", async (job) => {
  try {
    parentPort.postMessage({ id: job.id, ok: true, result: await run(job) });
  } catch (error) {
    // A refusal the user can act on ("no article text was found") travels back as such.
    const refusal = error instanceof ExtractionError || error instanceof SheetError;
    parentPort.postMessage({ id: job.id, ok: false, refusal, message: error?.message ?? String(error) });
  }
});
parentPort.postMessage({ ready: true });
