import "server-only";
import { auditReading } from "../auth/restricted-reading";
import { db } from "../db";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { readableVisibilities } from "../auth/permissions";
import { NotFound } from "../errors/app-error";
import type { Reliability, SourceType } from "../generated/prisma/client";
import { findMentions } from "./mentions";
import type { SourceFilter } from "./schemas";

export const SOURCE_PAGE_SIZE = 50;

/** The library: search by title, publisher and text, and filters; newest first, only what the role may read. */
export async function listSources(
  actor: Actor,
  { q = "", page = 1, type = "", reliability = "", visibility = "", language = "" }: Partial<SourceFilter>,
) {
  authorize(actor, "read:internal");
  const text = q.trim();
  const readable = readableVisibilities(actor.role);
  const where = {
    deletedAt: null,
    // Only the newest version of a corrected source; older ones are reached from it.
    nextVersion: { is: null },
    visibility: { in: visibility ? readable.filter((v) => v === visibility) : readable },
    ...(type ? { type: type as SourceType } : {}),
    ...(reliability ? { reliability: reliability as Reliability } : {}),
    ...(language ? { language } : {}),
    ...(text
      ? {
          OR: [
            { title: { contains: text, mode: "insensitive" as const } },
            { publisher: { contains: text, mode: "insensitive" as const } },
            { text: { contains: text, mode: "insensitive" as const } },
          ],
        }
      : {}),
  };
  const [sources, total] = await Promise.all([
    db.source.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * SOURCE_PAGE_SIZE,
      take: SOURCE_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        publisher: true,
        publishedDate: true,
        publishedDatePrecision: true,
        visibility: true,
        reliability: true,
        type: true,
      },
    }),
    db.source.count({ where }),
  ]);
  // The page's citation counts, asked for its sources only: Prisma's `_count` in the page
  // query grouped every citation in the library first (147 ms of the page at 100,000 cases).
  const counted = await db.citation.groupBy({
    by: ["sourceId"],
    where: { sourceId: { in: sources.map((source) => source.id) } },
    _count: { _all: true },
  });
  const citations = new Map(counted.map((c) => [c.sourceId, c._count._all]));
  // DISTINCT in SQL: Prisma's `distinct` reads every source and de-duplicates in the client.
  const languages = await db.$queryRaw<{ language: string }[]>`
    SELECT DISTINCT language FROM source
    WHERE deleted_at IS NULL AND visibility = ANY (${readable}::"Visibility"[]) ORDER BY language`;
  return {
    sources: sources.map((source) => ({ ...source, citations: citations.get(source.id) ?? 0 })),
    total,
    pageCount: Math.max(1, Math.ceil(total / SOURCE_PAGE_SIZE)),
    languages: languages.map((l) => l.language),
  };
}

/** A surname alone points to its bearers only when at most this many people share it. */
const RARE_SURNAME = 20;
/** However many names a text holds, the reading view weighs at most this many people. */
const MAX_CANDIDATES = 500;

