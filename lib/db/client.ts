// Constructs a Prisma client over node-postgres. The app uses the singleton in
// lib/db.ts; scripts and tests construct their own with the URL they were given.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../generated/prisma/client";

export function createPrismaClient(connectionString: string, poolSize = 10) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
}

export type Database = ReturnType<typeof createPrismaClient>;

/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
