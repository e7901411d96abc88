import "server-only";
import { db } from "../db";
import { NotFound } from "../auth/errors";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { KINDS, type ItemKind } from "../cases/kinds";
import { diffSnapshots, type EntityType, type FieldChange, type Snapshot } from "./snapshot";

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
  if (!match || Number.isNaN(Date.parse(match[1]))) return null;
  return { at: new Date(match[1]), id: match[2] };
}

// History shows restricted values (before and after), so it needs the same right as editing.
// Paged by keyset on (changed_at, id), newest first, HISTORY_PAGE_SIZE a page, so every
// revision of a long history is reachable (`older` is the cursor of the next page).
export async function caseHistory(actor: Actor, slug: string, cursor?: string) {
  authorize(actor, "edit:case");
  const person = await db.person.findUnique({ where: { slug }, select: { id: true, slug: true, displayName: true } });
  if (!person) throw new NotFound();
  const after = parseCursor(cursor);
  const [found, total] = await Promise.all([
    db.revision.findMany({
      where: {
        personId: person.id,
        ...(after ? { OR: [{ changedAt: { lt: after.at } }, { changedAt: after.at, id: { lt: after.id } }] } : {}),
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
      itemTitle: titleField ? String(shown[titleField] ?? "") : "",
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
  return { person, entries, total, older, paged: after !== null };
}
