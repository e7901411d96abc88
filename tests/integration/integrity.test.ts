import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/load-demo";
import { recordAudit } from "../../lib/audit/log";
import { createTestDatabase, type TestDatabase } from "../support/database";

// Rules the database itself enforces, so that no code path (app, script, import) can skip them.
describe("database integrity rules", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: false });
  });
  afterAll(() => test.drop());

  const citation = (quote: string) => ({
    personId: "demo-maria-kalesnikava",
    subjectType: "PERSON" as const,
    subjectId: "demo-maria-kalesnikava",
    field: "occupation",
    sourceId: "demo-source-000",
    quote,
  });

  it("rejects a citation whose quote is not in its source", async () => {
    await expect(
      test.db.citation.create({ data: citation("a flautist who previously lived in France") }),
    ).rejects.toThrow(/not found in the text of source/);
    // A passage of another article is not good enough either.
    await expect(
      test.db.citation.create({ data: citation("Maryia Kalesnikava was forcibly disappeared on 7 September 2020.") }),
    ).rejects.toThrow(/not found in the text/);
    expect(await test.db.citation.count({ where: { quote: { contains: "France" } } })).toBe(0);
  });

  it("accepts an exact passage", async () => {
    const created = await test.db.citation.create({ data: citation("a flautist who previously lived in Germany") });
    expect(created.quote).toBe("a flautist who previously lived in Germany");
  });

  it("refuses to move an existing citation onto a quote that is not in the source", async () => {
    const existing = await test.db.citation.findFirstOrThrow({ where: { sourceId: "demo-source-000" } });
    await expect(
      test.db.citation.update({ where: { id: existing.id }, data: { quote: "invented words" } }),
    ).rejects.toThrow(/not found/);
  });

  it("freezes a cited source's text", async () => {
    await expect(
      test.db.source.update({ where: { id: "demo-source-002" }, data: { text: "rewritten" } }),
    ).rejects.toThrow(/is cited/);
    // Other fields can still be corrected.
    await test.db.source.update({ where: { id: "demo-source-002" }, data: { publisher: "Corrected publisher" } });
  });

  it("keeps the audit log append-only", async () => {
    // Written through the audit log's writer: the database refuses an entry that does not extend the chain.
    await recordAudit(test.db, { action: "test.event" });
    const entry = await test.db.auditEntry.findFirstOrThrow({ orderBy: { id: "desc" } });
    await expect(test.db.auditEntry.update({ where: { id: entry.id }, data: { action: "tampered" } })).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(test.db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/cannot be changed/);
  });
});
