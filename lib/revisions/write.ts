// No "server-only": `npm run import` writes revisions from the command line.
import type { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db/client";
import { revisionShape, type EntityType, type RevisionOrigin } from "./shape";
import { snapshot } from "./snapshot";
import { assertNoPlainRestricted } from "../vault/guard";

/** One change to keep: the whole row before and after (null: did not exist), who made it and why. */
export type RevisionInput = {
  entity: EntityType;
  entityId: string;
  personId: string | null;
  version: number;
  before: object | null;
  after: object | null;
  /** Null only for changes no person made (an import run from the command line). */
  actor: { id: string } | null;
  summary: string;
  origin?: RevisionOrigin;
};

/**
 * The one writer of revisions: forms, restore, import and source corrections all keep
 * their changes through here, inside the write's own transaction. Each revision is
 * checked against the shape the readers parse (shape.ts) before it is stored; a writer
 * that gets it wrong fails its transaction instead of breaking a case's history.
 * Revisions copy rows as stored, so restricted values arrive sealed (lib/vault); a row that
 * would keep one in plain text is refused here, the seam every revision passes through.
 */
export async function writeRevisions(tx: Tx, changes: RevisionInput[]): Promise<void> {
  if (changes.length === 0) return;
  const data = changes.map((change) => {
    for (const row of [change.before, change.after]) if (row) assertNoPlainRestricted(change.entity, row);
    const row = revisionShape.parse({
      entityType: change.entity,
      entityId: change.entityId,
      personId: change.personId,
      version: change.version,
      before: change.before ? snapshot(change.before) : null,
      after: change.after ? snapshot(change.after) : null,
      summary: change.summary,
      changedById: change.actor?.id ?? null,
      origin: change.origin ?? "edit",
    });
    return {
      ...row,
      before: (row.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (row.after ?? undefined) as Prisma.InputJsonValue | undefined,
    };
  });
  await tx.revision.createMany({ data });
}

export async function writeRevision(tx: Tx, change: RevisionInput): Promise<void> {
  await writeRevisions(tx, [change]);
}

/**
 * The one change ever made to a kept revision: replacing the plain restricted values that
 * an install wrote before encryption by their sealed form (seal-existing.ts, once at start).
 * The sides must come back sealed; nothing else about the revision changes.
 */
export async function resealRevision(
  tx: Tx,
  id: string,
  entity: string,
  sides: { before?: Prisma.InputJsonObject; after?: Prisma.InputJsonObject },
): Promise<void> {
  for (const row of [sides.before, sides.after]) if (row) assertNoPlainRestricted(entity, row);
  await tx.revision.update({ where: { id }, data: sides });
}
