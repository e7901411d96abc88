import "server-only";
import { env } from "./env";
import { createPrismaClient, type Database } from "./db/client";
import { registerPool } from "./observability/metrics";

// One client per server process, created on first use (so `next build` needs no
// database) and kept on globalThis so that dev-mode reloads reuse it.
const globalForDb = globalThis as unknown as { casebookDb?: Database };

function client(): Database {
  if (!globalForDb.casebookDb) {
    const settings = env();
    const created = createPrismaClient(
      settings.DATABASE_URL,
      settings.CASEBOOK_DB_POOL_SIZE,
      settings.CASEBOOK_DB_POOL_WAIT_MS,
    );
    registerPool("app", created.poolStats);
    globalForDb.casebookDb = created;
  }
  return globalForDb.casebookDb;
}

export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
