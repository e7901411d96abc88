import "server-only";
import { z } from "zod";
import { isSlug } from "../text/slug";
import { db } from "../db";
import { NotFound } from "../errors/app-error";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { can } from "../auth/permissions";
import { ITEM_KINDS, KINDS } from "../records/kinds";
import type { Prisma } from "../generated/prisma/client";
import { namesOf } from "./names";
import { readRevision, type EntityType, type Snapshot } from "./shape";
import { diffSnapshots, referencedIds, type FieldChange, type NameOf } from "./snapshot";
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

export const HISTORY_PAGE_SIZE = 50;

/** The kinds of change the history can be narrowed to. */
export const HISTORY_KINDS: Record<string, string> = {
  person: "Person",
  citation: "Citation",
  facility: "Facility",
  ...Object.fromEntries(ITEM_KINDS.map((k) => [k, KINDS[k].label])),
};

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);
export const historyFilterSchema = z.object({
  kind: z
    .string()
    .optional()
    .catch(undefined)
    .transform((k) => (k && k in HISTORY_KINDS ? k : undefined)),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type HistoryFilter = z.infer<typeof historyFilterSchema>;

export function entityLabelOf(entity: EntityType | null): string {
  if (entity === null) return "Record";
  return HISTORY_KINDS[entity] ?? entity;
}

function titleFieldOf(entity: EntityType | null): string | null {
  if (entity === null) return null;
  if (entity === "facility") return "name";
  if (entity === "person") return "displayName";
  if (entity === "citation") return "quote";
  return KINDS[entity].titleField;
}

/** The item's title as a person reads it: a referenced id (a facility, an article) by its name. */
export function titleOf(entity: EntityType | null, shown: Snapshot, names: NameOf): string {
  const titleField = titleFieldOf(entity);
  if (!titleField) return "";
  const raw = textOf(shown[titleField]);
  return names[raw] ?? raw;
}

// History shows restricted values (before and after), so it needs the same right as editing.
// A deleted case's history is for admins only (they may bring the case back): to everyone
// else it answers 404, like the deleted case itself.
export async function caseHistory(actor: Actor, slug: string, filter: HistoryFilter = { kind: undefined, page: 1 }) {
  authorize(actor, "edit:case");
  if (!isSlug(slug)) throw new NotFound();
  const person = await db.person.findUnique({
    where: { slug },
    select: { id: true, slug: true, displayName: true, deletedAt: true },
  });
  if (!person || (person.deletedAt && !can(actor.role, "restore:deleted"))) throw new NotFound();
  const where: Prisma.RevisionWhereInput = {
    personId: person.id,
    ...(filter.kind ? { entityType: filter.kind } : {}),
    ...(filter.from || filter.to
      ? {
          changedAt: {
            ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}),
            ...(filter.to ? { lt: new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000) } : {}),
          },
        }
      : {}),
  };
  const [total, revisions] = await Promise.all([
    db.revision.count({ where }),
    db.revision.findMany({
      where,
      orderBy: [{ changedAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * HISTORY_PAGE_SIZE,
      take: HISTORY_PAGE_SIZE,
      include: { changedBy: { select: { name: true } } },
    }),
  ]);
  // Parsed, not cast: a revision in a shape this reader does not know shows its summary only.
  const stored = revisions.map((r) => ({ r, ...readRevision(r) }));
  const names = await namesOf(
    stored.flatMap(({ entityType, before, after }) => (entityType ? referencedIds(entityType, before, after) : [])),
  );
  const entries: HistoryEntry[] = stored.map(({ r, entityType: entity, before, after, readable }) => {
    return {
      id: r.id,
      at: r.changedAt,
      by: r.changedBy?.name ?? null,
      entityLabel: entityLabelOf(entity),
      itemTitle: titleOf(entity, after ?? before ?? {}, names),
      summary: r.summary ?? "",
      origin: r.origin,
      changes: entity && readable ? diffSnapshots(entity, before, after, names) : [],
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
    pages: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)),
  };
}
