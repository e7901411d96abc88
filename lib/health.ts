import "server-only";
import { db } from "./db";
import { logger } from "./observability/log";

const shared = globalThis as typeof globalThis & { casebookDraining?: boolean };

/** True once SIGTERM arrived (scripts/serve.ts): the instance finishes its requests and takes no more. */
export const isDraining = () => shared.casebookDraining === true;

/** Whether the database answers `SELECT 1` within `timeoutMs`. */
export async function checkDatabase(timeoutMs = 2000): Promise<{ ok: boolean; latencyMs?: number; error?: string }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    logger.warn({ err: error }, "readiness: the database did not answer");
    return { ok: false, error: "database did not answer" };
  } finally {
    clearTimeout(timer);
  }
}

const UNAVAILABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "TooManyConnections",
  "ConnectionClosed",
  "SocketTimeout",
]);

/** A database that cannot be reached (down, refusing, pool exhausted), as opposed to a bad query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  // Prisma's driver adapter names the failure in meta.driverAdapterError.cause.kind.
  const meta =
    typeof error === "object" && error && "meta" in error ? (error.meta as Record<string, unknown>) : undefined;
  const adapterError = meta?.driverAdapterError as { cause?: { kind?: string } } | undefined;
  if (adapterError?.cause?.kind && UNAVAILABLE_KINDS.has(adapterError.cause.kind)) return true;
  const text =
    error instanceof Error
      ? `${error.message} ${error.cause instanceof Error ? error.cause.message : typeof error.cause === "string" ? error.cause : ""}`
      : String(error);
  return /Can't reach database server|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|timeout exceeded when trying to connect|Connection terminated|the database system is (starting up|shutting down)|too many clients/i.test(
    text,
  );
}
