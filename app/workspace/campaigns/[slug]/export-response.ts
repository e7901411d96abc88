import { publicOrigin } from "@/lib/env";
import "server-only";
import { NotFound } from "@/lib/auth/errors";
import { currentActor, requestAddress } from "@/lib/auth/session";
import { exportCampaign } from "@/lib/campaigns/export";
import type { ExportFormat } from "@/lib/exports/stream";

// A route handler is a public endpoint: it authenticates and authorizes itself, and
// answers 404 (never 403) to anyone who may not export this campaign.
export async function campaignExportResponse(
  request: Request,
  params: Promise<{ slug: string }>,
  format: ExportFormat,
) {
  const actor = await currentActor();
  if (!actor) return new Response("Not found", { status: 404 });
  try {
    const { slug } = await params;
    const { body, headers } = await exportCampaign(actor, slug, format, publicOrigin(), await requestAddress());
    return new Response(body, { headers });
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    throw error;
  }
}
