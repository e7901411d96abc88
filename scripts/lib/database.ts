// The database a command works on: DATABASE_URL when set, else the embedded dev
// server with its data under .data/postgres (started for the command, then stopped).
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";

export const DEV_DATA_DIR = process.env.CASEBOOK_DATA_DIR ?? ".data/postgres";
export const DEV_PORT = Number(process.env.CASEBOOK_PG_PORT ?? 54329);

export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  const db = await startEmbeddedPostgres({ dataDir: DEV_DATA_DIR, port: DEV_PORT, log: console.error });
  try {
    return await work(db.url);
  } finally {
    await db.stop();
  }
}
