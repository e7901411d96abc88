// A facility is shared by every case placed there; its letter addresses reach the public pages.
import type { FieldSpec } from "../forms/fields";

export const FACILITY_FIELDS: FieldSpec[] = [
  { name: "name", label: "Name", type: "text", required: true, hint: "e.g. Penal Colony No. 4, Gomel" },
  { name: "nameNative", label: "Name in the local language", type: "text" },
  { name: "nameBe", label: "Name in Belarusian (for /be pages)", type: "text" },
  { name: "nameRu", label: "Name in Russian (for /ru pages)", type: "text" },
  {
    name: "type",
    label: "Type",
    type: "select",
    required: true,
    options: {
      TEMPORARY_DETENTION: "Temporary detention",
      PRE_TRIAL_CENTRE: "Pre-trial centre",
      PENAL_COLONY: "Penal colony",
      PRISON: "Prison",
      PSYCHIATRIC_HOSPITAL: "Psychiatric hospital",
      OTHER: "Other",
    },
  },
  {
    name: "addressLocal",
    label: "Postal address for the envelope",
    type: "textarea",
    hint: "In the destination post's language and order, one language throughout: institution, street, postcode and town (decision 019). The recipient's name and the country line are added per person.",
  },
  { name: "addressLatin", label: "Postal address (Latin letters)", type: "textarea" },
  { name: "region", label: "Region", type: "text" },
  {
    name: "country",
    label: "Country code",
    type: "text",
    required: true,
    default: "BY",
    hint: "ISO 3166, e.g. BY, RU",
  },
  { name: "letterGuidance", label: "Guidance for letter writers", type: "textarea" },
  { name: "letterGuidanceBe", label: "Guidance for letter writers, in Belarusian", type: "textarea" },
  { name: "letterGuidanceRu", label: "Guidance for letter writers, in Russian", type: "textarea" },
  { name: "visibility", label: "Visibility", type: "visibility", default: "PUBLIC" },
];
