import { checkDatabase } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and Docker: 200 when the database answers, 503 when not. */
export async function GET() {
  const database = await checkDatabase();
  return Response.json(
    { status: database.ok ? "ok" : "unavailable", database },
    { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
