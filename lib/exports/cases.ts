import "server-only";
import { db } from "../db";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/log";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { caseNameCondition, showsDeleted } from "../cases/queries";
import type { CaseFilter } from "../cases/schemas";
import { Prisma } from "../generated/prisma/client";
import { renderInWorker } from "./in-worker";
import { publicLetterRows, publishedIdPages } from "./public-rows";
import { downloadHeaders, streamLetters, type ExportFormat } from "./stream";

/**
 * The case list's filter as a condition on the public projection (`public_person pp`), or
 * null when it can match no published case (deleted or unpublished cases are never in the
 * projection). The status is the projection's own indexed `held` column: the exported rows
 * say held or released by the public record, so a filter by anything else would sort a
 * person under "held" whose row says released, and so reveal a restricted detention. A
 * name search is the case list's own (lib/cases/queries.ts), so both find the same people.
 */
async function publishedMatching(actor: Actor, filter: CaseFilter): Promise<Prisma.Sql | null> {
  if (filter.publication === "unpublished" || showsDeleted(actor, filter)) return null;
  const conditions: Prisma.Sql[] = [];
  if (filter.status === "held") conditions.push(Prisma.sql`pp.held`);
  if (filter.status === "released") conditions.push(Prisma.sql`NOT pp.held`);
  if (filter.q)
    conditions.push(
      Prisma.sql`pp.person_id IN (SELECT p.id FROM person p WHERE ${await caseNameCondition(actor, filter.q)})`,
    );
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

/**
 * The workspace case list, with its filters, as a letter list: the published cases among
 * them, built from the public projection only, so no restricted field can be exported
 * whatever the role. Audited (with its filter) before it streams; the rows are not counted
 * first, so the first row leaves as soon as the first page is read, whatever the size.
 */
/**
 * The most cases one printable pack (PDF) holds. A tagged PDF keeps its structure tree until
 * the end (about 10 KB a case in pdfkit), so its memory grows with the cases; 5,000 cases
 * is some 2,000 printed pages. CSV and XLSX stream any number.
 */
export const PDF_MAX_CASES = 5_000;

export class TooManyForPdf extends AppError {
  constructor(
    readonly cases: number,
    max = PDF_MAX_CASES,
  ) {
    super(
      "INVALID",
      `A printable pack holds at most ${max.toLocaleString("en-GB")} cases, and this list has ${cases.toLocaleString("en-GB")} published. Narrow the list (custody, name) or download it as CSV or XLSX.`,
    );
  }
}

export async function exportCaseList(
  actor: Actor,
  filter: CaseFilter,
  format: ExportFormat,
  baseUrl: string,
  ipAddress: string | null,
  { pdfMaxCases = PDF_MAX_CASES }: { pdfMaxCases?: number } = {},
) {
  authorize(actor, "export:data");
  // The filter goes into every page's query (keyset over the projection), never as a list
  // of ids: a list of 95,000 slugs is past what a statement may carry.
  const where = await publishedMatching(actor, filter);
  if (format === "pdf" && where) {
    const [counted] = await db.$queryRaw<{ cases: number }[]>`
      SELECT count(*)::int AS cases FROM public_person pp WHERE ${where}`;
    const cases = counted?.cases ?? 0;
    if (cases > pdfMaxCases) throw new TooManyForPdf(cases, pdfMaxCases);
  }
  await recordAudit(db, { action: "export.cases", actor, ipAddress, details: { format, filter } });
  const selection = where ? { where } : { limit: 0 };
  const fileName = "casebook-cases";
  if (format === "pdf")
    return streamLetters(format, publicLetterRows(db, { baseUrl, ...selection }), {
      fileName,
      cover: { title: "Casebook letter list", subtitle: "Published cases" },
    });
  // CSV and XLSX of any number of cases are rendered in a thread of their own (decision 017).
  const job = { format, databaseUrl: db.connectionString, baseUrl, fileName };
  return { body: renderInWorker(job, publishedIdPages(db, selection)), headers: downloadHeaders(format, fileName) };
}
