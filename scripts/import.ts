// npm run import -- FILE.csv|FILE.xlsx [--apply] [--map field=Header …]
// Without --apply: the dry run (what would be created or updated, every error with its
// row, column and reason); nothing is written. With --apply: the same, then the import,
// all or nothing. Uses the embedded database or DATABASE_URL.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/client";
import { applyImport, ImportRefused } from "../lib/import/apply";
import {
  autoMap,
  foldHeader,
  headerSignature,
  IMPORT_FIELD_KEYS,
  IMPORT_FIELDS,
  type ColumnMapping,
  type ImportField,
} from "../lib/import/fields";
import { planImport } from "../lib/import/plan";
import { readSheet, SheetError } from "../lib/import/read-sheet";
import { withDatabase } from "./lib/database";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { apply: { type: "boolean", default: false }, map: { type: "string", multiple: true } },
});
const file = positionals[0];
if (!file) {
  console.error("Usage: npm run import -- <file.csv|file.xlsx> [--apply] [--map field=Header]");
  process.exit(2);
}

await withDatabase(async (url) => {
  const db = createPrismaClient(url, 4);
  try {
    const sheet = await readSheet(file, fs.readFileSync(file));
    const remembered = await db.importLayout.findUnique({ where: { headerSignature: headerSignature(sheet.headers) } });
    const mapping: ColumnMapping = { ...(remembered ? (remembered.mapping as ColumnMapping) : autoMap(sheet.headers)) };
    for (const pair of values.map ?? []) {
      const [field, header] = pair.split("=");
      const index = sheet.headers.findIndex((h) => foldHeader(h) === foldHeader(header ?? ""));
      if (!IMPORT_FIELD_KEYS.includes(field as ImportField) || index < 0)
        throw new SheetError(`--map ${pair}: unknown field or column`);
      mapping[field as ImportField] = index;
    }
    console.log(
      `${path.basename(file)}: ${sheet.rows.length} rows. Columns${remembered ? " (remembered layout)" : ""}:`,
    );
    for (const field of IMPORT_FIELD_KEYS)
      if (mapping[field] !== undefined)
        console.log(`  ${IMPORT_FIELDS[field].label.padEnd(32)} ← ${sheet.headers[mapping[field]]}`);

    const started = Date.now();
    const plan = await planImport(db, sheet, mapping);
    const { counts } = plan;
    console.log(
      `\nDry run (${((Date.now() - started) / 1000).toFixed(1)} s): ${counts.create} to create, ${counts.update} to update, ${counts.unchanged} unchanged, ${counts.ambiguous} ambiguous, ${counts.errors} errors`,
    );
    for (const e of plan.errors.slice(0, 50)) console.log(`  row ${e.row}, column "${e.column}": ${e.reason}`);
    for (const r of plan.rows.filter((r) => r.action === "ambiguous").slice(0, 20)) {
      if (r.action === "ambiguous")
        console.log(`  row ${r.row} (${r.displayName}) matches: ${r.candidates.map((c) => c.slug).join(", ")}`);
    }
    if (plan.newFacilities.length) console.log(`  new facilities: ${plan.newFacilities.join("; ")}`);
    if (!values.apply) {
      console.log("\nNothing was written. Run again with --apply to import.");
      process.exitCode = counts.errors ? 1 : 0;
      return;
    }
    const applied = Date.now();
    await applyImport(db, sheet, mapping, { fileName: path.basename(file), actorId: null, confirmed: counts });
    console.log(
      `Imported in ${((Date.now() - applied) / 1000).toFixed(1)} s: ${counts.create} created, ${counts.update} updated.`,
    );
  } catch (error) {
    if (error instanceof ImportRefused || error instanceof SheetError) {
      console.error(`Import refused, nothing was written: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
});
