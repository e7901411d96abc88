// A facility is shared by every case placed there; its letter addresses reach the public pages.
import type { FieldSpec } from "../forms/fields";

export const FACILITY_FIELDS: FieldSpec[] = [
  { name: "name", label: "Name", type: "text", required: true, hint: "e.g. Penal Colony No. 4, Gomel" },
  { name: "nameNative", label: "Name in the local language", type: "text" },
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
  { name: "addressLocal", label: "Postal address (local script, for the envelope)", type: "textarea" },
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
  { name: "visibility", label: "Visibility", type: "visibility", default: "PUBLIC" },
];
