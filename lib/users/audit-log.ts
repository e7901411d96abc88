import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";

export async function listAuditEntries(actor: Actor, page: number) {
  authorize(actor, "read:audit");
  const take = 100;
  const [entries, total] = await Promise.all([
    db.auditEntry.findMany({ orderBy: { id: "desc" }, skip: (page - 1) * take, take }),
    db.auditEntry.count(),
  ]);
  return {
    entries: entries.map((e) => ({ ...e, id: e.id.toString(), details: e.details ? JSON.stringify(e.details) : "" })),
    total,
    pages: Math.max(1, Math.ceil(total / take)),
  };
}
