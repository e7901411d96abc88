import "server-only";
import { db } from "../db";
import { NotFound } from "../errors/app-error";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { KINDS, type ItemKind } from "../records/kinds";
import { diffSnapshots, type EntityType, type FieldChange, type Snapshot } from "./snapshot";
import { textOf } from "../text/text-of";

export type HistoryEntry = {
  id: string;
  at: Date;
  by: string | null;
  entityLabel: string;
  itemTitle: string;
  summary: string;
  origin: string;
  changes: FieldChange[];
  restorable: boolean;
};

// History shows restricted values (before and after), so it needs the same right as editing.
export async function caseHistory(actor: Actor, slug: string) {
  authorize(actor, "edit:case");
  const person = await db.person.findUnique({ where: { slug }, select: { id: true, slug: true, displayName: true } });
  if (!person) throw new NotFound();
  const revisions = await db.revision.findMany({
    where: { personId: person.id },
    orderBy: [{ changedAt: "desc" }, { id: "desc" }],
    take: 300,
    include: { changedBy: { select: { name: true } } },
  });
  const entries: HistoryEntry[] = revisions.map((r) => {
    const entity = r.entityType as EntityType;
    const before = (r.before as Snapshot | null) ?? null;
    const after = (r.after as Snapshot | null) ?? null;
    const shown = after ?? before ?? {};
    const titleField =
      entity === "person" ? "displayName" : entity === "citation" ? "quote" : KINDS[entity as ItemKind]?.titleField;
    return {
      id: r.id,
      at: r.changedAt,
      by: r.changedBy?.name ?? null,
      entityLabel:
        entity === "person"
          ? "Person"
          : entity === "citation"
            ? "Citation"
            : (KINDS[entity as ItemKind]?.label ?? entity),
      itemTitle: titleField ? textOf(shown[titleField]) : "",
      summary: r.summary ?? "",
      origin: r.origin,
      changes: diffSnapshots(entity, before, after),
      // Publishing, deleting and undeleting a case have their own buttons (and audit
      // entries); undoing a person's creation would be deleting the case.
      restorable:
        r.origin !== "publish" &&
        r.origin !== "lifecycle" &&
        entity !== "citation" &&
        !(entity === "person" && before === null),
    };
  });
  return { person, entries };
}
