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

export const HISTORY_PAGE_SIZE = 100;

/** A position in a case's history (newest first): the last revision shown, as `<ISO time>~<id>`. */
export function historyCursor(at: Date, id: string) {
  return `${at.toISOString()}~${id}`;
}

function parseCursor(cursor: string | undefined): { at: Date; id: string } | null {
  const match = cursor ? /^(\d{4}-\d\d-\d\dT[\d:.]+Z)~([\w-]{1,100})$/.exec(cursor) : null;
  const [, at, id] = match ?? [];
  if (at === undefined || id === undefined || Number.isNaN(Date.parse(at))) return null;
  return { at: new Date(at), id };
}

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
// Paged by keyset on (changed_at, id), newest first, HISTORY_PAGE_SIZE a page, so every
// revision of a long history is reachable (`older` is the cursor of the next page).
export async function caseHistory(actor: Actor, slug: string, cursor?: string) {
  authorize(actor, "edit:case");
  if (!isSlug(slug)) throw new NotFound();
  const person = await db.person.findUnique({
    where: { slug },
    select: { id: true, slug: true, displayName: true, deletedAt: true },
  });
  if (!person || (person.deletedAt && !can(actor.role, "restore:deleted"))) throw new NotFound();
  const position = parseCursor(cursor);
  const [found, total] = await Promise.all([
    db.revision.findMany({
      where: {
        personId: person.id,
        ...(position
          ? { OR: [{ changedAt: { lt: position.at } }, { changedAt: position.at, id: { lt: position.id } }] }
          : {}),
      },
      orderBy: [{ changedAt: "desc" }, { id: "desc" }],
      take: HISTORY_PAGE_SIZE + 1,
      include: { changedBy: { select: { name: true } } },
    }),
    db.revision.count({ where: { personId: person.id } }),
  ]);
  const revisions = found.slice(0, HISTORY_PAGE_SIZE);
  const last = revisions.at(-1);
  const older = found.length > HISTORY_PAGE_SIZE && last ? historyCursor(last.changedAt, last.id) : null;
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
  return {
    person: { id: person.id, slug: person.slug, displayName: person.displayName },
    entries,
    total,
    older,
    paged: position !== null,
  };
}
