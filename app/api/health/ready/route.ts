import { checkDatabase, isDraining } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Readiness for load balancers: 503 while the database does not answer within 2 s, or while the instance drains. */
export async function GET() {
  if (isDraining())
    return Response.json({ status: "draining" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  const database = await checkDatabase(2000);
  return Response.json(
    { status: database.ok ? "ok" : "unavailable", database },
    {
      status: database.ok ? 200 : 503,
      headers: { "Cache-Control": "no-store", ...(database.ok ? {} : { "Retry-After": "5" }) },
    },
  );
}
