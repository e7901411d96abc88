// Next 16's request proxy (formerly middleware). It sets the workspace's nonce-based CSP
// and sends visitors without a session cookie to /login. It is a convenience, never the
// check: every workspace page, action and route re-authenticates in lib/auth.
import { NextResponse, type NextRequest } from "next/server";
import { isDevelopment } from "./lib/env";
import { englishPageTarget } from "./lib/i18n/english-addresses";
import { workspacePolicy } from "./lib/security/csp";
import { bodyTooLargeMessage, REQUEST_BODY_LIMIT } from "./lib/uploads/limits";

/**
 * A body over the limit is refused here, before anything reads it: past Next's own limits
 * a Server Action answered 500. Browsers always send Content-Length with a form or
 * fetch body, so a POST without one (a chunked stream of unknown size) is refused too.
 */
function refuseOversizedBody(request: NextRequest): NextResponse | null {
  if (request.method !== "POST") return null;
  const length = request.headers.get("content-length");
  if (length === null && request.body !== null)
    return new NextResponse("Send the upload with a Content-Length.", { status: 411 });
  if (Number(length) <= REQUEST_BODY_LIMIT.bytes) return null;
  return new NextResponse(bodyTooLargeMessage(), {
    status: 413,
    headers: { "Content-Type": "text/plain; charset=utf-8", Connection: "close" },
  });
}

/**
 * Next 16.4's config rewrites tell the client router that a rewritten request was rendered
 * with an empty query (resolve-routes compares the request's query with the destination's,
 * which a rewrite never carries, and answers `x-nextjs-rewritten-query:` empty). The router
 * then files /prisoners?page=2 under the same key as /prisoners and keeps showing page 1
 * under the new address. A proxy rewrite that keeps the query reports it as it is, so an
 * English page with a query is rewritten here (the proxy cannot tell the router's requests
 * from a browser's: Next removes their headers before it runs).
 */
function englishRewriteWithQuery(request: NextRequest): NextResponse | null {
  if (request.nextUrl.search === "") return null;
  const target = englishPageTarget(request.nextUrl.pathname);
  if (target === null) return null;
  const url = request.nextUrl.clone();
  url.pathname = target;
  return NextResponse.rewrite(url);
}

export function proxy(request: NextRequest) {
  const refused = refuseOversizedBody(request);
  if (refused) return refused;
  const { pathname } = request.nextUrl;
  // An address that is not valid percent-encoding (`/prisoners/%`), or that decodes to a
  // control character (`%00`), names no page. Next answered the first with a bare 500
  // (its "400" page does not exist in an App Router app) and tried to cache the second
  // under a file name with a NUL byte (issue 12): refuse both here.
  if (!isReadablePath(pathname))
    return new NextResponse("Bad request: this address is not a valid page address.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  if (!isWorkspacePath(pathname)) return englishRewriteWithQuery(request) ?? NextResponse.next();
  const hasSession =
    request.cookies.has("next-auth.session-token") || request.cookies.has("__Secure-next-auth.session-token");
  if ((pathname.startsWith("/workspace") || pathname.startsWith("/account")) && !hasSession) {
    return NextResponse.redirect(new URL("/login", request.url));
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = workspacePolicy(nonce, isDevelopment());
  const headers = new Headers(request.headers);
  // Next reads the nonce from the request's policy and puts it on its own scripts.
  headers.set("Content-Security-Policy", policy);
  headers.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("Cache-Control", "no-store");
  return response;
}

function isWorkspacePath(pathname: string) {
  return /^\/(workspace|account)(\/|$)/.test(pathname) || pathname === "/login";
}

function isReadablePath(pathname: string) {
  try {
    return !/[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname));
  } catch {
    return false;
  }
}

// Every address but Next's own static files: the percent-encoding check applies to all pages.
export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
