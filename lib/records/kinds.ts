// The thirteen kinds of item a record holds, each described once: its table, its
// citation subject and its form fields.
import {
  conditionLabel,
  designationLabel,
  detentionKindLabel,
  releaseTypeLabel,
  representationLabel,
} from "../public/labels";
import type { FieldSpec, VisibilityValue } from "../forms/fields";

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

const visibility = (fallback: VisibilityValue, label = "Visibility"): FieldSpec => ({
  name: "visibility",
  label,
  type: "visibility",
  default: fallback,
});

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

const statusOptions = {
  PRE_TRIAL: "Pre-trial",
  CONVICTED: "Convicted",
  UNDER_APPEAL: "Under appeal",
  RELEASED: "Released",
  EXILED: "Exiled",
  DECEASED: "Deceased",
  DISAPPEARED: "Disappeared",
};
const timelineTypes = Object.fromEntries(
  [
    "ARREST",
    "ABDUCTION",
    "CHARGE",
    "TRIAL",
    "SENTENCE",
    "APPEAL",
    "TRANSFER",
    "CONDITION_START",
    "CONDITION_END",
    "FAMILY_CONTACT",
    "LAWYER",
    "HEALTH",
    "HUNGER_STRIKE",
    "RELEASE",
    "DEPORTATION",
    "PARDON",
    "DEATH",
    "STATEMENT",
    "OTHER",
  ].map((t) => [t, t.charAt(0) + t.slice(1).toLowerCase().replaceAll("_", " ")]),
);

