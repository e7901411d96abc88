// Prometheus metrics, on one registry per process (prom-client's default): the server
// script, the cache handler and the app's bundled code all load prom-client from
// node_modules (next.config.js keeps it external), so they share it.
import client from "prom-client";

function once<T extends client.Metric>(name: string, make: () => T): T {
  return (client.register.getSingleMetric(name) as T | undefined) ?? make();
}

export const httpRequests = once(
  "casebook_http_requests_total",
  () =>
    new client.Counter({
      name: "casebook_http_requests_total",
      help: "HTTP requests answered, by area, method and status class",
      labelNames: ["area", "method", "status"],
    }),
);

export const httpDuration = once(
  "casebook_http_request_duration_seconds",
  () =>
    new client.Histogram({
      name: "casebook_http_request_duration_seconds",
      help: "Time to the end of the response, by area",
      labelNames: ["area", "method"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    }),
);

export const inFlight = once(
  "casebook_http_requests_in_flight",
  () => new client.Gauge({ name: "casebook_http_requests_in_flight", help: "Requests being served now" }),
);

/** Pools register a reader here (lib/db/client.ts); the gauge asks them at scrape time. */
type PoolReader = () => { total: number; idle: number; waiting: number; max: number };
const pools = ((globalThis as typeof globalThis & { casebookPools?: Map<string, PoolReader> }).casebookPools ??=
  new Map<string, PoolReader>());

export function registerPool(name: string, read: PoolReader) {
  pools.set(name, read);
}

once(
  "casebook_db_pool_connections",
  () =>
    new client.Gauge({
      name: "casebook_db_pool_connections",
      help: "Database pool connections by state (total, idle, waiting clients, max)",
      labelNames: ["pool", "state"],
      collect() {
        this.reset();
        for (const [pool, read] of pools) {
          const s = read();
          this.set({ pool, state: "total" }, s.total);
          this.set({ pool, state: "idle" }, s.idle);
          this.set({ pool, state: "waiting" }, s.waiting);
          this.set({ pool, state: "max" }, s.max);
        }
      },
    }),
);

if (!(globalThis as typeof globalThis & { casebookDefaultMetrics?: true }).casebookDefaultMetrics) {
  (globalThis as typeof globalThis & { casebookDefaultMetrics?: true }).casebookDefaultMetrics = true;
  client.collectDefaultMetrics({ prefix: "casebook_" });
}

/** The area of a path, a label of few values. */
export function areaOf(pathname: string): string {
  if (/^\/(?:(?:be|ru)\/)?prisoners\/[^/]+\/?$/.test(pathname)) return "case_page";
  if (/\/feed\.xml$/.test(pathname)) return "feed";
  if (pathname.startsWith("/api/")) return "api";
  if (pathname.startsWith("/workspace") || pathname.startsWith("/login") || pathname.startsWith("/account"))
    return "workspace";
  if (pathname.startsWith("/_next/")) return "assets";
  return "public";
}

export const metricsText = () => client.register.metrics();
export const metricsContentType = client.register.contentType;
