import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";

export async function listLegalArticles(actor: Actor) {
  authorize(actor, "read:internal");
  const articles = await db.legalArticle.findMany({
    orderBy: [{ jurisdiction: "asc" }, { code: "asc" }, { article: "asc" }, { part: "asc" }],
    select: {
      id: true,
      jurisdiction: true,
      code: true,
      article: true,
      part: true,
      title: true,
      _count: { select: { charges: true } },
    },
  });
  return articles.map(({ _count, ...a }) => ({ ...a, charges: _count.charges }));
}
