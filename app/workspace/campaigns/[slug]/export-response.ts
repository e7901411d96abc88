import { publicOrigin } from "@/lib/env";
import "server-only";
import { NotFound } from "@/lib/errors/app-error";
import { respond } from "@/lib/errors/http";
import { currentActor, requestAddress } from "@/lib/auth/session";
import { exportCampaign, PrintRefused } from "@/lib/campaigns/export";
import type { ExportFormat } from "@/lib/exports/stream";

// A route handler is a public endpoint: it authenticates and authorizes itself, and
// answers 404 (never 403) to anyone who may not export this campaign.
export function campaignExportResponse(request: Request, params: Promise<{ slug: string }>, format: ExportFormat) {
  return respond(async () => {
    const actor = await currentActor();
    if (!actor) throw new NotFound();
    const { slug } = await params;
    try {
      const { body, headers } = await exportCampaign(actor, slug, format, publicOrigin(), await requestAddress());
      return new Response(body, { headers });
    } catch (error) {
      if (!(error instanceof PrintRefused)) throw error;
      return new Response(
        [
          "Not printed: fix these first (they are listed on the campaign page too).",
          ...error.problems.map((p) => `- ${p.subject}, ${p.material}: ${p.message}`),
        ].join("\n"),
        { status: 409, headers: { "Content-Type": "text/plain; charset=utf-8" } },
      );
    }
  });
}
