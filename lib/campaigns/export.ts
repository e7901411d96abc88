import "server-only";
import { PassThrough, Readable } from "node:stream";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import { NotFound } from "../auth/errors";
import type { Actor } from "../auth/session-user";
import { authorize } from "../cases/access";
import { writeLetterCsv } from "../exports/csv";
import { writeLetterPdf } from "../exports/pdf";
import { writeLetterXlsx } from "../exports/xlsx";
import { CAMPAIGN_COLUMNS, campaignLetterRows } from "./letter-rows";

export type ExportFormat = "csv" | "xlsx" | "pdf";

const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

/** Streams a campaign's letter list; the export is audited (who, what, how many rows) before it starts. */
export async function exportCampaign(actor: Actor, slug: string, format: ExportFormat, baseUrl: string, ipAddress: string | null) {
  authorize(actor, "manage:campaigns");
  authorize(actor, "export:data");
  const campaign = await db.campaign.findFirst({ where: { slug, deletedAt: null } });
  if (!campaign) throw new NotFound();
  const rows = await db.campaignCase.count({ where: { campaignId: campaign.id, person: { publicRecord: { isNot: null } } } });
  await recordAudit(db, { action: "export", actor, subjectType: "Campaign", subjectId: campaign.id, ipAddress, details: { format, rows, campaign: slug } });

  const out = new PassThrough();
  const letters = campaignLetterRows(db, campaign.id, baseUrl);
  const writing =
    format === "csv" ? writeLetterCsv(letters, out, CAMPAIGN_COLUMNS)
    : format === "xlsx" ? writeLetterXlsx(letters, out, "Letters", CAMPAIGN_COLUMNS)
    : writeLetterPdf(letters, out, { title: campaign.name, subtitle: `${campaign.year}`, introduction: campaign.description ?? undefined });
  writing.catch((error) => {
    console.error("Campaign export failed", error);
    out.destroy(error);
  });
  return {
    body: Readable.toWeb(out) as ReadableStream<Uint8Array>,
    headers: {
      "Content-Type": CONTENT_TYPE[format],
      "Content-Disposition": `attachment; filename="${slug}.${format}"`,
      "Cache-Control": "no-store",
    },
  };
}
