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

/** A database that cannot be reached (down, refusing, pool exhausted), as opposed to a bad query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message} ${String(error.cause ?? "")}` : String(error);
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|timeout exceeded when trying to connect|Connection terminated|the database system is (starting up|shutting down)|too many clients|DatabaseNotReachable|P1001|P1017|P2024/i.test(
    text,
  );
}
