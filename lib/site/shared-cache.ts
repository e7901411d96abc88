// Cache headers for shared caches (CDNs, proxies). Next marks a cached (ISR) page
// `s-maxage=…, stale-while-revalidate=<a year>`, which lets any standard cache serve an
// unpublished case again after a quiet spell. Public case pages and their feeds go out
// instead as `public, max-age=0, must-revalidate`: every cache asks the app each time.
// Our own nginx, which the app purges on publication, may keep them for
// CASEBOOK_PROXY_CACHE_SECONDS through X-Accel-Expires, a header only nginx reads and
// never forwards (docs/decisions/018-several-instances.md).

/** Case pages in every language, and the per-person feed. */
export const PURGED_PATH = /^\/(?:(?:be|ru)\/)?prisoners\/[^/?#]+(?:\/feed\.xml)?$/;

export function sharedCacheHeaders(method: string, pathname: string, status: number, proxySeconds: number) {
  if ((method !== "GET" && method !== "HEAD") || !PURGED_PATH.test(pathname)) return null;
  // A 404 is stored too: a purge replaces a stored page by the 404 that hides it.
  if (status !== 200 && status !== 404) return null;
  return { "Cache-Control": "public, max-age=0, must-revalidate", "X-Accel-Expires": String(proxySeconds) };
}

/** The addresses a publication change of `slug` must purge from proxies: the page in every language and the feed. */
export function purgedPaths(slug: string): string[] {
  const page = `/prisoners/${encodeURIComponent(slug)}`;
  return [page, `/be${page}`, `/ru${page}`, `${page}/feed.xml`];
}
