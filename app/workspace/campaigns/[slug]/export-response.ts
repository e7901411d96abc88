import "server-only";
import { NotFound } from "@/lib/errors/app-error";
import { respond } from "@/lib/errors/http";
import { currentActor, requestAddress } from "@/lib/auth/session";
import { exportCampaign } from "@/lib/campaigns/export";
import type { ExportFormat } from "@/lib/exports/stream";

// A route handler is a public endpoint: it authenticates and authorizes itself, and
// answers 404 (never 403) to anyone who may not export this campaign.
export function campaignExportResponse(request: Request, params: Promise<{ slug: string }>, format: ExportFormat) {
  return respond(async () => {
    const actor = await currentActor();
    if (!actor) throw new NotFound();
    const { slug } = await params;
    const { body, headers } = await exportCampaign(
      actor,
      slug,
      format,
      new URL(request.url).origin,
      await requestAddress(),
    );
    return new Response(body, { headers });
  });
}
