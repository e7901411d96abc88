import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/session-user";
import { generateSynthetic } from "../../lib/synthetic/generate";
import { seedDemo } from "../../prisma/seed/load-demo";
import { demoActors } from "../support/actors";
import { createTestDatabase, type TestDatabase } from "../support/database";

describe("workspace case list", () => {
  let test: TestDatabase;
  let q: typeof import("../../lib/cases/queries");
  let caseworker: Actor;
  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    await generateSynthetic(test.url, { persons: 120 });
    process.env.DATABASE_URL = test.url;
    q = await import("../../lib/cases/queries");
    caseworker = (await demoActors(test.db)).CASEWORKER;
  });
  afterAll(() => test.drop());

  it("pages through every case once, in name order, with the total", async () => {
    const all = { q: "", status: "" as const, publication: "" as const };
    const first = await q.listCases(caseworker, all, 1);
    expect(first.total).toBe(126);
    expect(first.pageCount).toBe(3);
    expect(first.cases).toHaveLength(50);
    const pages = [first, await q.listCases(caseworker, all, 2), await q.listCases(caseworker, all, 3)];
    const ids = pages.flatMap((p) => p.cases.map((c) => c.id));
    expect(new Set(ids).size).toBe(126);
    expect(pages[2]?.cases).toHaveLength(26);
    expect((await q.listCases(caseworker, { ...all, publication: "unpublished" })).total).toBe(
      await test.db.person.count({ where: { published: false } }),
    );
  });
});
