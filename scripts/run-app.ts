// `npm run dev` and `npm start`: starts the embedded PostgreSQL (unless DATABASE_URL
// is set), applies migrations, loads the demo data on first start, then runs Next.js.
// Ctrl-C stops Next and shuts PostgreSQL down cleanly; a leftover server from a killed
// run is detected and stopped on the next start (lib/db/embedded-postgres.ts).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createPrismaClient } from "../lib/db/client";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/db/embedded-postgres";
import { rekeyStaleNames } from "../lib/names/rekey";
import { isDemoSeeded, seedDemo } from "../prisma/seed/load-demo";
import { runPrismaCli } from "./lib/prisma-cli";
import { DEV_DATA_DIR, DEV_PORT } from "./lib/database";

const mode = process.argv[2] === "start" ? "start" : "dev";
const port = process.env.PORT ?? "3000";
const dataDir = DEV_DATA_DIR;
const started = Date.now();
const log = (line: string) => console.log(`[casebook] ${line}`);

let embedded: EmbeddedDatabase | undefined;
let next: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (next && next.exitCode === null) {
    const exited = new Promise((resolve) => next!.once("exit", resolve));
    next.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  }
  if (embedded) {
    log("Stopping PostgreSQL");
    await embedded.stop();
  }
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
process.on("exit", () => next?.kill("SIGTERM"));

async function main() {
  let databaseUrl = process.env.DATABASE_URL;
  let demo = process.env.CASEBOOK_DEMO === "1";
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir, port: DEV_PORT, log });
    databaseUrl = embedded.url;
    demo = true; // the embedded database is the demo
    log(`Embedded PostgreSQL on port ${DEV_PORT}, data in ${dataDir}`);
  }

  if (mode === "dev" && (await runPrismaCli(["generate"], databaseUrl, true)) !== 0)
    throw new Error("prisma generate failed");
  if ((await runPrismaCli(["migrate", "deploy"], databaseUrl, true)) !== 0)
    throw new Error("Database migrations failed (see above)");

  // Name keys made under older search-key rules (or none yet) are rebuilt before serving.
  {
    const db = createPrismaClient(databaseUrl, 2);
    try {
      const rekeyed = await rekeyStaleNames(db);
      if (rekeyed > 0) log(`Rebuilt the search keys of ${rekeyed} names`);
    } finally {
      await db.$disconnect();
    }
  }

  if (demo) {
    const db = createPrismaClient(databaseUrl, 2);
    try {
      if (!(await isDemoSeeded(db))) {
        const report = await seedDemo(db, { accounts: true });
        log(`Loaded demo data: ${report.persons} people, ${report.sources} sources, ${report.facts} cited facts`);
      }
    } finally {
      await db.$disconnect();
    }
  }

  log(
    `Database ready in ${((Date.now() - started) / 1000).toFixed(1)} s; starting Next.js (${mode}) on http://localhost:${port}`,
  );
  next = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), mode, "-p", port], {
    stdio: "inherit",
    env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, DATABASE_URL: databaseUrl, CASEBOOK_DEMO: demo ? "1" : "0" },
  });
  next.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch(async (error) => {
  console.error(`[casebook] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
