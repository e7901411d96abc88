// The public API's contract as zod schemas: the same objects parse requests, shape
// responses and generate the OpenAPI document (lib/api/openapi.ts). Safe to import anywhere.
import { z } from "zod";
import { publicRecordSchema } from "../public/record";
import { SENTENCE_BANDS, STATUSES } from "../public/directory-params";

const searchText = (description: string) => z.string().trim().min(1).max(200).optional().meta({ description });
const precision = z.enum(["DAY", "MONTH", "YEAR", "APPROXIMATE"]).nullable();
const day = z
  .string()
  .nullable()
  .meta({ description: "YYYY-MM-DD, at the precision in the matching *Precision field" });

/**
 * GET /prisoners query parameters. Unlike the directory page (which drops a bad value
 * from a hand-edited URL), the API refuses one: 400 naming the parameter and, for an
 * enumeration, its allowed values.
 */
export const listQuerySchema = z.object({
  q: searchText("Name in any spelling or script (typos tolerated), charge, facility or words of the biography"),
  status: z.enum(STATUSES).optional(),
  custody: z.enum(["held", "released"]).optional(),
  region: searchText("Region"),
  facility: searchText("Facility name"),
  article: searchText("Criminal-code article, e.g. 342 or 342.1"),
  designation: searchText("Designating organisation, e.g. Viasna"),
  sentence: z.enum(Object.keys(SENTENCE_BANDS) as [keyof typeof SENTENCE_BANDS]).optional(),
  updatedSince: z.iso
    .date()
    .optional()
    .meta({ description: "Only records whose public facts changed on or after this day (YYYY-MM-DD)" }),
  cursor: z.string().max(500).optional().meta({ description: "The nextCursor of the previous page" }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

/** "status: Invalid option: expected one of …" for each refused parameter. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "query"}: ${issue.message}`).join("; ");
}

export const prisonerSummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  otherNames: z.array(z.string()),
  status: z.enum(STATUSES),
  held: z.boolean(),
  detainedSince: day,
  detainedSincePrecision: precision,
  releasedOn: day,
  releasedOnPrecision: precision,
  sentenceMonths: z.number().int().nullable(),
  region: z.string().nullable(),
  facility: z.string().nullable(),
  lastUpdated: z.iso.datetime(),
  url: z.url(),
});

export const prisonerListSchema = z.object({
  data: z.array(prisonerSummarySchema),
  nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last" }),
});

export const prisonerSchema = z.object({
  slug: z.string(),
  name: z.string(),
  status: z.enum(STATUSES),
  held: z.boolean(),
  lastUpdated: z.iso.datetime(),
  url: z.url(),
  record: publicRecordSchema,
});

export const internalPrisonerSchema = z
  .object({
    slug: z.string(),
    scope: z.literal("internal"),
    url: z.url(),
    record: z.record(z.string(), z.unknown()).meta({
      description:
        "The workspace's view of the case for a campaigner: public and internal facts, never restricted ones",
    }),
  })
  .meta({ description: "Only to a partner key with internal scope" });

export const sourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  publishedDate: day,
  publishedDatePrecision: precision,
  language: z.string(),
  url: z.string().nullable(),
  type: z.string(),
  text: z.string().meta({ description: "The stored snapshot that citations quote" }),
  citedBy: z.array(z.object({ slug: z.string(), url: z.url() })),
  htmlUrl: z.url(),
});

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
  })
  .meta({ description: "Problem details (RFC 9457)" });
