import { beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../../lib/audit/log";
import { useTestDatabase } from "../support/database";
import { seedPerson, seedSource, type SeededPerson, type SeededSource } from "../support/factories";

// Rules the database itself enforces, so that no code path (app, script, import) can skip them.
describe("database integrity rules", () => {
  const test = useTestDatabase();
  let person: SeededPerson;
  let profile: SeededSource;
  let otherArticle: SeededSource;
  let cited: SeededSource;
  beforeAll(async () => {
    profile = await seedSource(test.db, {
      passage: "a flautist who previously lived in Germany",
      text: "Maria Kalesnikava, a flautist who previously lived in Germany, stayed in Belarus.",
    });
    otherArticle = await seedSource(test.db, {
      passage: "Maryia Kalesnikava was forcibly disappeared on 7 September 2020.",
    });
    cited = await seedSource(test.db);
    person = await seedPerson(test.db, { displayName: "Maria Kalesnikava", citing: cited });
  });

  const citation = (quote: string) => ({
    personId: person.id,
    subjectType: "PERSON" as const,
    subjectId: person.id,
    field: "occupation",
    sourceId: profile.id,
    quote,
  });

  it("rejects a citation whose quote is not in its source", async () => {
    await expect(
      test.db.citation.create({ data: citation("a flautist who previously lived in France") }),
    ).rejects.toThrow(/not found in the text of source/);
    // A passage of another article is not good enough either.
    await expect(test.db.citation.create({ data: citation(otherArticle.passage) })).rejects.toThrow(
      /not found in the text/,
    );
    expect(await test.db.citation.count({ where: { quote: { contains: "France" } } })).toBe(0);
  });

  it("accepts an exact passage", async () => {
    const created = await test.db.citation.create({ data: citation("a flautist who previously lived in Germany") });
    expect(created.quote).toBe("a flautist who previously lived in Germany");
  });

  it("refuses to move an existing citation onto a quote that is not in the source", async () => {
    const existing = await test.db.citation.findFirstOrThrow({ where: { sourceId: cited.id } });
    await expect(
      test.db.citation.update({ where: { id: existing.id }, data: { quote: "invented words" } }),
    ).rejects.toThrow(/not found/);
  });

  it("freezes a cited source's text", async () => {
    await expect(test.db.source.update({ where: { id: cited.id }, data: { text: "rewritten" } })).rejects.toThrow(
      /is cited/,
    );
    // Other fields can still be corrected.
    await test.db.source.update({ where: { id: cited.id }, data: { publisher: "Corrected publisher" } });
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
