// Flags a source that is already in the library before it is saved: the same URL, the
// same text, or nearly the same text (a republished or lightly edited copy).
import type { Database } from "../db/client";
import { normaliseUrl, sourceTextHash } from "./fingerprint";

export type PossibleDuplicate = { id: string; title: string; reason: string };

const NEAR_DUPLICATE = 0.8;
const COMPARED_CHARACTERS = 4000;

export async function findDuplicateSources(
  db: Database,
  candidate: { url?: string | null; text: string },
): Promise<PossibleDuplicate[]> {
  const found = new Map<string, PossibleDuplicate>();
  const url = candidate.url ? normaliseUrl(candidate.url) : null;
  if (url) {
    const withUrls = await db.source.findMany({
      where: { deletedAt: null, url: { not: null } },
      select: { id: true, title: true, url: true },
    });
    for (const s of withUrls)
      if (s.url && normaliseUrl(s.url) === url) found.set(s.id, { id: s.id, title: s.title, reason: "the same URL" });
  }
  const sameText = await db.source.findMany({
    where: { deletedAt: null, textHash: sourceTextHash(candidate.text) },
    select: { id: true, title: true },
  });
  for (const s of sameText) if (!found.has(s.id)) found.set(s.id, { ...s, reason: "the same text" });

  const near = await db.$queryRaw<{ id: string; title: string; score: number }[]>`
    SELECT id, title, similarity(left(text, ${COMPARED_CHARACTERS}), left(${candidate.text}, ${COMPARED_CHARACTERS}))::float8 AS score
    FROM source WHERE deleted_at IS NULL
      AND similarity(left(text, ${COMPARED_CHARACTERS}), left(${candidate.text}, ${COMPARED_CHARACTERS})) >= ${NEAR_DUPLICATE}
    ORDER BY score DESC LIMIT 5`;
  for (const s of near)
    if (!found.has(s.id))
      found.set(s.id, {
        id: s.id,
        title: s.title,
        reason: `nearly the same text (${Math.round(s.score * 100)}% alike)`,
      });
  return [...found.values()];
}
