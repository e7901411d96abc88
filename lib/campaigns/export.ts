import "server-only";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import { NotFound } from "../errors/app-error";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { streamLetters, type ExportFormat } from "../exports/stream";
import { CAMPAIGN_COLUMNS, campaignLetterRows } from "./letter-rows";

/** Streams a campaign's letter list; the export is audited (who, what, how many rows) before it starts. */
export async function exportCampaign(
  actor: Actor,
  slug: string,
  format: ExportFormat,
  baseUrl: string,
  ipAddress: string | null,
) {
  authorize(actor, "manage:campaigns");
  authorize(actor, "export:data");
  const campaign = await db.campaign.findFirst({ where: { slug, deletedAt: null } });
  if (!campaign) throw new NotFound();
  const rows = await db.campaignCase.count({
    where: { campaignId: campaign.id, person: { publicRecord: { isNot: null } } },
  });
  await recordAudit(db, {
    action: "export",
    actor,
    subjectType: "Campaign",
    subjectId: campaign.id,
    ipAddress,
    details: { format, rows, campaign: slug },
  });
  return streamLetters(format, campaignLetterRows(db, campaign.id, baseUrl), {
    fileName: slug,
    sheetName: "Letters",
    columns: CAMPAIGN_COLUMNS,
    cover: { title: campaign.name, subtitle: `${campaign.year}`, introduction: campaign.description ?? undefined },
  });
}
