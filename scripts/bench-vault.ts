// npm run bench:vault: what sealing costs the workspace case page. On its own embedded
// PostgreSQL (.data/bench-vault) with the demo data, loads Maria Kalesnikava's case as a
// caseworker, alternating in one run between the page as it is (sealed values opened, each
// opening audited) and the same reads with the sealed values left closed (still audited, as
// a restricted view was before): the difference is the decryption. Prints p50/p95 and the ratio.
//   npm run bench:vault -- [--rounds 300]
import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "../lib/db/client";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { isDemoSeeded, seedDemo } from "../prisma/seed/load-demo";
import { runPrismaCli } from "./lib/prisma-cli";
import { createKeyFile } from "../lib/vault/keyring";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "300" } } });
const rounds = Number(values.rounds);
const server = await startEmbeddedPostgres({
  dataDir: ".data/bench-vault",
  port: Number(process.env.CASEBOOK_BENCH_PG_PORT ?? 54393),
});
process.env.CASEBOOK_KEY_FILE ??= ".data/bench-vault.key";
if (!fs.existsSync(process.env.CASEBOOK_KEY_FILE)) createKeyFile(process.env.CASEBOOK_KEY_FILE);
try {
  if ((await runPrismaCli(["migrate", "deploy"], server.url, true)) !== 0) throw new Error("migrate deploy failed");
  const admin = createPrismaClient(server.url, 2);
  if (!(await isDemoSeeded(admin))) await seedDemo(admin, { accounts: true });
  const user = await admin.user.findUniqueOrThrow({ where: { email: "caseworker@casebook.test" } });
  await admin.$disconnect();
  process.env.DATABASE_URL = server.url;
  const { getCase } = await import("../lib/cases/queries");
  const actor = { id: user.id, email: user.email, name: user.name, role: user.role };
  const slug = "maria-kalesnikava";
  const modes = {
    opened: () => getCase(actor, slug, "127.0.0.1"),
    closed: () => getCase(actor, slug, "127.0.0.1", { audit: true, open: false }),
  };
  const times: Record<keyof typeof modes, number[]> = { opened: [], closed: [] };
  const OPENED_FIRST: (keyof typeof modes)[] = ["opened", "closed"];
  const CLOSED_FIRST: (keyof typeof modes)[] = ["closed", "opened"];
  for (let i = 0; i < 20; i++) for (const run of Object.values(modes)) await run(); // warm-up
  for (let i = 0; i < rounds; i++)
    for (const mode of i % 2 ? OPENED_FIRST : CLOSED_FIRST) {
      const started = performance.now();
      await modes[mode]();
      times[mode].push(performance.now() - started);
    }
  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)] ?? NaN;
  console.log(
    `Workspace case page data (getCase, ${rounds} rounds each, ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")})`,
  );
  console.log("mode                               p50 ms   p95 ms");
  console.log(
    `sealed values opened (after)     ${pct(times.opened, 0.5).toFixed(2).padStart(7)} ${pct(times.opened, 0.95).toFixed(2).padStart(8)}`,
  );
  console.log(
    `sealed values closed (baseline)  ${pct(times.closed, 0.5).toFixed(2).padStart(7)} ${pct(times.closed, 0.95).toFixed(2).padStart(8)}`,
  );
  console.log(`ratio p50 opened/closed: ${(pct(times.opened, 0.5) / pct(times.closed, 0.5)).toFixed(2)}`);
} finally {
  await server.stop();
}
