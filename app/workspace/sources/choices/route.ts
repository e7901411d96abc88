import { currentActor } from "@/lib/auth/session";
import { sourceChoices } from "@/lib/sources/queries";

export const dynamic = "force-dynamic";

// The source picker's search: /workspace/sources/choices?q=words (or ?id=…), JSON, at most 20.
// A route handler is a public endpoint: it authenticates and authorizes itself.
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return new Response("Not found", { status: 404 });
  const params = new URL(request.url).searchParams;
  const choices = await sourceChoices(actor, {
    q: (params.get("q") ?? "").slice(0, 200),
    id: (params.get("id") ?? "").slice(0, 200),
  });
  return Response.json({ choices }, { headers: { "Cache-Control": "no-store" } });
}
