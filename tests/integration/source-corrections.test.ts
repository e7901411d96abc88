import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/session-user";
import { parsePublicRecord } from "../../lib/public/record";
import * as corrections from "../../lib/sources/corrections";
import * as sources from "../../lib/sources/queries";
import { useTestDatabase } from "../support/database";
import { seedPerson, seedUser, type SeededPerson } from "../support/factories";

// A cited source's text never changes; a correction is a new version, and each quote is
// checked again against it.
describe("correcting a source", () => {
  const test = useTestDatabase();
  let caseworker: Actor;
  let znak: SeededPerson;
  let PERSON: string;
  const TEXT = "Maksim Znak was sentenced to 10 years. He is held in Novopolotsk colony. His lawyers were disbarred.";
  let sourceId: string;

  beforeAll(async () => {
    caseworker = await seedUser(test.db, { role: "CASEWORKER" });
    znak = await seedPerson(test.db, { displayName: "Maksim Znak" });
    PERSON = znak.id;
    const source = await test.db.source.create({
      data: {
        title: "Znak update",
        language: "en",
        text: TEXT,
        textHash: "znak",
        visibility: "PUBLIC",
        addedById: caseworker.id,
      },
    });
    sourceId = source.id;
    await test.db.$executeRaw`SELECT refresh_public_source(${sourceId})`;
    for (const quote of ["sentenced to 10 years", "held in Novopolotsk colony"]) {
      await test.db.citation.create({
        data: { personId: PERSON, subjectType: "PERSON", subjectId: PERSON, sourceId, quote },
      });
    }
  });

  it("refuses to change a cited text in place (database trigger)", async () => {
    await expect(
      test.db.source.update({ where: { id: sourceId }, data: { text: "Something else entirely." } }),
    ).rejects.toThrow();
  });

  it("refuses an empty reason, an unchanged text and a text too short", async () => {
    expect(await corrections.correctSource(caseworker, sourceId, { text: TEXT, reason: "" })).toEqual({
      status: "invalid",
      errors: { text: expect.stringContaining("unchanged"), reason: expect.stringContaining("Say what was wrong") },
    });
    expect(await corrections.correctSource(caseworker, sourceId, { text: "short", reason: "x" })).toMatchObject({
      errors: { text: expect.stringContaining("whole corrected text") },
    });
    expect(await test.db.source.count({ where: { previousVersionId: sourceId } })).toBe(0);
  });

  it("adds version 2, moves the citations whose quote survives and leaves the others on version 1", async () => {
    const corrected = TEXT.replace("10 years", "ten years");
    const result = await corrections.correctSource(caseworker, sourceId, {
      text: corrected,
      reason: "The outlet corrected the figure's spelling",
    });
    expect(result).toMatchObject({ status: "saved", version: 2, moved: 1, left: 1, slugs: [znak.slug] });
    if (result.status !== "saved") return;

    const [v1, v2] = await Promise.all([
      test.db.source.findUniqueOrThrow({ where: { id: sourceId } }),
      test.db.source.findUniqueOrThrow({ where: { id: result.id } }),
    ]);
    expect(v1.text).toBe(TEXT);
    expect(v2).toMatchObject({
      text: corrected,
      version: 2,
      previousVersionId: sourceId,
      title: "Znak update",
      visibility: "PUBLIC",
    });
    const cited = await test.db.citation.findMany({
      where: { personId: PERSON, quote: { in: ["sentenced to 10 years", "held in Novopolotsk colony"] } },
    });
    expect(Object.fromEntries(cited.map((c) => [c.quote, c.sourceId]))).toEqual({
      "sentenced to 10 years": sourceId,
      "held in Novopolotsk colony": result.id,
    });

    // The public side: both copies public, linked both ways; the case page quotes the version each citation uses.
    const [p1, p2] = await Promise.all([
      test.db.publicSource.findUniqueOrThrow({ where: { sourceId } }),
      test.db.publicSource.findUniqueOrThrow({ where: { sourceId: result.id } }),
    ]);
    expect([p1.nextVersionId, p2.previousVersionId, p2.version]).toEqual([result.id, sourceId, 2]);
    const record = parsePublicRecord(
      (await test.db.publicPerson.findUniqueOrThrow({ where: { personId: PERSON } })).record,
    );
    const novopolotsk = record.citations.find((c) => c.public && c.quote === "held in Novopolotsk colony");
    expect(novopolotsk).toMatchObject({ sourceId: result.id });

    // The library lists the newest version only; the reading view links the two.
    const listed = await sources.listSources(caseworker, { q: "Znak update" });
    expect(listed.sources.map((s) => s.id)).toEqual([result.id]);
    const reading = await sources.getSourceForReading(caseworker, sourceId);
    expect(reading.source.nextVersion?.id).toBe(result.id);
    expect(reading.source.citations.map((c) => c.quote)).toEqual(["sentenced to 10 years"]);

    const audit = await test.db.auditEntry.findFirstOrThrow({ where: { action: "source.correct" } });
    expect(audit.details).toMatchObject({ previousVersionId: sourceId, moved: 1, left: 1 });

    // An old version cannot be corrected a second time: the newest one is.
    expect(
      await corrections.correctSource(caseworker, sourceId, { text: `${TEXT} More.`, reason: "again" }),
    ).toMatchObject({ status: "invalid", errors: { text: expect.stringContaining("already corrected") } });
  });
});
