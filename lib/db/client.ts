// Constructs a Prisma client over node-postgres. The app uses the singleton in
// lib/db.ts; scripts and tests construct their own with the URL they were given.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../generated/prisma/client";

// Prisma's defaults (2 s to get a connection for a transaction, 5 s to finish it) made a
// burst of saves to one case fail with "Unable to start a transaction in the given time"
// while the case's public copy was rebuilt one save after another (issue 12). Waiting
// longer is right for a person's save; the form says "try again" if even this runs out.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 };

export function createPrismaClient(connectionString: string, poolSize = 10) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: poolSize }),
    transactionOptions: TRANSACTION_OPTIONS,
  });
}

export type Database = ReturnType<typeof createPrismaClient>;

/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
