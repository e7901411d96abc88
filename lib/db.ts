import "server-only";
import { env } from "./env";
import { createPrismaClient, type Database } from "./db/client";

// One client per server process; kept on globalThis so dev-mode reloads reuse it.
const globalForDb = globalThis as unknown as { casebookDb?: Database };

export const db: Database = globalForDb.casebookDb ?? createPrismaClient(env().DATABASE_URL);
globalForDb.casebookDb = db;
