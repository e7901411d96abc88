// Which values are restricted, so sealed at rest. Names, titles and dates stay plain so that
// lists, forms, references and search work; the narrative text that could endanger a family
// is sealed (docs/decisions/016-sealed-restricted-values.md).

/** Sealed whatever the item's visibility: internal notes, and TOTP secrets. */
const ALWAYS: Record<string, readonly string[]> = {
  person: ["internalNote"],
  prosecution: ["internalNote"],
  detentionEpisode: ["internalNote"],
  conditionPeriod: ["internalNote"],
  timelineEvent: ["internalNote"],
  user: ["totpSecret"],
};

/** Sealed when the item itself is RESTRICTED (health notes are by default). */
const WHEN_RESTRICTED: Record<string, readonly string[]> = {
  prosecution: ["summary"],
  charge: ["description"],
  conditionPeriod: ["description"],
  relative: ["contactDetails"],
  familyContactEvent: ["note"],
  legalRepresentation: ["note"],
  healthNote: ["text"],
  designation: ["criteria"],
  timelineEvent: ["publicText"],
};

/** The database's defaults, for rows written without these columns (the demo seed). */
const DEFAULTS: Record<string, Record<string, string>> = {
  relative: { contactVisibility: "RESTRICTED" },
  healthNote: { visibility: "RESTRICTED" },
};

/** The fields of this row that must be sealed, given its visibility. */
export function sealedFields(entity: string, values: Record<string, unknown>): string[] {
  const row = { ...DEFAULTS[entity], ...values };
  const fields = new Set(ALWAYS[entity] ?? []);
  if (row.visibility === "RESTRICTED") for (const f of WHEN_RESTRICTED[entity] ?? []) fields.add(f);
  if (entity === "relative" && row.contactVisibility === "RESTRICTED") fields.add("contactDetails");
  return [...fields];
}

/** Every field of the entity that may hold a sealed value (for reading old snapshots). */
export function sealableFields(entity: string): string[] {
  return [...new Set([...(ALWAYS[entity] ?? []), ...(WHEN_RESTRICTED[entity] ?? [])])];
}

/** The associated data a sealed value is bound to: its column. */
export const columnOf = (entity: string, field: string) => `${entity}.${field}`;

const LABELS: Record<string, string> = {
  internalNote: "internal note",
  contactDetails: "contact details",
  totpSecret: "two-factor secret",
  text: "note",
};
export const fieldWord = (field: string) => LABELS[field] ?? field.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
