import "server-only";
import { db } from "../db";
import { clientIp } from "./client-ip";
import { rateLimitHeaders, takeRequest } from "./rate-limit";

// Every public API response: open CORS (the data is public), rate limiting per client
// with standard headers, short public caching, and errors as RFC 9457 problem details.

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Content-Type",
  "Access-Control-Expose-Headers": "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining",
  "Access-Control-Max-Age": "86400",
};

export function problem(status: number, title: string, detail?: string, headers: Record<string, string> = {}) {
  return Response.json({ type: "about:blank", title, status, ...(detail ? { detail } : {}) }, {
    status,
    headers: { ...CORS, ...headers, "Content-Type": "application/problem+json", "Cache-Control": "no-store" },
  });
}

export function preflight() {
  return new Response(null, { status: 204, headers: CORS });
}

/** Runs `handler` for a rate-limited public GET; it returns data or null for 404. */
export async function publicApi(request: Request, handler: (baseUrl: string) => Promise<unknown | null>) {
  try {
    const limit = await takeRequest(db, `ip:${clientIp(request.headers)}`);
    const headers = rateLimitHeaders(limit);
    if (!limit.allowed) return problem(429, "Too many requests", `Try again in ${limit.resetSeconds} s.`, headers);
    const body = await handler(new URL(request.url).origin);
    if (body === null) return problem(404, "Not found", undefined, headers);
    return Response.json(body, { headers: { ...CORS, ...headers, "Cache-Control": "public, max-age=60" } });
  } catch (error) {
    if (error instanceof ApiInputError) return problem(400, "Bad request", error.message);
    console.error("Public API error", error);
    return problem(500, "Internal error", "The request could not be answered. Please try again later.");
  }
}

export class ApiInputError extends Error {}
