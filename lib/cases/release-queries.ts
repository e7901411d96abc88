import "server-only";
import { db } from "../db";
import { NotFound } from "../errors/app-error";
import { authorize } from "../auth/access";
import type { Actor } from "../auth/session-user";

/** What the release form needs: the case, its open detention, its bio and the sources to cite. */
export async function releaseFormFor(actor: Actor, slug: string) {
  authorize(actor, "edit:case");
  const person = await db.person.findUnique({
    where: { slug },
    select: { id: true, slug: true, displayName: true, bio: true, deletedAt: true },
  });
  if (!person || person.deletedAt) throw new NotFound();
  const [open, sources] = await Promise.all([
    db.detentionEpisode.findFirst({
      where: { personId: person.id, released: false, releaseDate: null },
      select: { id: true, arrestDate: true },
    }),
    // The case's own sources first, then the newest of the library.
    db.source.findMany({
      where: { deletedAt: null },
      orderBy: { createdAt: "desc" },
      take: 300,
      select: { id: true, title: true, citations: { where: { personId: person.id }, select: { id: true }, take: 1 } },
    }),
  ]);
  const ordered = [...sources].sort((a, b) => Number(b.citations.length > 0) - Number(a.citations.length > 0));
  return {
    person,
    open,
    sourceOptions: Object.fromEntries(ordered.map((s) => [s.id, s.title])),
  };
}
