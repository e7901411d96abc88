// One database per file: the db client is a module singleton.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/session-user";
import { seedDemo } from "../../prisma/seed/load-demo";
import { demoActors } from "../support/actors";
import { createTestDatabase, type TestDatabase } from "../support/database";

describe("most-viewed cases first", () => {
  let test: TestDatabase;
  let coverage: typeof import("../../lib/sourcing/coverage");
  let views: typeof import("../../lib/sourcing/views");
  let caseworker: Actor;
  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    process.env.DATABASE_URL = test.url;
    coverage = await import("../../lib/sourcing/coverage");
    views = await import("../../lib/sourcing/views");
    caseworker = (await demoActors(test.db)).CASEWORKER;
  });
  afterAll(() => test.drop());

  it("counts views of published case pages only, and orders the worklist by them", async () => {
    await test.db.designation.create({
      data: { personId: "demo-viktor-babaryka", organisation: "Viasna", kind: "POLITICAL_PRISONER" },
    });
    await test.db.designation.create({
      data: { personId: "demo-viktor-babaryka", organisation: "Memorial", kind: "POLITICAL_PRISONER" },
    });
    await test.db.timelineEvent.create({
      data: {
        personId: "demo-maksim-znak",
        type: "TRANSFER",
        date: new Date("2021-03-01"),
        datePrecision: "MONTH",
        title: "Moved",
        visibility: "PUBLIC",
      },
    });
    // Without views, the case with more unsourced facts leads.
    expect((await coverage.casesNeedingSources(caseworker)).cases.map((c) => c.slug)).toEqual([
      "viktor-babaryka",
      "maksim-znak",
    ]);

    for (let i = 0; i < 3; i++) expect(await views.recordCaseView("maksim-znak")).toBe(true);
    expect(await views.recordCaseView("unpublished-example")).toBe(false);
    expect(await views.recordCaseView("no-such-case")).toBe(false);
    expect(await views.recordCaseView("'; DROP TABLE person; --")).toBe(false);
    const rows = await test.db.caseViewDaily.findMany();
    expect(rows.map((r) => [r.personId, r.views])).toEqual([["demo-maksim-znak", 3]]);

    const { cases } = await coverage.casesNeedingSources(caseworker);
    expect(cases.map((c) => [c.slug, c.views])).toEqual([
      ["maksim-znak", 3],
      ["viktor-babaryka", 0],
    ]);
  });

  it("forgets views older than the window", async () => {
    await test.db.caseViewDaily.create({
      data: { personId: "demo-viktor-babaryka", day: new Date(Date.now() - 40 * 86_400_000), views: 1000 },
    });
    const { cases } = await coverage.casesNeedingSources(caseworker);
    expect(cases[0]?.slug).toBe("maksim-znak");
  });
});
