import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { readableVisibilities } from "../auth/permissions";
import { NotFound } from "../auth/errors";
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
        _count: { select: { citations: true } },
      },
    }),
    db.source.count({ where }),
  ]);
  const languages = await db.source.findMany({
    where: { deletedAt: null, visibility: { in: readable } },
    distinct: ["language"],
    select: { language: true },
    orderBy: { language: "asc" },
  });
  return {
    sources: sources.map(({ _count, ...s }) => ({ ...s, citations: _count.citations })),
    total,
    pageCount: Math.max(1, Math.ceil(total / SOURCE_PAGE_SIZE)),
    languages: languages.map((l) => l.language),
  };
}

/**
 * A source with the people it mentions (any spelling). Candidates are prefiltered in
 * SQL: people with a spelling sharing a word with the text, and people citing it.
 */
export async function getSourceForReading(actor: Actor, id: string) {
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
  const words = [
    ...new Set((source.text.match(/\p{L}[\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, ""))),
  ];
  const candidates = await db.$queryRaw<{ person_id: string; slug: string; display_name: string; names: string[] }[]>`
    SELECT p.id AS person_id, p.slug, p.display_name, array_agg(n.text) AS names
    FROM person p JOIN name_variant n ON n.person_id = p.id
    WHERE p.deleted_at IS NULL AND n.visibility = ANY (${readableVisibilities(actor.role)}::"Visibility"[])
      AND p.id IN (
        SELECT person_id FROM name_variant WHERE string_to_array(lower(text), ' ') && ${words}::text[]
        UNION SELECT person_id FROM citation WHERE source_id = ${id})
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
