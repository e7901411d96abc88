// One page of an export: the people a keyset query chose, read by their ids with the parts
// of the public record a letter row is built from. Shared by the export's two readers:
// Prisma in the server (the PDF pack) and node-postgres in the export thread (CSV, XLSX).
import { LETTER_RECORD_PARTS, letterRecordSchema, publicRecordSchema } from "../public/record";
import type { ProjectedPerson } from "./letter-row";

/**
 * The record without the parts a letter row does not need, cut by the database (one `-` of
 * a key list: a `record->'part'` per kept part would read the stored record once for each).
 */
export const OTHER_PARTS = Object.keys(publicRecordSchema.shape).filter(
  (part) => !(LETTER_RECORD_PARTS as readonly string[]).includes(part),
);

/** $1: the page's person ids; $2: OTHER_PARTS. A person unpublished since is not in the answer. */
export const LETTER_PAGE_SQL = `SELECT person_id, slug, status, held, last_updated_at, (record - $2::text[])::text AS letter
  FROM public_person WHERE person_id = ANY($1::text[])`;

export type PageRow = {
  person_id: string;
  slug: string;
  status: string;
  held: boolean;
  last_updated_at: Date;
  letter: string;
};

/** The page's rows in the order of its ids (the keyset query's). */
export function inPageOrder(ids: string[], rows: PageRow[]): PageRow[] {
  const byId = new Map(rows.map((row) => [row.person_id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * A page row as a person, parsed only when its letter row is built: a page parsed at once
 * kept 500 records' objects alive past young-generation collections.
 */
export function letterPerson(row: PageRow): ProjectedPerson {
  const record = letterRecordSchema.parse(JSON.parse(row.letter));
  return { slug: row.slug, status: row.status, held: row.held, lastUpdatedAt: row.last_updated_at, record };
}
