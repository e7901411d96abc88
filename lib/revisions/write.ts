// No "server-only": `npm run import` writes revisions from the command line.
import type { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db/client";
import { revisionShape, type EntityType, type RevisionOrigin } from "./shape";
import { snapshot } from "./snapshot";

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
 * (Hook for later work: this is the place to encrypt restricted values.)
 */
export async function writeRevisions(tx: Tx, changes: RevisionInput[]): Promise<void> {
  if (changes.length === 0) return;
  const data = changes.map((change) => {
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
