import { z } from "zod";

// The directory's state, held in the URL so a search can be shared. Safe to import from
// client components. A value that does not parse is dropped rather than failing the page:
// visitors edit URLs by hand and follow old links.

export const STATUSES = ["DETAINED", "PRE_TRIAL", "CONVICTED", "UNDER_APPEAL", "RELEASED", "EXILED", "DECEASED", "DISAPPEARED", "UNKNOWN"] as const;
export const SENTENCE_BANDS = { "under-2": [0, 23], "2-5": [24, 60], "5-10": [61, 120], "over-10": [121, 10_000] } as const;
export const SORTS = ["relevance", "name", "detained-newest", "detained-oldest", "sentence", "updated"] as const;

// Control characters (NUL above all, which PostgreSQL refuses in text) become spaces.
const text = z
  .string()
  .transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, " "))
  .pipe(z.string().trim().min(1).max(200))
  .optional()
  .catch(undefined);

export const directoryParamsSchema = z.object({
  q: text,
  status: z.enum(STATUSES).optional().catch(undefined),
  custody: z.enum(["held", "released"]).optional().catch(undefined),
  region: text,
  facility: text,
  article: text,
  designation: text,
  sentence: z.enum(Object.keys(SENTENCE_BANDS) as [keyof typeof SENTENCE_BANDS]).optional().catch(undefined),
  sort: z.enum(SORTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type DirectoryParams = z.infer<typeof directoryParamsSchema>;

/** Reads Next's searchParams, taking the first value of a repeated parameter. */
export function parseDirectoryParams(raw: Record<string, string | string[] | undefined>): DirectoryParams {
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return directoryParamsSchema.parse(flat);
}

/** The URL of the directory in this state; page 1 and empty values are left out. */
export function directoryHref(params: Partial<DirectoryParams>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === "" || (key === "page" && value === 1)) continue;
    query.set(key, String(value));
  }
  const qs = query.toString();
  return qs ? `/prisoners?${qs}` : "/prisoners";
}
