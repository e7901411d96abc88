// Next 16's request proxy (formerly middleware). It sets the workspace's nonce-based CSP
// and sends visitors without a session cookie to /login. It is a convenience, never the
// check: every workspace page, action and route re-authenticates in lib/auth.
import { NextResponse, type NextRequest } from "next/server";
import { isDevelopment } from "./lib/env";
import { workspacePolicy } from "./lib/security/csp";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
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

export const config = { matcher: ["/workspace/:path*", "/login", "/account/:path*"] };
