// The public page of a case as visitors would see it once published: the projection is
// built inside a transaction that is then rolled back, so the preview is exactly what
// refresh_public_person() would publish, and nothing reaches the public meanwhile.
import "server-only";
import { db } from "../db";
import { NotFound } from "../errors/app-error";
import { authorize } from "../auth/access";
import type { Actor } from "../auth/session-user";
import { parsePublicRecord, type PublicRecord } from "../public/record";
import { unsourcedFacts, type UnsourcedFact } from "../public/unsourced";

export type PublicPreview = {
  person: { id: string; slug: string; displayName: string; published: boolean };
  record: PublicRecord;
  status: string;
  held: boolean;
  unsourced: UnsourcedFact[];
};

class RollBack extends Error {
  constructor(readonly preview: PublicPreview) {
    super("preview");
  }
}

export async function previewPublicPage(actor: Actor, slug: string): Promise<PublicPreview> {
  authorize(actor, "read:internal");
  const person = await db.person.findUnique({
    where: { slug },
    select: { id: true, slug: true, displayName: true, published: true, deletedAt: true },
  });
  if (!person || person.deletedAt) throw new NotFound();
  try {
    await db.$transaction(async (tx) => {
      // Raw SQL: no version bump, no updated_at; rolled back below in any case.
      await tx.$executeRaw`UPDATE person SET published = true WHERE id = ${person.id}`;
      await tx.$executeRaw`SELECT refresh_public_person(${person.id})`;
      const row = await tx.publicPerson.findUniqueOrThrow({
        where: { personId: person.id },
        select: { record: true, status: true, held: true },
      });
      const record = parsePublicRecord(row.record);
      throw new RollBack({
        person: { id: person.id, slug: person.slug, displayName: person.displayName, published: person.published },
        record,
        status: row.status,
        held: row.held,
        unsourced: unsourcedFacts(record),
      });
    });
  } catch (error) {
    if (error instanceof RollBack) return error.preview;
    throw error;
  }
  throw new Error("unreachable: the preview always rolls back");
}
