// npm run keys:rotate [-- --retire]: adds a new key-encryption key version to the key file and
// re-wraps every data key under it, while the app keeps running (it notices the new version
// in the file). With CASEBOOK_KEY, add the new version to the variable first, then run this.
// --retire then removes from the key file the versions no data key uses any more.
// Never prints a key or a value.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/client";
import { checkKey } from "../lib/vault/check";
import { newKeyMaterial } from "../lib/vault/envelope";
import { formatKeyLine, KeyProblem, keyFilePath, parseKeyring } from "../lib/vault/keyring";
import { rewrapDataKeys, versionsInUse } from "../lib/vault/rotate";
import { withDatabase } from "./lib/database";

const { values } = parseArgs({ options: { retire: { type: "boolean", default: false } } });

/** Rewrites the key file atomically, 0600. */
function writeKeyFile(file: string, text: string) {
  const temp = `${file}.new`;
  fs.writeFileSync(temp, text, { mode: 0o600 });
  fs.renameSync(temp, file);
}

await withDatabase(async (url) => {
  const db = createPrismaClient(url, 2);
  try {
    await checkKey(db); // the key in use must open this database before anything changes
    const file = keyFilePath();
    if (values.retire) {
      if (!file) throw new KeyProblem("--retire edits the key file; with CASEBOOK_KEY, remove old versions yourself.");
      const keys = parseKeyring(fs.readFileSync(file, "utf8"), `The key file ${file}`);
      const current = Math.max(...keys.keys());
      const used = await versionsInUse(db);
      const kept = [...keys].filter(([v]) => v === current || used.has(v));
      const dropped = [...keys.keys()].filter((v) => !kept.some(([k]) => k === v));
      writeKeyFile(file, `${kept.map(([v, k]) => formatKeyLine(v, k)).join("\n")}\n`);
      console.log(
        dropped.length
          ? `Removed key version(s) ${dropped.join(", ")} from ${file}. Backups made before the rotation need them: keep a copy with those backups.`
          : "No key version to retire: every old version still wraps data keys (run keys:rotate first).",
      );
      return;
    }
    if (file) {
      const text = fs.readFileSync(file, "utf8");
      const keys = parseKeyring(text, `The key file ${file}`);
      const version = Math.max(...keys.keys()) + 1;
      writeKeyFile(file, `${text.trimEnd()}\n${formatKeyLine(version, newKeyMaterial())}\n`);
      console.log(`Added key version ${version} to ${file}`);
    }
    const { rewrapped, version } = await rewrapDataKeys(db, { log: console.log });
    if (!file && rewrapped === 0)
      console.log(
        "Every data key is already wrapped with the newest version in CASEBOOK_KEY. To rotate, add a new\n" +
          'version to it first ("<n>:" followed by `openssl rand -base64 32`), restart the app, then run this again.',
      );
    const inUse = await versionsInUse(db);
    console.log(
      `Done: ${rewrapped.toLocaleString("en")} data keys re-wrapped under version ${version}; versions in use: ${[...inUse.keys()].join(", ") || "none"}.`,
    );
    if (file)
      console.log(
        "The old version stays in the key file for backups made before now; `npm run keys:rotate -- --retire` removes it.",
      );
  } catch (error) {
    if (!(error instanceof KeyProblem)) throw error;
    console.error(`Not rotated: ${error.message}`);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
});
