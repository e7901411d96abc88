// Issue 13: the record's integrity is a property of the system. Each custody invariant
// is attacked through every write path (form, restore, import, direct SQL) and must be
// refused; citations must stop supporting a fact that changed; a release is one action.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/load-demo";
import type { Actor } from "../../lib/auth/session-user";
import type { PublicRecord } from "../../lib/public/record";
import { autoMap } from "../../lib/import/fields";
import { readSheet } from "../../lib/import/read-sheet";
import { demoActors } from "../support/actors";
import { createTestDatabase, type TestDatabase } from "../support/database";

const ZNAK = "demo-maksim-znak";
const TSIKHANOUSKI = "demo-syarhey-tsikhanouski";
const REMAINS = "remain incarcerated";

describe("record integrity", () => {
  let test: TestDatabase;
  let m: typeof import("../../lib/cases/mutations");
  let r: typeof import("../../lib/revisions/mutations");
  let release: typeof import("../../lib/cases/release");
  let plan: typeof import("../../lib/import/plan");
  let apply: typeof import("../../lib/import/apply");
  let caseworker: Actor;
  let colony: string;
  let prison: string;

  const publicRecord = async (personId: string) =>
    (await test.db.publicPerson.findUniqueOrThrow({ where: { personId } })).record as unknown as PublicRecord;
  const count = async (sql: string) => Number((await test.db.$queryRawUnsafe<{ n: bigint }[]>(sql))[0]?.n);

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    process.env.DATABASE_URL = test.url;
    m = await import("../../lib/cases/mutations");
    r = await import("../../lib/revisions/mutations");
    release = await import("../../lib/cases/release");
    plan = await import("../../lib/import/plan");
    apply = await import("../../lib/import/apply");
    caseworker = (await demoActors(test.db)).CASEWORKER;
    colony = (
      await test.db.facility.create({ data: { slug: "colony-9", name: "Penal colony No. 9", type: "PENAL_COLONY" } })
    ).id;
    prison = (await test.db.facility.create({ data: { slug: "prison-8", name: "Prison No. 8", type: "PRISON" } })).id;
  });
  afterAll(() => test.drop());

  describe("at most one current placement per person", () => {
    let first: string;

    it("form: a second current placement is refused, naming the current one; nothing is saved", async () => {
      const placed = await m.saveItem(caseworker, "placement", {
        personId: ZNAK,
        values: { facilityId: colony, fromDate: "2021-02", visibility: "PUBLIC" },
      });
      expect(placed.status).toBe("saved");
      first = (placed as { id: string }).id;
      const revisions = await test.db.revision.count();
      const second = await m.saveItem(caseworker, "placement", {
        personId: ZNAK,
        values: { facilityId: prison, fromDate: "2022", visibility: "PUBLIC" },
      });
      expect(second).toEqual({ status: "refused", message: expect.stringContaining("Penal colony No. 9") });
      expect(await test.db.placement.count({ where: { personId: ZNAK } })).toBe(1);
      expect(await test.db.revision.count()).toBe(revisions);
    });

    it("restore: bringing back an old placement next to the current one is refused, and the preview says why", async () => {
      // Transfer: the colony placement ends, a prison placement begins.
      const closed = await m.saveItem(caseworker, "placement", {
        personId: ZNAK,
        id: first,
        version: 1,
        values: { facilityId: colony, fromDate: "2021-02", toDate: "2023-05", visibility: "PUBLIC" },
      });
      expect(closed.status).toBe("saved");
      expect(
        (
          await m.saveItem(caseworker, "placement", {
            personId: ZNAK,
            values: { facilityId: prison, fromDate: "2023-05", visibility: "PUBLIC" },
          })
        ).status,
      ).toBe("saved");
      const closing = await test.db.revision.findFirstOrThrow({
        where: { entityType: "placement", entityId: first, summary: { startsWith: "Edited" } },
      });
      const preview = await r.previewRestore(caseworker, closing.id);
      expect(preview.refusal).toMatch(/at most one current placement.*Prison No\. 8/);
      const revisions = await test.db.revision.count();
      expect(await r.restoreRevision(caseworker, closing.id)).toMatchObject({
        status: "refused",
        message: expect.stringContaining("Prison No. 8"),
      });
      expect(await test.db.placement.count({ where: { personId: ZNAK, toDate: null } })).toBe(1);
      expect(await test.db.revision.count()).toBe(revisions);
      expect((await publicRecord(ZNAK)).placements.filter((p) => !p.toDate).map((p) => p.facility.name)).toEqual([
        "Prison No. 8",
      ]);
    });

    it("a restore that breaks no rule shows its diff, with names, before it is done", async () => {
      const added = await test.db.revision.findFirstOrThrow({
        where: {
          entityType: "placement",
          personId: ZNAK,
          summary: { startsWith: "Added" },
        },
        orderBy: { changedAt: "desc" },
      });
      const preview = await r.previewRestore(caseworker, added.id);
      expect(preview.refusal).toBeNull();
      expect(preview.action).toBe("remove");
      expect(preview.changes).toContainEqual(expect.objectContaining({ label: "Facility", before: "Prison No. 8" }));
      // The preview changed nothing.
      expect(await test.db.placement.count({ where: { personId: ZNAK, toDate: null } })).toBe(1);
    });

    it("direct SQL: a second current placement is refused by the database", async () => {
      await expect(
        test.db.$executeRawUnsafe(
          `INSERT INTO placement (id, person_id, facility_id, updated_at) VALUES ('sql-pl', '${ZNAK}', '${colony}', now())`,
        ),
      ).rejects.toThrow(/placement_one_current_per_person/);
    });
  });

  describe("at most one open detention per person", () => {
    it("form: a second open detention is refused, naming the open one", async () => {
      const result = await m.saveItem(caseworker, "detentionEpisode", {
        personId: ZNAK,
        values: { kind: "ARREST", arrestDate: "2024-01-05", visibility: "PUBLIC" },
      });
      expect(result).toEqual({ status: "refused", message: expect.stringMatching(/open detention.*September 2020/) });
      expect(await test.db.detentionEpisode.count({ where: { personId: ZNAK } })).toBe(1);
    });

    it("direct SQL: a second open detention is refused by the database", async () => {
      await expect(
        test.db.$executeRawUnsafe(
          `INSERT INTO detention_episode (id, person_id, updated_at) VALUES ('sql-d', '${ZNAK}', now())`,
        ),
      ).rejects.toThrow(/detention_one_open_per_person/);
    });

    it("import: a row that would open a second detention is refused at the dry run, row and column named", async () => {
      const sheet = await readSheet("list.csv", Buffer.from("Name,Detention date,Prison\nMaksim Znak,2024-01-05,\n"));
      const result = await plan.planImport(test.db, sheet, autoMap(sheet.headers));
      expect(result.errors).toContainEqual(
        expect.objectContaining({
          row: 2,
          column: "Detention date",
          reason: expect.stringContaining("open detention"),
        }),
      );
    });
  });

  describe("no placement outside a detention", () => {
    it("form: a current placement for a released person is refused", async () => {
      const result = await m.saveItem(caseworker, "placement", {
        personId: "demo-ales-bialiatski",
        values: { facilityId: colony, fromDate: "2023", visibility: "PUBLIC" },
      });
      expect(result).toEqual({
        status: "refused",
        message: expect.stringContaining("current placement at Penal colony No. 9 needs an open detention"),
      });
    });

    it("form: deleting the detention a placement lies in is refused", async () => {
      const detention = await test.db.detentionEpisode.findFirstOrThrow({ where: { personId: ZNAK } });
      const result = await m.deleteItem(caseworker, "detentionEpisode", ZNAK, detention.id, detention.version);
      expect(result).toMatchObject({
        status: "refused",
        message: expect.stringMatching(/placement at Penal colony No\. 9 lies outside every detention/),
      });
      expect(await test.db.detentionEpisode.count({ where: { id: detention.id } })).toBe(1);
    });

    it("direct SQL: a placement with no detention is refused when the transaction commits", async () => {
      const person = await test.db.person.create({
        data: { slug: "no-detention", displayName: "No Detention", sortName: "Detention, No" },
      });
      await expect(
        test.db.$executeRawUnsafe(
          `INSERT INTO placement (id, person_id, facility_id, updated_at) VALUES ('sql-pl2', '${person.id}', '${colony}', now())`,
        ),
      ).rejects.toThrow(/needs an open detention/);
      expect(await test.db.placement.count({ where: { personId: person.id } })).toBe(0);
    });

    it("import: a prison with no detention is refused at the dry run; a released person's prison is closed at the release", async () => {
      const sheet = await readSheet(
        "list.csv",
        Buffer.from(
          "Name,Detention date,Prison,Release date\nNew Person One,,Prison No. 8,\nNew Person Two,2020-05-01,Prison No. 8,2024-01-15\n",
        ),
      );
      const mapping = autoMap(sheet.headers);
      const result = await plan.planImport(test.db, sheet, mapping);
      expect(result.errors).toContainEqual(
        expect.objectContaining({ row: 2, column: "Prison", reason: expect.stringContaining("needs a detention") }),
      );
      const good = await readSheet(
        "list.csv",
        Buffer.from("Name,Detention date,Prison,Release date\nNew Person Two,2020-05-01,Prison No. 8,2024-01-15\n"),
      );
      const goodPlan = await plan.planImport(test.db, good, mapping);
      await apply.applyImport(test.db, good, mapping, {
        fileName: "list.csv",
        actorId: null,
        confirmed: goodPlan.counts,
      });
      const two = await test.db.person.findFirstOrThrow({
        where: { displayName: "New Person Two" },
        include: { placements: true },
      });
      expect(two.placements.map((p) => p.toDate?.toISOString().slice(0, 10))).toEqual(["2024-01-15"]);
    });
  });

  describe("citations follow the facts they support", () => {
    it("a substantive edit of a cited item asks about each quote and saves nothing until answered", async () => {
      const name = await test.db.nameVariant.findFirstOrThrow({ where: { personId: ZNAK, text: "Максім Знак" } });
      const citation = await test.db.citation.findFirstOrThrow({ where: { subjectId: name.id } });
      const values = { text: "Максім Знакк", script: "CYRL", language: "be", kind: "NATIVE", visibility: "PUBLIC" };
      const asked = await m.saveItem(caseworker, "nameVariant", {
        personId: ZNAK,
        id: name.id,
        version: name.version,
        values,
      });
      expect(asked).toMatchObject({ status: "review", citations: [{ id: citation.id, quote: citation.quote }] });
      expect((await test.db.nameVariant.findUniqueOrThrow({ where: { id: name.id } })).text).toBe("Максім Знак");

      // Marked cosmetic (a typo fix): the citation is kept, and the history says so.
      const saved = await m.saveItem(caseworker, "nameVariant", {
        personId: ZNAK,
        id: name.id,
        version: name.version,
        values,
        review: { decisions: {}, cosmetic: true, newCitation: null },
      });
      expect(saved.status).toBe("saved");
      expect((await test.db.citation.findUniqueOrThrow({ where: { id: citation.id } })).confirmed).toBe(true);
      const revision = await test.db.revision.findFirstOrThrow({
        where: { entityId: name.id },
        orderBy: { changedAt: "desc" },
      });
      expect(revision.summary).toContain("cosmetic edit: 1 citation kept");
    });

    it("a citation left unconfirmed stops supporting the fact on the public page, API and exports alike", async () => {
      const bioQuote = await test.db.citation.findFirstOrThrow({ where: { personId: ZNAK, field: "bio" } });
      const person = await test.db.person.findUniqueOrThrow({ where: { id: ZNAK } });
      const result = await m.updatePerson(
        caseworker,
        ZNAK,
        person.version,
        {
          displayName: person.displayName,
          sortName: person.sortName,
          bio: "A new biography no source supports yet.",
          gender: person.gender,
        },
        { decisions: { [bioQuote.id]: "unconfirmed" }, cosmetic: false, newCitation: null },
      );
      expect(result.status).toBe("saved");
      expect((await test.db.citation.findUniqueOrThrow({ where: { id: bioQuote.id } })).confirmed).toBe(false);
      const record = await publicRecord(ZNAK);
      expect(record.citations.some((c) => c.id === bioQuote.id)).toBe(false);
    });

    it("direct SQL: changing a cited fact unconfirms its citations whatever wrote it", async () => {
      const detention = await test.db.detentionEpisode.findFirstOrThrow({ where: { personId: ZNAK } });
      await test.db.$executeRawUnsafe(
        `UPDATE detention_episode SET arrest_place = 'Minsk' WHERE id = '${detention.id}'`,
      );
      expect(await count(`SELECT count(*) AS n FROM citation WHERE subject_id = '${detention.id}' AND confirmed`)).toBe(
        0,
      );
      // Bookkeeping columns are not substance.
      const name = await test.db.nameVariant.findFirstOrThrow({ where: { personId: ZNAK, text: "Максим Знак" } });
      await test.db.$executeRawUnsafe(
        `UPDATE name_variant SET version = version + 1, visibility = 'PUBLIC' WHERE id = '${name.id}'`,
      );
      expect(await count(`SELECT count(*) AS n FROM citation WHERE subject_id = '${name.id}' AND NOT confirmed`)).toBe(
        0,
      );
    });

    // Issue 15's stored search keys live on name_variant; rebuilding them (at every start
    // after a rules change, or `npm run search:rekey`) is bookkeeping, not a changed name.
    it("rebuilding the names' search keys leaves their citations confirmed", async () => {
      const { rekeyStaleNames } = await import("../../lib/names/rekey");
      const cited = `SELECT count(*) AS n FROM citation c JOIN name_variant n ON n.id = c.subject_id WHERE c.confirmed`;
      const before = await count(cited);
      expect(before).toBeGreaterThan(0);
      await test.db.$executeRawUnsafe(`UPDATE name_variant SET key_version = 0, key_words = '{}'`);
      expect(await rekeyStaleNames(test.db)).toBeGreaterThan(0);
      expect(await count(cited)).toBe(before);
    });
  });

  describe("status has a date of evidence", () => {
    it("Znak's public record carries the date of its newest confirming source", async () => {
      // "citations follow their facts" above unconfirmed his detention's quotes: confirm them again.
      await test.db.$executeRawUnsafe(
        `UPDATE citation SET confirmed = true, unconfirmed_at = NULL WHERE person_id = '${ZNAK}'`,
      );
      await test.db.$executeRawUnsafe(`SELECT refresh_public_person('${ZNAK}')`);
      // His newest confirming source is a 2024 article dated to the year only: the date keeps its precision.
      expect((await publicRecord(ZNAK)).statusEvidence).toMatchObject({
        date: "2024-01-01",
        precision: "YEAR",
        sourceId: "demo-source-003",
      });
      // Unconfirmed, the same quotes date nothing.
      await test.db.$executeRawUnsafe(`UPDATE citation SET confirmed = false WHERE person_id = '${ZNAK}'`);
      await test.db.$executeRawUnsafe(`SELECT refresh_public_person('${ZNAK}')`);
      expect((await publicRecord(ZNAK)).statusEvidence).toBeNull();
      const tsikhanouski = await publicRecord(TSIKHANOUSKI);
      expect(tsikhanouski.statusEvidence).toMatchObject({ date: "2024-09-13", sourceId: "demo-source-002" });
    });
  });

  describe("a release is one action", () => {
    it("closes detention, placement and conditions, cites one passage, and the 2024 quote no longer supports it", async () => {
      const source = await test.db.source.create({
        data: {
          title: "Tsikhanouski freed",
          language: "en",
          text: "Syarhey Tsikhanouski was released on 21 June 2025 and left Belarus.",
          textHash: "h-release",
          visibility: "PUBLIC",
          publishedDate: new Date("2025-06-21"),
          publishedDatePrecision: "DAY",
        },
      });
      const detention = await test.db.detentionEpisode.findFirstOrThrow({ where: { personId: TSIKHANOUSKI } });
      await test.db.placement.create({
        data: {
          personId: TSIKHANOUSKI,
          facilityId: colony,
          fromDate: new Date("2021-01-01"),
          fromDatePrecision: "YEAR",
        },
      });
      await test.db.conditionPeriod.create({
        data: {
          personId: TSIKHANOUSKI,
          kind: "INCOMMUNICADO",
          startDate: new Date("2023-03-01"),
          startDatePrecision: "MONTH",
        },
      });
      const result = await release.recordRelease(caseworker, {
        personId: TSIKHANOUSKI,
        ipAddress: null,
        values: {
          releaseDate: "2025-06-21",
          releaseType: "FORCED_EXPULSION",
          sourceId: source.id,
          quote: "Syarhey Tsikhanouski was released on 21 June 2025",
          updateBio: "on",
          bio: "Husband of Sviatlana Tsikhanouskaya; released in June 2025 and expelled from Belarus.",
        },
      });
      expect(result.status).toBe("saved");
      expect(await test.db.placement.count({ where: { personId: TSIKHANOUSKI, toDate: null } })).toBe(0);
      expect(await test.db.conditionPeriod.count({ where: { personId: TSIKHANOUSKI, endDate: null } })).toBe(0);
      const record = await publicRecord(TSIKHANOUSKI);
      const quotes = record.citations.filter((c) => c.subjectId === detention.id).map((c) => (c.public ? c.quote : ""));
      expect(quotes).toEqual(["Syarhey Tsikhanouski was released on 21 June 2025"]);
      // The 2024 quote still dates the 2024 timeline event; it supports nothing about custody now.
      const custody = record.citations.filter(
        (c) => c.subjectType === "DETENTION_EPISODE" || (c.subjectType === "PERSON" && c.field !== "gender"),
      );
      expect(JSON.stringify(custody)).not.toContain(REMAINS);
      expect(record.statusEvidence).toMatchObject({ date: "2025-06-21", sourceId: source.id });
      expect(record.timeline.find((e) => e.type === "RELEASE")?.title).toMatch(/^Released \(/);
      const audit = await test.db.auditEntry.findFirstOrThrow({
        where: { action: "case.release", subjectId: TSIKHANOUSKI },
      });
      expect(audit.details).toMatchObject({ releaseType: "FORCED_EXPULSION" });
    });

    it("refuses a release with no open detention, saying so", async () => {
      const result = await release.recordRelease(caseworker, {
        personId: TSIKHANOUSKI,
        ipAddress: null,
        values: { releaseDate: "2025-06-21", releaseType: "PARDON", sourceId: "demo-source-002", quote: REMAINS },
      });
      expect(result).toMatchObject({ status: "refused", message: expect.stringContaining("no open detention") });
    });
  });

  describe("publishing shows what goes public", () => {
    it("needs the number of unsourced public facts confirmed, and the audit entry keeps it", async () => {
      const person = await test.db.person.findUniqueOrThrow({ where: { id: "demo-unpublished-example" } });
      await m.updatePerson(caseworker, person.id, person.version, {
        displayName: person.displayName,
        sortName: person.sortName,
        bio: "A biography with no source.",
        gender: person.gender,
      });
      const admin = (await demoActors(test.db)).ADMIN;
      const asked = await m.setPublished(admin, person.id, true, null);
      expect(asked).toEqual({ status: "needs-confirmation", unsourced: expect.any(Number) });
      const unsourced = (asked as { unsourced: number }).unsourced;
      expect(unsourced).toBeGreaterThanOrEqual(1);
      expect((await test.db.person.findUniqueOrThrow({ where: { id: person.id } })).published).toBe(false);
      // A stale count (the preview showed fewer) is not a confirmation.
      expect((await m.setPublished(admin, person.id, true, null, unsourced - 1)).status).toBe("needs-confirmation");
      expect(await m.setPublished(admin, person.id, true, null, unsourced)).toEqual({ status: "done" });
      const audit = await test.db.auditEntry.findFirstOrThrow({
        where: { action: "case.publish", subjectId: person.id },
      });
      expect(audit.details).toEqual({ unsourcedFacts: unsourced });
    });
  });

  describe("held cases whose status is stale", () => {
    it("are listed oldest confirmation first, with a configurable period (default 6 months)", async () => {
      const worklist = await import("../../lib/status/worklist");
      const admin = (await demoActors(test.db)).ADMIN;
      const { months, cases } = await worklist.staleStatusCases(caseworker);
      expect(months).toBe(6);
      expect(cases.map((c) => c.slug)).toContain("maksim-znak");
      // Released in the test above: no longer held, so no longer listed.
      expect(cases.map((c) => c.slug)).not.toContain("syarhey-tsikhanouski");
      const dates = cases.map((c) => c.confirmedOn?.getTime() ?? -Infinity);
      expect(dates).toEqual([...dates].sort((a, b) => a - b));
      expect(await worklist.setStaleAfterMonths(admin, "0", null)).toMatchObject({ status: "invalid" });
      // Znak's detention quote (2024), re-confirmed, is fresh enough under a 60-month period.
      const detention = await test.db.detentionEpisode.findFirstOrThrow({ where: { personId: ZNAK } });
      await test.db.citation.updateMany({ where: { subjectId: detention.id }, data: { confirmed: true } });
      expect(await worklist.setStaleAfterMonths(admin, "60", null)).toEqual({ status: "saved" });
      const longer = await worklist.staleStatusCases(caseworker);
      expect(longer.months).toBe(60);
      expect(longer.cases.map((c) => c.slug)).not.toContain("maksim-znak");
    });
  });
});
