import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/load-demo";
import { NotFound } from "../../lib/errors/app-error";
import type { Actor } from "../../lib/auth/session-user";
import { createTestDatabase, type TestDatabase } from "../support/database";

describe("editing a case", () => {
  let test: TestDatabase;
  let m: typeof import("../../lib/cases/mutations");
  let q: typeof import("../../lib/cases/queries");
  let r: typeof import("../../lib/revisions/mutations");
  let f: typeof import("../../lib/facilities/mutations");
  let caseworker: Actor;
  let admin: Actor;
  const PERSON = "demo-maksim-znak";

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    process.env.DATABASE_URL = test.url;
    m = await import("../../lib/cases/mutations");
    q = await import("../../lib/cases/queries");
    r = await import("../../lib/revisions/mutations");
    f = await import("../../lib/facilities/mutations");
    const actor = async (email: string) => {
      const u = await test.db.user.findUniqueOrThrow({ where: { email } });
      return { id: u.id, email: u.email, name: u.name, role: u.role };
    };
    caseworker = await actor("caseworker@casebook.test");
    admin = await actor("admin@casebook.test");
  });
  afterAll(() => test.drop());

  it("refuses invalid input field by field and saves nothing", async () => {
    const revisions = await test.db.revision.count();
    const result = await m.saveItem(caseworker, "detentionEpisode", {
      personId: PERSON,
      values: { kind: "ARREST", arrestDate: "2024-13", releaseType: "NOT_A_TYPE", visibility: "PUBLIC" },
    });
    expect(result).toEqual({
      status: "invalid",
      errors: { arrestDate: expect.stringContaining("Not a date"), releaseType: "Choose one of the options" },
    });
    expect(await test.db.revision.count()).toBe(revisions);
  });

  it("stores partial dates with their precision", async () => {
    const result = await m.saveItem(caseworker, "timelineEvent", {
      personId: PERSON,
      values: {
        type: "TRANSFER",
        date: "2024-07",
        dateApproximate: "on",
        title: "Moved to another colony",
        visibility: "INTERNAL",
      },
    });
    expect(result.status).toBe("saved");
    const saved = await test.db.timelineEvent.findUniqueOrThrow({ where: { id: (result as { id: string }).id } });
    expect(saved.date.toISOString().slice(0, 10)).toBe("2024-07-01");
    expect(saved.datePrecision).toBe("APPROXIMATE");
  });

  it("makes relatives' contact details and health notes restricted unless chosen otherwise", async () => {
    const relative = await m.saveItem(caseworker, "relative", {
      personId: PERSON,
      values: { name: "A. Relative", relation: "brother", contactDetails: "+000" },
    });
    const health = await m.saveItem(caseworker, "healthNote", {
      personId: PERSON,
      values: { text: "Needs medication" },
    });
    expect(
      (await test.db.relative.findUniqueOrThrow({ where: { id: (relative as { id: string }).id } })).contactVisibility,
    ).toBe("RESTRICTED");
    expect(
      (await test.db.healthNote.findUniqueOrThrow({ where: { id: (health as { id: string }).id } })).visibility,
    ).toBe("RESTRICTED");
  });

  it("refuses the second of two saves from the same version, saying what changed and who changed it", async () => {
    const item = await test.db.conditionPeriod.create({
      data: { personId: PERSON, kind: "SOLITARY_CONFINEMENT", description: "first text" },
    });
    const base = { kind: "SOLITARY_CONFINEMENT", visibility: "PUBLIC" };
    const first = await m.saveItem(caseworker, "conditionPeriod", {
      personId: PERSON,
      id: item.id,
      version: item.version,
      values: { ...base, description: "caseworker's text" },
    });
    expect(first.status).toBe("saved");
    const second = await m.saveItem(admin, "conditionPeriod", {
      personId: PERSON,
      id: item.id,
      version: item.version,
      values: { ...base, description: "admin's text" },
    });
    expect(second).toEqual({
      status: "conflict",
      currentVersion: item.version + 1,
      changes: [
        {
          field: "description",
          label: "Description",
          before: "first text",
          after: "caseworker's text",
          by: "Demo Caseworker",
        },
      ],
    });
    expect((await test.db.conditionPeriod.findUniqueOrThrow({ where: { id: item.id } })).description).toBe(
      "caseworker's text",
    );
  });

  it("turns a quote that is not in the source into a field error", async () => {
    const input = { personId: PERSON, kind: "person" as const, subjectId: PERSON };
    const c = await import("../../lib/citations/mutations");
    const bad = await c.addCitation(caseworker, {
      ...input,
      values: { sourceId: "demo-source-000", quote: "words that no article contains" },
    });
    expect(bad).toEqual({
      status: "invalid",
      errors: { quote: expect.stringContaining("does not occur in the source") },
    });
    const good = await c.addCitation(caseworker, {
      ...input,
      values: { sourceId: "demo-source-000", quote: "was released from prison along with 122 other detainees" },
    });
    expect(good).toEqual({ status: "saved", slug: "maksim-znak", subjectId: PERSON });
    const citation = await test.db.citation.findFirstOrThrow({
      where: { subjectId: PERSON, quote: "was released from prison along with 122 other detainees" },
    });
    await c.removeCitation(caseworker, PERSON, citation.id);
    expect(await test.db.citation.findUnique({ where: { id: citation.id } })).toBeNull();
    const kept = await test.db.revision.findMany({
      where: { entityId: citation.id },
      orderBy: { changedAt: "asc" },
      select: { summary: true, before: true },
    });
    expect(kept.map((k) => k.summary)).toEqual(["Added a citation", "Removed a citation"]);
    expect(JSON.stringify(kept[1]?.before)).toContain("122 other detainees");
  });

  it("publishes and unpublishes at once on the public side", async () => {
    const publicRow = () => test.db.publicPerson.findUnique({ where: { personId: "demo-unpublished-example" } });
    expect(await publicRow()).toBeNull();
    // Its public facts have no source: publishing needs their number confirmed (issue 13).
    const asked = await m.setPublished(caseworker, "demo-unpublished-example", true, "127.0.0.1");
    expect(asked).toMatchObject({ status: "needs-confirmation" });
    expect(await publicRow()).toBeNull();
    const unsourced = (asked as { unsourced: number }).unsourced;
    await m.setPublished(caseworker, "demo-unpublished-example", true, "127.0.0.1", unsourced);
    expect(await publicRow()).not.toBeNull();
    await m.setPublished(caseworker, "demo-unpublished-example", false, "127.0.0.1");
    expect(await publicRow()).toBeNull();
    const audit = await test.db.auditEntry.findMany({
      where: { subjectId: "demo-unpublished-example" },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["case.publish", "case.unpublish"]);
  });

  it("brings a deleted item back from history, with its id, as a new revision", async () => {
    const name = await test.db.nameVariant.findFirstOrThrow({ where: { personId: PERSON, isPrimary: false } });
    await m.deleteItem(caseworker, "nameVariant", PERSON, name.id, name.version);
    expect(await test.db.nameVariant.findUnique({ where: { id: name.id } })).toBeNull();
    const deletion = await test.db.revision.findFirstOrThrow({
      where: { entityId: name.id },
      orderBy: { changedAt: "desc" },
    });
    await r.restoreRevision(caseworker, deletion.id);
    const back = await test.db.nameVariant.findUniqueOrThrow({ where: { id: name.id } });
    expect(back.text).toBe(name.text);
    const history = await test.db.revision.findMany({ where: { entityId: name.id }, orderBy: { changedAt: "asc" } });
    expect(history.map((h) => h.origin)).toEqual(["edit", "restore"]);
  });

  it("soft-deletes a case; only an admin can restore it", async () => {
    await m.setDeleted(caseworker, PERSON, true, null);
    expect((await q.listCases(caseworker, { q: "Znak", status: "", publication: "" })).cases.length).toBe(0);
    expect(await test.db.publicPerson.findUnique({ where: { personId: PERSON } })).toBeNull();
    await expect(m.setDeleted(caseworker, PERSON, false, null)).rejects.toBeInstanceOf(NotFound);
    await m.setDeleted(admin, PERSON, false, null);
    expect(
      (await q.listCases(caseworker, { q: "Znak", status: "", publication: "" })).cases.map((c) => c.slug),
    ).toEqual(["maksim-znak"]);
    expect(await test.db.publicPerson.findUnique({ where: { personId: PERSON } })).not.toBeNull();
  });

  it("edits sentences and charges through their prosecution, and only the case's own prosecution", async () => {
    const MARIA = "demo-maria-kalesnikava";
    const prosecution = await test.db.prosecution.findFirstOrThrow({ where: { personId: MARIA } });
    const other = await test.db.prosecution.findFirstOrThrow({ where: { personId: { not: MARIA } } });
    const values = {
      prosecutionId: prosecution.id,
      termMonths: "120",
      regime: "maximum-security colony",
      sentencedOn: "2021-09",
      fineAmount: "1500.50",
      appealFiledOn: "2021-12",
      visibility: "PUBLIC",
    };
    expect(await m.saveItem(caseworker, "sentence", { personId: MARIA, values })).toEqual({
      status: "invalid",
      errors: { appealFiledOn: "Enter the full date: YYYY-MM-DD" },
    });
    expect(
      await m.saveItem(caseworker, "sentence", {
        personId: MARIA,
        values: { ...values, appealFiledOn: "", prosecutionId: other.id },
      }),
    ).toEqual({ status: "invalid", errors: { prosecutionId: "Choose one of the options" } });
    const saved = await m.saveItem(caseworker, "sentence", {
      personId: MARIA,
      values: { ...values, appealFiledOn: "2021-12-20" },
    });
    expect(saved.status).toBe("saved");
    const sentence = await test.db.sentence.findUniqueOrThrow({ where: { id: (saved as { id: string }).id } });
    expect(sentence.termMonths).toBe(120);
    expect(sentence.fineAmount?.toString()).toBe("1500.5");
    expect(sentence.sentencedOnPrecision).toBe("MONTH");

    const record = await q.getCase(caseworker, "maria-kalesnikava", null);
    expect(record.items.sentence.map((s) => s.id)).toContain(sentence.id);
    // Another case cannot reach it.
    await expect(q.getItem(caseworker, "maksim-znak", "sentence", sentence.id, null)).rejects.toBeInstanceOf(NotFound);

    const charge = await m.saveItem(caseworker, "charge", {
      personId: MARIA,
      values: { prosecutionId: prosecution.id, description: "Conspiracy to seize power", visibility: "PUBLIC" },
    });
    const chargeId = (charge as { id: string }).id;
    await m.deleteItem(caseworker, "charge", MARIA, chargeId, 1);
    const deletion = await test.db.revision.findFirstOrThrow({
      where: { entityId: chargeId, summary: "Deleted charge" },
    });
    await r.restoreRevision(caseworker, deletion.id);
    expect((await test.db.charge.findUniqueOrThrow({ where: { id: chargeId } })).description).toBe(
      "Conspiracy to seize power",
    );
  });

  // Placed in a held person's open detention: a placement lies within a detention (issue 13).
  it("a facility's new letter address reaches the public page of every case placed there at once", async () => {
    const values = {
      name: "Penal Colony No. 99",
      type: "PENAL_COLONY",
      country: "BY",
      addressLatin: "Old Street 1",
      visibility: "PUBLIC",
    };
    const created = await f.saveFacility(caseworker, { values });
    expect(created.status).toBe("saved");
    const facilityId = (created as { id: string }).id;
    const placed = await m.saveItem(caseworker, "placement", {
      personId: "demo-maksim-znak",
      values: { facilityId, fromDate: "2023", visibility: "PUBLIC" },
    });
    expect(placed.status).toBe("saved");
    const record = async () =>
      JSON.stringify(
        (await test.db.publicPerson.findUniqueOrThrow({ where: { personId: "demo-maksim-znak" } })).record,
      );
    expect(await record()).toContain("Old Street 1");
    await f.saveFacility(caseworker, {
      id: facilityId,
      version: 1,
      values: { ...values, addressLatin: "New Street 2" },
    });
    expect(await record()).toContain("New Street 2");
    // A stale form is refused, with the change named.
    const stale = await f.saveFacility(admin, {
      id: facilityId,
      version: 1,
      values: { ...values, addressLatin: "Stale Street" },
    });
    expect(stale).toMatchObject({
      status: "conflict",
      changes: [{ field: "addressLatin", before: "Old Street 1", after: "New Street 2" }],
    });
  });

  it("finds a case by any spelling of the name", async () => {
    const { cases: found } = await q.listCases(caseworker, { q: "Колесникова", status: "", publication: "" });
    expect(found.map((c) => c.slug)).toEqual(["maria-kalesnikava"]);
  });
});
