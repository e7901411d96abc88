// npm run backup [-- --out FILE] [--recipient age1… …] [--passphrase-file FILE] [--unencrypted]
// A consistent dump of the database (the embedded one, or DATABASE_URL), encrypted with age
// to the given public key(s) (or CASEBOOK_BACKUP_RECIPIENTS) or a passphrase, written 0600 to
// backups/casebook-<UTC timestamp>.backup.gz.age. Unencrypted only with --unencrypted.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { writeBackup } from "../lib/backup/dump";
import { BackupKeyError, type Protection } from "../lib/backup/protect";
import { withDatabase } from "./lib/database";

const { values } = parseArgs({
  options: {
    out: { type: "string" },
    recipient: { type: "string", multiple: true },
    "passphrase-file": { type: "string" },
    unencrypted: { type: "boolean", default: false },
  },
});

function protection(): Protection {
  const recipients = [
    ...(values.recipient ?? []),
    ...(process.env.CASEBOOK_BACKUP_RECIPIENTS ?? "").split(",").filter((r) => r.trim()),
  ];
  if (values.unencrypted) {
    console.error(
      "\n!!! WARNING: writing an UNENCRYPTED backup (--unencrypted). Anyone who gets this file can read every\n" +
        "!!! name, account, password hash and audit entry in it. Keep it off shared disks and delete it soon.\n",
    );
    return { unencrypted: true };
  }
  if (values["passphrase-file"]) return { passphrase: fs.readFileSync(values["passphrase-file"], "utf8").trim() };
  if (recipients.length > 0) return { recipients };
  console.error(
    "A backup is encrypted: give --recipient age1… (an age public key; `npm run backup:keygen -- FILE` makes a pair;\n" +
      "see the README), CASEBOOK_BACKUP_RECIPIENTS, or --passphrase-file FILE. --unencrypted writes a plain one.",
  );
  process.exit(2);
}

const chosen = protection();
const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, "")
  .replace(/\.\d+Z$/, "Z");
const file = values.out ?? `backups/casebook-${stamp}.backup.gz${"unencrypted" in chosen ? "" : ".age"}`;
fs.mkdirSync(file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : ".", { recursive: true, mode: 0o700 });

await withDatabase(async (url) => {
  const started = Date.now();
  try {
    const result = await writeBackup(url, file, chosen);
    console.log(
      `Backup written to ${file} (${"unencrypted" in chosen ? "NOT ENCRYPTED" : "encrypted with age"}, mode 0600): ` +
        `${result.tables} tables, ${result.rows.toLocaleString("en")} rows, ` +
        `${(result.bytes / 1024).toFixed(0)} KiB, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    if (!(error instanceof BackupKeyError)) throw error;
    console.error(`No backup written: ${error.message}`);
    process.exitCode = 2;
  }
});
