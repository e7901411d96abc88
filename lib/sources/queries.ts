import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/session-user";
import { authorize } from "../cases/access";
import { readableVisibilities } from "../auth/permissions";

export const SOURCE_PAGE_SIZE = 50;

/** The library: search by title, publisher and text, newest first, only what the role may read. */
export async function listSources(actor: Actor, { q = "", page = 1 }: { q?: string; page?: number }) {
  authorize(actor, "read:internal");
  const text = q.trim();
  const where = {
    deletedAt: null,
    visibility: { in: readableVisibilities(actor.role) },
    ...(text ? { OR: [{ title: { contains: text, mode: "insensitive" as const } }, { publisher: { contains: text, mode: "insensitive" as const } }, { text: { contains: text, mode: "insensitive" as const } }] } : {}),
  };
  const [sources, total] = await Promise.all([
    db.source.findMany({
      where, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: (page - 1) * SOURCE_PAGE_SIZE, take: SOURCE_PAGE_SIZE,
      select: { id: true, title: true, publisher: true, publishedDate: true, publishedDatePrecision: true, visibility: true, reliability: true, type: true, _count: { select: { citations: true } } },
    }),
    db.source.count({ where }),
  ]);
  return { sources: sources.map(({ _count, ...s }) => ({ ...s, citations: _count.citations })), total, pageCount: Math.max(1, Math.ceil(total / SOURCE_PAGE_SIZE)) };
}
