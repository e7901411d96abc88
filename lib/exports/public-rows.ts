// Streams letter rows for published people from the public projection in pages of
// `batchSize` (Prisma cursor paging in name order), so an export of any size holds one
// page in memory at a time.
import type { Database } from "../db/client";
import { parsePublicRecord } from "../public/record";
import { toLetterRow, type LetterRow } from "./letter-row";

export async function* publicLetterRows(
  db: Database,
  {
    baseUrl,
    slugs,
    limit = Infinity,
    batchSize = 500,
  }: { baseUrl: string; slugs?: string[]; limit?: number; batchSize?: number },
): AsyncGenerator<LetterRow> {
  let cursor: string | undefined;
  let remaining = limit;
  while (remaining > 0) {
    const take = Math.min(batchSize, remaining);
    const batch = await db.publicPerson.findMany({
      where: slugs ? { slug: { in: slugs } } : undefined,
      orderBy: [{ sortName: "asc" }, { personId: "asc" }],
      take,
      ...(cursor ? { cursor: { personId: cursor }, skip: 1 } : {}),
      select: { personId: true, slug: true, status: true, held: true, lastUpdatedAt: true, record: true },
    });
    for (const person of batch) yield toLetterRow({ ...person, record: parsePublicRecord(person.record) }, baseUrl);
    remaining -= batch.length;
    const last = batch.at(-1);
    if (!last || batch.length < take) return;
    cursor = last.personId;
  }
}
