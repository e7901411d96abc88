import "server-only";
import { isSlug } from "../text/slug";
import { db } from "../db";
import { NotFound } from "../errors/app-error";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { can } from "../auth/permissions";
import { KINDS } from "../records/kinds";
import { readRevision, type EntityType, type Snapshot } from "./shape";
import { diffSnapshots, type FieldChange } from "./snapshot";
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

// History needs the same right as editing. Restricted values read "restricted value
// (hidden)"; `reveal` opens one revision's values, and that reading is audited.
// A deleted case's history is for admins only (they may bring the case back): to everyone
// else it answers 404, like the deleted case itself.
export async function caseHistory(
  actor: Actor,
  slug: string,
  options: { reveal?: string; ipAddress?: string | null } = {},
) {
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
  const entries: HistoryEntry[] = [];
  const opened: OpenedField[] = [];
  for (const r of revisions) {
    // Parsed, not cast: a revision in a shape this reader does not know shows its summary only.
    const { entityType: entity, before, after, readable } = readRevision(r);
    const shown = after ?? before ?? {};
    const titleField = titleFieldOf(entity);
    let changes =
      entity && readable ? maskSealedChanges(entity, diffSnapshots(entity, before, after), before, after) : [];
    const sealed = changes.some((c) => c.sealed);
    const revealed = sealed && entity !== null && options.reveal === r.id;
    if (revealed) changes = await revealChanges(actor, entity, changes, before, after, opened);
    entries.push({
      id: r.id,
      at: r.changedAt,
      by: r.changedBy?.name ?? null,
      entityLabel: entityLabel(entity),
      itemTitle: !titleField ? "" : isSealed(shown[titleField]) ? HIDDEN : textOf(shown[titleField]),
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
  return { person: { id: person.id, slug: person.slug, displayName: person.displayName }, entries };
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
