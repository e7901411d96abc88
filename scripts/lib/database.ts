// The database a command works on: DATABASE_URL when set, else the embedded dev server
// with its data under .data/postgres. When that server is already running (`npm run dev`
// next to this command, or one left over), the command uses it and leaves it running; only
// a server this command started itself is stopped at the end.
import { embeddedUrl, startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { clearOwner, readOwner, runningServer, writeOwner } from "../../lib/db/embedded-owner";

export const DEV_DATA_DIR = process.env.CASEBOOK_DATA_DIR ?? ".data/postgres";
export const DEV_PORT = Number(process.env.CASEBOOK_PG_PORT ?? 54329);

export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  const running = runningServer(DEV_DATA_DIR);
  if (running) {
    const whose = readOwner(DEV_DATA_DIR)?.command === "launcher" ? "of the running app" : "already running";
    console.error(
      `Using the embedded PostgreSQL ${whose} (pid ${running.pid}, port ${running.port}); it stays running.`,
    );
    return work(embeddedUrl(running.port));
  }
  const db = await startEmbeddedPostgres({ dataDir: DEV_DATA_DIR, port: DEV_PORT, log: console.error });
  writeOwner(DEV_DATA_DIR, { pid: process.pid, command: "cli" });
  try {
    return await work(db.url);
  } finally {
    clearOwner(DEV_DATA_DIR, process.pid);
    await db.stop();
  }
}
