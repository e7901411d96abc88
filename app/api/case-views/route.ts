import { clientAddress } from "@/lib/auth/client-address";
import { recordCaseView } from "@/lib/sourcing/views";

// The public case page's view beacon posts the slug here as plain text. Nothing about the
// request is kept but the count; each client counts once per case per hour (lib/sourcing/views.ts).
export async function POST(request: Request) {
  const slug = (await request.text()).trim().slice(0, 200);
  await recordCaseView(
    slug,
    clientAddress((name) => request.headers.get(name)),
  );
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
