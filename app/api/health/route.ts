import { GET as ready } from "./ready/route";

export const dynamic = "force-dynamic";

/** Kept for existing monitors and the Docker health check: the same answer as /api/health/ready. */
export const GET = ready;
