import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPrismaCli } from "../../scripts/lib/prisma-cli";
import { createTestDatabase, type TestDatabase } from "../support/database";

// The standard Prisma commands must work on prisma/migrations from an empty database,
// here through the Wasm schema engine (no native engine download).
describe("migrations", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase({ empty: true });
  });
  afterAll(() => test.drop());

  it("apply to an empty database and leave it up to date", async () => {
    expect(await runPrismaCli(["migrate", "deploy"], test.url, true)).toBe(0);
    expect(await runPrismaCli(["migrate", "status"], test.url, true)).toBe(0);

    const tables = await test.db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`;
    const names = tables.map((t) => t.table_name);
    for (const table of [
      "person",
      "name_variant",
      "prosecution",
      "legal_article",
      "charge",
      "detention_episode",
      "sentence",
      "facility",
      "placement",
      "condition_period",
      "relative",
      "family_contact_event",
      "legal_representation",
      "health_note",
      "designation",
      "timeline_event",
      "source",
      "citation",
      "campaign",
      "campaign_case",
      "campaign_tally",
      "app_user",
      "audit_entry",
      "revision",
      "public_person",
      "public_source",
    ]) {
      expect(names).toContain(table);
    }
    const applied = await test.db.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    expect(Number(applied[0]?.n)).toBeGreaterThan(0);
  });

  it("are the standard format: migration_lock.toml and one migration.sql per folder", async () => {
    const fs = await import("node:fs");
    expect(fs.readFileSync("prisma/migrations/migration_lock.toml", "utf8")).toContain('provider = "postgresql"');
    const folders = fs.readdirSync("prisma/migrations", { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) expect(fs.existsSync(`prisma/migrations/${folder.name}/migration.sql`)).toBe(true);
  });
});
