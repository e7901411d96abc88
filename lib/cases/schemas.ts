// What each part of a record looks like in a form, and the zod schema that validates it.
// Imported by client forms (for instant field messages) and by the server actions and
// mutations (the real check): one description, so the two cannot drift apart.
import { z } from "zod";
import { parsePartialDate } from "../dates/partial-date";
import { conditionLabel, designationLabel, detentionKindLabel, releaseTypeLabel, representationLabel } from "../public/labels";

export const VISIBILITY_LABEL = { PUBLIC: "Public", INTERNAL: "Internal (staff)", RESTRICTED: "Restricted (admins, caseworkers)" } as const;
export type VisibilityValue = keyof typeof VISIBILITY_LABEL;

export type FieldSpec = {
  name: string;
  label: string;
  type: "text" | "textarea" | "select" | "date" | "checkbox" | "number" | "decimal" | "visibility" | "ref";
  required?: boolean;
  options?: Record<string, string>;
  /** For "ref": which of the case's other items (or shared facilities) to choose from. */
  ref?: "prosecution" | "relative" | "facility" | "legalArticle";
  /** A date without a precision column: only a full YYYY-MM-DD is accepted. */
  exactDay?: boolean;
  hint?: string;
  default?: string;
};

export type KindSpec = {
  kind: ItemKind;
  label: string;
  plural: string;
  /** Prisma model (delegate) name. */
  model: string;
  /** Citation subject (CitedSubject enum). */
  subject: string;
  fields: FieldSpec[];
  /** The field whose value names an item in lists and history. */
  titleField: string;
  /** Items that hang off a prosecution rather than the person directly. */
  parent?: "prosecution";
};

const visibility = (fallback: VisibilityValue, label = "Visibility"): FieldSpec => ({ name: "visibility", label, type: "visibility", default: fallback });

