// npm run backup:keygen -- FILE: makes an age key pair for backups. The identity (secret) goes
// to FILE, mode 0600, to be kept OFF the server; the public key is printed for
// CASEBOOK_BACKUP_RECIPIENTS or `npm run backup -- --recipient`.
import fs from "node:fs";
import { generateIdentity, identityToRecipient } from "age-encryption";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run backup:keygen -- <identity file to create>");
  process.exit(2);
}
const identity = await generateIdentity();
const recipient = await identityToRecipient(identity);
fs.writeFileSync(file, `# created: ${new Date().toISOString()}\n# public key: ${recipient}\n${identity}\n`, {
  mode: 0o600,
  flag: "wx",
});
console.log(`Identity written to ${file} (keep it off the server; restore needs it).\nPublic key: ${recipient}`);
