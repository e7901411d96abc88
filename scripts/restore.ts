// npm run restore -- FILE: restores a backup into an empty database (DATABASE_URL, or
// the embedded one: move .data/postgres aside first so a fresh, empty one is created).
// Migrations newer than the backup are applied afterwards.
import { restoreBackup, RestoreError } from "../lib/backup/restore";
import { runPrismaCli } from "./lib/prisma-cli";
import { withDatabase } from "./lib/database";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run restore -- <backup file>");
  process.exit(2);
}

await withDatabase(async (url) => {
  try {
    const result = await restoreBackup(url, file);
    console.log(
      `Restored ${result.rows.toLocaleString("en")} rows in ${result.tables} tables (${result.migrations} migrations).`,
    );
  } catch (error) {
    if (error instanceof RestoreError) {
      console.error(`Restore failed, nothing was changed: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  if ((await runPrismaCli(["migrate", "deploy"], url, true)) !== 0) throw new Error("Applying newer migrations failed");
  console.log("Database is at the current migration.");
});
