// `npm run dev` and `npm start`: checks the settings, starts the embedded PostgreSQL
// (unless DATABASE_URL is set), applies migrations, loads the demo data on first start,
// then runs Next.js. It watches its database and exits with a message if it dies; Ctrl-C
// or SIGTERM stop Next and PostgreSQL within 10 s, even if the database is already gone.
// After `kill -9` of a launcher, the next start stops the orphaned Next server and
// PostgreSQL it left (the orphaned Next also stops itself: scripts/lib/exit-with-parent.cjs).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db/client";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/db/embedded-postgres";
import { clearOwner, isAlive, readOwner, runningServer, stopOrphanedNext, writeOwner } from "../lib/db/embedded-owner";
import { settingProblems } from "../lib/env";
import { rekeyStaleNames } from "../lib/names/rekey";
import { isDemoSeeded, seedDemo } from "../prisma/seed/load-demo";
import { runPrismaCli } from "./lib/prisma-cli";
import { checkKey } from "../lib/vault/check";
import { KeyProblem } from "../lib/vault/keyring";
import { sealExistingValues } from "../lib/revisions/seal-existing";
import { DEV_DATA_DIR, DEV_PORT } from "./lib/database";

const mode = process.argv[2] === "start" ? "start" : "dev";
const port = process.env.PORT ?? "3000";
const dataDir = DEV_DATA_DIR;
const started = Date.now();
const log = (line: string) => console.log(`[casebook] ${line}`);
const fail = (line: string) => console.error(`[casebook] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The server drains in-flight requests and exports for up to the grace period
// (scripts/serve.ts; containers set it longer, with a longer stop timeout); PostgreSQL
// then gets 3 s. Everything stops within STOP_WITHIN_MS of a signal, whatever state the
// database is in: an idle server exits at once, so the default stays under 10 s.
const graceSeconds = Number(process.env.CASEBOOK_SHUTDOWN_GRACE_SECONDS ?? 5);
const STOP_WITHIN_MS = (graceSeconds + 4) * 1000;

let embedded: EmbeddedDatabase | undefined;
let postgresPid: number | undefined;
let next: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  setTimeout(() => {
    fail(`Still stopping after ${STOP_WITHIN_MS / 1000} s; exiting now.`);
    if (next?.exitCode === null) next.kill("SIGKILL");
    process.exit(code || 1);
  }, STOP_WITHIN_MS).unref();
  if (next && next.exitCode === null && next.signalCode === null) {
    const exited = new Promise((resolve) => next!.once("exit", resolve));
    next.kill("SIGTERM");
    const drained = await Promise.race([exited.then(() => true), sleep((graceSeconds + 1) * 1000).then(() => false)]);
    if (!drained) next.kill("SIGKILL");
  }
  if (embedded && postgresPid && isAlive(postgresPid)) {
    log("Stopping PostgreSQL");
    await Promise.race([embedded.stop(), sleep(3000)]);
  }
  clearOwner(dataDir, process.pid);
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
process.on("exit", () => next?.kill("SIGTERM"));

/** Refuses to share a data directory with a live launcher or command; clears what a killed one left. */
async function takeOwnership() {
  const owner = readOwner(dataDir);
  if (owner && owner.pid !== process.pid && isAlive(owner.pid))
    throw new Error(
      owner.command === "launcher"
        ? `Casebook is already running from ${dataDir} (launcher pid ${owner.pid}). Stop it first, or give this copy its own CASEBOOK_DATA_DIR, CASEBOOK_PG_PORT and PORT.`
        : `The embedded database in ${dataDir} is in use by a command (pid ${owner.pid}); start the app when it has finished.`,
    );
  if (owner?.nextPid) await stopOrphanedNext(owner.nextPid, log);
  writeOwner(dataDir, { pid: process.pid, command: "launcher" });
}

/** Exits with a clear message, instead of serving errors, when the embedded database dies. */
function watchDatabase(pid: number) {
  setInterval(() => {
    if (stopping || isAlive(pid)) return;
    fail(`PostgreSQL (pid ${pid}) stopped unexpectedly; stopping Casebook. Start it again with npm run ${mode}.`);
    void shutdown(1);
  }, 1000).unref();
}

/**
 * When the process that started this launcher dies (kill -9 of npm), stop cleanly too.
 * tsx runs this script in a child of its own, so the parent (tsx) outlives npm: watch
 * the parent's parent as well (Linux: /proc).
 */
function watchParent() {
  const parent = process.ppid;
  const grandparent = parentOf(parent);
  setInterval(() => {
    if (stopping) return;
    if (process.ppid !== parent || (grandparent !== null && parentOf(parent) !== grandparent)) void shutdown(1);
  }, 1000).unref();
}

function parentOf(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (command) state ppid …"; the command may contain spaces.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

async function main() {
  let databaseUrl = process.env.DATABASE_URL;
  let demo = process.env.CASEBOOK_DEMO === "1" || !databaseUrl;
  const problems = settingProblems(process.env, demo);
  if (problems.length) throw new Error(`Cannot start: ${problems.join(" ")}`);
  watchParent();
  await takeOwnership();

  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir, port: DEV_PORT, log });
    databaseUrl = embedded.url;
    demo = true; // the embedded database is the demo
    postgresPid = runningServer(dataDir)?.pid;
    if (postgresPid) watchDatabase(postgresPid);
    log(`Embedded PostgreSQL on port ${DEV_PORT}, data in ${dataDir}`);
  }

  if (mode === "dev" && (await runPrismaCli(["generate"], databaseUrl, true)) !== 0)
    throw new Error("prisma generate failed");
  if ((await runPrismaCli(["migrate", "deploy"], databaseUrl, true)) !== 0)
    throw new Error("Database migrations failed (see above)");

  // The encryption key must open this database's data keys before anything is served
  // (the demo makes its own key in .data/casebook.key on first start).
  if (demo) process.env.CASEBOOK_DEMO = "1";
  {
    const db = createPrismaClient(databaseUrl, 2);
    try {
      const key = await checkKey(db);
      log(`Encryption key version ${key.version} opens the database's ${key.dataKeys} data keys`);
      await sealExistingValues(db, log);
      // Name keys made under older search-key rules (or none yet) are rebuilt before serving.
      const rekeyed = await rekeyStaleNames(db);
      if (rekeyed > 0) log(`Rebuilt the search keys of ${rekeyed} names`);
    } catch (error) {
      if (!(error instanceof KeyProblem)) throw error;
      console.error(`[casebook] Not starting: ${error.message}`);
      await db.$disconnect();
      await shutdown(1);
      return;
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

  if (stopping) return;
  log(
    `Database ready in ${((Date.now() - started) / 1000).toFixed(1)} s; starting Next.js (${mode}) on http://localhost:${port}`,
  );
  // Quoted: NODE_OPTIONS splits on spaces, and the project path may contain some.
  const preload = `--require=${JSON.stringify(path.resolve("scripts/lib/exit-with-parent.cjs"))}`;
  next = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/serve.ts"), mode], {
    stdio: "inherit",
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      ...process.env,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(" "),
      PORT: port,
      DATABASE_URL: databaseUrl,
      CASEBOOK_DEMO: demo ? "1" : "0",
    },
  });
  writeOwner(dataDir, { pid: process.pid, command: "launcher", nextPid: next.pid });
  next.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch(async (error) => {
  fail(error instanceof Error ? error.message : String(error));
  await shutdown(1);
});