export const KINDS: Record<ItemKind, KindSpec> = {
  nameVariant: {
    kind: "nameVariant",
    label: "Name variant",
    plural: "Names",
    model: "nameVariant",
    subject: "NAME_VARIANT",
    titleField: "text",
    fields: [
      { name: "text", label: "Name", type: "text", required: true },
      { name: "script", label: "Script", type: "select", required: true, options: { LATN: "Latin", CYRL: "Cyrillic" } },
      { name: "language", label: "Language code", type: "text", required: true, hint: "be, ru, en, pl…" },
      {
        name: "kind",
        label: "Kind",
        type: "select",
        required: true,
        options: {
          NATIVE: "Native",
          TRANSLITERATION: "Transliteration",
          PASSPORT: "Passport",
          PRESS: "Press spelling",
          LACINKA: "Łacinka",
          MAIDEN: "Maiden name",
          OTHER: "Other",
        },
      },
      { name: "isPrimary", label: "Primary name", type: "checkbox" },
      visibility("PUBLIC"),
    ],
  },
  prosecution: {
    kind: "prosecution",
    label: "Prosecution",
    plural: "Prosecutions",
    model: "prosecution",
    subject: "PROSECUTION",
    titleField: "caseNumber",
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
    kind: "charge",
    label: "Charge",
    plural: "Charges",
    model: "charge",
    subject: "CHARGE",
    titleField: "description",
    parent: "prosecution",
    fields: [
      { name: "prosecutionId", label: "Prosecution", type: "ref", ref: "prosecution", required: true },
      {
        name: "legalArticleId",
        label: "Article of the criminal code",
        type: "ref",
        ref: "legalArticle",
        hint: "Leave empty when the sources name the charge only in words.",
      },
      { name: "description", label: "Charge in words", type: "textarea" },
      visibility("PUBLIC"),
    ],
  },
  sentence: {
    kind: "sentence",
    label: "Sentence",
    plural: "Sentences",
    model: "sentence",
    subject: "SENTENCE",
    titleField: "regime",
    parent: "prosecution",
    fields: [
      { name: "prosecutionId", label: "Prosecution", type: "ref", ref: "prosecution", required: true },
      { name: "termMonths", label: "Term (months)", type: "number" },
      { name: "regime", label: "Regime", type: "text", hint: "e.g. general-regime colony" },
      { name: "sentencedOn", label: "Sentenced on", type: "date" },
      {
        name: "startDate",
        label: "Term starts",
        type: "date",
        hint: "The expected end is computed from the start and the term.",
      },
      { name: "fineAmount", label: "Fine", type: "decimal" },
      { name: "fineCurrency", label: "Fine currency", type: "text", hint: "e.g. BYN" },
      { name: "appealFiledOn", label: "Appeal filed on", type: "date", exactDay: true },
      { name: "appealDecidedOn", label: "Appeal decided on", type: "date", exactDay: true },
      { name: "appealOutcome", label: "Appeal outcome", type: "text" },
      visibility("PUBLIC"),
    ],
  },
  detentionEpisode: {
    kind: "detentionEpisode",
    label: "Detention",
    plural: "Detention and release",
    model: "detentionEpisode",
    subject: "DETENTION_EPISODE",
    titleField: "arrestPlace",
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
    kind: "placement",
    label: "Placement",
    plural: "Placements",
    model: "placement",
    subject: "PLACEMENT",
    titleField: "facilityId",
    fields: [
      { name: "facilityId", label: "Facility", type: "ref", ref: "facility", required: true },
      { name: "fromDate", label: "From", type: "date" },
      { name: "toDate", label: "To", type: "date" },
      visibility("PUBLIC"),
    ],
  },
  conditionPeriod: {
    kind: "conditionPeriod",
    label: "Condition period",
    plural: "Conditions",
    model: "conditionPeriod",
    subject: "CONDITION_PERIOD",
    titleField: "kind",
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
    kind: "relative",
    label: "Relative",
    plural: "Relatives",
    model: "relative",
    subject: "RELATIVE",
    titleField: "name",
    fields: [
      { name: "name", label: "Name", type: "text", required: true },
      { name: "relation", label: "Relation", type: "text", required: true, hint: "e.g. sister, father" },
      {
        name: "contactDetails",
        label: "Contact details",
        type: "textarea",
        hint: "Dangerous to the family if leaked.",
      },
      { name: "contactVisibility", label: "Visibility of contact details", type: "visibility", default: "RESTRICTED" },
      visibility("INTERNAL", "Visibility of name and relation"),
    ],
  },
  familyContactEvent: {
    kind: "familyContactEvent",
    label: "Family contact",
    plural: "Family contact",
    model: "familyContactEvent",
    subject: "FAMILY_CONTACT_EVENT",
    titleField: "kind",
    fields: [
      {
        name: "kind",
        label: "Kind",
        type: "select",
        required: true,
        options: { VISIT: "Visit", CALL: "Call", LETTER: "Letter", NONE_SINCE: "No contact since", OTHER: "Other" },
      },
      { name: "date", label: "Date", type: "date", required: true },
      { name: "relativeId", label: "Relative", type: "ref", ref: "relative" },
      { name: "note", label: "Note", type: "textarea" },
      visibility("RESTRICTED"),
    ],
  },
  legalRepresentation: {
    kind: "legalRepresentation",
    label: "Lawyer",
    plural: "Lawyers",
    model: "legalRepresentation",
    subject: "LEGAL_REPRESENTATION",
    titleField: "lawyerName",
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
    kind: "healthNote",
    label: "Health note",
    plural: "Health",
    model: "healthNote",
    subject: "HEALTH_NOTE",
    titleField: "text",
    fields: [
      { name: "date", label: "Date", type: "date" },
      { name: "text", label: "Note", type: "textarea", required: true },
      visibility("RESTRICTED"),
    ],
  },
  designation: {
    kind: "designation",
    label: "Designation",
    plural: "Designations",
    model: "designation",
    subject: "DESIGNATION",
    titleField: "organisation",
    fields: [
      {
        name: "organisation",
        label: "Organisation",
        type: "text",
        required: true,
        hint: "Viasna, Memorial, Amnesty International…",
      },
      { name: "kind", label: "Designation", type: "select", required: true, options: designationLabel },
      { name: "date", label: "Date", type: "date" },
      { name: "criteria", label: "Criteria", type: "textarea" },
      { name: "wgadOpinion", label: "UN WGAD opinion", type: "text", hint: "e.g. No. 20/2022" },
      visibility("PUBLIC"),
    ],
  },
  timelineEvent: {
    kind: "timelineEvent",
    label: "Timeline event",
    plural: "Timeline",
    model: "timelineEvent",
    subject: "TIMELINE_EVENT",
    titleField: "title",
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

const KIND_BY_SUBJECT = Object.fromEntries(Object.values(KINDS).map((k) => [k.subject, k.kind])) as Record<
  string,
  ItemKind
>;

/** What a citation's subject type (CitedSubject) cites: an item kind (TIMELINE_EVENT → timelineEvent), or the person. */
export function kindOfSubject(subject: string): ItemKind | "person" {
  if (subject === "PERSON") return "person";
  const kind = KIND_BY_SUBJECT[subject];
  // The database's CitedSubject enum has one value per kind, so this is a schema/registry drift.
  if (!kind) throw new Error(`No item kind is cited as ${subject}`);
  return kind;
}
