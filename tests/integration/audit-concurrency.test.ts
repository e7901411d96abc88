// Issue 12: with no tampering at all, `npm run audit:verify` reported a broken link:
// entries written at the same time shared a previous hash, because lib/db.ts's proxy hid
// `$transaction` and the writer's advisory lock was taken outside any transaction. This
// runs several hundred audited actions at once through the app's own code (the public
// API's route handler with partner keys, key creation, publishing), then checks the chain
// with the library and with the command an operator runs, and that tampering still shows.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/load-demo";
import type { Actor } from "../../lib/auth/session-user";
import { createTestDatabase, type TestDatabase } from "../support/database";

describe("the audit chain under concurrency", () => {
  let test: TestDatabase;
  let verify: typeof import("../../lib/audit/verify");
  let admin: Actor;
  let caseworker: Actor;

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    process.env.DATABASE_URL = test.url;
    verify = await import("../../lib/audit/verify");
    const actor = async (email: string) => {
      const u = await test.db.user.findUniqueOrThrow({ where: { email } });
      return { id: u.id, email: u.email, name: u.name, role: u.role };
    };
    admin = await actor("admin@casebook.test");
    caseworker = await actor("caseworker@casebook.test");
  });
  afterAll(() => test.drop());

  it("stays intact when 400 audited actions run at once", async () => {
    const keys = await import("../../lib/api/key-admin");
    const cases = await import("../../lib/cases/mutations");
    const route = await import("../../app/api/v1/prisoners/route");
    const partnerKeys: string[] = [];
    for (let i = 0; i < 3; i++) {
      const created = await keys.createApiKey(admin, { name: `Partner ${i}`, scope: "public" });
      if (!created.ok) throw new Error("key not created");
      partnerKeys.push(created.key);
    }
    const before = await test.db.auditEntry.count();
    const people = (await test.db.person.findMany({ where: { published: true }, select: { id: true } })).map(
      (p) => p.id,
    );

    const work: Promise<unknown>[] = [
      // 300 uses of partner keys through the route handler: each is audited outside any caller's transaction.
      ...partnerKeys.flatMap((key) =>
        Array.from({ length: 100 }, (_, i) =>
          route
            .GET(
              new Request(`http://casebook.test/api/v1/prisoners?limit=1&q=${i}`, {
                headers: { authorization: `Bearer ${key}` },
              }),
            )
            .then((response) => expect(response.status).toBe(200)),
        ),
      ),
      // 60 key creations by admins.
      ...Array.from({ length: 60 }, (_, i) => keys.createApiKey(admin, { name: `Burst ${i}`, scope: "public" })),
      // 40 publish/unpublish toggles: audited inside the publishing transaction.
      ...Array.from({ length: 40 }, (_, i) =>
        cases.setPublished(caseworker, people[i % people.length]!, i % 2 === 1, "10.0.0.1"),
      ),
    ];
    const settled = await Promise.allSettled(work);
    expect(settled.filter((s) => s.status === "rejected").map((s) => String(s.reason))).toEqual([]);

    const written = (await test.db.auditEntry.count()) - before;
    expect(written).toBeGreaterThanOrEqual(360);
    const report = await verify.verifyAuditLog(test.db);
    expect(report).toEqual({ ok: true, checked: before + written });
    // No two entries share a previous hash: the chain did not fork.
    const forks = await test.db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (SELECT prev_hash FROM audit_entry GROUP BY prev_hash HAVING count(*) > 1) f`;
    expect(Number(forks[0]?.n)).toBe(0);

    // The command an operator runs agrees.
    const cli = spawnSync("npx", ["tsx", "scripts/audit-verify.ts"], {
      env: { ...process.env, DATABASE_URL: test.url },
      encoding: "utf8",
    });
    expect(cli.stdout).toContain(`Audit log intact: ${before + written} entries`);
    expect(cli.status).toBe(0);
  }, 240_000);

  it("records a hostile value (a NUL byte) instead of failing, and the chain still verifies", async () => {
    const { recordAudit } = await import("../../lib/audit/log");
    await recordAudit(test.db, {
      action: "sign-in.failed",
      actorEmail: "a\0b@casebook.test",
      ipAddress: "10.0.0.\0",
      details: { query: "?q=\0", nested: ["\0"] },
    });
    const entry = await test.db.auditEntry.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(entry.actorEmail).toBe("a\uFFFDb@casebook.test");
    expect(entry.details).toEqual({ query: "?q=\uFFFD", nested: ["\uFFFD"] });
    expect(await verify.verifyAuditLog(test.db)).toMatchObject({ ok: true });
  });

  it("the database refuses an entry that would fork the chain, whatever path writes it", async () => {
    const [first] = await test.db.$queryRaw<{ id: bigint; hash: string }[]>`
      SELECT id, hash FROM audit_entry ORDER BY id LIMIT 1`;
    await expect(
      test.db.$executeRaw`INSERT INTO audit_entry (action, prev_hash, hash) VALUES ('forged', ${first!.hash}, 'x')`,
    ).rejects.toThrow(/would fork the hash chain/);
  });

  it("still finds a deleted row, a reordered pair and an altered row", async () => {
    expect(await verify.verifyAuditLog(test.db)).toMatchObject({ ok: true });
    const ids = (await test.db.auditEntry.findMany({ orderBy: { id: "asc" }, select: { id: true }, take: 40 })).map(
      (e) => e.id,
    );
    // The database owner can do what the app cannot.
    const owner = new pg.Client({ connectionString: test.url });
    await owner.connect();
    try {
      await owner.query("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
      await owner.query("SET casebook.restoring = 'on'");

      // Deleted: the entry after it no longer links. Then put back.
      await owner.query(`CREATE TEMP TABLE kept AS SELECT * FROM audit_entry WHERE id = ${ids[10]}`);
      await owner.query(`DELETE FROM audit_entry WHERE id = ${ids[10]}`);
      expect(await verify.verifyAuditLog(test.db)).toMatchObject({ ok: false, brokenAt: ids[11] });
      await owner.query(`INSERT INTO audit_entry SELECT * FROM kept`);
      expect(await verify.verifyAuditLog(test.db)).toMatchObject({ ok: true });

      // Reordered: two entries' places swapped, each row intact in itself. Then swapped back.
      const swap = async () => {
        await owner.query(`UPDATE audit_entry SET id = -1 WHERE id = ${ids[20]}`);
        await owner.query(`UPDATE audit_entry SET id = ${ids[20]} WHERE id = ${ids[21]}`);
        await owner.query(`UPDATE audit_entry SET id = ${ids[21]} WHERE id = -1`);
      };
      await swap();
      expect(await verify.verifyAuditLog(test.db)).toMatchObject({ ok: false, brokenAt: ids[20] });
      await swap();
      expect(await verify.verifyAuditLog(test.db)).toMatchObject({ ok: true });

      // Altered: broken at that row.
      await owner.query(`UPDATE audit_entry SET action = 'x' WHERE id = ${ids[30]}`);
      expect(await verify.verifyAuditLog(test.db)).toMatchObject({ ok: false, brokenAt: ids[30] });
    } finally {
      await owner.query("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
      await owner.end();
    }
  });
});
