import { describe, expect, it } from "vitest";
import { decrypt, encrypt, formatSealed, newKeyMaterial, parseSealed, Tampered } from "./envelope";
import { KeyProblem, LocalKeyService, parseKeyring } from "./keyring";

describe("sealed values", () => {
  const key = newKeyMaterial();

  it("round-trips, and never seals the same value to the same text", () => {
    const a = encrypt(key, Buffer.from("+375 29 000 00 00"), "relative.contactDetails");
    const b = encrypt(key, Buffer.from("+375 29 000 00 00"), "relative.contactDetails");
    expect(a.equals(b)).toBe(false);
    expect(decrypt(key, a, "relative.contactDetails").toString()).toBe("+375 29 000 00 00");
    const sealed = formatSealed("k1", a);
    expect(sealed).toMatch(/^cbx1\.k1\./);
    expect(parseSealed(sealed)?.blob.equals(a)).toBe(true);
  });

  it("reports a flipped byte, another key or another column as tampered, never as garbled text", () => {
    const blob = encrypt(key, Buffer.from("secret"), "healthNote.text");
    const flipped = Buffer.from(blob);
    flipped.writeUInt8((flipped.readUInt8(14) ^ 1) & 0xff, 14);
    expect(() => decrypt(key, flipped, "healthNote.text")).toThrow(Tampered);
    expect(() => decrypt(newKeyMaterial(), blob, "healthNote.text")).toThrow(Tampered);
    expect(() => decrypt(key, blob, "person.internalNote")).toThrow(Tampered);
    expect(() => decrypt(key, blob.subarray(0, 10), "healthNote.text")).toThrow(/tampered/);
  });
});

describe("the key-encryption key", () => {
  it("refuses a malformed keyring with a plain sentence, without echoing it", () => {
    expect(() => parseKeyring("1:short", "CASEBOOK_KEY")).toThrow(KeyProblem);
    expect(() => parseKeyring("1:short", "CASEBOOK_KEY")).toThrow(/not a Casebook key/);
    expect(() => parseKeyring("# only a comment", "The key file x")).toThrow(/holds no key/);
  });

  it("wraps with the newest version and says which version is missing or wrong", async () => {
    const v1 = `1:${newKeyMaterial().toString("base64")}`;
    const v2 = `2:${newKeyMaterial().toString("base64")}`;
    const previous = process.env.CASEBOOK_KEY;
    try {
      process.env.CASEBOOK_KEY = `${v1},${v2}`;
      const both = new LocalKeyService();
      const dataKey = newKeyMaterial();
      const { kekVersion, wrapped } = await both.wrap(dataKey, "dk");
      expect(kekVersion).toBe(2);
      expect((await both.unwrap(2, wrapped, "dk")).equals(dataKey)).toBe(true);
      await expect(both.unwrap(2, wrapped, "another-id")).rejects.toThrow(/does not open/);

      process.env.CASEBOOK_KEY = v1;
      await expect(new LocalKeyService().unwrap(2, wrapped, "dk")).rejects.toThrow(
        /key version 2, which the key in use lacks/,
      );
      process.env.CASEBOOK_KEY = `2:${newKeyMaterial().toString("base64")}`;
      await expect(new LocalKeyService().unwrap(2, wrapped, "dk")).rejects.toThrow(/wrong key/);
    } finally {
      process.env.CASEBOOK_KEY = previous;
    }
  });
});
