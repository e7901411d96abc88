import "server-only";
import { db } from "../db";
import { NotFound } from "../errors/app-error";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { items } from "../records/items";
import type { ItemKind } from "../records/kinds";
import { refreshPublicPerson } from "../publication/projection";
import { writeRevision } from "./write";
import { readRevision } from "./shape";
import { columnsFromSnapshot } from "./snapshot";

/**
 * Undoes one change by putting back what was there before it. Nothing is lost: the
 * restore is itself a new revision, and an item deleted by the change comes back with
 * its old id (so its citations' history still lines up).
 */
export async function restoreRevision(actor: Actor, revisionId: string): Promise<{ slug: string }> {
  authorize(actor, "edit:case");
  return db.$transaction(async (tx) => {
    const revision = await tx.revision.findUnique({ where: { id: revisionId } });
    // Citations are added and removed, not restored (a removed one is re-added with its quote from the history).
    if (
      !revision ||
      !revision.personId ||
      revision.origin === "publish" ||
      revision.origin === "lifecycle" ||
      revision.entityType === "citation"
    )
      throw new NotFound();
    const person = await tx.person.findUnique({
      where: { id: revision.personId },
      select: { id: true, slug: true, deletedAt: true },
    });
    if (!person || person.deletedAt) throw new NotFound();
    // Parsed, not cast: only a revision in the shape the writer guarantees can be restored.
    const stored = readRevision(revision);
    if (!stored.readable || !stored.entityType || stored.entityType === "facility") throw new NotFound();
    const entity = stored.entityType;
    const target = stored.before;
    const when = revision.changedAt.toISOString().slice(0, 16).replace("T", " ");

    if (entity === "person") {
      if (!target) throw new NotFound();
      const before = await tx.person.findUniqueOrThrow({ where: { id: person.id } });
      const after = await tx.person.update({
        where: { id: person.id },
        data: { ...columnsFromSnapshot("person", target), version: { increment: 1 } },
      });
      await writeRevision(tx, {
        entity,
        entityId: person.id,
        personId: person.id,
        version: after.version,
        before,
        after,
        actor,
        summary: `Restored the person as before the change of ${when}`,
        origin: "restore",
      });
    } else {
      const table = items(tx, entity as ItemKind);
      const current = await table.findUnique({ where: { id: revision.entityId } });
      if (!target) {
        if (!current) throw new NotFound();
        await table.delete({ where: { id: current.id } });
        await writeRevision(tx, {
          entity,
          entityId: current.id,
          personId: person.id,
          version: current.version + 1,
          before: current,
          after: null,
          actor,
          summary: `Removed again (undoing the addition of ${when})`,
          origin: "restore",
        });
      } else if (!current) {
        const version = Number(target.version ?? 0) + 1;
        const created = await table.create({
          data: {
            ...columnsFromSnapshot(entity, target),
            id: revision.entityId,
            personId: person.id,
            version: Math.max(version, revision.version + 1),
          },
        });
        await writeRevision(tx, {
          entity,
          entityId: created.id,
          personId: person.id,
          version: created.version,
          before: null,
          after: created,
          actor,
          summary: `Brought back (undoing the deletion of ${when})`,
          origin: "restore",
        });
      } else {
        const after = await table.update({
          where: { id: current.id },
          data: { ...columnsFromSnapshot(entity, target), version: { increment: 1 } },
        });
        await writeRevision(tx, {
          entity,
          entityId: current.id,
          personId: person.id,
          version: after.version,
          before: current,
          after,
          actor,
          summary: `Restored as before the change of ${when}`,
          origin: "restore",
        });
      }
    }
    await refreshPublicPerson(tx, person.id);
    return { slug: person.slug };
  });
}
