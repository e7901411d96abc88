import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemoAccounts } from "../../prisma/seed/load-demo";
import type { Actor } from "../../lib/auth/session-user";
import { totpAt } from "../../lib/auth/totp";
import { createTestDatabase, type TestDatabase } from "../support/database";

describe("two-factor sign-in", () => {
  let test: TestDatabase;
  let signIn: typeof import("../../lib/auth/sign-in");
  let twoFactor: typeof import("../../lib/auth/two-factor");
  let admin: Actor;

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemoAccounts(test.db);
    process.env.DATABASE_URL = test.url;
    signIn = await import("../../lib/auth/sign-in");
    twoFactor = await import("../../lib/auth/two-factor");
    const u = await test.db.user.findUniqueOrThrow({ where: { email: "admin@casebook.test" } });
    admin = { id: u.id, email: u.email, name: u.name, role: u.role, totpEnabled: false };
  });
  afterAll(() => test.drop());

  const attempt = (code?: string) =>
    signIn.signInWithPassword(test.db, { email: "admin@casebook.test", password: DEMO_PASSWORD, ip: "10.5.0.1", code });

  it("is required for admins outside demo mode unless the setting turns it off", async () => {
    expect(await twoFactor.twoFactorRequired(admin)).toBe(true);
    expect(await twoFactor.twoFactorRequired({ ...admin, role: "CASEWORKER" })).toBe(false);
    await test.db.setting.create({ data: { key: "security.adminTwoFactor", value: false } });
    expect(await twoFactor.twoFactorRequired(admin)).toBe(false);
  });

  it("turns on only with a right code, then asks for a code at sign-in", async () => {
    expect((await attempt()).ok).toBe(true);
    await twoFactor.beginTwoFactor(admin);
    const { totpSecret } = await test.db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(await twoFactor.confirmTwoFactor(admin, "000000", null)).toMatchObject({ ok: false });
    const enabled = await twoFactor.confirmTwoFactor(admin, totpAt(totpSecret!, Date.now()), null);
    expect(enabled.ok).toBe(true);
    const codes = (enabled as { recoveryCodes: string[] }).recoveryCodes;
    expect(codes).toHaveLength(10);

    expect(await attempt()).toEqual({ ok: false, error: signIn.CODE_NEEDED });
    expect(await attempt("123456")).toEqual({ ok: false, error: signIn.WRONG_CODE });
    // The code that confirmed the setup is spent; the next step's code signs in, once.
    expect(await attempt(totpAt(totpSecret!, Date.now()))).toEqual({ ok: false, error: signIn.WRONG_CODE });
    const next = totpAt(totpSecret!, Date.now() + 30_000);
    expect((await attempt(next)).ok).toBe(true);
    expect(await attempt(next)).toEqual({ ok: false, error: signIn.WRONG_CODE });
    // A recovery code works once.
    expect((await attempt(codes[0])).ok).toBe(true);
    expect(await attempt(codes[0])).toEqual({ ok: false, error: signIn.WRONG_CODE });
  });
});
