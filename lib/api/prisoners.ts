// Public API reads. Like every public read they touch only the projection
// (public_person, public_source), so no unpublished or restricted data can be returned.
import { Prisma } from "../generated/prisma/client";
import type { Database } from "../db/client";
import { publicRecordSchema } from "../public/record";
import { encodeCursor, type Cursor } from "./cursor";
import { directoryConditions } from "../public/directory";
import { isRecordId, isSlug } from "../text/slug";
import { prisonerListSchema, prisonerSchema, sourceSchema, type ListQuery } from "./schemas";

// The directory's filters (q, status, custody, region, facility, article, designation,
// sentence), plus paging and a change date for partners who sync (lib/api/schemas.ts).
// Every answer is parsed through its schema: it says exactly what the OpenAPI document says.
type ApiListParams = ListQuery;

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
  return prisonerListSchema.parse({
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
  });
}

export async function getPrisoner(db: Database, slug: string, baseUrl: string) {
  if (!isSlug(slug)) return null;
  const row = await db.publicPerson.findUnique({
    where: { slug },
    select: { status: true, held: true, lastUpdatedAt: true, record: true },
  });
  if (!row) return null;
  const record = publicRecordSchema.parse(row.record);
  return prisonerSchema.parse({
    slug,
    name: record.person.displayName,
    status: row.status,
    held: row.held,
    lastUpdated: row.lastUpdatedAt.toISOString(),
    url: `${baseUrl}/prisoners/${slug}`,
    record,
  });
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
  return sourceSchema.parse({
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
  });
}
