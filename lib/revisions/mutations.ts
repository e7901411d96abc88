import "server-only";
import { db } from "../db";
import { NotFound } from "../errors/app-error";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { items } from "../records/items";
import type { ItemKind } from "../records/kinds";
import { checkCustodyNow, explainCustodyRefusal } from "../records/custody-rules";
import type { Tx } from "../db/client";
import { refreshPublicPerson } from "../publication/projection";
import { namesOf } from "./names";
import { entityLabelOf, titleOf } from "./queries";
import { writeRevision } from "./write";
import { readRevision, type EntityType, type Snapshot } from "./shape";
import { sealColumns } from "../vault/seal";
import { columnsFromSnapshot, diffSnapshots, referencedIds, snapshot, type FieldChange } from "./snapshot";

export type RestorePreview = {
  slug: string;
  revisionId: string;
  entityLabel: string;
  itemTitle: string;
  /** What the restore changes: the item as it is now → as it will be. */
  changes: FieldChange[];
  action: "update" | "bring back" | "remove";
  /** Citations of the item that the restore leaves unconfirmed (its fact changes). */
  unconfirmedCitations: number;
  /** Why the restore cannot be done, naming the current item in the way; null when it can. */
  refusal: string | null;
};

export type RestoreResult = { status: "restored"; slug: string } | { status: "refused"; slug: string; message: string };

/** Rolls a dry run back after it has been measured. */
class DryRun extends Error {
  constructor(readonly preview: Omit<RestorePreview, "refusal">) {
    super("dry run");
  }
}

/**
 * Undoes one change by putting back what was there before it. Nothing is lost: the
 * restore is itself a new revision, and an item deleted by the change comes back with
 * its old id (so its citations' history still lines up). The custody rules of the
 * database apply as to any write: a restore that would open a second placement or
 * detention is refused, with the current item in the way named.
 */
export async function restoreRevision(actor: Actor, revisionId: string): Promise<RestoreResult> {
  authorize(actor, "edit:case");
  const revision = await restorableRevision(revisionId);
  try {
    await db.$transaction(async (tx) => {
      await applyRestore(tx, actor, revision);
    });
    return { status: "restored", slug: revision.slug };
  } catch (error) {
    const message = await explainCustodyRefusal(error, revision.personId, revision.entityId);
    if (message) return { status: "refused", slug: revision.slug, message };
    throw error;
  }
}

/** What a restore would do, found by doing it in a transaction that is then rolled back. */
export async function previewRestore(actor: Actor, revisionId: string): Promise<RestorePreview> {
  authorize(actor, "edit:case");
  const revision = await restorableRevision(revisionId);
  try {
    await db.$transaction(async (tx) => {
      const outcome = await applyRestore(tx, actor, revision);
      const citations = await tx.citation.count({
        where: { subjectId: revision.entityId, confirmed: false, unconfirmedAt: { gte: outcome.startedAt } },
      });
      const names = await namesOf(referencedIds(revision.entity, outcome.before, outcome.after), tx);
      throw new DryRun({
        slug: revision.slug,
        revisionId,
        entityLabel: entityLabelOf(revision.entity),
        itemTitle: titleOf(revision.entity, outcome.after ?? outcome.before ?? {}, names),
        changes: diffSnapshots(revision.entity, outcome.before, outcome.after, names),
        action: outcome.action,
        unconfirmedCitations: citations,
      });
    });
  } catch (error) {
    if (error instanceof DryRun) return { ...error.preview, refusal: null };
    const message = await explainCustodyRefusal(error, revision.personId, revision.entityId);
    if (!message) throw error;
    const names = await namesOf(referencedIds(revision.entity, revision.target));
    return {
      slug: revision.slug,
      revisionId,
      entityLabel: entityLabelOf(revision.entity),
      itemTitle: titleOf(revision.entity, revision.target ?? {}, names),
      changes: [],
      action: revision.target ? "update" : "remove",
      unconfirmedCitations: 0,
      refusal: message,
    };
  }
  throw new Error("unreachable: a dry run always rolls back");
}

type Restorable = {
  id: string;
  entity: EntityType;
  entityId: string;
  personId: string;
  slug: string;
  version: number;
  target: Snapshot | null;
  changedAt: Date;
};

