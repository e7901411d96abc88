import "server-only";
import { unstable_cache } from "next/cache";
import { Prisma } from "../generated/prisma/client";
import type { DatePrecision } from "../dates/partial-date";
import { db } from "../db";
import { phoneticKey } from "../names/search-key";
import { explainNameMatch, queryTokens, type NameMatch } from "../search/match";
import { SENTENCE_BANDS, type DirectoryParams } from "./directory-params";
import { publicNamesSchema, type PublicRecord } from "./record";

// The public directory and its search. Reads only public_person (the projection), so
// nothing unpublished or restricted can be found, filtered on or quoted in a snippet.
// Each query word must match: by its phonetic key against the name key words (any
// spelling, any script, a typo or two via pg_trgm's strict word similarity against the
// lexicon public_name_word), or, folded, as a word
// or prefix of search_text (names, charges, facility names, bio) through its full-text
// index. See docs/decisions/006-public-search.md.

export const DIRECTORY_PAGE_SIZE = 24;

export type DirectoryEntry = {
  slug: string; displayName: string; names: string[]; status: string; held: boolean; sentenceMonths: number | null;
  detainedSince: Date | null; detainedSincePrecision: DatePrecision | null; releasedOn: Date | null; releasedOnPrecision: DatePrecision | null;
  region: string | null; facilityName: string | null;
  /** Why a search found this person: the name variant, or the other field, that matched. */
  match: NameMatch | { field: "facility" | "details" } | null;
};

type Row = {
  slug: string; display_name: string; names: string[]; status: string; held: boolean; sentence_months: number | null;
  detained_since: Date | null; detained_since_precision: DatePrecision | null; released_on: Date | null;
  released_on_precision: DatePrecision | null; region: string | null; facility_name: string | null;
};

/**
 * The statements behind one directory page. A search's rows carry the total (the matches
 * are read anyway to rank them); a plain listing reads only one page through the sort_name
 * index and counts separately. Exported for the benchmark.
 */
export function directoryStatements(params: DirectoryParams) {
  const tokens = params.q ? queryTokens(params.q) : [];
  const where = Prisma.join([Prisma.sql`true`, ...directoryConditions(params)], " AND ");
  const sort = params.sort ?? (tokens.length > 0 ? "relevance" : "name");
  // Only name-like words rank (an article number or punctuation has no phonetic key); with
  // none, relevance is the name order. (A constant here was "ORDER BY 0": a 500 for "342".)
  const ranked = tokens.filter((token) => phoneticKey(token));
  const score = ranked.length > 0 ? Prisma.join(ranked.map(tokenScore), " + ") : null;
  const offset = (params.page - 1) * DIRECTORY_PAGE_SIZE;
  return {
    sort,
    rows: Prisma.sql`
      SELECT slug, display_name, names, status, held, sentence_months, detained_since, detained_since_precision,
        released_on, released_on_precision, region, facility_name, ${tokens.length > 0 ? Prisma.sql`count(*) OVER ()` : Prisma.sql`NULL::bigint`} AS total
      FROM public_person WHERE ${where}
      ORDER BY ${orderBy(sort, score)}, sort_name, person_id
      LIMIT ${DIRECTORY_PAGE_SIZE} OFFSET ${offset}`,
    count: Prisma.sql`SELECT count(*) AS n FROM public_person WHERE ${where}`,
  };
}

/**
 * A page in the back half of the plain name-ordered listing, read from the end: OFFSET
 * walks every row before the page, so the last of 4,000 pages at 100,000 people read the
 * whole index (0.5 s in bench:scale); backwards, no page walks more than half of it.
 * Null when the page is not such a page (searches rank, other orders have nulls to place).
 */
