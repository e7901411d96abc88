// The synthetic data set the scale benchmarks share (bench:public, bench:scale): loaded
// once into an embedded PostgreSQL and reused on later runs.
import pg from "pg";
import { generateSynthetic } from "../../lib/synthetic/generate";
import { createPrismaClient } from "../../lib/db/client";
import { rekeyStaleNames } from "../../lib/names/rekey";
import { runPrismaCli } from "./prisma-cli";

/** Rebuilds stale name keys under the current rules, as the app's launcher does at start. */
export async function rekey(url: string) {
  const client = createPrismaClient(url, 2);
  try {
    const started = Date.now();
    const n = await rekeyStaleNames(client);
    if (n > 0) console.log(`Rebuilt the search keys of ${n} rows in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await client.$disconnect();
  }
}

export async function ensureSyntheticData(url: string, persons: number, dataDir: string) {
  if ((await runPrismaCli(["migrate", "deploy"], url, true)) !== 0) throw new Error("migrate deploy failed");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // About 95% of synthetic persons are published, so compare persons (not projected
  // records) with the number asked for, and require every projected record to be keyed.
  const { rows } = await client.query<{ n: string; projected: string; unkeyed: string }>(
    `SELECT (SELECT count(*) FROM person WHERE id LIKE 'syn-p-%') AS n, (SELECT count(*) FROM public_person) AS projected,
       (SELECT count(*) FROM public_person WHERE name_keys = '') AS unkeyed`,
  );
  await client.end();
  const [counts] = rows;
  if (counts && Number(counts.n) >= persons) {
    console.log(
      `Reusing ${Number(counts.n).toLocaleString("en")} synthetic persons (${Number(counts.projected).toLocaleString("en")} published) in ${dataDir}`,
    );
    // A migration that rebuilds every public record (refresh_public_person() in SQL) leaves
    // their name keys to the app's rekey, as the launcher does at start: not a reason to reload.
    if (Number(counts.unkeyed) > 0) await rekey(url);
    // Data loaded before the generator projected its sources: project them now.
    const sources = new pg.Client({ connectionString: url });
    await sources.connect();
    await sources.query(`SELECT refresh_public_source(s.id) FROM source s
      WHERE s.visibility = 'PUBLIC' AND NOT EXISTS (SELECT 1 FROM public_source p WHERE p.source_id = s.id)`);
    await sources.end();
    return;
  }
  console.log(
    `Loading ${persons.toLocaleString("en")} synthetic persons (once; about 10 minutes for 100,000 on 2 cores)`,
  );
  const result = await generateSynthetic(url, { persons, seed: 1, log: console.log });
  console.log(
    `Loaded: rows in ${result.loadSeconds.toFixed(0)} s, projection in ${result.projectionSeconds.toFixed(0)} s`,
  );
}
