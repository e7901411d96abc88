import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/session-user";
import { seedDemo } from "../../prisma/seed/load-demo";
import { demoActors } from "../support/actors";
import { createTestDatabase, type TestDatabase } from "../support/database";

describe("citation coverage", () => {
  let test: TestDatabase;
  let coverage: typeof import("../../lib/sourcing/coverage");
  let caseworker: Actor;
  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    process.env.DATABASE_URL = test.url;
    coverage = await import("../../lib/sourcing/coverage");
    caseworker = (await demoActors(test.db)).CASEWORKER;
  });
  afterAll(() => test.drop());

  it("finds nothing unsourced in the demo, where every fact is cited", async () => {
    expect(await coverage.uncitedFactsOf(caseworker, "demo-maria-kalesnikava")).toEqual([]);
    expect((await coverage.casesNeedingSources(caseworker)).totalFacts).toBe(0);
  });

  it("lists public facts without a citation, most first, and ignores internal ones", async () => {
    await test.db.timelineEvent.create({
      data: {
        personId: "demo-maksim-znak",
        type: "TRANSFER",
        date: new Date("2021-03-01"),
        datePrecision: "MONTH",
        title: "Moved to another colony",
        visibility: "PUBLIC",
      },
    });
    await test.db.timelineEvent.create({
      data: {
        personId: "demo-maksim-znak",
        type: "OTHER",
        date: new Date("2021-04-01"),
        datePrecision: "MONTH",
        title: "Internal note",
        visibility: "INTERNAL",
      },
    });
    await test.db.person.update({ where: { id: "demo-viktor-babaryka" }, data: { citizenship: "Belarus" } });
    await test.db.designation.create({
      data: { personId: "demo-viktor-babaryka", organisation: "Viasna", kind: "POLITICAL_PRISONER" },
    });
    const znak = await coverage.uncitedFactsOf(caseworker, "demo-maksim-znak");
    expect(znak.map((f) => [f.kind, f.label])).toEqual([["timelineEvent", "2021-03-01: Moved to another colony"]]);
    const { cases, totalFacts } = await coverage.casesNeedingSources(caseworker);
    expect(totalFacts).toBe(3);
    expect(cases.map((c) => [c.slug, c.facts.length])).toEqual([
      ["viktor-babaryka", 2],
      ["maksim-znak", 1],
    ]);
    expect(cases[0]?.facts.map((f) => f.label).sort()).toEqual(["Designation: Viasna", "Profile: citizenship"]);
  });
});
