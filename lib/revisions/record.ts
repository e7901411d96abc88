import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/session-user";
import { snapshot, type EntityType } from "./snapshot";
import { assertNoPlainRestricted } from "../vault/guard";

/** Keeps a change: who, when, and the whole item before and after. Call inside the write's transaction. */
export async function recordRevision(
  tx: Prisma.TransactionClient,
  change: {
    entity: EntityType;
    entityId: string;
    personId: string | null;
    version: number;
    before: object | null;
    after: object | null;
    actor: Actor;
    summary: string;
    origin?: "edit" | "restore" | "publish" | "lifecycle" | "source-correction" | "erasure";
  },
) {
  // Revisions copy rows as stored, so restricted values arrive sealed; this refuses a
  // snapshot that would keep one in plain text (the seam for any revision writer).
  for (const row of [change.before, change.after]) if (row) assertNoPlainRestricted(change.entity, row);
  await tx.revision.create({
    data: {
      entityType: change.entity,
      entityId: change.entityId,
      personId: change.personId,
      version: change.version,
      before: change.before ? (snapshot(change.before) as Prisma.InputJsonValue) : undefined,
      after: change.after ? (snapshot(change.after) as Prisma.InputJsonValue) : undefined,
      summary: change.summary,
      changedById: change.actor.id,
      origin: change.origin ?? "edit",
    },
  });
}
