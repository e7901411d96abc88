// The public API's contract as zod schemas: the same objects parse requests, shape
// responses and generate the OpenAPI document (lib/api/openapi.ts). Safe to import anywhere.
import { z } from "zod";
import { publicRecordSchema } from "../public/record";
import { SENTENCE_BANDS, STATUSES } from "../public/directory-params";

const TEXT_LIMIT = "must be at most 200 characters";
const searchText = (description: string) =>
  z.string().trim().max(200, { error: TEXT_LIMIT }).optional().meta({ description });
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(", ")}` }).optional();
const LIMIT = "must be a whole number from 1 to 200";
const precision = z.enum(["DAY", "MONTH", "YEAR", "APPROXIMATE"]).nullable();
const day = z
  .string()
  .nullable()
  .meta({ description: "YYYY-MM-DD, at the precision in the matching *Precision field" });

/**
 * GET /prisoners query parameters. Unlike the directory page (which drops a bad value
 * from a hand-edited URL), the API refuses one: a partner who sends status=FOO must learn
 * that it filtered nothing (issue 12), so the answer is 400 naming the parameter and what
 * it accepts. Read the query with listQueryInput() first.
 */
export const listQuerySchema = z.strictObject(
  {
    q: searchText("Name in any spelling or script (typos tolerated), charge, facility or words of the biography"),
    status: oneOf(STATUSES),
    custody: oneOf(["held", "released"] as const),
    region: searchText("Region"),
    facility: searchText("Facility name"),
    article: searchText("Criminal-code article, e.g. 342 or 342.1"),
    designation: searchText("Designating organisation, e.g. Viasna"),
    sentence: oneOf(Object.keys(SENTENCE_BANDS) as [keyof typeof SENTENCE_BANDS]),
    updatedSince: z.iso
      .date({ error: "must be a date as YYYY-MM-DD" })
      .optional()
      .meta({ description: "Only records whose public facts changed on or after this day (YYYY-MM-DD)" }),
    cursor: z
      .string()
      .max(500, { error: "is not a cursor returned by this API" })
      .optional()
      .meta({ description: "The nextCursor of the previous page" }),
    limit: z.coerce
      .number({ error: LIMIT })
      .int({ error: LIMIT })
      .min(1, { error: LIMIT })
      .max(200, { error: LIMIT })
      .default(50),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? "unknown parameter" : undefined) },
);
export type ListQuery = z.infer<typeof listQuerySchema>;
export const API_LIST_PARAMETERS = Object.keys(listQuerySchema.shape);

/**
 * A query string as listQuerySchema reads it: an empty value counts as absent, and
 * control characters (NUL above all, which PostgreSQL refuses in text) become spaces.
 */
export function listQueryInput(params: URLSearchParams): Record<string, string> {
  const input: Record<string, string> = {};
  for (const [name, value] of params) {
    const clean = value.replace(/[\u0000-\u001f\u007f]/g, " ").trim();
    if (clean !== "") input[name] = clean;
  }
  return input;
}

/** A refusal that names each parameter at fault and what it accepts. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) =>
      issue.code === "unrecognized_keys"
        ? `${issue.keys.join(", ")}: not a parameter of this endpoint (its parameters: ${API_LIST_PARAMETERS.join(", ")})`
        : `${issue.path.join(".") || "query"}: ${issue.message}`,
    )
    .join("; ");
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
