// @ts-check
// Security headers. The Content-Security-Policy differs per area: the workspace and
// /login get a per-request nonce from proxy.ts; everything else gets the static policy
// below, so public pages stay cacheable (docs/decisions/005-workspace-security.md).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const production = process.env.NODE_ENV === "production";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

// The same as lib/security/csp.ts publicPolicy() (a config file cannot import TypeScript);
// lib/security/csp.test.ts fails if the two drift apart.
const publicPolicy = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
  // Next's cached pages need inline <script> elements, never inline event handlers: an
  // injected `onerror=` is refused (docs/decisions/013).
  "script-src-attr 'none'",
].join("; ");

// Public pages live under app/[locale]. English keeps the unprefixed addresses: each is
// rewritten to its /en page before the file system is checked, and /en/… redirects to the
// unprefixed address so each page has one URL per language. A rewrite, unlike the proxy,
// costs a cached case page nothing per request (docs/decisions/009-interface-languages.md).
// lib/i18n/routes.test.ts fails if a page under app/[locale] has no rewrite here.
/** @type {string[]} The list lives in JSON so that proxy.ts reads the same one. */
const ENGLISH_PAGES = JSON.parse(readFileSync(new URL("./lib/i18n/english-pages.json", import.meta.url), "utf8"));

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A second instance on the same machine (the two-instance test) builds into its own directory.
  distDir: process.env.CASEBOOK_DIST_DIR || ".next",
  // Several instances, one truth: cached pages live in each process's memory, which tags were
  // revalidated lives in PostgreSQL (docs/decisions/018-several-instances.md). Not in development,
  // which caches nothing anyway and may run before the migrations.
  ...(production
    ? { cacheHandler: fileURLToPath(new URL("./lib/cache/shared-cache-handler.mjs", import.meta.url)) }
    : {}),
  cacheMaxMemorySize: 0,
  // Title and meta tags always in <head>, for every client: Next otherwise streams them into
  // <body> for clients it does not know as bots, which HTML checkers and some parsers reject.
  htmlLimitedBots: /.*/,
  // The largest request body: the largest upload plus the form around it. The same as
  // REQUEST_BODY_LIMIT in lib/uploads/limits.ts (lib/uploads/limits.test.ts fails if they
  // drift); proxy.ts answers a larger body with 413 before Next reads it.
  experimental: { serverActions: { bodySizeLimit: "11mb" }, proxyClientMaxBodySize: "11mb" },
  // These read their own data files from disk at run time (pdfkit's font metrics, jsdom's
  // stylesheets), which breaks when they are bundled: load them from node_modules.
  serverExternalPackages: ["pdfkit", "exceljs", "jsdom", "dejavu-fonts-ttf", "pino", "prom-client"],
  async redirects() {
    return [
      { source: "/en", destination: "/", permanent: false },
      { source: "/en/:path+", destination: "/:path+", permanent: false },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [
        ...ENGLISH_PAGES.map((source) => ({ source, destination: source === "/" ? "/en" : `/en${source}` })),
        // The Open Graph cards of English pages (app/[locale]/card.png and the case's own).
        { source: "/card.png", destination: "/en/card.png" },
        { source: "/prisoners/:slug/card.png", destination: "/en/prisoners/:slug/card.png" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        source: "/:path((?!workspace|login|account).*)",
        headers: [{ key: "Content-Security-Policy", value: publicPolicy }],
      },
      { source: "/workspace/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
      { source: "/api/auth/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
      { source: "/account/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
    ];
  },
};

export default nextConfig;
