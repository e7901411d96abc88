// Fixed-window rate limiting for the public API, with its counters in PostgreSQL so that
// every app instance behind a load balancer shares them. One atomic upsert per request.
import type { Database } from "../db/client";

export type RateLimit = { limit: number; remaining: number; resetSeconds: number; allowed: boolean };

export const API_WINDOW_SECONDS = 60;
export const API_REQUESTS_PER_WINDOW = 120;

export async function takeRequest(
  db: Database,
  key: string,
  limit = API_REQUESTS_PER_WINDOW,
  windowSeconds = API_WINDOW_SECONDS,
): Promise<RateLimit> {
  const [row] = await db.$queryRaw<{ count: number; window_start: Date }[]>`
    INSERT INTO api_rate_window (key, window_start, count) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN api_rate_window.window_start <= now() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE api_rate_window.count + 1 END,
      window_start = CASE WHEN api_rate_window.window_start <= now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE api_rate_window.window_start END
    RETURNING count, window_start`;
  // An upsert with RETURNING always answers one row.
  if (!row) throw new Error("The rate-limit upsert returned no row");
  // One row per client ever seen: now and then, drop windows long over.
  if (Math.random() < 0.01)
    await db.$executeRaw`DELETE FROM api_rate_window WHERE window_start < now() - interval '1 hour'`;
  const resetSeconds = Math.max(1, Math.ceil(windowSeconds - (Date.now() - row.window_start.getTime()) / 1000));
  return { limit, remaining: Math.max(0, limit - row.count), resetSeconds, allowed: row.count <= limit };
}

/** IETF RateLimit headers (draft-ietf-httpapi-ratelimit-headers) plus the widely used X- forms. */
export function rateLimitHeaders(r: RateLimit): Record<string, string> {
  return {
    "RateLimit-Limit": String(r.limit),
    "RateLimit-Remaining": String(r.remaining),
    "RateLimit-Reset": String(r.resetSeconds),
    "RateLimit-Policy": `${r.limit};w=${API_WINDOW_SECONDS}`,
    "X-RateLimit-Limit": String(r.limit),
    "X-RateLimit-Remaining": String(r.remaining),
    ...(r.allowed ? {} : { "Retry-After": String(r.resetSeconds) }),
  };
}
