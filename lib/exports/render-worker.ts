// The thread an export of CSV or XLSX is rendered in (started by ./in-worker.ts). It reads
// each page's records itself, with one connection of its own, and renders them, so the
// server's own heap never holds an export's records: in the server, 100,000 rows of
// garbage made V8 grow the old generation to four times its live size (490 MB peak RSS),
// and the rendering took the event loop from every other request. This thread's heap is
// capped; it answers each "pull" with one chunk of the file.
import { parentPort, workerData } from "node:worker_threads";
import pg from "pg";
import { inPageOrder, LETTER_PAGE_SQL, letterPerson, OTHER_PARTS, type PageRow } from "./letter-page";
import { toLetterRow } from "./letter-row";
import { streamLetters } from "./stream";
import type { FromServer, RenderJob, ToServer } from "./worker-messages";

const port = parentPort!;
// A failure is sent to the server, which logs it as it logs everything else (JSON lines).
console.error = () => undefined;
const job = workerData as RenderJob;
const send = (message: ToServer, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const client = new pg.Client({ connectionString: job.databaseUrl, application_name: "casebook-export" });

let idsWanted: ((ids: string[] | null) => void) | undefined;

/** The ids of each page, asked of the server (which holds the filter) one page at a time. */
async function* idPages() {
  for (;;) {
    const ids = await new Promise<string[] | null>((resolve) => {
      idsWanted = resolve;
      send({ type: "need-ids" });
    });
    if (!ids) return;
    yield ids;
  }
}

async function* rows() {
  await client.connect();
  for await (const ids of idPages()) {
    const { rows: page } = await client.query<PageRow>(LETTER_PAGE_SQL, [ids, OTHER_PARTS]);
    for (const row of inPageOrder(ids, page)) yield toLetterRow(letterPerson(row), job.baseUrl);
  }
}

const reader = streamLetters(job.format, rows(), {
  fileName: job.fileName,
  sheetName: job.sheetName,
  cover: { title: job.fileName },
}).body.getReader();

async function finish() {
  await client.end().catch(() => undefined);
  port.close();
}

async function pull() {
  try {
    const read = await reader.read();
    if (read.done) {
      send({ type: "end" });
      await finish();
    } else {
      const bytes = read.value.slice(); // its own buffer, to hand over without copying again
      send({ type: "chunk", bytes }, [bytes.buffer]);
    }
  } catch (error) {
    send({ type: "failed", message: error instanceof Error ? error.message : String(error) });
    await finish();
  }
}

port.on("message", (message: FromServer) => {
  if (message.type === "ids") idsWanted?.(message.ids);
  else if (message.type === "pull") void pull();
  else void reader.cancel().finally(finish);
});
