import ENGLISH_PAGES from "./english-pages.json";

// The unprefixed English addresses of app/[locale]'s pages (english-pages.json, which
// next.config.js reads too). next.config.js rewrites each to its /en page; the proxy
// rewrites those that carry a query itself (englishRewriteWithQuery in proxy.ts says why).

const PATTERNS = ENGLISH_PAGES.map((page) => new RegExp(`^${page.replace(/:[a-z]+/g, "[^/]+")}$`));

/** The /en address an unprefixed English page is served from, or null for any other address. */
export function englishPageTarget(pathname: string): string | null {
  if (!PATTERNS.some((pattern) => pattern.test(pathname))) return null;
  return pathname === "/" ? "/en" : `/en${pathname}`;
}
