// The client's network address, for the audit log and the per-address throttle.
// Next sets X-Forwarded-For to the peer address only when the request has none, so a
// client talking to Next directly can choose it. Behind a reverse proxy that appends the
// peer address (nginx's $proxy_add_x_forwarded_for, Caddy, most load balancers) the last
// entry is the proxy's, which the client cannot forge. A production install must run
// behind such a proxy (docs/decisions/005-workspace-security.md).
export function clientAddress(header: (name: string) => string | string[] | null | undefined): string | null {
  const raw = header("x-forwarded-for");
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const last = value
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  return last ?? header("x-real-ip")?.toString() ?? null;
}
