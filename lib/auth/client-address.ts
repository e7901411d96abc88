// The client's network address, for the audit log and the per-address throttle.
// Next's server appends the peer address to X-Forwarded-For; behind a reverse proxy the
// proxy does the same. The last entry is the one added by our side, so a client cannot
// choose it by sending its own header.
export function clientAddress(header: (name: string) => string | string[] | null | undefined): string | null {
  const raw = header("x-forwarded-for");
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const last = value?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last ?? header("x-real-ip")?.toString() ?? null;
}
