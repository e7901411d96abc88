// npm run bench:import: time to import 10,000 spreadsheet rows (dry run, then the
// all-or-nothing apply), and to re-import the same file (idempotent: nothing to do),
// on a fresh embedded PostgreSQL of its own.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../lib/db/client";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyImport } from "../lib/import/apply";
import { autoMap } from "../lib/import/fields";
import { planImport } from "../lib/import/plan";
import { readSheet } from "../lib/import/read-sheet";
import { bePassport } from "../lib/names/systems";
import { transliterate } from "../lib/names/transliterate";
import { seededRandom } from "../lib/synthetic/random";
import * as vocabulary from "../lib/synthetic/vocabulary";
import { runPrismaCli } from "./lib/prisma-cli";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const dataDir = ".data/bench-import";
fs.rmSync(dataDir, { recursive: true, force: true });
const server = await startEmbeddedPostgres({ dataDir, port: Number(process.env.BENCH_PG_PORT ?? 54392) });
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
try {
  if ((await runPrismaCli(["migrate", "deploy"], server.url, true)) !== 0) throw new Error("migrate deploy failed");
  const db = createPrismaClient(server.url, 4);
  await db.legalArticle.createMany({
    data: vocabulary.legalArticles.map((a) => ({ ...a, code: "Criminal Code", jurisdiction: "BY" })),
  });

  const rng = seededRandom(42);
  const lines = ["ID,Name,Імя па-беларуску,Date of birth,Detention date,Articles,Sentence,Prison,Release date"];
  for (let i = 0; i < ROWS; i++) {
    const [first] = rng.pick(rng.chance(0.3) ? vocabulary.femaleFirstNames : vocabulary.maleFirstNames);
    const [stem] = rng.pick(vocabulary.surnameStems);
    const nameBe = `${first} ${stem}${rng.pick(vocabulary.surnameEndings)[0]}`;
    const article = rng.pick(vocabulary.legalArticles);
    const arrested = `${String(rng.int(1, 28)).padStart(2, "0")}.${String(rng.int(1, 12)).padStart(2, "0")}.${rng.int(2020, 2025)}`;
    lines.push(
      [
        `V-${i}`,
        transliterate(nameBe, bePassport),
        nameBe,
        String(rng.int(1950, 2004)),
        arrested,
        `${article.article}${article.part ? `.${article.part}` : ""}`,
        `${rng.int(1, 15)} years`,
        `Penal colony No. ${rng.int(1, 20)}`,
        "",
      ].join(","),
    );
  }
  const file = path.join(os.tmpdir(), "casebook-bench-import.csv");
  fs.writeFileSync(file, lines.join("\n"));

  const sheet = await readSheet(file, fs.readFileSync(file));
  const mapping = autoMap(sheet.headers);
  let t = performance.now();
  const plan = await planImport(db, sheet, mapping);
  const dry = seconds(t);
  t = performance.now();
  await applyImport(db, sheet, mapping, { fileName: "bench.csv", actorId: null, confirmed: plan.counts });
  const apply = seconds(t);
  t = performance.now();
  const again = await planImport(db, sheet, mapping);
  const reimport = seconds(t);

  console.log(`\nImport of ${ROWS.toLocaleString("en")} rows (${os.cpus().length} cores, Node ${process.version})`);
  console.log(`  dry run:   ${dry} s  (${plan.counts.create} to create, ${plan.counts.errors} errors)`);
  console.log(`  apply:     ${apply} s  (one transaction, revisions included)`);
  console.log(`  total:     ${(Number(dry) + Number(apply)).toFixed(1)} s`);
  console.log(
    `  re-import: ${reimport} s dry run → ${again.counts.unchanged} unchanged, ${again.counts.create + again.counts.update} to change`,
  );
  await db.$disconnect();
} finally {
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
