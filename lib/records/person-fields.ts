// The person's own fields in the workspace form, history and restore.
import type { FieldSpec } from "../forms/fields";

export const PERSON_FIELDS: FieldSpec[] = [
  { name: "displayName", label: "Display name", type: "text", required: true },
  {
    name: "sortName",
    label: "Sort name",
    type: "text",
    required: true,
    hint: "Surname first, e.g. “Kalesnikava Maria”.",
  },
  {
    name: "gender",
    label: "Gender",
    type: "select",
    required: true,
    options: { FEMALE: "Female", MALE: "Male", OTHER: "Other", UNKNOWN: "Unknown" },
    default: "UNKNOWN",
  },
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
