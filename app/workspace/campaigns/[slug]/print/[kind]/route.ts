import { NotFound } from "@/lib/errors/app-error";
import { currentActor, requestAddress } from "@/lib/auth/session";
import { PRINT_KINDS, printCampaign, PrintRefused, type PrintKind } from "@/lib/campaigns/export";

export const dynamic = "force-dynamic";

// A route handler is a public endpoint: it authenticates and authorizes itself, and answers
// 404 (never 403) to anyone who may not print this campaign. While preflight finds problems
// it answers 409 with the list, the same list the campaign page shows.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; kind: string }> }) {
  const actor = await currentActor();
  if (!actor) return new Response("Not found", { status: 404 });
  const { slug, kind } = await params;
  if (!(PRINT_KINDS as readonly string[]).includes(kind)) return new Response("Not found", { status: 404 });
  try {
    const { body, headers } = await printCampaign(actor, slug, kind as PrintKind, await requestAddress());
    return new Response(body, { headers });
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    if (error instanceof PrintRefused) return refusal(error);
    throw error;
  }
}

function refusal(error: PrintRefused) {
  const text = [
    "Not printed: fix these first (they are listed on the campaign page too).",
    ...error.problems.map((p) => `- ${p.subject}, ${p.material}: ${p.message}`),
  ].join("\n");
  return new Response(text, { status: 409, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
