// Streams letter rows for published people from the public projection in pages of
// `batchSize`, by keyset on (sort_name, person_id): each page is one index range read
// after the last row of the previous page, so an export of any size holds one page in
// memory and costs the same per page at the first row and the 100,000th. The people are
// chosen by a condition on the projection (the case list's filter), never by a list of ids.
import type { Database } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { inPageOrder, LETTER_PAGE_SQL, letterPerson, OTHER_PARTS, type PageRow } from "./letter-page";
import { toLetterRow, type LetterRow } from "./letter-row";

export type PublishedSelection = {
  /** A short, fixed list (a campaign's cases); long selections use `where`. */
  slugs?: string[];
  /** Which people, as a condition on `public_person pp` (e.g. the workspace case list's filter). */
  where?: Prisma.Sql;
  limit?: number;
  batchSize?: number;
};

/** The chosen people's ids, a page at a time, in the export's order (sort name, then id). */
export async function* publishedIdPages(
  db: Database,
  { slugs, where, limit = Infinity, batchSize = 500 }: PublishedSelection,
): AsyncGenerator<string[]> {
  let after: { sortName: string; personId: string } | undefined;
  let remaining = limit;
  while (remaining > 0) {
    const take = Math.min(batchSize, remaining);
    const conditions = [
      ...(slugs ? [Prisma.sql`pp.slug = ANY(${slugs}::text[])`] : []),
      ...(where ? [where] : []),
      // The redundant `>=` lets the index range start at the cursor; the OR settles ties.
      ...(after
        ? [
            Prisma.sql`pp.sort_name >= ${after.sortName} AND (pp.sort_name > ${after.sortName}
              OR (pp.sort_name = ${after.sortName} AND pp.person_id > ${after.personId}))`,
          ]
        : []),
    ];
    const batch = await db.$queryRaw<{ person_id: string; sort_name: string }[]>`
      SELECT pp.person_id, pp.sort_name FROM public_person pp
      WHERE ${conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`}
      ORDER BY pp.sort_name, pp.person_id LIMIT ${take}`;
    if (batch.length) yield batch.map((row) => row.person_id);
    remaining -= batch.length;
    const last = batch.at(-1);
    if (!last || batch.length < take) return;
    after = { sortName: last.sort_name, personId: last.person_id };
  }
}

/** The chosen people's letter rows, read in this process (the PDF pack, benchmarks). */
export async function* publicLetterRows(
  db: Database,
  { baseUrl, ...selection }: PublishedSelection & { baseUrl: string },
): AsyncGenerator<LetterRow> {
  for await (const ids of publishedIdPages(db, selection)) {
    const rows = await db.$queryRawUnsafe<PageRow[]>(LETTER_PAGE_SQL, ids, OTHER_PARTS);
    for (const row of inPageOrder(ids, rows)) yield toLetterRow(letterPerson(row), baseUrl);
  }
}
