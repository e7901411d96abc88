import "server-only";
import { db } from "../db";
import { NotFound } from "../auth/errors";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { KINDS, type ItemKind } from "../cases/kinds";
import { diffSnapshots, type EntityType, type FieldChange, type Snapshot } from "./snapshot";
import { HIDDEN, maskSealedChanges } from "../vault/mask";
import { isSealed } from "../vault/envelope";
import { openRows, type OpenedField } from "../vault/open";
import { auditReading } from "../audit/restricted-reading";

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

// History needs the same right as editing. Restricted values read "restricted value
// (hidden)"; `reveal` opens one revision's values, and that reading is audited.
export async function caseHistory(
  actor: Actor,
  slug: string,
  options: { reveal?: string; ipAddress?: string | null } = {},
) {
  authorize(actor, "edit:case");
  const person = await db.person.findUnique({ where: { slug }, select: { id: true, slug: true, displayName: true } });
  if (!person) throw new NotFound();
  const revisions = await db.revision.findMany({
    where: { personId: person.id },
    orderBy: [{ changedAt: "desc" }, { id: "desc" }],
    take: 300,
    include: { changedBy: { select: { name: true } } },
  });
  const entries: HistoryEntry[] = [];
  const opened: OpenedField[] = [];
  for (const r of revisions) {
    const entity = r.entityType as EntityType;
    const before = (r.before as Snapshot | null) ?? null;
    const after = (r.after as Snapshot | null) ?? null;
    const shown = after ?? before ?? {};
    const titleField =
      entity === "person" ? "displayName" : entity === "citation" ? "quote" : KINDS[entity as ItemKind]?.titleField;
    let changes = maskSealedChanges(entity, diffSnapshots(entity, before, after), before, after);
    const sealed = changes.some((c) => c.sealed);
    const revealed = sealed && options.reveal === r.id;
    if (revealed) changes = await revealChanges(actor, entity, changes, before, after, opened);
    entries.push({
      id: r.id,
      at: r.changedAt,
      by: r.changedBy?.name ?? null,
      entityLabel:
        entity === "person"
          ? "Person"
          : entity === "citation"
            ? "Citation"
            : (KINDS[entity as ItemKind]?.label ?? entity),
      itemTitle: !titleField ? "" : isSealed(shown[titleField]) ? HIDDEN : String(shown[titleField] ?? ""),
      summary: r.summary ?? "",
      origin: r.origin,
      changes,
      sealed,
      revealed,
      // Publishing, deleting and undeleting a case have their own buttons (and audit
      // entries); undoing a person's creation would be deleting the case.
      restorable:
        r.origin !== "publish" &&
        r.origin !== "lifecycle" &&
        r.origin !== "erasure" &&
        entity !== "citation" &&
        !(entity === "person" && before === null),
    });
  }
  // Restricted items' plain fields (titles, dates) are shown in the list: that is a reading too.
  const restrictedRecords = [
    ...new Set(
      revisions
        .filter((r) => [r.before, r.after].some((s) => (s as Snapshot | null)?.visibility === "RESTRICTED"))
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
  return { person, entries };
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
    return masked === "—" ? masked : String(side[field] ?? "—");
  };
  return changes.map((c) =>
    c.sealed
      ? { ...c, before: shown(sides.before, c.field, c.before), after: shown(sides.after, c.field, c.after) }
      : c,
  );
}
