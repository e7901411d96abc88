import "server-only";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { caseListWhere } from "../cases/queries";
import type { CaseFilter } from "../cases/schemas";
import { publicLetterRows } from "./public-rows";
import { streamLetters, type ExportFormat } from "./stream";

/**
 * The workspace case list, with its filters, as a letter list: the published cases among
 * them, built from the public projection only, so no restricted field can be exported
 * whatever the role. Audited with its row count before it streams.
 */
export async function exportCaseList(
  actor: Actor,
  filter: CaseFilter,
  format: ExportFormat,
  baseUrl: string,
  ipAddress: string | null,
) {
  authorize(actor, "export:data");
  const people = await db.person.findMany({
    where: { ...caseListWhere(actor, filter), deletedAt: null, publicRecord: { isNot: null } },
    select: { slug: true },
  });
  const slugs = people.map((p) => p.slug);
  await recordAudit(db, { action: "export.cases", actor, ipAddress, details: { format, rows: slugs.length, filter } });
  const stream = streamLetters(format, publicLetterRows(db, { baseUrl, slugs }), {
    fileName: "casebook-cases",
    cover: { title: "Casebook letter list", subtitle: `${slugs.length} published cases` },
  });
  return { rows: slugs.length, ...stream };
}
