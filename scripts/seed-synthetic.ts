// Loads deterministic synthetic records for benchmarks, into the embedded dev database
// or DATABASE_URL. Usage: npm run seed:synthetic -- --persons 100000 [--seed 1]
import { parseArgs } from "node:util";
import { generateSynthetic } from "../lib/synthetic/generate";
import { runPrismaCli } from "./lib/prisma-cli";
import { withDatabase } from "./lib/database";

const { values } = parseArgs({
  options: { persons: { type: "string", default: "1000" }, seed: { type: "string", default: "1" } },
});
const persons = Number(values.persons);
if (!Number.isInteger(persons) || persons < 1) {
  console.error("--persons must be a positive whole number");
  process.exit(2);
}

await withDatabase(async (url) => {
  if ((await runPrismaCli(["migrate", "deploy"], url, true)) !== 0) throw new Error("migrate deploy failed");
  console.log(`Generating ${persons.toLocaleString("en")} synthetic persons (seed ${values.seed})`);
  const result = await generateSynthetic(url, { persons, seed: Number(values.seed), log: console.log });
  console.log(
    `Done: rows written in ${result.loadSeconds.toFixed(1)} s, public projection in ${result.projectionSeconds.toFixed(1)} s`,
  );
});
