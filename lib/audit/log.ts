import "server-only";

import type { Database, Tx } from "../db/client";
import { auditHash, GENESIS_HASH, type AuditContent } from "./chain";

export type AuditEvent = {
  action: string;
  actor?: { id: string; email: string } | null;
  /** For failed sign-ins, where there is no actor yet. */
  actorEmail?: string | null;
  subjectType?: string;
  subjectId?: string;
  ipAddress?: string | null;
  details?: Record<string, unknown>;
};

// One writer at a time appends, so that every entry links to the true previous one.
// The transaction-scoped advisory lock serialises writers across app instances; it only
// holds inside a transaction, which is why append() takes a Tx and recordAudit opens one.
// The database's trigger audit_entry_chain_link takes the same lock and refuses an entry
// that would fork the chain, so a writer that got this wrong fails instead of forking.
const AUDIT_LOCK = 734_211;

async function append(tx: Tx, event: AuditEvent) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`;
  const last = await tx.auditEntry.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content: AuditContent = {
    at: new Date(),
    actorId: event.actor?.id ?? null,
    actorEmail: storable(event.actor?.email ?? event.actorEmail ?? null),
    action: event.action,
    subjectType: event.subjectType ?? null,
    subjectId: storable(event.subjectId ?? null),
    ipAddress: storable(event.ipAddress ?? null),
    // Round-trip through JSON so the hash sees exactly what jsonb will store.
    details: event.details
      ? (JSON.parse(
          JSON.stringify(event.details, (_key, value: unknown) =>
            typeof value === "string" ? storable(value) : value,
          ),
        ) as AuditContent["details"])
      : null,
  };
  await tx.auditEntry.create({
    data: {
      ...content,
      details: content.details ?? undefined,
      prevHash,
      hash: auditHash(content, prevHash),
    },
  });
}

/**
 * PostgreSQL stores no NUL character in text or jsonb; a hostile value (an e-mail address
 * typed with one) must still be recorded, so NUL becomes U+FFFD, before hashing.
 */
function storable<T extends string | null>(value: T): T {
  return (value === null ? value : value.replace(/\u0000/g, "\uFFFD")) as T;
}

/**
 * Appends an entry: inside the caller's transaction when given one (a Tx), so both commit
 * or neither; otherwise in a transaction of its own. Decided by whether the executor can
 * open a transaction, which a transaction client cannot (lib/db.ts's proxy passes it on).
 */
export async function recordAudit(executor: Database | Tx, event: AuditEvent) {
  if (opensTransactions(executor)) await executor.$transaction((tx) => append(tx, event));
  else await append(executor, event);
}

function opensTransactions(executor: Database | Tx): executor is Database {
  return typeof (executor as Partial<Database>).$transaction === "function";
}