export const ITEM_KINDS = [
  "nameVariant",
  "prosecution",
  "charge",
  "sentence",
  "detentionEpisode",
  "placement",
  "conditionPeriod",
  "relative",
  "familyContactEvent",
  "legalRepresentation",
  "healthNote",
  "designation",
  "timelineEvent",
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

const statusOptions = { PRE_TRIAL: "Pre-trial", CONVICTED: "Convicted", UNDER_APPEAL: "Under appeal", RELEASED: "Released", EXILED: "Exiled", DECEASED: "Deceased", DISAPPEARED: "Disappeared" };
const timelineTypes = Object.fromEntries(
  ["ARREST", "ABDUCTION", "CHARGE", "TRIAL", "SENTENCE", "APPEAL", "TRANSFER", "CONDITION_START", "CONDITION_END", "FAMILY_CONTACT", "LAWYER", "HEALTH", "HUNGER_STRIKE", "RELEASE", "DEPORTATION", "PARDON", "DEATH", "STATEMENT", "OTHER"].map((t) => [t, t.charAt(0) + t.slice(1).toLowerCase().replaceAll("_", " ")]),
);

export const KINDS: Record<ItemKind, KindSpec> = {
  nameVariant: {
    kind: "nameVariant", label: "Name variant", plural: "Names", model: "nameVariant", subject: "NAME_VARIANT", titleField: "text",
    fields: [
      { name: "text", label: "Name", type: "text", required: true },
      { name: "script", label: "Script", type: "select", required: true, options: { LATN: "Latin", CYRL: "Cyrillic" } },
      { name: "language", label: "Language code", type: "text", required: true, hint: "be, ru, en, pl…" },
      { name: "kind", label: "Kind", type: "select", required: true, options: { NATIVE: "Native", TRANSLITERATION: "Transliteration", PASSPORT: "Passport", PRESS: "Press spelling", LACINKA: "Łacinka", MAIDEN: "Maiden name", OTHER: "Other" } },
      { name: "isPrimary", label: "Primary name", type: "checkbox" },
      visibility("PUBLIC"),
    ],
  },
  prosecution: {
    kind: "prosecution", label: "Prosecution", plural: "Prosecutions", model: "prosecution", subject: "PROSECUTION", titleField: "caseNumber",
    fields: [
      { name: "caseNumber", label: "Case number", type: "text" },
      { name: "status", label: "Status", type: "select", required: true, options: statusOptions },
      { name: "court", label: "Court", type: "text" },
      { name: "judge", label: "Judge", type: "text" },
      { name: "prosecutor", label: "Prosecutor", type: "text" },
      { name: "summary", label: "Summary", type: "textarea" },
      { name: "internalNote", label: "Internal note (never public)", type: "textarea" },
      visibility("PUBLIC"),
    ],
  },
  charge: {
    kind: "charge", label: "Charge", plural: "Charges", model: "charge", subject: "CHARGE", titleField: "description", parent: "prosecution",
    fields: [
      { name: "prosecutionId", label: "Prosecution", type: "ref", ref: "prosecution", required: true },
      { name: "legalArticleId", label: "Article of the criminal code", type: "ref", ref: "legalArticle", hint: "Leave empty when the sources name the charge only in words." },
      { name: "description", label: "Charge in words", type: "textarea" },
      visibility("PUBLIC"),
    ],
  },
  sentence: {
    kind: "sentence", label: "Sentence", plural: "Sentences", model: "sentence", subject: "SENTENCE", titleField: "regime", parent: "prosecution",
    fields: [
      { name: "prosecutionId", label: "Prosecution", type: "ref", ref: "prosecution", required: true },
      { name: "termMonths", label: "Term (months)", type: "number" },
      { name: "regime", label: "Regime", type: "text", hint: "e.g. general-regime colony" },
      { name: "sentencedOn", label: "Sentenced on", type: "date" },
      { name: "startDate", label: "Term starts", type: "date", hint: "The expected end is computed from the start and the term." },
      { name: "fineAmount", label: "Fine", type: "decimal" },
      { name: "fineCurrency", label: "Fine currency", type: "text", hint: "e.g. BYN" },
      { name: "appealFiledOn", label: "Appeal filed on", type: "date", exactDay: true },
      { name: "appealDecidedOn", label: "Appeal decided on", type: "date", exactDay: true },
      { name: "appealOutcome", label: "Appeal outcome", type: "text" },
      visibility("PUBLIC"),
    ],
  },
  detentionEpisode: {
    kind: "detentionEpisode", label: "Detention", plural: "Detention and release", model: "detentionEpisode", subject: "DETENTION_EPISODE", titleField: "arrestPlace",
    fields: [
      { name: "kind", label: "How", type: "select", required: true, options: detentionKindLabel },
      { name: "arrestDate", label: "Arrest date", type: "date" },
      { name: "arrestPlace", label: "Arrest place", type: "text" },
      { name: "prosecutionId", label: "Prosecution", type: "ref", ref: "prosecution" },
      { name: "released", label: "Released", type: "checkbox" },
      { name: "releaseDate", label: "Release date", type: "date" },
      { name: "releaseType", label: "Release type", type: "select", options: releaseTypeLabel },
      { name: "internalNote", label: "Internal note (never public)", type: "textarea" },
      visibility("PUBLIC"),
    ],
  },
  placement: {
    kind: "placement", label: "Placement", plural: "Placements", model: "placement", subject: "PLACEMENT", titleField: "facilityId",
    fields: [
      { name: "facilityId", label: "Facility", type: "ref", ref: "facility", required: true },
      { name: "fromDate", label: "From", type: "date" },
      { name: "toDate", label: "To", type: "date" },
      visibility("PUBLIC"),
    ],
  },
  conditionPeriod: {
    kind: "conditionPeriod", label: "Condition period", plural: "Conditions", model: "conditionPeriod", subject: "CONDITION_PERIOD", titleField: "kind",
    fields: [
      { name: "kind", label: "Condition", type: "select", required: true, options: conditionLabel },
      { name: "startDate", label: "Start", type: "date" },
      { name: "endDate", label: "End", type: "date", hint: "Leave empty while ongoing." },
      { name: "description", label: "Description", type: "textarea" },
      { name: "internalNote", label: "Internal note (never public)", type: "textarea" },
      visibility("PUBLIC"),
    ],
  },
  relative: {
    kind: "relative", label: "Relative", plural: "Relatives", model: "relative", subject: "RELATIVE", titleField: "name",
    fields: [
      { name: "name", label: "Name", type: "text", required: true },
      { name: "relation", label: "Relation", type: "text", required: true, hint: "e.g. sister, father" },
      { name: "contactDetails", label: "Contact details", type: "textarea", hint: "Dangerous to the family if leaked." },
      { name: "contactVisibility", label: "Visibility of contact details", type: "visibility", default: "RESTRICTED" },
      visibility("INTERNAL", "Visibility of name and relation"),
    ],
  },
  familyContactEvent: {
    kind: "familyContactEvent", label: "Family contact", plural: "Family contact", model: "familyContactEvent", subject: "FAMILY_CONTACT_EVENT", titleField: "kind",
    fields: [
      { name: "kind", label: "Kind", type: "select", required: true, options: { VISIT: "Visit", CALL: "Call", LETTER: "Letter", NONE_SINCE: "No contact since", OTHER: "Other" } },
      { name: "date", label: "Date", type: "date", required: true },
      { name: "relativeId", label: "Relative", type: "ref", ref: "relative" },
      { name: "note", label: "Note", type: "textarea" },
      visibility("RESTRICTED"),
    ],
  },
  legalRepresentation: {
    kind: "legalRepresentation", label: "Lawyer", plural: "Lawyers", model: "legalRepresentation", subject: "LEGAL_REPRESENTATION", titleField: "lawyerName",
    fields: [
      { name: "lawyerName", label: "Lawyer", type: "text", required: true },
      { name: "status", label: "Status", type: "select", required: true, options: representationLabel },
      { name: "fromDate", label: "From", type: "date" },
      { name: "toDate", label: "To", type: "date" },
      { name: "note", label: "Note", type: "textarea" },
      visibility("PUBLIC"),
    ],
  },
  healthNote: {
    kind: "healthNote", label: "Health note", plural: "Health", model: "healthNote", subject: "HEALTH_NOTE", titleField: "text",
    fields: [
      { name: "date", label: "Date", type: "date" },
      { name: "text", label: "Note", type: "textarea", required: true },
      visibility("RESTRICTED"),
    ],
  },
  designation: {
    kind: "designation", label: "Designation", plural: "Designations", model: "designation", subject: "DESIGNATION", titleField: "organisation",
    fields: [
      { name: "organisation", label: "Organisation", type: "text", required: true, hint: "Viasna, Memorial, Amnesty International…" },
      { name: "kind", label: "Designation", type: "select", required: true, options: designationLabel },
      { name: "date", label: "Date", type: "date" },
      { name: "criteria", label: "Criteria", type: "textarea" },
      { name: "wgadOpinion", label: "UN WGAD opinion", type: "text", hint: "e.g. No. 20/2022" },
      visibility("PUBLIC"),
    ],
  },
  timelineEvent: {
    kind: "timelineEvent", label: "Timeline event", plural: "Timeline", model: "timelineEvent", subject: "TIMELINE_EVENT", titleField: "title",
    fields: [
      { name: "type", label: "Type", type: "select", required: true, options: timelineTypes },
      { name: "date", label: "Date", type: "date", required: true },
      { name: "title", label: "Title", type: "text", required: true },
      { name: "publicText", label: "Public text", type: "textarea" },
      { name: "internalNote", label: "Internal note (never public)", type: "textarea" },
      visibility("INTERNAL"),
    ],
  },
};

const KIND_BY_SUBJECT = Object.fromEntries(Object.values(KINDS).map((k) => [k.subject, k.kind])) as Record<string, ItemKind>;

/** What a citation's subject type (CitedSubject) cites: an item kind (TIMELINE_EVENT → timelineEvent), or the person. */
export function kindOfSubject(subject: string): ItemKind | "person" {
  return subject === "PERSON" ? "person" : KIND_BY_SUBJECT[subject];
}

export const PERSON_FIELDS: FieldSpec[] = [
  { name: "displayName", label: "Display name", type: "text", required: true },
  { name: "sortName", label: "Sort name", type: "text", required: true, hint: "Surname first, e.g. “Kalesnikava Maria”." },
  { name: "gender", label: "Gender", type: "select", required: true, options: { FEMALE: "Female", MALE: "Male", OTHER: "Other", UNKNOWN: "Unknown" }, default: "UNKNOWN" },
  { name: "birthDate", label: "Birth date", type: "date" },
  { name: "birthDateVisibility", label: "Visibility of birth date", type: "visibility", default: "INTERNAL" },
  { name: "occupation", label: "Occupation", type: "text" },
  { name: "region", label: "Region", type: "text" },
  { name: "citizenship", label: "Citizenship", type: "text" },
  { name: "bio", label: "Short public biography", type: "textarea" },
  { name: "interests", label: "Interests (for letter writers)", type: "textarea" },
  { name: "photoConsent", label: "Photo may be shown (consent given)", type: "checkbox" },
  { name: "internalNote", label: "Internal note (never public)", type: "textarea" },
];

const DATE_HINT = "YYYY, YYYY-MM or YYYY-MM-DD";
const optional = (value: string) => (value.trim() === "" ? null : value.trim());

function fieldSchema(field: FieldSpec) {
  switch (field.type) {
    case "checkbox":
      return z.string().optional().transform((v) => v === "on" || v === "true");
    case "number":
      return z.string().trim().regex(/^\d{0,6}$/, "Enter a whole number").transform((v) => (v === "" ? null : Number(v)));
    case "decimal":
      return z.string().trim().regex(/^(\d{1,12}(\.\d{1,2})?)?$/, "Enter an amount such as 1500 or 1500.50").transform((v) => (v === "" ? null : v));
    case "visibility":
      return z.enum(["PUBLIC", "INTERNAL", "RESTRICTED"], { message: "Choose a visibility" });
    case "select": {
      const values = Object.keys(field.options ?? {});
      const choice = z.string().refine((v) => v === "" || values.includes(v), "Choose one of the options");
      return field.required ? choice.refine((v) => v !== "", "Choose one of the options") : choice.transform(optional);
    }
    case "date":
      return z.string().max(10).default("").superRefine((v, ctx) => {
        if (v.trim() === "") {
          if (field.required) ctx.addIssue({ code: "custom", message: `Enter a date (${DATE_HINT})` });
          return;
        }
        try {
          if (parsePartialDate(v).precision !== "DAY" && field.exactDay) throw new Error("day needed");
        } catch {
          if (field.exactDay) return void ctx.addIssue({ code: "custom", message: "Enter the full date: YYYY-MM-DD" });
          ctx.addIssue({ code: "custom", message: `Not a date: use ${DATE_HINT}` });
        }
      });
    default: {
      const text = z.string().max(field.type === "textarea" ? 20_000 : 500, "Too long");
      return field.required ? text.trim().min(1, `${field.label} is required`) : text.transform(optional);
    }
  }
}

/** Validates form values (all strings, as a form sends them) for these fields. */
export function formSchema(fields: FieldSpec[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    shape[field.name] = field.type === "checkbox" ? fieldSchema(field) : z.string().default(field.default ?? "").pipe(fieldSchema(field) as z.ZodType<unknown, string>);
    if (field.type === "date") shape[`${field.name}Approximate`] = z.string().optional().transform((v) => v === "on");
  }
  return z.object(shape);
}

export type FormValues = Record<string, string>;
export type FieldErrors = Record<string, string>;

/** The first message per field, keyed by field name, for aria-describedby'd messages. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_form");
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Parsed values → database columns: a partial date becomes date + precision. */
export function toColumns(fields: FieldSpec[], parsed: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const value = parsed[field.name];
    if (field.type === "date") {
      const text = String(value ?? "").trim();
      const partial = text === "" ? null : parsePartialDate(text, parsed[`${field.name}Approximate`] === true);
      data[field.name] = partial?.date ?? null;
      if (!field.exactDay) data[`${field.name}Precision`] = partial?.precision ?? null;
    } else {
      data[field.name] = value;
    }
  }
  return data;
}

/** Database row → form values, the inverse of toColumns (for editing and restoring). */
export function toFormValues(fields: FieldSpec[], row: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = row[field.name];
    if (field.type === "date") {
      const precision = row[`${field.name}Precision`];
      const iso = value instanceof Date ? value.toISOString() : typeof value === "string" ? value : "";
      values[field.name] = !iso ? "" : field.exactDay ? iso.slice(0, 10) : precision === "YEAR" ? iso.slice(0, 4) : precision === "MONTH" || precision === "APPROXIMATE" ? iso.slice(0, 7) : iso.slice(0, 10);
      if (precision === "APPROXIMATE") values[`${field.name}Approximate`] = "on";
    } else if (field.type === "checkbox") {
      if (value === true) values[field.name] = "on";
    } else {
      values[field.name] = value === null || value === undefined ? "" : String(value);
    }
  }
  return values;
}

export const caseFilterSchema = z.object({
  q: z.string().trim().max(200).optional().default(""),
  status: z.enum(["", "held", "released"]).optional().default("").catch(""),
  publication: z.enum(["", "published", "unpublished", "deleted"]).optional().default("").catch(""),
});
export type CaseFilter = z.infer<typeof caseFilterSchema>;

