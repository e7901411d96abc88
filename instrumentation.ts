// Runs once when the Next.js server starts (not during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // The first upload should not wait for a parse worker to load its parsers.
  const { warmParsePool } = await import("./lib/workers/parse-pool");
  void warmParsePool();
}
