// Time-based one-time passwords (RFC 6238, SHA-1, 6 digits, 30 s), the scheme every
// authenticator app speaks. Small enough to own rather than add a dependency.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/=+$|\s/g, "");
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new Error("Not base32");
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export const newTotpSecret = () => base32Encode(randomBytes(20));

export function totpAt(secret: string, time: number, digits = 6): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(time / 1000 / 30)));
  const hmac = createHmac("sha1", base32Decode(secret)).update(counter).digest();
  const offset = hmac.readUInt8(hmac.length - 1) & 15;
  const code = (hmac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return code.toString().padStart(digits, "0");
}

export const totpStep = (time: number) => Math.floor(time / 1000 / 30);

/**
 * The time step a code belongs to, among the current one and its neighbours (±30 s of
 * clock drift), or null. Callers make the code single-use by accepting only a step later
 * than the last one accepted (two-factor.ts).
 */
export function matchTotpStep(secret: string, code: string, now = Date.now()): number | null {
  const given = Buffer.from(code.replace(/\s/g, ""));
  if (!/^\d{6}$/.test(given.toString())) return null;
  for (const offset of [-1, 0, 1])
    if (timingSafeEqual(Buffer.from(totpAt(secret, now + offset * 30_000)), given)) return totpStep(now) + offset;
  return null;
}

export const verifyTotp = (secret: string, code: string, now = Date.now()) => matchTotpStep(secret, code, now) !== null;

export function otpauthUri(secret: string, account: string) {
  return `otpauth://totp/${encodeURIComponent(`Casebook:${account}`)}?secret=${secret}&issuer=Casebook&algorithm=SHA1&digits=6&period=30`;
}
