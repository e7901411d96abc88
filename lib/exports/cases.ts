import "server-only";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { caseListWhere } from "../cases/queries";
import type { CaseFilter } from "../cases/schemas";
import type { Prisma } from "../generated/prisma/client";
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
  // The filter goes into every page's query (keyset over the projection), never as a list
  // of ids: a list of 95,000 slugs is past what a statement may carry. Counted once for the audit.
  const person: Prisma.PersonWhereInput = { ...(await caseListWhere(actor, filter)), deletedAt: null };
  const rows = await db.publicPerson.count({ where: { person: { is: person } } });
  await recordAudit(db, { action: "export.cases", actor, ipAddress, details: { format, rows, filter } });
  const stream = streamLetters(format, publicLetterRows(db, { baseUrl, person }), {
    fileName: "casebook-cases",
    cover: { title: "Casebook letter list", subtitle: `${rows} published cases` },
  });
  return { rows, ...stream };
}
