import "server-only";
import { PassThrough, Readable } from "node:stream";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import type { Actor } from "../auth/session-user";
import { authorize } from "../cases/access";
import { caseListWhere } from "../cases/queries";
import type { CaseFilter } from "../cases/schemas";
import { writeLetterCsv } from "./csv";
import { writeLetterPdf } from "./pdf";
import { publicLetterRows } from "./public-rows";
import { writeLetterXlsx } from "./xlsx";

export type CaseExportFormat = "csv" | "xlsx" | "pdf";

const CONTENT_TYPE: Record<CaseExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

/**
 * The workspace case list, with its filters, as a letter list: the published cases among
 * them, built from the public projection only, so no restricted field can be exported
 * whatever the role. Audited with its row count before it streams.
 */
export async function exportCaseList(actor: Actor, filter: CaseFilter, format: CaseExportFormat, baseUrl: string, ipAddress: string | null) {
  authorize(actor, "export:data");
  const people = await db.person.findMany({
    where: { ...caseListWhere(actor, filter), deletedAt: null, publicRecord: { isNot: null } },
    select: { slug: true },
  });
  const slugs = people.map((p) => p.slug);
  await recordAudit(db, { action: "export.cases", actor, ipAddress, details: { format, rows: slugs.length, filter } });
  const out = new PassThrough();
  const rows = publicLetterRows(db, { baseUrl, slugs });
  const writing =
    format === "csv" ? writeLetterCsv(rows, out)
    : format === "xlsx" ? writeLetterXlsx(rows, out)
    : writeLetterPdf(rows, out, { title: "Casebook letter list", subtitle: `${slugs.length} published cases` });
  writing.catch((error) => {
    console.error("Case list export failed", error);
    out.destroy(error);
  });
  return {
    rows: slugs.length,
    body: Readable.toWeb(out) as ReadableStream<Uint8Array>,
    headers: { "Content-Type": CONTENT_TYPE[format], "Content-Disposition": `attachment; filename="casebook-cases.${format}"`, "Cache-Control": "no-store" },
  };
}
