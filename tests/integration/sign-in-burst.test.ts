import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemoAccounts } from "../../prisma/seed/load-demo";
import { totpAt } from "../../lib/auth/totp";
import { createTestDatabase, type TestDatabase } from "../support/database";

// Issue 12: 100 wrong passwords sent at once were all checked (the limit was 5), 60 TOTP
// codes sent at once were all checked, and one TOTP code signed in twice. Each attempt is
// now counted atomically before it is verified, and a code is spent when it is accepted.
// Every verified attempt leaves one `sign-in.failed` (or `sign-in`) audit entry; a refused
// one costs no argon2 verification (and only a lock's first refusal is audited).
describe("sign-in under a concurrent burst", () => {
  let test: TestDatabase;
  let signIn: typeof import("../../lib/auth/sign-in");
  let throttle: typeof import("../../lib/auth/throttle");
  let twoFactor: typeof import("../../lib/auth/two-factor");

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemoAccounts(test.db);
    process.env.DATABASE_URL = test.url;
    signIn = await import("../../lib/auth/sign-in");
    throttle = await import("../../lib/auth/throttle");
    twoFactor = await import("../../lib/auth/two-factor");
  });
  afterAll(() => test.drop());

  const audited = (action: string, email: string) => test.db.auditEntry.count({ where: { action, actorEmail: email } });

  it("checks at most the limit of 100 wrong passwords sent at once", async () => {
    const email = "caseworker@casebook.test";
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        signIn.signInWithPassword(test.db, { email, password: `wrong-${i}`, ip: "10.7.0.1" }),
      ),
    );
    expect(answers.every((a) => !a.ok)).toBe(true);
    expect(await audited("sign-in.failed", email)).toBe(throttle.THROTTLE.perAccountAndAddress);
    // Every attempt was counted; only the lock's first refusal is audited (no log flooding).
    const pair = await test.db.signInThrottle.findUniqueOrThrow({
      where: { key: throttle.pairKey(email, "10.7.0.1") },
    });
    expect(pair.failures).toBe(100);
    // One refusal audited per lock: this pair's (at 6), this address's (at 21), this account's (at 31).
    expect(await audited("sign-in.refused", email)).toBe(3);
    // The right password from the same address is refused too, without a check.
    expect(await signIn.signInWithPassword(test.db, { email, password: DEMO_PASSWORD, ip: "10.7.0.1" })).toEqual({
      ok: false,
      error: signIn.lockedMessage(throttle.THROTTLE.lockMinutes),
    });
  });

  it("checks at most the limit of 60 TOTP codes sent at once, and one right code signs in once", async () => {
    const email = "admin@casebook.test";
    const user = await test.db.user.findUniqueOrThrow({ where: { email } });
    const actor = { id: user.id, email, name: user.name, role: user.role, totpEnabled: false };
    await twoFactor.beginTwoFactor(actor);
    const { totpSecret } = await test.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect((await twoFactor.confirmTwoFactor(actor, totpAt(totpSecret!, Date.now() - 30_000), null)).ok).toBe(true);

    const right = totpAt(totpSecret!, Date.now());
    const codes = Array.from({ length: 60 }, (_, i) => (i === 30 ? right : String(100000 + i)));
    const answers = await Promise.all(
      codes.map((code) => signIn.signInWithPassword(test.db, { email, password: DEMO_PASSWORD, ip: "10.7.0.2", code })),
    );
    const checked = answers.filter((a) => a.ok || a.error === signIn.WRONG_CODE).length;
    expect(checked).toBeLessThanOrEqual(throttle.THROTTLE.perAccountAndAddress);
    expect(answers.filter((a) => !a.ok && a.error.startsWith("Too many")).length).toBeGreaterThanOrEqual(
      60 - throttle.THROTTLE.perAccountAndAddress,
    );
    expect(await audited("sign-in.failed", email)).toBeLessThanOrEqual(throttle.THROTTLE.perAccountAndAddress);
  });

  it("accepts a TOTP code once: 20 concurrent sign-ins with the same right code give one session", async () => {
    const email = "campaigner@casebook.test";
    const user = await test.db.user.findUniqueOrThrow({ where: { email } });
    const actor = { id: user.id, email, name: user.name, role: user.role, totpEnabled: false };
    await twoFactor.beginTwoFactor(actor);
    const { totpSecret } = await test.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect((await twoFactor.confirmTwoFactor(actor, totpAt(totpSecret!, Date.now() - 30_000), null)).ok).toBe(true);

    const code = totpAt(totpSecret!, Date.now());
    // From 20 addresses, so that the per-address limit does not hide a replay.
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        signIn.signInWithPassword(test.db, { email, password: DEMO_PASSWORD, ip: `10.8.${i}.1`, code }),
      ),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok && a.error === signIn.WRONG_CODE)).toHaveLength(19);
    // Replayed later, the same code is refused.
    expect(await signIn.signInWithPassword(test.db, { email, password: DEMO_PASSWORD, ip: "10.8.99.1", code })).toEqual(
      { ok: false, error: signIn.WRONG_CODE },
    );
  });
});
