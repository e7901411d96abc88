// What a revision is, as one zod schema: the writer (write.ts) checks every revision
// against it before storing it, and the readers (history, restore, conflicts) parse what
// they read with it, so a writer with its own idea of the shape cannot break history
// again (issue 12: the importer wrote entityType "Person" and {changes} for a row, and
// an imported case's history page answered 500). Pure: no database, no server-only.
import { z } from "zod";
import { ITEM_KINDS } from "../records/kinds";

export const ENTITY_TYPES = [...ITEM_KINDS, "person", "facility", "citation"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** What made the change. Publishing and lifecycle changes have their own buttons, not restore. */
export const REVISION_ORIGINS = ["edit", "restore", "publish", "lifecycle", "source-correction", "import"] as const;
export type RevisionOrigin = (typeof REVISION_ORIGINS)[number];

/** A whole row as JSON (dates as ISO strings), with its id: never a summary of a change. */
export const snapshotSchema = z
  .record(z.string(), z.unknown())
  .refine((row) => typeof row.id === "string" && row.id.length > 0, "a snapshot is a whole row, with its id");
export type Snapshot = z.infer<typeof snapshotSchema>;

export const revisionShape = z
  .object({
    entityType: z.enum(ENTITY_TYPES),
    entityId: z.string().min(1),
    personId: z.string().min(1).nullable(),
    version: z.number().int().min(1),
    before: snapshotSchema.nullable(),
    after: snapshotSchema.nullable(),
    summary: z.string().max(2000),
    changedById: z.string().min(1).nullable(),
    origin: z.enum(REVISION_ORIGINS),
  })
  .refine((r) => r.before !== null || r.after !== null, "a revision keeps the row before or after the change")
  .refine(
    (r) => [r.before, r.after].every((side) => side === null || side.id === r.entityId),
    "the snapshots are rows of the revised entity",
  );
export type RevisionShape = z.infer<typeof revisionShape>;

/**
 * A stored revision as the readers see it. Rows written before this schema (or by a
 * future writer that got it wrong) still read: an unknown entity type or a side that is
 * not a whole row comes back as `readable: false`, shown by its summary only and never
 * offered for restore.
 */
export type StoredRevision = {
  entityType: EntityType | null;
  before: Snapshot | null;
  after: Snapshot | null;
  readable: boolean;
};

export function readRevision(row: { entityType: string; entityId: string; before: unknown; after: unknown }) {
  const parsed = revisionShape.safeParse({
    entityType: row.entityType,
    entityId: row.entityId,
    personId: null,
    version: 1,
    before: row.before ?? null,
    after: row.after ?? null,
    summary: "",
    changedById: null,
    origin: "edit",
  });
  if (parsed.success)
    return { entityType: parsed.data.entityType, before: parsed.data.before, after: parsed.data.after, readable: true };
  const entityType = z.enum(ENTITY_TYPES).safeParse(row.entityType);
  const side = (value: unknown) => {
    const snap = snapshotSchema.safeParse(value);
    return snap.success && snap.data.id === row.entityId ? snap.data : null;
  };
  return {
    entityType: entityType.success ? entityType.data : null,
    before: side(row.before),
    after: side(row.after),
    readable: false,
  } satisfies StoredRevision;
}
