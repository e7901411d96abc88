// What a caseworker sends to cite a source: shared by the item page's citation form,
// the reading view's "cite this passage" page and the mutations (the real check).
import { z } from "zod";
import type { FieldSpec } from "../forms/fields";
import { withLF } from "../text/line-breaks";

export const citationSchema = z
  .object({
    sourceId: z.string().min(1, "Choose a source"),
    quote: z
      .string()
      .transform(withLF)
      .pipe(
        z
          .string()
          .trim()
          .min(3, "Paste the passage that supports this fact")
          .max(5000, "Quote at most 5,000 characters: the passage that supports the fact, not the whole article"),
      ),
    field: z
      .string()
      .trim()
      .max(100)
      .optional()
      .transform((v) => (v ? v : null)),
    // A source that disagrees with the record (another date, number or spelling) is
    // cited all the same, so readers see both; the record follows the others.
    disagrees: z
      .string()
      .optional()
      .transform((v) => v === "on"),
    note: z
      .string()
      .trim()
      .max(500, "Keep the note under 500 characters")
      .optional()
      .transform((v) => (v ? v : null)),
  })
  .refine((c) => !c.disagrees || c.note, {
    path: ["note"],
    message:
      "Say what this source says instead, e.g. “gives the arrest date as 7 September 2020”. It is shown on the public page.",
  });

/** The fields that say whether a source agrees with the record, for every citation form. */
export const DISAGREEMENT_FIELDS: FieldSpec[] = [
  {
    name: "disagrees",
    label: "This source disagrees with the record",
    type: "checkbox",
    hint: "Another date, number or spelling. The record keeps following its other sources; both are shown.",
  },
  {
    name: "note",
    label: "What it says instead (shown publicly)",
    type: "text",
    hint: "e.g. gives the arrest date as 7 September 2020",
  },
];
