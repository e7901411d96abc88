import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, totpAt, verifyTotp } from "./totp";

// RFC 6238 appendix B: the SHA-1 secret is the ASCII "12345678901234567890"; its 8-digit
// codes end in the 6-digit ones an authenticator app shows.
const SECRET = base32Encode(Buffer.from("12345678901234567890"));

describe("TOTP", () => {
  it("round-trips base32", () => {
    expect(SECRET).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(base32Decode(SECRET).toString()).toBe("12345678901234567890");
  });

  it("matches the RFC 6238 test vectors", () => {
    expect(totpAt(SECRET, 59_000, 8)).toBe("94287082");
    expect(totpAt(SECRET, 1_111_111_109_000, 8)).toBe("07081804");
    expect(totpAt(SECRET, 2_000_000_000_000, 8)).toBe("69279037");
  });

  it("accepts the current code and one step of drift, nothing older", () => {
    const now = 1_700_000_000_000;
    expect(verifyTotp(SECRET, totpAt(SECRET, now), now)).toBe(true);
    expect(verifyTotp(SECRET, totpAt(SECRET, now - 30_000), now)).toBe(true);
    expect(verifyTotp(SECRET, totpAt(SECRET, now - 90_000), now)).toBe(false);
    expect(verifyTotp(SECRET, "abcdef", now)).toBe(false);
  });
});
