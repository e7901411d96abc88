import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Database } from "../db/client";
import { auditHash, GENESIS_HASH, type AuditContent } from "./chain";

type Executor = Database | Prisma.TransactionClient;

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
// The transaction-scoped advisory lock serialises writers across app instances.
const AUDIT_LOCK = 734_211;

async function append(tx: Prisma.TransactionClient, event: AuditEvent) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`;
  const last = await tx.auditEntry.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content: AuditContent = {
    at: new Date(),
    actorId: event.actor?.id ?? null,
    actorEmail: event.actor?.email ?? event.actorEmail ?? null,
    action: event.action,
    subjectType: event.subjectType ?? null,
    subjectId: event.subjectId ?? null,
    ipAddress: event.ipAddress ?? null,
    // Round-trip through JSON so the hash sees exactly what jsonb will store.
    details: event.details ? JSON.parse(JSON.stringify(event.details)) : null,
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

/** Appends an entry; inside the caller's transaction when given one, so both commit or neither. */
export async function recordAudit(db: Executor, event: AuditEvent) {
  if ("$transaction" in db) await db.$transaction((tx) => append(tx, event));
  else await append(db, event);
}
