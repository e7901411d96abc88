import "server-only";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import type { Actor } from "../auth/session-user";
import { authorize } from "../cases/access";

const cell = (value: unknown) => {
  const text = value === null || value === undefined ? "" : String(value);
  // Quote every cell, and defuse spreadsheet formulas (=, +, -, @ at the start).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
};

/**
 * The workspace's case list as CSV: only fields that are never restricted (no relatives,
 * no health, no birth dates), so it is safe for every role allowed to export. Audited.
 */
export async function exportCaseList(actor: Actor, ipAddress: string | null): Promise<string> {
  authorize(actor, "export:data");
  const people = await db.person.findMany({ where: { deletedAt: null }, orderBy: { sortName: "asc" }, select: { id: true, slug: true, displayName: true, region: true, occupation: true, published: true, updatedAt: true } });
  await recordAudit(db, { action: "export.cases", actor, ipAddress, details: { rows: people.length } });
  const header = ["slug", "name", "region", "occupation", "published", "updated"];
  const lines = people.map((p) => [p.slug, p.displayName, p.region, p.occupation, p.published ? "yes" : "no", p.updatedAt.toISOString()].map(cell).join(","));
  return [header.map(cell).join(","), ...lines].join("\r\n") + "\r\n";
}
