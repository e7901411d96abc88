// The HTTP server of `npm start` (and `npm run dev`): Next's request handler inside a
// plain Node server, so that
// - SIGTERM stops taking connections, lets in-flight requests and exports finish within
//   CASEBOOK_SHUTDOWN_GRACE_SECONDS, then exits (next start exits at once);
// - every request has an id (X-Request-Id, or nginx's), on every log line it causes;
// - console output becomes JSON log lines (pino), stack traces included as one field;
// - case pages carry cache headers a shared cache cannot serve stale (lib/site/shared-cache.ts);
// - request counts and latencies are counted for /metrics, which only the metrics port
//   (CASEBOOK_METRICS_PORT, never published) answers.
// Run by scripts/run-app.ts after the database is ready.
import { randomUUID } from "node:crypto";
import http from "node:http";
import { format } from "node:util";
import next from "next";
import { logger, requestContext } from "../lib/observability/log";
import {
  areaOf,
  httpDuration,
  httpRequests,
  inFlight,
  metricsContentType,
  metricsText,
} from "../lib/observability/metrics";
import { languageOfPath, withShellLanguage } from "../lib/site/error-shell";
import { sharedCacheHeaders } from "../lib/site/shared-cache";

const dev = process.argv[2] === "dev";
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";
const graceSeconds = Number(process.env.CASEBOOK_SHUTDOWN_GRACE_SECONDS ?? 5);
const proxyCacheSeconds = Number(process.env.CASEBOOK_PROXY_CACHE_SECONDS ?? 300);
const metricsPort = process.env.CASEBOOK_METRICS_PORT ? Number(process.env.CASEBOOK_METRICS_PORT) : undefined;
const metricsToken = process.env.CASEBOOK_METRICS_TOKEN;

// Everything written through console (Next's own errors included) becomes one JSON line.
for (const [method, level] of [
  ["log", "info"],
  ["info", "info"],
  ["warn", "warn"],
  ["error", "error"],
] as const) {
  console[method] = (...args: unknown[]) => {
    const error = args.find((a): a is Error => a instanceof Error);
    const message = format(...args.filter((a) => a !== error));
    if (error) logger[level]({ err: error }, message || error.message);
    else logger[level](message);
  };
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;

function isWellFormedPath(pathname: string): boolean {
  try {
    return !decodeURIComponent(pathname).includes("\0");
  } catch {
    return false;
  }
}
let draining = false;
let active = 0;
const shared = globalThis as typeof globalThis & { casebookDraining?: boolean };

async function main() {
  const app = next({ dev, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((req, res) => {
    const given = req.headers["x-request-id"];
    const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    req.headers["x-request-id"] = id;
    res.setHeader("X-Request-Id", id);
    const started = process.hrtime.bigint();
    const pathname = (req.url ?? "/").split("?")[0] ?? "/";
    const area = areaOf(pathname);
    const method = req.method ?? "GET";
    if (draining) res.setHeader("Connection", "close");

    // Next sets Cache-Control while writing the head: correct it there.
    const writeHead = res.writeHead.bind(res);
    res.writeHead = function (this: http.ServerResponse, ...args: Parameters<typeof writeHead>) {
      const status = typeof args[0] === "number" ? args[0] : this.statusCode;
      const headers = sharedCacheHeaders(method, pathname, status, proxyCacheSeconds);
      if (headers) for (const [name, value] of Object.entries(headers)) this.setHeader(name, value);
      if (status >= 400 && String(this.getHeader("content-type") ?? "").startsWith("text/html")) {
        shellPending = true;
        this.removeHeader("content-length"); // the first chunk grows by a lang attribute
      }
      return writeHead.apply(this, args);
    } as typeof writeHead;

    // An error shell (a 404 of a dynamic route) gets the lang of its address: lib/site/error-shell.ts.
    let shellPending = false;
    const lang = languageOfPath(pathname);
    const patchChunk = (chunk: unknown) => {
      if (!shellPending || chunk === undefined || chunk === null || typeof chunk === "function") return chunk;
      shellPending = false;
      return typeof chunk === "string" || chunk instanceof Uint8Array ? withShellLanguage(chunk, lang) : chunk;
    };
    const write = res.write.bind(res);
    res.write = function (this: http.ServerResponse, chunk: unknown, ...rest: unknown[]) {
      return (write as (...a: unknown[]) => boolean).call(this, patchChunk(chunk), ...rest);
    } as typeof write;
    const end = res.end.bind(res);
    res.end = function (this: http.ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      return (end as (...a: unknown[]) => http.ServerResponse).call(this, patchChunk(chunk), ...rest);
    } as typeof end;

    // A malformed percent-encoding or a NUL byte is no address of ours: 400, not Next's 500
    // (URIError while decoding params) or the database's (NUL in a text parameter).
    if (!isWellFormedPath(pathname)) {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
      res.end(`Bad request: the address is not valid. Reference: ${id}`);
      return;
    }
    active++;
    inFlight.inc();
    res.once("close", () => {
      active--;
      inFlight.dec();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = `${Math.floor(res.statusCode / 100)}xx`;
      httpRequests.inc({ area, method, status });
      httpDuration.observe({ area, method }, seconds);
      if (area !== "assets")
        requestContext.run({ id }, () =>
          logger.info(
            { method, path: pathname, status: res.statusCode, ms: Math.round(seconds * 1000), area },
            "request",
          ),
        );
    });
    requestContext.run({ id }, () => {
      handle(req, res).catch((error: unknown) => {
        logger.error({ err: error, path: pathname }, "unhandled request error");
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
        res.end(`Internal error. Reference: ${id}`);
      });
    });
  });
  server.keepAliveTimeout = 65_000; // longer than a load balancer's idle timeout (60 s in nginx/ALB)
  server.listen(port, hostname, () => logger.info({ port, dev }, "Casebook is serving"));

  const metrics = metricsPort
    ? http
        .createServer((req, res) => {
          if (req.url !== "/metrics") return void res.writeHead(404).end();
          if (metricsToken && req.headers.authorization !== `Bearer ${metricsToken}`)
            return void res.writeHead(401).end();
          void metricsText().then((text) => res.writeHead(200, { "Content-Type": metricsContentType }).end(text));
        })
        .listen(metricsPort, hostname, () => logger.info({ port: metricsPort }, "metrics at /metrics"))
    : undefined;

  const stop = (signal: string) => {
    if (draining) return;
    draining = true;
    shared.casebookDraining = true; // /api/health/ready answers 503 from now on
    logger.info({ signal, inFlight: active, graceSeconds }, "draining: no new connections");
    server.close(() => {
      logger.info("drained; stopping");
      process.exit(0);
    });
    server.closeIdleConnections();
    metrics?.close();
    const check = setInterval(() => server.closeIdleConnections(), 200);
    check.unref();
    setTimeout(() => {
      logger.warn({ inFlight: active }, "grace period over; stopping with requests in flight");
      process.exit(1);
    }, graceSeconds * 1000).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "the server did not start");
  process.exit(1);
});
