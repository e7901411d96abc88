import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { expect, test } from "@playwright/test";

// Issue 12: with `npm run dev` running, `npm run audit:verify` (or user:create, backup,
// import) took the running PostgreSQL for a leftover and stopped it; the launcher then
// served 503s and hung on SIGTERM; after `kill -9` of the launcher the orphaned Next
// server kept the port and the next start failed with EADDRINUSE; a missing
// NEXTAUTH_SECRET surfaced only as a 500 after "Ready". Replayed here against the
// production build with launchers of their own (own data directory and ports).

const DATA_DIR = ".data/e2e-processes-postgres";
// What the server (scripts/serve.ts) logs once it accepts requests: Casebook's "Ready".
const READY = "Casebook is serving";
const APP_PORT = Number(process.env.E2E_PORT ?? 3100) + 1000;
const PG_PORT = Number(process.env.E2E_PG_PORT ?? 54330) + 40;
const ENV = {
  ...process.env,
  PORT: String(APP_PORT),
  CASEBOOK_DATA_DIR: DATA_DIR,
  CASEBOOK_PG_PORT: String(PG_PORT),
  DATABASE_URL: "",
  NEXT_TELEMETRY_DISABLED: "1",
};

test.describe.configure({ mode: "serial", timeout: 240_000 });

type Launcher = { process: ChildProcess; output: () => string; exited: Promise<number | null> };

function launch(env: NodeJS.ProcessEnv = ENV): Launcher {
  const child = spawn("npx", ["tsx", "scripts/run-app.ts", "start"], { env, detached: true });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { process: child, output: () => output, exited };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const owner = () => JSON.parse(fs.readFileSync(`${DATA_DIR}.owner.json`, "utf8")) as { pid: number; nextPid?: number };
const postgresPid = () => Number(fs.readFileSync(`${DATA_DIR}/postmaster.pid`, "utf8").split("\n")[0]);
const health = () =>
  fetch(`http://127.0.0.1:${APP_PORT}/api/health`)
    .then((r) => r.status)
    .catch(() => 0);
const ready = () => expect.poll(health, { timeout: 120_000, intervals: [500] }).toBe(200);
const cli = (args: string[], input?: string) =>
  spawnSync("npx", ["tsx", ...args], { env: ENV, input, encoding: "utf8", timeout: 120_000 });

test.beforeAll(() => {
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  fs.rmSync(`${DATA_DIR}.owner.json`, { force: true });
});
test.afterAll(() => {
  // Whatever a failed test left running.
  for (const pid of [owner().nextPid, owner().pid]) if (pid && alive(pid)) process.kill(pid, "SIGKILL");
  if (fs.existsSync(`${DATA_DIR}/postmaster.pid`) && alive(postgresPid())) process.kill(postgresPid(), "SIGINT");
});

test("CLIs next to the running app use its database and never stop it; kill -9 of the launcher, then a clean restart", async () => {
  const first = launch();
  await ready();
  const database = postgresPid();

  const verify = cli(["scripts/audit-verify.ts"]);
  expect(verify.stdout + verify.stderr).toContain("Using the embedded PostgreSQL of the running app");
  expect(verify.stdout).toContain("Audit log intact");
  expect(verify.status).toBe(0);
  const created = cli(
    ["scripts/user-create.ts", "--email", "second-admin@casebook.test", "--role", "admin"],
    "a-long-enough-password\n",
  );
  expect(created.stdout).toContain("Created admin second-admin@casebook.test");
  const backup = cli(["scripts/backup.ts", "--out", ".data/e2e-processes.backup.gz", "--unencrypted"]);
  expect(backup.status).toBe(0);
  fs.rmSync(".data/e2e-processes.backup.gz", { force: true });
  fs.writeFileSync(".data/e2e-processes.csv", "Name,Date of birth\nIvan Petrov,1980\n");
  const dryRun = cli(["scripts/import.ts", ".data/e2e-processes.csv"]);
  expect(dryRun.status).toBe(0);
  fs.rmSync(".data/e2e-processes.csv", { force: true });

  expect(alive(database)).toBe(true);
  expect(await health()).toBe(200);

  // kill -9 of the launcher: its Next server must not keep the port.
  const { pid: launcherPid, nextPid } = owner();
  process.kill(launcherPid, "SIGKILL");
  await first.exited;
  const second = launch();
  // Ready from the new Next server (an orphan still holding the port would make it fail).
  await expect.poll(second.output, { timeout: 120_000 }).toContain(READY);
  await ready();
  expect(alive(nextPid!)).toBe(false);
  expect(alive(database)).toBe(false); // the leftover PostgreSQL was stopped and a new one started
  expect(second.output()).not.toContain("EADDRINUSE");

  // The database dies under the running app: the launcher says so and exits.
  const { nextPid: secondNext } = owner();
  process.kill(postgresPid(), "SIGINT");
  expect(await second.exited).toBe(1);
  expect(second.output()).toMatch(/PostgreSQL \(pid \d+\) stopped unexpectedly; stopping Casebook/);
  expect(alive(secondNext!)).toBe(false);
});

test("SIGTERM stops the app and its database within 10 s", async () => {
  const running = launch();
  await ready();
  const { pid, nextPid } = owner();
  const database = postgresPid();
  process.kill(pid, "SIGTERM");
  await running.exited;
  await expect
    .poll(() => [alive(pid), alive(nextPid!), alive(database)], { timeout: 10_000 })
    .toEqual([false, false, false]);
});

test("a missing NEXTAUTH_SECRET outside demo mode stops the start before Ready, naming the setting", async () => {
  const run = launch({
    ...ENV,
    DATABASE_URL: `postgresql://postgres:x@127.0.0.1:${PG_PORT}/casebook`,
    CASEBOOK_DEMO: "0",
    NEXTAUTH_SECRET: "",
  });
  expect(await run.exited).toBe(1);
  expect(run.output()).toContain("NEXTAUTH_SECRET is not set");
  expect(run.output()).not.toContain(READY);
});
