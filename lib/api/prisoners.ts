// Public API reads. Like every public read they touch only the projection
// (public_person, public_source), so no unpublished or restricted data can be returned.
import { Prisma } from "../generated/prisma/client";
import type { Database } from "../db/client";
import { parsePublicRecord } from "../public/record";
import { encodeCursor, type Cursor } from "./cursor";
import { z } from "zod";
import { isRecordId, isSlug } from "../text/slug";
import { directoryConditions } from "../public/directory";
import { SENTENCE_BANDS, STATUSES } from "../public/directory-params";

// The directory's filters (q, status, custody, region, facility, article, designation,
// sentence), plus paging and a change date for partners who sync. Unlike the directory's
// page, which drops what it cannot read, the API refuses it: a partner who sends
// status=FOO must learn that it filtered nothing (issue 12), so every parameter says
// what it accepts, and the route answers 400 with that.
const absentWhenEmpty = (value: unknown) => (value === "" ? undefined : value);
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(absentWhenEmpty, z.enum(values, { error: `must be one of ${values.join(", ")}` }).optional());
// Control characters (NUL above all, which PostgreSQL refuses in text) become spaces.
const text = z.preprocess(
  absentWhenEmpty,
  z
    .string()
    .max(200, { error: "must be at most 200 characters" })
    .transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, " ").trim())
    .optional(),
);

export const apiListParams = z.strictObject(
  {
    q: text,
    status: oneOf(STATUSES),
    custody: oneOf(["held", "released"] as const),
    region: text,
    facility: text,
    article: text,
    designation: text,
    sentence: oneOf(Object.keys(SENTENCE_BANDS) as [keyof typeof SENTENCE_BANDS]),
    updatedSince: z.preprocess(absentWhenEmpty, z.iso.date({ error: "must be a date as YYYY-MM-DD" }).optional()),
    cursor: z.preprocess(
      absentWhenEmpty,
      z.string().max(500, { error: "is not a cursor returned by this API" }).optional(),
    ),
    limit: z.preprocess(
      absentWhenEmpty,
      z.coerce
        .number({ error: "must be a whole number from 1 to 200" })
        .int({ error: "must be a whole number from 1 to 200" })
        .min(1, { error: "must be a whole number from 1 to 200" })
        .max(200, { error: "must be a whole number from 1 to 200" })
        .default(50),
    ),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? "unknown parameter" : undefined) },
);
export type ApiListParams = z.infer<typeof apiListParams>;
export const API_LIST_PARAMETERS = Object.keys(apiListParams.shape);

/** A refusal that names each parameter at fault and what it accepts. */
export function describeParamErrors(error: z.ZodError): string {
  return error.issues
    .map((issue) =>
      issue.code === "unrecognized_keys"
        ? `${issue.keys.join(", ")}: not a parameter of this endpoint (its parameters: ${API_LIST_PARAMETERS.join(", ")})`
        : `${issue.path.join(".")}: ${issue.message}`,
    )
    .join("; ");
}

function filterConditions(params: ApiListParams): Prisma.Sql[] {
  const conditions = directoryConditions(params);
  if (params.updatedSince)
    conditions.push(Prisma.sql`last_updated_at >= ${new Date(`${params.updatedSince}T00:00:00Z`)}`);
  return conditions;
}

type Row = {
  person_id: string;
  slug: string;
  display_name: string;
  sort_name: string;
  names: string[];
  status: string;
  held: boolean;
  detained_since: Date | null;
  detained_since_precision: string | null;
  released_on: Date | null;
  released_on_precision: string | null;
  sentence_months: number | null;
  region: string | null;
  facility_name: string | null;
  last_updated_at: Date;
};

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

export async function listPrisoners(db: Database, params: ApiListParams, cursor: Cursor | null, baseUrl: string) {
  const conditions = [Prisma.sql`true`, ...filterConditions(params)];
  if (cursor) conditions.push(Prisma.sql`(sort_name, person_id) > (${cursor.sortName}, ${cursor.id})`);
  const rows = await db.$queryRaw<Row[]>`
    SELECT person_id, slug, display_name, sort_name, names, status, held, detained_since, detained_since_precision::text,
      released_on, released_on_precision::text, sentence_months, region, facility_name, last_updated_at
    FROM public_person WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY sort_name, person_id LIMIT ${params.limit + 1}`;
  const page = rows.slice(0, params.limit);
  const last = page.at(-1);
  return {
    data: page.map((r) => ({
      slug: r.slug,
      name: r.display_name,
      otherNames: r.names.filter((n) => n !== r.display_name),
      status: r.status,
      held: r.held,
      detainedSince: day(r.detained_since),
      detainedSincePrecision: r.detained_since_precision,
      releasedOn: day(r.released_on),
      releasedOnPrecision: r.released_on_precision,
      sentenceMonths: r.sentence_months,
      region: r.region,
      facility: r.facility_name,
      lastUpdated: r.last_updated_at.toISOString(),
      url: `${baseUrl}/prisoners/${r.slug}`,
    })),
    nextCursor:
      rows.length > params.limit && last ? encodeCursor({ sortName: last.sort_name, id: last.person_id }) : null,
  };
}

export async function getPrisoner(db: Database, slug: string, baseUrl: string) {
  if (!isSlug(slug)) return null;
  const row = await db.publicPerson.findUnique({
    where: { slug },
    select: { status: true, held: true, lastUpdatedAt: true, record: true },
  });
  if (!row) return null;
  const record = parsePublicRecord(row.record);
  return {
    slug,
    name: record.person.displayName,
    status: row.status,
    held: row.held,
    lastUpdated: row.lastUpdatedAt.toISOString(),
    url: `${baseUrl}/prisoners/${slug}`,
    record,
  };
}

export async function getSource(db: Database, id: string, baseUrl: string) {
  if (!isRecordId(id)) return null;
  const source = await db.publicSource.findUnique({ where: { sourceId: id } });
  if (!source) return null;
  const citing = await db.publicPerson.findMany({
    where: { sourceIds: { has: id } },
    orderBy: { sortName: "asc" },
    select: { slug: true },
  });
  return {
    id: source.sourceId,
    title: source.title,
    publisher: source.publisher,
    author: source.author,
    publishedDate: day(source.publishedDate),
    publishedDatePrecision: source.publishedDatePrecision,
    language: source.language,
    url: source.url,
    type: source.type,
    text: source.text,
    citedBy: citing.map((p) => ({ slug: p.slug, url: `${baseUrl}/prisoners/${p.slug}` })),
    htmlUrl: `${baseUrl}/sources/${source.sourceId}`,
  };
}
