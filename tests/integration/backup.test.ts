import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeBackup } from "../../lib/backup/dump";
import { restoreBackup } from "../../lib/backup/restore";
import { seedDemo } from "../../prisma/seed/load-demo";
import { generateSynthetic } from "../../lib/synthetic/generate";
import { recordAudit } from "../../lib/audit/log";
import { createTestDatabase, type TestDatabase } from "../support/database";

/** Every table's row count and a digest of all its rows, in a stable order. */
async function fingerprint(test: TestDatabase) {
  const tables = await test.db.$queryRaw<{ name: string }[]>`
    SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    // _prisma_migrations rows get new ids and times when replayed; compare what was applied.
    const row =
      name === "_prisma_migrations"
        ? "jsonb_build_object('name', t.migration_name, 'checksum', t.checksum)"
        : "to_jsonb(t)";
    const [counted] = await test.db.$queryRawUnsafe<{ n: bigint; digest: string | null }[]>(
      `SELECT count(*) AS n, md5(string_agg(${row}::text, '|' ORDER BY ${row}::text)) AS digest FROM "${name}" t`,
    );
    result[name] = `${counted?.n}:${counted?.digest}`;
  }
  return result;
}

describe("backup and restore", () => {
  let source: TestDatabase;
  let file: string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "casebook-backup-"));

  beforeAll(async () => {
    source = await createTestDatabase();
    await seedDemo(source.db, { accounts: true });
    await generateSynthetic(source.url, { persons: 200 });
    // Through the audit log's writer: the database refuses an entry that does not extend the chain.
    await recordAudit(source.db, {
      action: "test.entry",
      details: { note: "line one\nline two\ttab \\ backslash" },
    });
    file = path.join(dir, "casebook.backup.gz");
  });
  afterAll(async () => {
    await source.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("restores into an empty database with every table's rows identical", async () => {
    const result = await writeBackup(source.url, file);
    expect(result.rows).toBeGreaterThan(1000);
    const target = await createTestDatabase({ empty: true });
    try {
      await restoreBackup(target.url, file);
      expect(await fingerprint(target)).toEqual(await fingerprint(source));
      // Sequences continue after the restored rows.
      const last = await target.db.auditEntry.findFirstOrThrow({ orderBy: { id: "desc" } });
      const next = await target.db.auditEntry.create({
        data: { action: "after.restore", prevHash: last.hash, hash: "y" },
      });
      const max = await source.db.auditEntry.aggregate({ _max: { id: true } });
      expect(next.id).toBeGreaterThan(max._max.id!);
    } finally {
      await target.drop();
    }
  });

  it("refuses a database that is not empty, and changes nothing in it", async () => {
    const target = await createTestDatabase();
    try {
      await expect(restoreBackup(target.url, file)).rejects.toThrow(/not empty/);
      expect(await target.db.person.count()).toBe(0);
    } finally {
      await target.drop();
    }
  });

  it("leaves the database empty when the backup is cut short", async () => {
    const whole = zlib.gunzipSync(fs.readFileSync(file)).toString("utf8");
    const truncated = path.join(dir, "truncated.backup.gz");
    fs.writeFileSync(truncated, zlib.gzipSync(whole.slice(0, Math.floor(whole.length * 0.6))));
    const target = await createTestDatabase({ empty: true });
    try {
      await expect(restoreBackup(target.url, truncated)).rejects.toThrow();
      const tables = await target.db.$queryRaw<
        { n: number }[]
      >`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`;
      expect(tables[0]?.n).toBe(0);
    } finally {
      await target.drop();
    }
  });
});
