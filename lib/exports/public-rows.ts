// Streams letter rows for published people from the public projection in pages of
// `batchSize`, by keyset on (sort_name, person_id): each page is one index range read
// after the last row of the previous page, so an export of any size holds one page in
// memory and costs the same per page at the first row and the 100,000th. The people are
// chosen by a filter on the projection (the case list's), never by a list of ids.
import type { Database } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { inPageOrder, LETTER_PAGE_SQL, letterPerson, OTHER_PARTS, type PageRow } from "./letter-page";
import { toLetterRow, type LetterRow } from "./letter-row";

export type PublishedSelection = {
  /** A short, fixed list (a campaign's cases); long selections use `where`. */
  slugs?: string[];
  /** Which people, as a filter on the projection (e.g. the workspace case list's). */
  where?: Prisma.PublicPersonWhereInput;
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
  const chosen: Prisma.PublicPersonWhereInput[] = [
    ...(slugs ? [{ slug: { in: slugs } }] : []),
    ...(where ? [where] : []),
  ];
  while (remaining > 0) {
    const take = Math.min(batchSize, remaining);
    const batch = await db.publicPerson.findMany({
      where: {
        AND: [
          ...chosen,
          // The redundant `gte` lets the index range start at the cursor; the OR settles ties.
          ...(after
            ? [
                { sortName: { gte: after.sortName } },
                {
                  OR: [
                    { sortName: { gt: after.sortName } },
                    { sortName: after.sortName, personId: { gt: after.personId } },
                  ],
                },
              ]
            : []),
        ],
      },
      orderBy: [{ sortName: "asc" }, { personId: "asc" }],
      take,
      select: { personId: true, sortName: true },
    });
    if (batch.length) yield batch.map((row) => row.personId);
    remaining -= batch.length;
    const last = batch.at(-1);
    if (!last || batch.length < take) return;
    after = { sortName: last.sortName, personId: last.personId };
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
