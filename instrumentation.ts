// Next's instrumentation hook. onRequestError receives every error thrown while rendering
// a page or running a route handler or server action: logged as one JSON line with the
// request id and the digest the error page shows as its reference, then forwarded to
// Sentry or OpenTelemetry when configured (SENTRY_DSN with @sentry/nextjs installed, or
// OTEL_EXPORTER_OTLP_ENDPOINT with @opentelemetry/api and an SDK). Neither is a dependency:
// an install that wants one adds it; nothing is sent anywhere by default.
import type { Instrumentation } from "next";

type Forward = (error: unknown, request: Parameters<Instrumentation.onRequestError>[1]) => void;
let forward: Forward | undefined;

async function optional(name: string): Promise<Record<string, unknown> | undefined> {
  try {
    return (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ name)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // The first upload should not wait for a parse worker to load its parsers.
  const { warmParsePool } = await import("./lib/workers/parse-pool");
  void warmParsePool();
  const { logger } = await import("./lib/observability/log");
  if (process.env.SENTRY_DSN) {
    const sentry = await optional("@sentry/nextjs");
    const init = sentry?.init as ((options: { dsn: string }) => void) | undefined;
    const capture = sentry?.captureRequestError as Forward | undefined;
    if (init && capture) {
      init({ dsn: process.env.SENTRY_DSN });
      forward = capture;
      logger.info("errors are forwarded to Sentry");
    } else logger.warn("SENTRY_DSN is set but @sentry/nextjs is not installed");
  } else if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
    const otel = await optional("@opentelemetry/api");
    const trace = otel?.trace as
      | { getActiveSpan(): { recordException(e: unknown): void; setStatus(s: { code: number }): void } | undefined }
      | undefined;
    if (trace) {
      forward = (error) => {
        const span = trace.getActiveSpan();
        span?.recordException(error);
        span?.setStatus({ code: 2 }); // SpanStatusCode.ERROR
      };
      logger.info("errors are recorded on OpenTelemetry spans");
    } else logger.warn("OTEL_EXPORTER_OTLP_ENDPOINT is set but @opentelemetry/api is not installed");
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { logger } = await import("./lib/observability/log");
  const digest = typeof error === "object" && error && "digest" in error ? String(error.digest) : undefined;
  const reqId = typeof request.headers["x-request-id"] === "string" ? request.headers["x-request-id"] : undefined;
  logger.error(
    {
      err: error,
      reqId,
      digest,
      path: request.path,
      method: request.method,
      route: context.routePath,
      routeType: context.routeType,
    },
    "request error",
  );
  forward?.(error, request);
};
