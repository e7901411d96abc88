// Constructs a Prisma client over node-postgres. The app uses the singleton in
// lib/db.ts; scripts and tests construct their own with the URL they were given.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "../generated/prisma/client";

// Prisma's defaults (2 s to get a connection for a transaction, 5 s to finish it) made a
// burst of saves to one case fail with "Unable to start a transaction in the given time"
// while the case's public copy was rebuilt one save after another (issue 12). Waiting
// longer is right for a person's save; the form says "try again" if even this runs out.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 };

export type PoolStats = { total: number; idle: number; waiting: number; max: number };

/**
 * `poolSize` connections at most; a query waits up to `waitMs` for one, then fails
 * ("timeout exceeded when trying to connect"). Each app instance holds its own pool:
 * see the README's "Several instances" for the arithmetic against max_connections.
 */
export function createPrismaClient(connectionString: string, poolSize = 10, waitMs = 10_000) {
  const pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: waitMs });
  // An idle connection the server closes (restart, failover, DROP DATABASE … FORCE) must not crash the process.
  pool.on("error", (error) => console.warn("Database pool: an idle connection failed", error.message));
  const client = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: TRANSACTION_OPTIONS });
  const disconnect = client.$disconnect.bind(client);
  const stats = (): PoolStats => ({
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
    max: poolSize,
  });
  // The pool is ours, not the adapter's: $disconnect closes it too.
  return Object.assign(client, {
    poolStats: stats,
    /** For a thread that reads with a connection of its own (an export's render thread). */
    connectionString,
    $disconnect: async () => {
      await disconnect();
      if (!pool.ended) await pool.end();
    },
  });
}

export type Database = ReturnType<typeof createPrismaClient>;

/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
