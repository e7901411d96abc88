// The audit log's hash chain. Each entry's hash covers its content and the previous
// entry's hash, so altering, deleting or reordering a row breaks every link after it.
// Pure functions: shared by the writer (log.ts) and `npm run audit:verify`.
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export type AuditContent = {
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  ipAddress: string | null;
  details: unknown;
};

/** JSON with sorted keys: jsonb does not keep key order, the hash must not depend on it. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function auditHash(content: AuditContent, prevHash: string): string {
  const payload = canonicalJson({
    at: content.at.toISOString(),
    actorId: content.actorId,
    actorEmail: content.actorEmail,
    action: content.action,
    subjectType: content.subjectType,
    subjectId: content.subjectId,
    ipAddress: content.ipAddress,
    details: content.details ?? null,
    prevHash,
  });
  return createHash("sha256").update(payload).digest("hex");
}

export type ChainRow = AuditContent & { id: bigint; prevHash: string; hash: string };

export type ChainReport =
  { ok: true; checked: number } | { ok: false; checked: number; brokenAt: bigint; reason: string };

/** Walks rows in id order; reports the first entry whose link or content does not match. */
export function verifyChain(rows: Iterable<ChainRow>): ChainReport {
  let previous = GENESIS_HASH;
  let checked = 0;
  for (const row of rows) {
    if (row.prevHash !== previous)
      return {
        ok: false,
        checked,
        brokenAt: row.id,
        reason: "does not link to the entry before it (a row was removed, inserted or altered)",
      };
    if (auditHash(row, row.prevHash) !== row.hash)
      return {
        ok: false,
        checked,
        brokenAt: row.id,
        reason: "its content does not match its hash (the row was altered)",
      };
    previous = row.hash;
    checked++;
  }
  return { ok: true, checked };
}
