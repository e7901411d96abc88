import "server-only";
import type { Tx } from "../db/client";
import { db } from "../db";
import type { NameOf } from "./snapshot";

/**
 * Names for the ids revisions mention: facilities, prosecutions, relatives, legal
 * articles and sources, so the history reads "Penal colony No. 3", not a cuid.
 */
export async function namesOf(ids: string[], client: Tx | typeof db = db): Promise<NameOf> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return {};
  const where = { id: { in: unique } };
  const [facilities, prosecutions, relatives, articles, sources] = await Promise.all([
    client.facility.findMany({ where, select: { id: true, name: true } }),
    client.prosecution.findMany({ where, select: { id: true, caseNumber: true } }),
    client.relative.findMany({ where, select: { id: true, name: true, relation: true } }),
    client.legalArticle.findMany({ where, select: { id: true, article: true, part: true, title: true } }),
    client.source.findMany({ where, select: { id: true, title: true } }),
  ]);
  const entries: [string, string][] = [
    ...facilities.map((f): [string, string] => [f.id, f.name]),
    ...prosecutions.map((p): [string, string] => [
      p.id,
      p.caseNumber ? `Prosecution ${p.caseNumber}` : "Prosecution (no case number)",
    ]),
    ...relatives.map((r): [string, string] => [r.id, `${r.name} (${r.relation})`]),
    ...articles.map((a): [string, string] => [a.id, `Art. ${a.article}${a.part ? `(${a.part})` : ""} ${a.title}`]),
    ...sources.map((s): [string, string] => [s.id, s.title]),
  ];
  return Object.fromEntries(entries);
}
