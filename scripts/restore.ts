// npm run restore -- FILE [--identity FILE | --passphrase-file FILE]: restores a backup into an
// empty database (DATABASE_URL, or the embedded one: move .data/postgres aside first so a fresh,
// empty one is created). An encrypted backup needs its age identity (or
// CASEBOOK_BACKUP_IDENTITY_FILE) or passphrase. Migrations newer than the backup are applied afterwards.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { restoreBackup, RestoreError } from "../lib/backup/restore";
import { identitiesIn, type Unlock } from "../lib/backup/protect";
import { runPrismaCli } from "./lib/prisma-cli";
import { withDatabase } from "./lib/database";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { identity: { type: "string" }, "passphrase-file": { type: "string" } },
});
const file = positionals[0];
if (!file) {
  console.error("Usage: npm run restore -- <backup file> [--identity FILE | --passphrase-file FILE]");
  process.exit(2);
}

function unlock(): Unlock {
  const identityFile = values.identity ?? process.env.CASEBOOK_BACKUP_IDENTITY_FILE;
  if (values["passphrase-file"]) return { passphrase: fs.readFileSync(values["passphrase-file"], "utf8").trim() };
  if (identityFile) return { identities: identitiesIn(fs.readFileSync(identityFile, "utf8")) };
  return null;
}

await withDatabase(async (url) => {
  try {
    const result = await restoreBackup(url, file, unlock());
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
  console.log(
    "Database is at the current migration. Its restricted values open with the key-encryption key they were sealed under.",
  );
});
