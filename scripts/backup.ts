// npm run backup [-- --out FILE]: a consistent dump of the database (the embedded one,
// or DATABASE_URL) to backups/casebook-<UTC timestamp>.backup.gz.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { writeBackup } from "../lib/backup/dump";
import { withDatabase } from "./lib/database";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, "")
  .replace(/\.\d+Z$/, "Z");
const file = values.out ?? `backups/casebook-${stamp}.backup.gz`;
fs.mkdirSync(file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : ".", { recursive: true });

await withDatabase(async (url) => {
  const started = Date.now();
  const result = await writeBackup(url, file);
  console.log(
    `Backup written to ${file}: ${result.tables} tables, ${result.rows.toLocaleString("en")} rows, ` +
      `${(result.bytes / 1024).toFixed(0)} KiB, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
});
