import "server-only";
import { isSlug } from "../text/slug";
import { db } from "../db";
import { NotFound } from "../errors/app-error";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { can } from "../auth/permissions";
import { KINDS } from "../records/kinds";
import { readRevision, type EntityType } from "./shape";
import { diffSnapshots, type FieldChange } from "./snapshot";
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

function entityLabel(entity: EntityType | null): string {
  if (entity === null) return "Record";
  if (entity === "person") return "Person";
  if (entity === "citation") return "Citation";
  if (entity === "facility") return "Facility";
  return KINDS[entity].label;
}

function titleFieldOf(entity: EntityType | null): string | null {
  if (entity === null) return null;
  if (entity === "facility") return "name";
  if (entity === "person") return "displayName";
  if (entity === "citation") return "quote";
  return KINDS[entity].titleField;
}

// History shows restricted values (before and after), so it needs the same right as editing.
// A deleted case's history is for admins only (they may bring the case back): to everyone
// else it answers 404, like the deleted case itself.
export async function caseHistory(actor: Actor, slug: string) {
  authorize(actor, "edit:case");
  if (!isSlug(slug)) throw new NotFound();
  const person = await db.person.findUnique({
    where: { slug },
    select: { id: true, slug: true, displayName: true, deletedAt: true },
  });
  if (!person || (person.deletedAt && !can(actor.role, "restore:deleted"))) throw new NotFound();
  const revisions = await db.revision.findMany({
    where: { personId: person.id },
    orderBy: [{ changedAt: "desc" }, { id: "desc" }],
    take: 300,
    include: { changedBy: { select: { name: true } } },
  });
  const entries: HistoryEntry[] = revisions.map((r) => {
    // Parsed, not cast: a revision in a shape this reader does not know shows its summary only.
    const { entityType: entity, before, after, readable } = readRevision(r);
    const shown = after ?? before ?? {};
    const titleField = titleFieldOf(entity);
    return {
      id: r.id,
      at: r.changedAt,
      by: r.changedBy?.name ?? null,
      entityLabel: entityLabel(entity),
      itemTitle: titleField ? textOf(shown[titleField]) : "",
      summary: r.summary ?? "",
      origin: r.origin,
      changes: entity && readable ? diffSnapshots(entity, before, after) : [],
      // Publishing, deleting and undeleting a case have their own buttons (and audit
      // entries); undoing a person's creation would be deleting the case.
      restorable:
        readable &&
        r.origin !== "publish" &&
        r.origin !== "lifecycle" &&
        entity !== "citation" &&
        entity !== "facility" &&
        !(entity === "person" && before === null),
    };
  });
  return { person: { id: person.id, slug: person.slug, displayName: person.displayName }, entries };
}
