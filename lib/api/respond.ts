import "server-only";
import { db } from "../db";
import type { Database } from "../db/client";
import { clientAddress } from "../auth/client-address";
import { AppError, NotFound } from "../errors/app-error";
import { errorStatus } from "../errors/http";
import { recordAudit } from "../audit/log";
import { authenticateApiKey, type ApiAccess } from "./keys";
import { rateLimitHeaders, takeRequest } from "./rate-limit";

// Every public API response: open CORS (the data is public), rate limiting per client
// with standard headers, short public caching, and errors as RFC 9457 problem details.

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Content-Type",
  "Access-Control-Expose-Headers":
    "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining",
  "Access-Control-Max-Age": "86400",
};

export function problem(status: number, title: string, detail?: string, headers: Record<string, string> = {}) {
  return Response.json(
    { type: "about:blank", title, status, ...(detail ? { detail } : {}) },
    {
      status,
      headers: { ...CORS, ...headers, "Content-Type": "application/problem+json", "Cache-Control": "no-store" },
    },
  );
}

export function preflight() {
  return new Response(null, { status: 204, headers: CORS });
}

/**
 * Runs `handler` for a rate-limited GET; it returns data or null for 404. Anonymous
 * callers are limited per address, partners per key; every use of a key is audited.
 */
export type ApiContext = { baseUrl: string; access: ApiAccess; db: Database };

export async function publicApi(request: Request, handler: (context: ApiContext) => Promise<unknown>) {
  let headers: Record<string, string> = {};
  try {
    const access = await authenticateApiKey(db, request.headers.get("authorization"));
    if (access === "invalid")
      return problem(401, "Unauthorized", "The API key is not valid or has been revoked.", {
        "WWW-Authenticate": 'Bearer realm="casebook"',
      });
    // The same address reading as sign-in throttling: the proxy-appended hop, not the client's own claim.
    const address = clientAddress((name) => request.headers.get(name));
    const limit = await takeRequest(db, access ? `key:${access.keyId}` : `ip:${address ?? "unknown"}`);
    headers = rateLimitHeaders(limit);
    if (!limit.allowed) throw new AppError("RATE_LIMITED", `Try again in ${limit.resetSeconds} s.`);
    if (access) {
      const url = new URL(request.url);
      await recordAudit(db, {
        action: "api.use",
        actorEmail: `api-key:${access.keyName}`,
        subjectType: "ApiKey",
        subjectId: access.keyId,
        ipAddress: address,
        details: { path: url.pathname, query: url.search },
      });
    }
    const body = await handler({ baseUrl: new URL(request.url).origin, access, db });
    if (body === null) throw new NotFound();
    // Answers to a key may hold internal data: never stored by shared caches.
    return Response.json(body, {
      headers: { ...CORS, ...headers, "Cache-Control": access ? "private, no-store" : "public, max-age=60" },
    });
  } catch (error) {
    const status = errorStatus(error);
    if (status !== null && error instanceof AppError) {
      // A not-found's message could name what the caller may not know exists; the others are about the request.
      const detail = error.code === "NOT_FOUND" ? undefined : error.message;
      return problem(status, PROBLEM_TITLE[error.code], detail, error.code === "INVALID" ? {} : headers);
    }
    console.error("Public API error", error);
    return problem(500, "Internal error", "The request could not be answered. Please try again later.");
  }
}

const PROBLEM_TITLE: Record<AppError["code"], string> = {
  NOT_FOUND: "Not found",
  CONFLICT: "Conflict",
  INVALID: "Bad request",
  RATE_LIMITED: "Too many requests",
};

/** The caller's query is malformed: a 400 whose detail says what to change. */
export class ApiInputError extends AppError {
  constructor(detail: string) {
    super("INVALID", detail);
  }
}
