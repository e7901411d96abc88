// npm run bench:export: time and peak memory to export 5,000 cases as CSV, XLSX and
// PDF, on its own embedded PostgreSQL loaded with synthetic records (reused across runs).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { generateSynthetic } from "../lib/synthetic/generate";
import { runPrismaCli } from "./lib/prisma-cli";

const CASES = 5000;
const db = await startEmbeddedPostgres({
  dataDir: ".data/bench-export",
  port: Number(process.env.BENCH_PG_PORT ?? 54390),
});
type ExportFigures = { format: string; count: number; seconds: number; maxRssMiB: number; bytes: number };

try {
  if ((await runPrismaCli(["migrate", "deploy"], db.url, true)) !== 0) throw new Error("migrate deploy failed");
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const counted = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM public_person");
  const published = counted.rows[0]?.n ?? 0;
  await client.end();
  if (published < CASES) {
    console.log(`Loading synthetic records (about 95% are published)…`);
    await generateSynthetic(db.url, { persons: Math.ceil(CASES / 0.9), log: console.log });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "casebook-bench-export-"));
  console.log(`\nExporting ${CASES.toLocaleString("en")} cases (${os.cpus().length} cores, Node ${process.version})\n`);
  console.log("format   cases   seconds   peak RSS MiB   file MiB");
  for (const format of ["csv", "xlsx", "pdf"]) {
    const output = execFileSync(
      "npx",
      ["tsx", "scripts/bench/export-one.ts", format, db.url, String(CASES), path.join(dir, `export.${format}`)],
      { encoding: "utf8" },
    );
    const r = JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as ExportFigures;
    console.log(
      `${r.format.padEnd(6)} ${String(r.count).padStart(7)} ${r.seconds.toFixed(2).padStart(9)} ${r.maxRssMiB.toFixed(0).padStart(14)} ${(r.bytes / 1048576).toFixed(1).padStart(10)}`,
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
} finally {
  await db.stop();
}