export function backwardPage(params: DirectoryParams, total: number) {
  const offset = (params.page - 1) * DIRECTORY_PAGE_SIZE;
  if (params.q || (params.sort ?? "name") !== "name" || offset <= total / 2) return null;
  const end = Math.min(offset + DIRECTORY_PAGE_SIZE, total);
  const where = Prisma.join([Prisma.sql`true`, ...directoryConditions(params)], " AND ");
  return Prisma.sql`
    SELECT * FROM (
      SELECT slug, display_name, names, status, held, sentence_months, detained_since, detained_since_precision,
        released_on, released_on_precision, region, facility_name, sort_name, person_id, NULL::bigint AS total
      FROM public_person WHERE ${where}
      ORDER BY sort_name DESC, person_id DESC
      LIMIT ${Math.max(0, end - offset)} OFFSET ${total - end}
    ) page ORDER BY sort_name, person_id`;
}

export async function searchDirectory(params: DirectoryParams) {
  const statements = directoryStatements(params);
  const { sort } = statements;
  const searching = params.q !== undefined;
  // Deep pages of the plain listing need the total first, to read them from the end.
  const known = !searching && params.page > 1 ? await db.$queryRaw<{ n: bigint }[]>(statements.count) : null;
  const backward = known ? backwardPage(params, Number(known[0]?.n ?? 0)) : null;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<(Row & { total: bigint | null })[]>(backward ?? statements.rows),
    known ?? (searching ? null : db.$queryRaw<{ n: bigint }[]>(statements.count)),
  ]);
  const carried = rows[0]?.total;
  const total = counted ? Number(counted[0]?.n ?? 0)
    : carried !== undefined && carried !== null ? Number(carried)
    : params.page > 1 ? Number((await db.$queryRaw<{ n: bigint }[]>(statements.count))[0]?.n ?? 0) : 0;
  return {
    total,
    sort,
    pageCount: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)),
    people: rows.map((row): DirectoryEntry => ({
      slug: row.slug, displayName: row.display_name, names: row.names, status: row.status, held: row.held,
      sentenceMonths: row.sentence_months, detainedSince: row.detained_since, detainedSincePrecision: row.detained_since_precision,
      releasedOn: row.released_on, releasedOnPrecision: row.released_on_precision, region: row.region, facilityName: row.facility_name,
      match: params.q ? explainMatch(params.q, row) : null,
    })),
  };
}

/**
 * The public name variants, with their script and language, of the people on one page,
 * so that Belarusian and Russian pages can show each name in their own spelling. One
 * primary-key read per row of the page; the search itself stays as it is.
 */
export async function nameVariantsOf(slugs: string[]): Promise<Map<string, PublicRecord["names"]>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.$queryRaw<{ slug: string; names: unknown }[]>`
    SELECT slug, record->'names' AS names FROM public_person WHERE slug = ANY (${slugs}::text[])`;
  return new Map(rows.map((row) => [row.slug, publicNamesSchema.parse(row.names)]));
}

/** The values the filters offer: only those that occur among published people. */
export async function directoryFacets() {
  const [facets] = await db.$queryRaw<{ regions: string[] | null; facilities: string[] | null; articles: string[] | null; designations: string[] | null }[]>`
    SELECT
      (SELECT array_agg(DISTINCT region ORDER BY region) FROM public_person WHERE region IS NOT NULL) AS regions,
      (SELECT array_agg(DISTINCT facility_name ORDER BY facility_name) FROM public_person WHERE facility_name IS NOT NULL) AS facilities,
      (SELECT array_agg(DISTINCT a ORDER BY a) FROM public_person, unnest(articles) a) AS articles,
      (SELECT array_agg(DISTINCT d ORDER BY d) FROM public_person, unnest(designations) d) AS designations`;
  return {
    regions: facets?.regions ?? [],
    facilities: facets?.facilities ?? [],
    articles: (facets?.articles ?? []).sort((a, b) => a.localeCompare(b, "en", { numeric: true })),
    designations: facets?.designations ?? [],
  };
}

/** directoryFacets for pages, cached for a minute: it reads every row. */
export const cachedDirectoryFacets = unstable_cache(directoryFacets, ["directory-facets"], { revalidate: 60, tags: ["public-people"] });

/**
 * The directory's filters and search words as SQL conditions; the public API uses the same.
 * A query with no word in it (only punctuation) finds no one rather than everyone.
 */
