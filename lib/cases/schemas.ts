// The case list's filter, shared by the list page and the export.
import { z } from "zod";

export const caseFilterSchema = z.object({
  q: z.string().trim().max(200).optional().default(""),
  status: z.enum(["", "held", "released"]).optional().default("").catch(""),
  publication: z.enum(["", "published", "unpublished", "deleted"]).optional().default("").catch(""),
});
export type CaseFilter = z.infer<typeof caseFilterSchema>;
