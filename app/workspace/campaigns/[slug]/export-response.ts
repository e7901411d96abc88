import "server-only";
import { NotFound } from "@/lib/auth/errors";
import { currentActor, requestAddress } from "@/lib/auth/session";
import { exportCampaign, PrintRefused } from "@/lib/campaigns/export";
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
    const { body, headers } = await exportCampaign(
      actor,
      slug,
      format,
      new URL(request.url).origin,
      await requestAddress(),
    );
    return new Response(body, { headers });
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    if (error instanceof PrintRefused)
      return new Response(
        [
          "Not printed: fix these first (they are listed on the campaign page too).",
          ...error.problems.map((p) => `- ${p.subject}, ${p.material}: ${p.message}`),
        ].join("\n"),
        { status: 409, headers: { "Content-Type": "text/plain; charset=utf-8" } },
      );
    throw error;
  }
}
