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

    for (let i = 0; i < 3; i++) expect(await views.recordCaseView("maksim-znak", `10.0.0.${i}`)).toBe(true);
    expect(await views.recordCaseView("unpublished-example", "10.0.1.1")).toBe(false);
    expect(await views.recordCaseView("no-such-case", "10.0.1.1")).toBe(false);
    expect(await views.recordCaseView("'; DROP TABLE person; --", "10.0.1.1")).toBe(false);
    const rows = await test.db.caseViewDaily.findMany();
    expect(rows.map((r) => [r.personId, r.views])).toEqual([["demo-maksim-znak", 3]]);

    const { cases } = await coverage.casesNeedingSources(caseworker);
    expect(cases.map((c) => [c.slug, c.views])).toEqual([
      ["maksim-znak", 3],
      ["viktor-babaryka", 0],
    ]);
  });

  it("counts one client once per case per hour, however often it posts (issue 12)", async () => {
    const before = await test.db.caseViewDaily.findFirstOrThrow({ where: { personId: "demo-maksim-znak" } });
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => views.recordCaseView("maksim-znak", "10.9.0.1")),
    );
    expect(answers.filter(Boolean)).toHaveLength(1);
    const after = await test.db.caseViewDaily.findFirstOrThrow({ where: { personId: "demo-maksim-znak" } });
    expect(after.views).toBe(before.views + 1);
    // A client posting view after view (of any slugs) is limited too; others still count.
    for (let i = 0; i < views.VIEW_LIMITS.perClientPerHour; i++)
      await views.recordCaseView(`no-such-case-${i}`, "10.9.2.1");
    expect(await views.recordCaseView("viktor-babaryka", "10.9.2.1")).toBe(false);
    expect(await views.recordCaseView("viktor-babaryka", "10.9.2.2")).toBe(true);
    // Only keyed hashes are stored, never the address.
    const keys = await test.db.$queryRaw<{ key: string }[]>`SELECT key FROM api_rate_window WHERE key LIKE 'view%'`;
    expect(keys.some((k) => k.key.includes("10.9"))).toBe(false);
  });

  it("forgets views older than the window", async () => {
    await test.db.caseViewDaily.create({
      data: { personId: "demo-viktor-babaryka", day: new Date(Date.now() - 40 * 86_400_000), views: 1000 },
    });
    const { cases } = await coverage.casesNeedingSources(caseworker);
    expect(cases[0].slug).toBe("maksim-znak");
  });
});
