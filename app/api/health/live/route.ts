export const dynamic = "force-dynamic";

/** Liveness: the process serves requests. No database check, so a database outage does not get instances restarted. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
