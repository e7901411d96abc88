import { spawn } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/db/embedded-postgres";

// After `kill -9` of the launcher, PostgreSQL keeps running with its postmaster.pid,
// and a plain restart failed with no message. The next start must recover.
const DATA_DIR = ".data/test-recovery-postgres";
const PORT = Number(process.env.CASEBOOK_TEST_PG_PORT ?? 54331) + 20;

describe("embedded PostgreSQL", () => {
  let restarted: EmbeddedDatabase | undefined;
  afterAll(async () => {
    await restarted?.stop();
    fs.rmSync(DATA_DIR, { recursive: true, force: true });
  });

  it("starts again after the process that ran it was killed", async () => {
    fs.rmSync(DATA_DIR, { recursive: true, force: true });
    const script = `import { startEmbeddedPostgres } from "./lib/db/embedded-postgres.ts";
      startEmbeddedPostgres({ dataDir: "${DATA_DIR}", port: ${PORT} }).then(() => console.log("ready"));
      setInterval(() => {}, 1000);`;
    const launcher = spawn("npx", ["tsx", "--eval", script], { stdio: ["ignore", "pipe", "inherit"], detached: true });
    await new Promise<void>((resolve, reject) => {
      launcher.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      launcher.on("exit", (code) => reject(new Error(`launcher exited early (${code})`)));
    });
    // kill -9 the whole launcher (npx, tsx, node) but not PostgreSQL, which has its own session.
    process.kill(-launcher.pid!, "SIGKILL");
    const leftoverPid = Number(fs.readFileSync(`${DATA_DIR}/postmaster.pid`, "utf8").split("\n")[0]);
    expect(() => process.kill(leftoverPid, 0)).not.toThrow();

    restarted = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PORT });
    const client = new pg.Client({ connectionString: restarted.url });
    await client.connect();
    const { rows } = await client.query("SELECT 1 AS ok");
    await client.end();
    expect(rows[0].ok).toBe(1);
    expect(() => process.kill(leftoverPid, 0)).toThrow();
  }, 60_000);
});
