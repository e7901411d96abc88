// Backups leave the server, so they are encrypted with age (age-encryption.org, through the
// `age-encryption` package by age's author): to the operator's public key(s) or passphrase.
// Restricted values inside are sealed besides, under the key-encryption key, which a backup
// never contains.
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { Decrypter, Encrypter } from "age-encryption";

export type Protection = { recipients: string[] } | { passphrase: string } | { unencrypted: true };
export type Unlock = { identities: string[] } | { passphrase: string } | null;

const AGE_MAGIC = "age-encryption.org/v1";

export class BackupKeyError extends Error {}

export async function encryptStream(plain: Readable, protection: Protection): Promise<Readable> {
  if ("unencrypted" in protection) return plain;
  const encrypter = new Encrypter();
  if ("passphrase" in protection) encrypter.setPassphrase(protection.passphrase);
  else {
    if (protection.recipients.length === 0) throw new BackupKeyError("No recipient to encrypt the backup to.");
    for (const r of protection.recipients) {
      try {
        encrypter.addRecipient(r.trim());
      } catch {
        throw new BackupKeyError(`Not an age public key: ${r.trim().slice(0, 12)}…`);
      }
    }
  }
  const web = Readable.toWeb(plain) as unknown as ReadableStream<Uint8Array>;
  const encrypted = await encrypter.encrypt(web);
  return Readable.fromWeb(encrypted as unknown as WebReadableStream<Uint8Array>);
}

/** Whether a file's first bytes are an age header. */
export function isAgeEncrypted(head: Buffer) {
  return head.subarray(0, AGE_MAGIC.length).toString("latin1") === AGE_MAGIC;
}

export async function decryptStream(encrypted: Readable, unlock: Unlock): Promise<Readable> {
  if (!unlock)
    throw new BackupKeyError(
      "This backup is encrypted: give its key with --identity FILE (an AGE-SECRET-KEY file) or --passphrase-file FILE.",
    );
  const decrypter = new Decrypter();
  if ("passphrase" in unlock) decrypter.addPassphrase(unlock.passphrase);
  else for (const identity of unlock.identities) decrypter.addIdentity(identity);
  try {
    const web = Readable.toWeb(encrypted) as unknown as ReadableStream<Uint8Array>;
    const plain = await decrypter.decrypt(web);
    return Readable.fromWeb(plain as unknown as WebReadableStream<Uint8Array>);
  } catch {
    throw new BackupKeyError("The key given does not open this backup (wrong identity or passphrase).");
  }
}

/** Identity lines of an age identity file (comments skipped). */
export const identitiesIn = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith("AGE-SECRET-KEY-"));
