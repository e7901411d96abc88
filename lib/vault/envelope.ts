// The cipher itself: AES-256-GCM from node:crypto (OpenSSL), nothing home-made. A sealed
// value is "cbx1.<data key id>.<base64url(nonce ‖ ciphertext ‖ tag)>"; the associated data
// binds it to its column, so a ciphertext moved to another column fails authentication.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

export const SEALED_PREFIX = "cbx1.";
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/** Authentication failed: the ciphertext, its key or its column was altered. Never shown garbled. */
export class Tampered extends Error {
  constructor(what: string) {
    super(`${what} failed its integrity check (tampered or corrupted); it is not shown`);
    this.name = "Tampered";
  }
}

export function encrypt(key: Buffer, plaintext: Buffer, associated: string): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  cipher.setAAD(Buffer.from(associated, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

export function decrypt(key: Buffer, blob: Buffer, associated: string, what = "A sealed value"): Buffer {
  if (blob.length < NONCE_BYTES + TAG_BYTES) throw new Tampered(what);
  const decipher = createDecipheriv("aes-256-gcm", key, blob.subarray(0, NONCE_BYTES));
  decipher.setAAD(Buffer.from(associated, "utf8"));
  decipher.setAuthTag(blob.subarray(blob.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(blob.subarray(NONCE_BYTES, blob.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new Tampered(what);
  }
}

export const isSealed = (value: unknown): value is string =>
  typeof value === "string" && value.startsWith(SEALED_PREFIX);

export function formatSealed(dataKeyId: string, blob: Buffer) {
  return `${SEALED_PREFIX}${dataKeyId}.${blob.toString("base64url")}`;
}

/** The data key id and ciphertext of a sealed value; null when it is not one (or is malformed). */
export function parseSealed(value: string): { dataKeyId: string; blob: Buffer } | null {
  if (!isSealed(value)) return null;
  const [dataKeyId, body, ...rest] = value.slice(SEALED_PREFIX.length).split(".");
  if (!dataKeyId || !body || rest.length > 0) return null;
  return { dataKeyId, blob: Buffer.from(body, "base64url") };
}

export const newDataKeyId = () => randomBytes(16).toString("base64url");
export const newKeyMaterial = () => randomBytes(KEY_BYTES);
