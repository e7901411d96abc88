// The one door from a sealed value (lib/vault) to a person's screen: only roles that may read restricted
// data get plain text, and every opening is audited with who, which records, which fields and
// the client address (never the values).
import "server-only";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import { can } from "./permissions";
import type { Actor } from "./session-user";
import { closeRows, openRows, type OpenedField, type SealedRow } from "../vault/open";

export type RevealContext = {
  /** Which surface shows the values: "case", "item", "history", "source", "export"… */
  page: string;
  subjectType: string;
  subjectId: string;
  ipAddress: string | null;
  /** Audit even if nothing sealed was opened (the view shows a RESTRICTED item's plain fields). */
  restrictedShown?: boolean;
  details?: Record<string, unknown>;
};

/** Opens the rows' sealed values for a permitted actor (closing them for anyone else) and audits. */
export async function revealRows(actor: Actor, rows: SealedRow[], context: RevealContext): Promise<OpenedField[]> {
  if (!can(actor.role, "read:restricted")) {
    closeRows(rows);
    return [];
  }
  const opened = await openRows(db, rows);
  if (opened.length > 0 || context.restrictedShown) await auditReading(actor, opened, context);
  return opened;
}

export async function auditReading(actor: Actor, opened: OpenedField[], context: RevealContext) {
  await recordAudit(db, {
    action: "view.restricted",
    actor,
    subjectType: context.subjectType,
    subjectId: context.subjectId,
    ipAddress: context.ipAddress,
    details: {
      page: context.page,
      ...context.details,
      fields: opened.map((f) => ({
        record: `${f.entity}:${f.id}`,
        field: f.field,
        ...(f.problem ? { problem: f.problem } : {}),
      })),
    },
  });
}
