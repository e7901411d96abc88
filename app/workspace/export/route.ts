import { NotFound } from "@/lib/auth/errors";
import { currentActor, requestAddress } from "@/lib/auth/session";
import { exportCaseList } from "@/lib/exports/cases";

export const dynamic = "force-dynamic";

// A route handler is a public endpoint: it authenticates and authorizes itself.
export async function GET() {
  const actor = await currentActor();
  if (!actor) return new Response("Not found", { status: 404 });
  try {
    const csv = await exportCaseList(actor, await requestAddress());
    return new Response(csv, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="casebook-cases.csv"', "Cache-Control": "no-store" },
    });
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    throw error;
  }
}