/** The source's words (lower case, no possessive) and its runs of two and three words, to look names up by. */
export function nameCandidatesOf(text: string) {
  const tokens = (text.match(/\p{L}[\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, ""));
  const phrases = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (i + 1 < tokens.length) phrases.add(`${tokens[i]} ${tokens[i + 1]}`);
    if (i + 2 < tokens.length) phrases.add(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`);
  }
  return { words: [...new Set(tokens)], phrases: [...phrases] };
}

/**
 * A source with the people it mentions (any spelling). Candidates are prefiltered in SQL
 * (see below) and bounded, and people citing the source are always among them.
 */
export async function getSourceForReading(actor: Actor, id: string, ipAddress: string | null = null) {
  authorize(actor, "read:internal");
  const source = await db.source.findFirst({
    where: { id, deletedAt: null, visibility: { in: readableVisibilities(actor.role) } },
    include: {
      citations: {
        select: {
          id: true,
          quote: true,
          personId: true,
          subjectType: true,
          subjectId: true,
          person: { select: { slug: true, displayName: true } },
        },
      },
      previousVersion: { select: { id: true, version: true } },
      nextVersion: { select: { id: true, version: true, deletedAt: true } },
    },
  });
  if (!source) throw new NotFound();
  // A restricted source's text is shown in full: that reading is audited like a sealed field's.
  if (source.visibility === "RESTRICTED")
    await auditReading(actor, [{ entity: "source", id: source.id, field: "text" }], {
      page: "source",
      subjectType: "source",
      subjectId: source.id,
      ipAddress,
    });
  const { words, phrases } = nameCandidatesOf(source.text);
  // Who the text may name, read through two expression indexes on name_variant instead of
  // every variant of every person: a full name written in the text (two or three words in a
  // row equal to a variant), or a surname standing alone when few people bear it (a surname
  // shared by hundreds names no one in particular); plus the people this source is cited for.
  const candidates = await db.$queryRaw<{ person_id: string; slug: string; display_name: string; names: string[] }[]>`
    WITH surnamed AS (
      SELECT lower(split_part(text, ' ', -1)) AS surname, person_id FROM name_variant
      WHERE lower(split_part(text, ' ', -1)) = ANY (${words}::text[])
    ), rare AS (
      SELECT surname FROM surnamed GROUP BY surname HAVING count(DISTINCT person_id) <= ${RARE_SURNAME}
    ), named AS (
      SELECT person_id FROM name_variant WHERE lower(text) = ANY (${phrases}::text[])
      UNION SELECT person_id FROM surnamed JOIN rare USING (surname)
      UNION SELECT person_id FROM citation WHERE source_id = ${id}
    )
    SELECT p.id AS person_id, p.slug, p.display_name, array_agg(n.text) AS names
    FROM person p JOIN name_variant n ON n.person_id = p.id
    WHERE p.deleted_at IS NULL AND n.visibility = ANY (${readableVisibilities(actor.role)}::"Visibility"[])
      AND p.id IN (SELECT person_id FROM named LIMIT ${MAX_CANDIDATES})
    GROUP BY p.id, p.slug, p.display_name`;
  const mentions = findMentions(
    source.text,
    candidates.map((c) => ({ personId: c.person_id, names: c.names })),
  );
  const people = candidates
    .map((c) => ({
      personId: c.person_id,
      slug: c.slug,
      displayName: c.display_name,
      mentions: mentions.filter((m) => m.personId === c.person_id).length,
    }))
    .filter((p) => p.mentions > 0)
    .sort((a, b) => b.mentions - a.mentions);
  return { source, mentions, people };
}

export const SOURCE_CHOICES_LIMIT = 20;

/**
 * Sources a form may cite, for the picker that searches as the user types: the newest
 * version of each live source this actor may read whose title or publisher contains every
 * word typed, at most SOURCE_CHOICES_LIMIT, by title. With `id`, that one source (to show
 * the choice a form was re-rendered with).
 */
export async function sourceChoices(actor: Actor, { q = "", id = "" }: { q?: string; id?: string }) {
  authorize(actor, "read:internal");
  const words = q.trim().split(/\s+/).filter(Boolean).slice(0, 8);
  if (!id && words.length === 0) return [];
  const found = await db.source.findMany({
    where: {
      deletedAt: null,
      visibility: { in: readableVisibilities(actor.role) },
      ...(id
        ? { id }
        : {
            nextVersion: { is: null },
            AND: words.map((word) => ({
              OR: [
                { title: { contains: word, mode: "insensitive" as const } },
                { publisher: { contains: word, mode: "insensitive" as const } },
              ],
            })),
          }),
    },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: SOURCE_CHOICES_LIMIT,
    select: { id: true, title: true, publisher: true, publishedDate: true },
  });
  return found.map((s) => ({
    id: s.id,
    title: s.title,
    detail: [s.publisher, s.publishedDate?.toISOString().slice(0, 10)].filter(Boolean).join(" · "),
  }));
}
