// Rebuilds the public projection (public_person, public_source) from the records.
// Every write that can change what the public sees calls these inside its transaction;
// the SQL functions they call are the allowlist (prisma/migrations/*_init).
import type { Prisma } from "../generated/prisma/client";
import type { Database } from "../db/client";

type Executor = Database | Prisma.TransactionClient;

export async function refreshPublicPerson(db: Executor, personId: string) {
  await db.$executeRaw`SELECT refresh_public_person(${personId})`;
}

export async function refreshPublicSource(db: Executor, sourceId: string) {
  await db.$executeRaw`SELECT refresh_public_source(${sourceId})`;
  // A source's visibility decides whether case pages may quote it.
  await db.$executeRaw`SELECT refresh_public_person(person_id) FROM (SELECT DISTINCT person_id FROM citation WHERE source_id = ${sourceId}) cited`;
}

/** Rebuilds these people's public records in one statement. */
export async function refreshPublicPeople(db: Executor, personIds: string[]) {
  if (personIds.length === 0) return;
  await db.$executeRaw`SELECT refresh_public_person(id) FROM unnest(${personIds}::text[]) AS id`;
}

/** Rebuilds everything: after bulk loads and imports. */
export async function refreshAllPublic(db: Executor) {
  await db.$executeRaw`SELECT refresh_public_source(id) FROM source`;
  await db.$executeRaw`SELECT refresh_public_person(id) FROM person`;
}