async function restorableRevision(revisionId: string): Promise<Restorable> {
  const revision = await db.revision.findUnique({ where: { id: revisionId } });
  // Citations are added and removed, not restored (a removed one is re-added with its quote from the history).
  if (
    !revision ||
    !revision.personId ||
    revision.origin === "publish" ||
    revision.origin === "lifecycle" ||
    // An erasure's revision holds nothing to bring back (its data keys are shredded).
    revision.origin === "erasure" ||
    revision.entityType === "citation"
  )
    throw new NotFound();
  const person = await db.person.findUnique({
    where: { id: revision.personId },
    select: { id: true, slug: true, deletedAt: true },
  });
  if (!person || person.deletedAt) throw new NotFound();
  // Parsed, not cast: only a revision in the shape the writer guarantees can be restored.
  const stored = readRevision(revision);
  if (!stored.readable || !stored.entityType || stored.entityType === "facility") throw new NotFound();
  const target = stored.before;
  if (stored.entityType === "person" && !target) throw new NotFound();
  return {
    id: revision.id,
    entity: stored.entityType,
    entityId: revision.entityId,
    personId: person.id,
    slug: person.slug,
    version: revision.version,
    target,
    changedAt: revision.changedAt,
  };
}

async function applyRestore(tx: Tx, actor: Actor, revision: Restorable) {
  // The transaction's start: citations unconfirmed from then on are this restore's doing.
  const [clock] = await tx.$queryRaw<{ now: Date }[]>`SELECT now()::timestamp(3) AS now`;
  if (!clock) throw new Error("now() answered no row");
  const startedAt = clock.now;
  const { entity, target, personId } = revision;
  const when = revision.changedAt.toISOString().slice(0, 16).replace("T", " ");
  let before: Snapshot | null;
  let after: Snapshot | null;
  let action: RestorePreview["action"] = "update";

  if (entity === "person") {
    const current = await tx.person.findUniqueOrThrow({ where: { id: personId } });
    const updated = await tx.person.update({
      where: { id: personId },
      data: {
        ...(await sealColumns(tx, "person", columnsFromSnapshot("person", target!), current)),
        version: { increment: 1 },
      },
    });
    await writeRevision(tx, {
      entity,
      entityId: personId,
      personId,
      version: updated.version,
      before: current,
      after: updated,
      actor,
      summary: `Restored the person as before the change of ${when}`,
      origin: "restore",
    });
    [before, after] = [current, updated];
  } else {
    const table = items(tx, entity as ItemKind);
    const current = await table.findUnique({ where: { id: revision.entityId } });
    if (!target) {
      if (!current) throw new NotFound();
      await table.delete({ where: { id: current.id } });
      await writeRevision(tx, {
        entity,
        entityId: current.id,
        personId,
        version: current.version + 1,
        before: current,
        after: null,
        actor,
        summary: `Removed again (undoing the addition of ${when})`,
        origin: "restore",
      });
      [before, after, action] = [current, null, "remove"];
    } else if (!current) {
      const version = Number(target.version ?? 0) + 1;
      const created = await table.create({
        data: {
          ...(await sealColumns(tx, entity, columnsFromSnapshot(entity, target))),
          id: revision.entityId,
          personId,
          version: Math.max(version, revision.version + 1),
        },
      });
      await writeRevision(tx, {
        entity,
        entityId: created.id,
        personId,
        version: created.version,
        before: null,
        after: created,
        actor,
        summary: `Brought back (undoing the deletion of ${when})`,
        origin: "restore",
      });
      [before, after, action] = [null, created, "bring back"];
    } else {
      const updated = await table.update({
        where: { id: current.id },
        data: {
          ...(await sealColumns(tx, entity, columnsFromSnapshot(entity, target), current)),
          version: { increment: 1 },
        },
      });
      await writeRevision(tx, {
        entity,
        entityId: current.id,
        personId,
        version: updated.version,
        before: current,
        after: updated,
        actor,
        summary: `Restored as before the change of ${when}`,
        origin: "restore",
      });
      [before, after] = [current, updated];
    }
  }
  await checkCustodyNow(tx);
  await refreshPublicPerson(tx, personId);
  return { before: before && snapshot(before), after: after && snapshot(after), action, startedAt };
}
