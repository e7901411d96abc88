import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/session-user";
import * as coverage from "../../lib/sourcing/coverage";
import * as views from "../../lib/sourcing/views";
import { refreshPublicPeople } from "../../lib/publication/projection";
import { useTestDatabase } from "../support/database";
import { seedPerson, seedSource, seedUser, type SeededPerson } from "../support/factories";

describe("most-viewed cases first", () => {
  const test = useTestDatabase();
  let caseworker: Actor;
  // Two published cases whose facts are all cited, and one unpublished case.
  let babaryka: SeededPerson;
  let znak: SeededPerson;
  let unpublished: SeededPerson;
  beforeAll(async () => {
    caseworker = await seedUser(test.db, { role: "CASEWORKER" });
    const source = await seedSource(test.db);
    babaryka = await seedPerson(test.db, { displayName: "Viktar Babaryka", citing: source });
    znak = await seedPerson(test.db, { displayName: "Maksim Znak", citing: source });
    unpublished = await seedPerson(test.db, { published: false, citing: source });
  });

  it("counts views of published case pages only, and orders the worklist by them", async () => {
    await test.db.designation.create({
      data: { personId: babaryka.id, organisation: "Viasna", kind: "POLITICAL_PRISONER" },
    });
    await test.db.designation.create({
      data: { personId: babaryka.id, organisation: "Memorial", kind: "POLITICAL_PRISONER" },
    });
    await test.db.timelineEvent.create({
      data: {
        personId: znak.id,
        type: "TRANSFER",
        date: new Date("2021-03-01"),
        datePrecision: "MONTH",
        title: "Moved",
        visibility: "PUBLIC",
      },
    });
    // The app rebuilds a case's public record with every write; these writes went straight to the tables.
    await refreshPublicPeople(test.db, [znak.id, babaryka.id]);
    // Without views, the case with more unsourced facts leads.
    expect((await coverage.casesNeedingSources(caseworker)).cases.map((c) => c.slug)).toEqual([
      babaryka.slug,
      znak.slug,
    ]);

    for (let i = 0; i < 3; i++) expect(await views.recordCaseView(znak.slug, `10.0.0.${i}`)).toBe(true);
    expect(await views.recordCaseView(unpublished.slug, "10.0.1.1")).toBe(false);
    expect(await views.recordCaseView("no-such-case", "10.0.1.1")).toBe(false);
    expect(await views.recordCaseView("'; DROP TABLE person; --", "10.0.1.1")).toBe(false);
    const rows = await test.db.caseViewDaily.findMany();
    expect(rows.map((r) => [r.personId, r.views])).toEqual([[znak.id, 3]]);

    const { cases } = await coverage.casesNeedingSources(caseworker);
    expect(cases.map((c) => [c.slug, c.views])).toEqual([
      [znak.slug, 3],
      [babaryka.slug, 0],
    ]);
  });

  it("counts one client once per case per hour, however often it posts (issue 12)", async () => {
    const before = await test.db.caseViewDaily.findFirstOrThrow({ where: { personId: znak.id } });
    const answers = await Promise.all(Array.from({ length: 50 }, () => views.recordCaseView(znak.slug, "10.9.0.1")));
    expect(answers.filter(Boolean)).toHaveLength(1);
    const after = await test.db.caseViewDaily.findFirstOrThrow({ where: { personId: znak.id } });
    expect(after.views).toBe(before.views + 1);
    // A client posting view after view (of any slugs) is limited too; others still count.
    for (let i = 0; i < views.VIEW_LIMITS.perClientPerHour; i++)
      await views.recordCaseView(`no-such-case-${i}`, "10.9.2.1");
    expect(await views.recordCaseView(babaryka.slug, "10.9.2.1")).toBe(false);
    expect(await views.recordCaseView(babaryka.slug, "10.9.2.2")).toBe(true);
    // Only keyed hashes are stored, never the address.
    const keys = await test.db.$queryRaw<{ key: string }[]>`SELECT key FROM api_rate_window WHERE key LIKE 'view%'`;
    expect(keys.some((k) => k.key.includes("10.9"))).toBe(false);
  });

  it("forgets views older than the window", async () => {
    await test.db.caseViewDaily.create({
      data: { personId: babaryka.id, day: new Date(Date.now() - 40 * 86_400_000), views: 1000 },
    });
    const { cases } = await coverage.casesNeedingSources(caseworker);
    expect(cases[0]?.slug).toBe(znak.slug);
  });
});
