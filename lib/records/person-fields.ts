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
  {
    name: "readsLanguages",
    label: "Languages the person reads (public)",
    type: "text",
    hint: "Language codes separated by commas, e.g. be, ru, en",
  },
  {
    name: "letterDelivery",
    label: "Do letters reach the person? (public)",
    type: "select",
    required: true,
    options: {
      UNKNOWN: "Not known",
      REACHING: "Letters reach them",
      SOME_WITHHELD: "Some reach them, some are withheld",
      NOT_REACHING: "Letters do not reach them",
    },
    default: "UNKNOWN",
  },
  {
    name: "letterDeliveryAsOf",
    label: "Letter delivery: as of",
    type: "date",
    exactDay: true,
    hint: "The date of the news (from family, a lawyer, a released cellmate), YYYY-MM-DD",
  },
  { name: "photoConsent", label: "Photo may be shown (consent given)", type: "checkbox" },
  { name: "internalNote", label: "Internal note (never public)", type: "textarea" },
];
