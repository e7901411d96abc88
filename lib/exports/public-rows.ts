// Streams letter rows for published people from the public projection in pages of
// `batchSize`, by keyset on (sort_name, person_id): each page is one index range read
// after the last row of the previous page, so an export of any size holds one page in
// memory and costs the same per page at the first row and the 100,000th. The people are
// chosen by a filter on the projection (the case list's), never by a list of ids.
import type { Database } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { LETTER_RECORD_PARTS, letterRecordSchema, publicRecordSchema } from "../public/record";
import { toLetterRow, type LetterRow, type ProjectedPerson } from "./letter-row";

/**
 * The record without the parts a letter row does not need, cut by the database (one `-` of
 * a key list: a `record->'part'` per kept part would read the stored record once for each).
 */
const OTHER_PARTS = Object.keys(publicRecordSchema.shape).filter(
  (part) => !(LETTER_RECORD_PARTS as readonly string[]).includes(part),
);
const LETTER_PARTS = Prisma.sql`(record - ${OTHER_PARTS}::text[])::text`;

type PageRow = {
  person_id: string;
  slug: string;
  status: string;
  held: boolean;
  last_updated_at: Date;
  letter: string;
};

/**
 * One page's people, in the page's order, each with the letter parts of its record as text.
 * Read by primary key after the keyset query chose them (Prisma cannot select part of a
 * JSON column); a person unpublished in between is simply not in the page, and each
 * person's status and record come from the same row.
 */
async function letterPage(db: Database, ids: string[]): Promise<PageRow[]> {
  const rows = await db.$queryRaw<PageRow[]>`
    SELECT person_id, slug, status, held, last_updated_at, ${LETTER_PARTS} AS letter
    FROM public_person WHERE person_id = ANY(${ids}::text[])`;
  const byId = new Map(rows.map((row) => [row.person_id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * A page row as a person, parsed only when its letter row is built: a page parsed at once
 * kept 500 records' objects alive past young-generation collections, and the old
 * generation, and the server's memory, grew by hundreds of megabytes over an export.
 */
function person(row: PageRow): ProjectedPerson {
  const record = letterRecordSchema.parse(JSON.parse(row.letter));
  return { slug: row.slug, status: row.status, held: row.held, lastUpdatedAt: row.last_updated_at, record };
}

export async function* publicLetterRows(
  db: Database,
  {
    baseUrl,
    slugs,
    where,
    limit = Infinity,
    batchSize = 500,
  }: {
    baseUrl: string;
    /** A short, fixed list (a campaign's cases); long selections use `where`. */
    slugs?: string[];
    /** Which people, as a filter on the projection (e.g. the workspace case list's). */
    where?: Prisma.PublicPersonWhereInput;
    limit?: number;
    batchSize?: number;
  },
): AsyncGenerator<LetterRow> {
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
    const page = await letterPage(
      db,
      batch.map((row) => row.personId),
    );
    for (const row of page) yield toLetterRow(person(row), baseUrl);
    remaining -= batch.length;
    const last = batch.at(-1);
    if (!last || batch.length < take) return;
    after = { sortName: last.sortName, personId: last.personId };
  }
}
