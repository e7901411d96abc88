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
import { HIDDEN, maskSealedChanges } from "../vault/mask";
import { isSealed } from "../vault/envelope";
import { openRows, type OpenedField } from "../vault/open";
import { auditReading } from "../auth/restricted-reading";

export type HistoryEntry = {
  id: string;
  at: Date;
  by: string | null;
  entityLabel: string;
  itemTitle: string;
  summary: string;
  origin: string;
  changes: (FieldChange & { sealed?: boolean })[];
  restorable: boolean;
  /** Some change is to a restricted value, shown only on demand (and audited). */
  sealed: boolean;
  revealed: boolean;
};

const PROBLEM_TEXT = { erased: "erased", tampered: "failed its integrity check (tampered); not shown" } as const;

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

// History needs the same right as editing. Restricted values read "restricted value
// (hidden)"; `reveal` opens one revision's values, and that reading is audited.
// A deleted case's history is for admins only (they may bring the case back): to everyone
// else it answers 404, like the deleted case itself.
export async function caseHistory(
  actor: Actor,
  slug: string,
  filter: HistoryFilter = { kind: undefined, page: 1 },
  options: { reveal?: string; ipAddress?: string | null } = {},
) {
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
  const entries: HistoryEntry[] = [];
  const opened: OpenedField[] = [];
  for (const { r, entityType: entity, before, after, readable } of stored) {
    const shown = after ?? before ?? {};
    const titleField = titleFieldOf(entity);
    let changes =
      entity && readable ? maskSealedChanges(entity, diffSnapshots(entity, before, after, names), before, after) : [];
    const sealed = changes.some((c) => c.sealed);
    const revealed = sealed && entity !== null && options.reveal === r.id;
    if (revealed) changes = await revealChanges(actor, entity, changes, before, after, opened);
    entries.push({
      id: r.id,
      at: r.changedAt,
      by: r.changedBy?.name ?? null,
      entityLabel: entityLabelOf(entity),
      itemTitle: !titleField ? "" : isSealed(shown[titleField]) ? HIDDEN : titleOf(entity, shown, names),
      summary: r.summary ?? "",
      origin: r.origin,
      changes,
      sealed,
      revealed,
      // Publishing, deleting and undeleting a case have their own buttons (and audit
      // entries); undoing a person's creation would be deleting the case.
      restorable:
        readable &&
        r.origin !== "publish" &&
        r.origin !== "lifecycle" &&
        r.origin !== "erasure" &&
        entity !== "citation" &&
        entity !== "facility" &&
        !(entity === "person" && before === null),
    });
  }
  // Restricted items' plain fields (titles, dates) are shown in the list: that is a reading too.
  const restrictedRecords = [
    ...new Set(
      revisions
        .filter((r) => [r.before, r.after].some((s) => isRestrictedRow(s)))
        .map((r) => `${r.entityType}:${r.entityId}`),
    ),
  ];
  if (restrictedRecords.length > 0 || opened.length > 0)
    await auditReading(actor, opened, {
      page: "history",
      subjectType: "person",
      subjectId: person.id,
      ipAddress: options.ipAddress ?? null,
      details: { restrictedRecords, ...(opened.length > 0 ? { revision: options.reveal } : {}) },
    });
  return {
    person: { id: person.id, slug: person.slug, displayName: person.displayName },
    entries,
    total,
    pages: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)),
  };
}

/** Opens one revision's sealed values for the history page; the caller audits what was opened. */
async function revealChanges(
  actor: Actor,
  entity: EntityType,
  changes: (FieldChange & { sealed?: boolean })[],
  before: Snapshot | null,
  after: Snapshot | null,
  opened: OpenedField[],
) {
  authorize(actor, "read:restricted");
  const sides = { before: { ...(before ?? {}) }, after: { ...(after ?? {}) } };
  opened.push(
    ...(await openRows(db, [
      { entity, row: sides.before },
      { entity, row: sides.after },
    ])),
  );
  const shown = (side: Record<string, unknown>, field: string, masked: string) => {
    const problem = (side.sealProblems as Record<string, keyof typeof PROBLEM_TEXT> | undefined)?.[field];
    if (problem) return PROBLEM_TEXT[problem];
    const value = side[field];
    return masked === "—" || value === null || value === undefined ? "—" : textOf(value);
  };
  return changes.map((c) =>
    c.sealed
      ? { ...c, before: shown(sides.before, c.field, c.before), after: shown(sides.after, c.field, c.after) }
      : c,
  );
}

function isRestrictedRow(side: unknown): boolean {
  return typeof side === "object" && side !== null && (side as { visibility?: unknown }).visibility === "RESTRICTED";
}
