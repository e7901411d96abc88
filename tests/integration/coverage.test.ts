import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/session-user";
import * as coverage from "../../lib/sourcing/coverage";
import { useTestDatabase } from "../support/database";
import { refreshPublicPeople } from "../../lib/publication/projection";
import { seedPerson, seedSource, seedUser, type SeededPerson } from "../support/factories";

describe("citation coverage", () => {
  const test = useTestDatabase();
  let caseworker: Actor;
  let kalesnikava: SeededPerson;
  let znak: SeededPerson;
  let babaryka: SeededPerson;
  beforeAll(async () => {
    caseworker = await seedUser(test.db, { role: "CASEWORKER" });
    const source = await seedSource(test.db);
    // Fully sourced cases: names, detention and events all cite the source's passage.
    const sourced = { held: true, events: [{ title: "Sentenced", date: "2021-09-06" }], citing: source };
    kalesnikava = await seedPerson(test.db, { displayName: "Maria Kalesnikava", ...sourced });
    znak = await seedPerson(test.db, { displayName: "Maksim Znak", ...sourced });
    babaryka = await seedPerson(test.db, { displayName: "Viktar Babaryka", ...sourced });
  });

  it("finds nothing unsourced where every fact is cited", async () => {
    expect(await coverage.uncitedFactsOf(caseworker, kalesnikava.id)).toEqual([]);
    expect((await coverage.casesNeedingSources(caseworker)).totalFacts).toBe(0);
  });

  it("lists public facts without a citation, most first, and ignores internal ones", async () => {
    await test.db.timelineEvent.create({
      data: {
        personId: znak.id,
        type: "TRANSFER",
        date: new Date("2021-03-01"),
        datePrecision: "MONTH",
        title: "Moved to another colony",
        visibility: "PUBLIC",
      },
    });
    await test.db.timelineEvent.create({
      data: {
        personId: znak.id,
        type: "OTHER",
        date: new Date("2021-04-01"),
        datePrecision: "MONTH",
        title: "Internal note",
        visibility: "INTERNAL",
      },
    });
    await test.db.person.update({ where: { id: babaryka.id }, data: { citizenship: "Belarus" } });
    await test.db.designation.create({
      data: { personId: babaryka.id, organisation: "Viasna", kind: "POLITICAL_PRISONER" },
    });
    // The app rebuilds a case's public record with every write; these writes went straight to the tables.
    await refreshPublicPeople(test.db, [znak.id, babaryka.id]);
    const uncitedOfZnak = await coverage.uncitedFactsOf(caseworker, znak.id);
    expect(uncitedOfZnak.map((f) => [f.kind, f.label])).toEqual([
      ["timelineEvent", "2021-03-01: Moved to another colony"],
    ]);
    const { cases, totalFacts } = await coverage.casesNeedingSources(caseworker);
    expect(totalFacts).toBe(3);
    expect(cases.map((c) => [c.slug, c.facts.length])).toEqual([
      [babaryka.slug, 2],
      [znak.slug, 1],
    ]);
    expect(cases[0]?.facts.map((f) => f.label).sort()).toEqual(["Designation: Viasna", "Profile: citizenship"]);
  });

  // Issue 13: an unconfirmed citation (its fact changed since) supports nothing publicly,
  // so the fact is back on the worklist until a caseworker re-confirms or replaces it.
  it("counts a fact whose only citation is unconfirmed as unsourced", async () => {
    expect(await coverage.uncitedFactsOf(caseworker, kalesnikava.id)).toEqual([]);
    const [event] = kalesnikava.eventIds;
    await test.db.citation.updateMany({ where: { subjectId: event }, data: { confirmed: false } });
    await refreshPublicPeople(test.db, [kalesnikava.id]);
    expect((await coverage.uncitedFactsOf(caseworker, kalesnikava.id)).map((f) => f.id)).toEqual([event]);
    const { cases } = await coverage.casesNeedingSources(caseworker);
    expect(cases.find((c) => c.slug === kalesnikava.slug)?.facts.map((f) => f.id)).toEqual([event]);
  });
});
