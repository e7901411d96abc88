import "server-only";
import { env } from "./env";
import { createPrismaClient, type Database } from "./db/client";

// One client per server process, created on first use (so `next build` needs no
// database) and kept on globalThis so that dev-mode reloads reuse it.
const globalForDb = globalThis as typeof globalThis & { casebookDb?: Database };

function client(): Database {
  globalForDb.casebookDb ??= createPrismaClient(env().DATABASE_URL);
  return globalForDb.casebookDb;
}

// A faithful stand-in for the client: `get` and `has` both answer for the real one, so
// `"$transaction" in db` is true (it was false, and the audit log then took its lock
// outside any transaction, forking the chain under concurrency: issue 12).
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const real = client();
    const value: unknown = Reflect.get(real, property, real);
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(real) : value;
  },
  has(_target, property) {
    return Reflect.has(client(), property);
  },
});
