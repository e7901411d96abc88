// Rebuilds the public projection (public_person, public_source) from the records.
// Every write that can change what the public sees calls these inside its transaction;
// the SQL functions they call are the allowlist (prisma/migrations/*_init). The phonetic
// name keys are computed here, in TypeScript, from the romanisation tables
// (docs/decisions/006-public-search.md), and only from names already in the projection.
import { Prisma } from "../generated/prisma/client";
import type { Database } from "../db/client";
import { KEY_RULES_VERSION, nameKeys } from "../names/search-key";

type Executor = Database | Prisma.TransactionClient;

// The key space of the two-int advisory locks: distinct from the audit log's one-bigint lock.
const PUBLIC_PERSON_LOCK = 7342;
const PUBLIC_SOURCE_LOCK = 7343;

export async function refreshPublicPerson(db: Executor, personId: string) {
  await refreshPublicPeople(db, [personId]);
}

export async function refreshPublicSource(db: Executor, sourceId: string) {
  // Serialised per source, for the same reason as people's rebuilds below.
  await db.$executeRaw`SELECT pg_advisory_xact_lock(${PUBLIC_SOURCE_LOCK}::int, hashtext(${sourceId}))`;
  await db.$executeRaw`SELECT refresh_public_source(${sourceId})`;
  // A source's visibility decides whether case pages may quote it.
  const cited = await db.$queryRaw<
    { person_id: string }[]
  >`SELECT DISTINCT person_id FROM citation WHERE source_id = ${sourceId}`;
  await refreshPublicPeople(
    db,
    cited.map((c) => c.person_id),
  );
}

/**
 * Rebuilds these people's public records, name keys included. Rebuilds of one person are
 * serialised: refresh_public_person() deletes and re-inserts the row, so two transactions
 * rebuilding at once both deleted the old row and the second insert failed on the primary
 * key, and a rebuild that ran on a snapshot older than a concurrent edit could undo it.
 * The transaction-level advisory lock (one per person, taken in key order so that two
 * multi-person rebuilds cannot deadlock) is held until the writing transaction commits;
 * the rebuild after it starts from a fresh snapshot that sees the other's committed edit.
 */
export async function refreshPublicPeople(db: Executor, personIds: string[]) {
  if (personIds.length === 0) return;
  const ids = [...new Set(personIds)].sort();
  await lockPublicPeople(db, ids);
  await db.$executeRaw`SELECT refresh_public_person(id) FROM unnest(${ids}::text[]) AS id`;
  await writeNameKeys(db, ids);
}

/** Waits for, and holds until commit, the right to rebuild these people's public records. */
export async function lockPublicPeople(db: Executor, personIds: string[]) {
  await db.$executeRaw`
    SELECT pg_advisory_xact_lock(${PUBLIC_PERSON_LOCK}::int, k)
    FROM (SELECT DISTINCT hashtext(id) AS k FROM unnest(${personIds}::text[]) AS id ORDER BY 1) keys`;
}

/** Fills public_person.name_keys for these people (null: everyone) from their projected names. */
export async function writeNameKeys(db: Executor, personIds: string[] | null) {
  if (personIds?.length === 0) return;
  const rows = await db.$queryRaw<{ person_id: string; names: string[] }[]>`
    SELECT person_id, names FROM public_person ${personIds ? Prisma.sql`WHERE person_id = ANY (${personIds}::text[])` : Prisma.empty}`;
  for (let i = 0; i < rows.length; i += 5000) {
    const batch = rows.slice(i, i + 5000);
    await db.$executeRaw`
      UPDATE public_person p SET name_keys = k.keys, name_keys_version = ${KEY_RULES_VERSION}
      FROM unnest(${batch.map((r) => r.person_id)}::text[], ${batch.map((r) => nameKeys(r.names))}::text[]) AS k(id, keys)
      WHERE p.person_id = k.id`;
  }
}
