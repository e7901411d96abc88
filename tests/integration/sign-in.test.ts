import { spawnSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemoAccounts } from "../../prisma/seed/load-demo";
import { createTestDatabase, type TestDatabase } from "../support/database";

describe("sign-in: throttle and audit log", () => {
  let test: TestDatabase;
  let signIn: typeof import("../../lib/auth/sign-in");
  let throttle: typeof import("../../lib/auth/throttle");
  let verify: typeof import("../../lib/audit/verify");

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemoAccounts(test.db);
    process.env.DATABASE_URL = test.url;
    signIn = await import("../../lib/auth/sign-in");
    throttle = await import("../../lib/auth/throttle");
    verify = await import("../../lib/audit/verify");
  });
  afterAll(() => test.drop());

  it("signs in with the right password and records it", async () => {
    const result = await signIn.signInWithPassword(test.db, {
      email: "Caseworker@casebook.test ",
      password: DEMO_PASSWORD,
      ip: "10.0.0.1",
    });
    expect(result.ok).toBe(true);
    const entry = await test.db.auditEntry.findFirst({ where: { action: "sign-in" }, orderBy: { id: "desc" } });
    expect(entry?.actorEmail).toBe("caseworker@casebook.test");
    expect(entry?.ipAddress).toBe("10.0.0.1");
  });

  it("gives unknown and known addresses the same answer, then locks both after the same number of failures", async () => {
    for (const email of ["admin@casebook.test", "nobody@casebook.test"]) {
      const answers = [];
      for (let i = 0; i < throttle.THROTTLE.perAccountAndAddress; i++)
        answers.push(await signIn.signInWithPassword(test.db, { email, password: "wrong", ip: "10.1.0.1" }));
      expect(answers.every((a) => !a.ok && a.error === signIn.WRONG_CREDENTIALS)).toBe(true);
      const locked = await signIn.signInWithPassword(test.db, { email, password: DEMO_PASSWORD, ip: "10.1.0.1" });
      expect(locked).toEqual({ ok: false, error: signIn.lockedMessage(throttle.THROTTLE.lockMinutes) });
    }
    const failures = await test.db.auditEntry.count({ where: { action: "sign-in.failed" } });
    expect(failures).toBe(2 * throttle.THROTTLE.perAccountAndAddress);
  });

  it("five guesses from one address do not lock the owner out from another (issue 12)", async () => {
    // admin@ is locked from 10.1.0.1 by the test above; its owner elsewhere still signs in.
    const owner = await signIn.signInWithPassword(test.db, {
      email: "admin@casebook.test",
      password: DEMO_PASSWORD,
      ip: "10.1.0.99",
    });
    expect(owner.ok).toBe(true);
  });

  it("locks an account guessed at from many addresses", async () => {
    const email = "campaigner@casebook.test";
    for (let i = 0; i < throttle.THROTTLE.perAccount; i++)
      await signIn.signInWithPassword(test.db, { email, password: "wrong", ip: `10.4.${i}.1` });
    const result = await signIn.signInWithPassword(test.db, { email, password: DEMO_PASSWORD, ip: "10.4.200.1" });
    expect(result).toEqual({ ok: false, error: signIn.lockedMessage(throttle.THROTTLE.lockMinutes) });
    await test.db.signInThrottle.deleteMany({ where: { key: throttle.accountKey(email) } });
  });

  it("locks an address that tries many accounts", async () => {
    for (let i = 0; i < throttle.THROTTLE.perAddress; i++)
      await signIn.signInWithPassword(test.db, { email: `guess${i}@casebook.test`, password: "wrong", ip: "10.9.9.9" });
    const result = await signIn.signInWithPassword(test.db, {
      email: "campaigner@casebook.test",
      password: DEMO_PASSWORD,
      ip: "10.9.9.9",
    });
    expect(result.ok).toBe(false);
    // The same account from another address is not locked.
    expect(
      (
        await signIn.signInWithPassword(test.db, {
          email: "campaigner@casebook.test",
          password: DEMO_PASSWORD,
          ip: "10.9.9.10",
        })
      ).ok,
    ).toBe(true);
  });

  it("refuses a deactivated account with the same answer as a wrong password", async () => {
    await test.db.user.update({ where: { email: "caseworker@casebook.test" }, data: { active: false } });
    const result = await signIn.signInWithPassword(test.db, {
      email: "caseworker@casebook.test",
      password: DEMO_PASSWORD,
      ip: "10.3.0.1",
    });
    expect(result).toEqual({ ok: false, error: signIn.WRONG_CREDENTIALS });
  });

  it("audit:verify finds the chain intact, then reports the row altered directly in SQL", async () => {
    expect(await verify.verifyAuditLog(test.db)).toMatchObject({ ok: true });
    // The app cannot do this (the trigger refuses); the database owner can.
    await expect(
      test.db.$executeRawUnsafe(`UPDATE audit_entry SET ip_address = '6.6.6.6' WHERE id = 3`),
    ).rejects.toThrow(/cannot be changed/);
    const owner = new pg.Client({ connectionString: test.url });
    await owner.connect();
    await owner.query("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
    await owner.query("UPDATE audit_entry SET ip_address = '6.6.6.6' WHERE id = 3");
    await owner.query("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
    await owner.end();
    const report = await verify.verifyAuditLog(test.db);
    expect(report).toMatchObject({ ok: false, brokenAt: BigInt(3), checked: 2 });

    // The command an operator runs says the same, and fails.
    const cli = spawnSync("npx", ["tsx", "scripts/audit-verify.ts"], {
      env: { ...process.env, DATABASE_URL: test.url },
      encoding: "utf8",
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain("Audit log BROKEN at entry 3");
  });
});
