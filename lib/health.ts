import "server-only";
import { db } from "./db";

export async function checkDatabase(): Promise<{ ok: boolean; latencyMs?: number; error?: string }> {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    console.error("Health check: database did not answer", error);
    return { ok: false, error: "database did not answer" };
  }
}
