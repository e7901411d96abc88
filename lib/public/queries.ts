import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "../db";
import { isRecordId, isSlug } from "../text/slug";
import { parsePublicRecord, type PublicCitation, type PublicRecord } from "./record";

// Public reads. They touch only the public projection (public_person, public_source),
// which holds nothing but allowlisted fields of published records: a visitor's
// request cannot reach restricted data through this module, whatever its arguments.

// Anything that cannot be a slug or an id is not found, without a query (PostgreSQL refuses NUL in text).
export async function getPublicCase(slug: string) {
  if (!isSlug(slug)) return null;
  const row = await db.publicPerson.findUnique({
    where: { slug },
    select: { record: true, status: true, held: true, lastUpdatedAt: true, detainedSince: true, releasedOn: true },
  });
  if (!row) return null;
  return { ...row, record: parsePublicRecord(row.record) };
}

export async function getPublicSource(id: string) {
  if (!isRecordId(id)) return null;
  const source = await db.publicSource.findUnique({ where: { sourceId: id } });
  if (!source) return null;
  const citing = await db.publicPerson.findMany({
    where: { sourceIds: { has: id } },
    orderBy: { sortName: "asc" },
    select: { slug: true, displayName: true, record: true },
  });
  const citedBy = citing.map((person) => {
    const record = parsePublicRecord(person.record);
    const citations = record.citations.filter(
      (c): c is Extract<PublicCitation, { public: true }> => c.public && c.sourceId === id,
    );
    return { slug: person.slug, displayName: person.displayName, names: record.names, citations: citations.map((c) => ({ ...c, fact: describeFact(record, c) })) };
  });
  return { source, citedBy };
}

export async function countPublicPeople() {
  // One pass over the projection for both counts (two count(*) read 100,000 rows twice).
  const [row] = await db.$queryRaw<{ total: bigint; held: bigint }[]>`
    SELECT count(*) AS total, count(*) FILTER (WHERE held) AS held FROM public_person`;
  const total = Number(row?.total ?? 0);
  const held = Number(row?.held ?? 0);
  return { total, held, released: total - held };
}

/** countPublicPeople for the home page, cached for a minute like the directory's facets. */
export const cachedPublicCounts = unstable_cache(countPublicPeople, ["public-counts"], {
  revalidate: 60,
  tags: ["public-people"],
});

/**
 * What fact a citation supports, for the source page's "cited on" list: its kind and a
 * short detail (an event's title, a name, a condition), worded in the page's language.
 */
export type CitedFact = { subjectType: string; field: string | null; detail: string | null };

export function describeFact(record: PublicRecord, c: PublicCitation): CitedFact {
  const detail =
    c.subjectType === "TIMELINE_EVENT" ? record.timeline.find((t) => t.id === c.subjectId)?.title
    : c.subjectType === "NAME_VARIANT" ? record.names.find((n) => n.id === c.subjectId)?.text
    : c.subjectType === "CONDITION_PERIOD" ? record.conditions.find((k) => k.id === c.subjectId)?.kind
    : null;
  return { subjectType: c.subjectType, field: c.field, detail: detail ?? null };
}

/** The most recently updated published people, for the home page and the site feed. */
export async function listRecentUpdates(limit = 20) {
  const rows = await db.publicPerson.findMany({
    orderBy: [{ lastUpdatedAt: "desc" }, { personId: "asc" }],
    take: limit,
    select: { slug: true, displayName: true, status: true, held: true, lastUpdatedAt: true, record: true },
  });
  return rows.map(({ record, ...row }) => {
    const { person, names, timeline } = parsePublicRecord(record);
    return { ...row, bio: person.bio, names, latestEvent: timeline.at(-1) ?? null };
  });
}

