import "server-only";
import { z } from "zod";
import { db } from "../db";
import { NotFound } from "../auth/errors";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { ITEM_KINDS, KINDS, type ItemKind } from "../cases/kinds";
import type { Prisma } from "../generated/prisma/client";
import { namesOf } from "./names";
import {
  diffSnapshots,
  referencedIds,
  type EntityType,
  type FieldChange,
  type NameOf,
  type Snapshot,
} from "./snapshot";

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

export function entityLabelOf(entity: EntityType) {
  return HISTORY_KINDS[entity] ?? entity;
}

export function titleOf(entity: EntityType, shown: Snapshot, names: NameOf): string {
  const titleField =
    entity === "person" ? "displayName" : entity === "citation" ? "quote" : KINDS[entity as ItemKind]?.titleField;
  if (!titleField) return "";
  const raw = String(shown[titleField] ?? "");
  return names[raw] ?? raw;
}

// History shows restricted values (before and after), so it needs the same right as editing.
export async function caseHistory(actor: Actor, slug: string, filter: HistoryFilter = { kind: undefined, page: 1 }) {
  authorize(actor, "edit:case");
  const person = await db.person.findUnique({ where: { slug }, select: { id: true, slug: true, displayName: true } });
  if (!person) throw new NotFound();
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
  const names = await namesOf(
    revisions.flatMap((r) =>
      referencedIds(r.entityType as EntityType, r.before as Snapshot | null, r.after as Snapshot | null),
    ),
  );
  const entries: HistoryEntry[] = revisions.map((r) => {
    const entity = r.entityType as EntityType;
    const before = (r.before as Snapshot | null) ?? null;
    const after = (r.after as Snapshot | null) ?? null;
    return {
      id: r.id,
      at: r.changedAt,
      by: r.changedBy?.name ?? null,
      entityLabel: entityLabelOf(entity),
      itemTitle: titleOf(entity, after ?? before ?? {}, names),
      summary: r.summary ?? "",
      origin: r.origin,
      changes: diffSnapshots(entity, before, after, names),
      // Publishing, deleting and undeleting a case have their own buttons (and audit
      // entries); undoing a person's creation would be deleting the case.
      restorable:
        r.origin !== "publish" &&
        r.origin !== "lifecycle" &&
        entity !== "citation" &&
        !(entity === "person" && before === null),
    };
  });
  return { person, entries, total, pages: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)) };
}
