// Campaign forms: the same field specs, zod schemas and RecordForm as case forms, so
// validation, messages and "nothing typed is lost" behave the same everywhere.
import type { FieldSpec } from "../forms/fields";
import { textOf } from "../text/text-of";

export const CAMPAIGN_FIELDS: FieldSpec[] = [
  { name: "name", label: "Name", type: "text", required: true, hint: "e.g. Write for Rights 2026: Belarus" },
  { name: "year", label: "Year", type: "number", required: true },
  { name: "startDate", label: "Starts", type: "date", exactDay: true },
  { name: "endDate", label: "Ends", type: "date", exactDay: true },
  {
    name: "languages",
    label: "Languages of the materials",
    type: "text",
    hint: "Language codes separated by commas: en, be, ru",
  },
  { name: "description", label: "Description and how to take part", type: "textarea" },
];

/** Per-case letter details. Empty fields fall back to the case record's public facts. */
export const CAMPAIGN_CASE_FIELDS: FieldSpec[] = [
  {
    name: "appealSummary",
    label: "Appeal summary",
    type: "textarea",
    hint: "Why this person, and what we ask. Empty: the case's public summary.",
  },
  {
    name: "targetAuthority",
    label: "Target authority",
    type: "text",
    hint: "Whom appeal letters go to, e.g. the Prosecutor General",
  },
  { name: "targetAddress", label: "Target authority's address", type: "textarea" },
  {
    name: "prisonerAddressLocal",
    label: "Prisoner's address (local script, for the envelope)",
    type: "textarea",
    hint: "Empty: the current facility's address",
  },
  { name: "prisonerAddressLatin", label: "Prisoner's address (Latin letters)", type: "textarea" },
  {
    name: "letterGuidance",
    label: "Letter guidance",
    type: "textarea",
    hint: "What to write, what to avoid (no politics: such letters are confiscated)",
  },
  { name: "letterLanguages", label: "Languages the person reads", type: "text", hint: "e.g. be, ru, en" },
  { name: "interests", label: "Interests, for card writers", type: "textarea" },
];

export const ACTION_TYPES = {
  LETTER: "Letters",
  CARD: "Cards",
  EMAIL: "E-mails",
  PETITION_SIGNATURE: "Petition signatures",
  OTHER: "Other actions",
} as const;

export const TALLY_FIELDS: FieldSpec[] = [
  {
    name: "actionType",
    label: "What was sent",
    type: "select",
    required: true,
    options: ACTION_TYPES,
    default: "LETTER",
  },
  { name: "count", label: "How many", type: "number", required: true },
  { name: "groupName", label: "Group", type: "text", hint: "e.g. Stratford on Avon group" },
  { name: "date", label: "Date", type: "date", exactDay: true, required: true },
];

export function languageList(text: unknown): string[] {
  return textOf(text)
    .split(/[,;\s]+/)
    .map((l) => l.trim().toLowerCase())
    .filter((l) => /^[a-z]{2,3}$/.test(l));
}
