// Revisions store rows as JSON; these turn them into readable differences and back into
// column values for a restore. Pure, so the history page and tests share them.
import { FACILITY_FIELDS } from "../records/facility-fields";
import { KINDS } from "../records/kinds";
import { PERSON_FIELDS } from "../records/person-fields";
import { toFormValues, VISIBILITY_LABEL, type FieldSpec } from "../forms/fields";
import type { EntityType, Snapshot } from "./shape";

// How a citation reads in the history (it is not edited through a RecordForm).
const CITATION_FIELDS: FieldSpec[] = [
  { name: "subjectType", label: "Cites", type: "text" },
  { name: "confirmed", label: "Confirmed for the current fact", type: "checkbox" },
  { name: "field", label: "Field", type: "text" },
  { name: "sourceId", label: "Source", type: "text" },
  { name: "quote", label: "Quoted passage", type: "textarea" },
  { name: "isPreferred", label: "Record follows this source", type: "checkbox" },
  { name: "note", label: "What it says instead", type: "text" },
];

export function fieldsOf(entity: EntityType): FieldSpec[] {
  if (entity === "citation") return CITATION_FIELDS;
  return entity === "person" ? PERSON_FIELDS : entity === "facility" ? FACILITY_FIELDS : KINDS[entity].fields;
}

/** A row as JSON (dates as ISO strings), as stored in revision.before/after. */
export function snapshot(row: object): Snapshot {
  return JSON.parse(JSON.stringify(row)) as Snapshot;
}

/** Readable names for the ids a snapshot refers to (facility, prosecution, relative, source…). */
export type NameOf = Record<string, string>;

// Fields that hold an id of another record, shown by that record's name.
const REFERENCE_FIELDS = new Set(["sourceId"]);

function display(field: FieldSpec, values: Record<string, string>, names: NameOf): string {
  const raw = values[field.name] ?? "";
  if (field.type === "checkbox") return raw === "on" ? "yes" : "no";
  if (raw === "") return "—";
  if (field.type === "ref" || REFERENCE_FIELDS.has(field.name)) return names[raw] ?? raw;
  if (field.type === "select") return field.options?.[raw] ?? raw;
  if (field.type === "visibility") return VISIBILITY_LABEL[raw as keyof typeof VISIBILITY_LABEL] ?? raw;
  if (field.type === "date" && values[`${field.name}Approximate`] === "on") return `c. ${raw}`;
  return raw;
}

export type FieldChange = { field: string; label: string; before: string; after: string };

/** The fields a person would see change between two snapshots (null = did not exist). */
export function diffSnapshots(
  entity: EntityType,
  before: Snapshot | null,
  after: Snapshot | null,
  names: NameOf = {},
): FieldChange[] {
  const fields = fieldsOf(entity);
  const a = before ? toFormValues(fields, before) : null;
  const b = after ? toFormValues(fields, after) : null;
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const was = a ? display(field, a, names) : "—";
    const now = b ? display(field, b, names) : "—";
    if (was !== now) changes.push({ field: field.name, label: field.label, before: was, after: now });
  }
  if (entity === "person" && before && after && before.published !== after.published) {
    changes.push({
      field: "published",
      label: "Published",
      before: before.published ? "yes" : "no",
      after: after.published ? "yes" : "no",
    });
  }
  return changes;
}

/** Editable columns of a snapshot, typed for Prisma (date strings back to Dates). */
export function columnsFromSnapshot(entity: EntityType, snap: Snapshot): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fieldsOf(entity)) {
    const value = snap[field.name];
    if (field.type === "date") {
      data[field.name] = typeof value === "string" ? new Date(value) : null;
      // A day-only date (e.g. letterDeliveryAsOf) has no precision column.
      if (!field.exactDay) data[`${field.name}Precision`] = snap[`${field.name}Precision`] ?? null;
    } else {
      data[field.name] = value ?? null;
    }
  }
  return data;
}

/** The ids of other records that snapshots of this entity refer to, for naming them. */
export function referencedIds(entity: EntityType, ...snaps: (Snapshot | null)[]): string[] {
  const fields = fieldsOf(entity).filter((f) => f.type === "ref" || REFERENCE_FIELDS.has(f.name));
  return snaps.flatMap((snap) => fields.map((f) => snap?.[f.name]).filter((v): v is string => typeof v === "string"));
}