export function directoryConditions(p: Omit<DirectoryParams, "page" | "sort">): Prisma.Sql[] {
  const tokens = p.q ? queryTokens(p.q) : [];
  const nothingToFind = p.q !== undefined && tokens.length === 0;
  return [...filterConditions(p), ...tokens.map(tokenCondition), ...(nothingToFind ? [Prisma.sql`false`] : [])];
}

function filterConditions(p: Omit<DirectoryParams, "page" | "sort">): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (p.status) conditions.push(Prisma.sql`status = ${p.status}`);
  if (p.custody) conditions.push(Prisma.sql`held = ${p.custody === "held"}`);
  if (p.region) conditions.push(Prisma.sql`region = ${p.region}`);
  if (p.facility) conditions.push(Prisma.sql`facility_name = ${p.facility}`);
  if (p.article) conditions.push(Prisma.sql`articles @> ARRAY[${p.article}]::text[]`);
  if (p.designation) conditions.push(Prisma.sql`designations @> ARRAY[${p.designation}]::text[]`);
  if (p.sentence) {
    const [min, max] = SENTENCE_BANDS[p.sentence];
    conditions.push(Prisma.sql`sentence_months BETWEEN ${min} AND ${max}`);
  }
  return conditions;
}

function tokenCondition(token: string): Prisma.Sql {
  const key = phoneticKey(token);
  const conditions: Prisma.Sql[] = [];
  // Names: each word of the phonetic key against the lexicon of name key words, as a
  // whole word with a typo or two (strict word similarity ≥ 0.5: a prefix alone,
  // Bialiatski → Bialiatsevich, is not enough); then the people having one of the words
  // that matched, by exact array overlap.
  if (key) {
    const words = key.split(" ").map((word) => Prisma.sql`name_words && ARRAY(SELECT word FROM public_name_word WHERE ${word} <<% word)`);
    conditions.push(Prisma.sql`(${Prisma.join(words, " AND ")})`);
  }
  // Other words (charges, facility names, bio): exact or prefix, through the full-text index.
  const words = wordsOf(token);
  if (words) conditions.push(Prisma.sql`search_vector @@ (${words})`);
  // Article numbers ("342", "342.1") match the charges' articles.
  if (/\d/.test(token)) {
    conditions.push(Prisma.sql`articles @> ARRAY[${token}]::text[] OR ${token} = ANY (SELECT split_part(a, '.', 1) FROM unnest(articles) a)`);
  }
  return conditions.length > 0 ? Prisma.sql`(${Prisma.join(conditions, " OR ")})` : Prisma.sql`false`;
}

/**
 * A tsquery of the token's words as prefixes ("crimes:* & against:*"). Each word, folded,
 * goes in as a quoted lexeme (quote_literal), so no character of it can be tsquery syntax.
 */
function wordsOf(token: string): Prisma.Sql | null {
  const parts = token.match(/[\p{L}\p{N}]+/gu);
  if (!parts) return null;
  const words = parts.map(
    (part) => Prisma.sql`to_tsquery('simple', quote_literal(casebook_fold(${part})) || ':*')`,
  );
  return Prisma.join(words, " && ");
}

function tokenScore(token: string): Prisma.Sql {
  // Rank by how well the names match; the name keys are short, so this is cheap.
  return Prisma.sql`strict_word_similarity(${phoneticKey(token)}, name_keys)`;
}

function orderBy(sort: string, score: Prisma.Sql | null): Prisma.Sql {
  switch (sort) {
    case "relevance": return score ? Prisma.sql`${score} DESC` : Prisma.sql`sort_name`;
    case "detained-newest": return Prisma.sql`detained_since DESC NULLS LAST`;
    case "detained-oldest": return Prisma.sql`detained_since ASC NULLS LAST`;
    case "sentence": return Prisma.sql`sentence_months DESC NULLS LAST`;
    case "updated": return Prisma.sql`last_updated_at DESC`;
    default: return Prisma.sql`sort_name`;
  }
}

function explainMatch(query: string, row: Row): DirectoryEntry["match"] {
  const name = explainNameMatch(query, row.names);
  if (name) return name;
  const folded = query.toLowerCase();
  if (row.facility_name?.toLowerCase().includes(folded)) return { field: "facility" };
  return { field: "details" };
}
