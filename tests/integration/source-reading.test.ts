import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFound } from "../../lib/errors/app-error";
import type { Actor } from "../../lib/auth/session-user";
import { seedDemo } from "../../prisma/seed/load-demo";
import { demoActors } from "../support/actors";
import { createTestDatabase, type TestDatabase } from "../support/database";

describe("reading a source in the workspace", () => {
  let test: TestDatabase;
  let queries: typeof import("../../lib/sources/queries");
  const actors = {} as Record<"ADMIN" | "CASEWORKER" | "CAMPAIGNER", Actor>;
  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    process.env.DATABASE_URL = test.url;
    queries = await import("../../lib/sources/queries");
    Object.assign(actors, await demoActors(test.db));
  });
  afterAll(() => test.drop());

  it("links every spelling of a known person to their record and lists who is mentioned", async () => {
    const { people, mentions } = await queries.getSourceForReading(actors.CASEWORKER, "demo-source-003");
    expect(people.map((p) => p.slug)).toEqual(["maria-kalesnikava", "maksim-znak"]);
    const spellings = new Set(mentions.filter((m) => m.personId === "demo-maria-kalesnikava").map((m) => m.text));
    expect([...spellings]).toEqual(
      expect.arrayContaining(["Maria Kalesnikava", "Maryia Kalesnikava", "Maryia Kalesnikova", "Kalesnikava"]),
    );
  });

  it("answers not found for a source the role may not read", async () => {
    await test.db.source.update({ where: { id: "demo-source-001" }, data: { visibility: "RESTRICTED" } });
    await expect(queries.getSourceForReading(actors.CAMPAIGNER, "demo-source-001")).rejects.toThrow(NotFound);
    expect((await queries.getSourceForReading(actors.CASEWORKER, "demo-source-001")).people.length).toBeGreaterThan(0);
  });
});
