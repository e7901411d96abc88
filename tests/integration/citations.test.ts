import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/session-user";
import type { PublicRecord } from "../../lib/public/record";
import { seedDemo } from "../../prisma/seed/load-demo";
import { demoActors } from "../support/actors";
import { createTestDatabase, type TestDatabase } from "../support/database";

// Citing passages from the reading view, and sources that disagree with the record.
describe("citations", () => {
  let test: TestDatabase;
  let c: typeof import("../../lib/citations/mutations");
  let caseworker: Actor;
  let campaigner: Actor;
  const PERSON = "demo-maria-kalesnikava";
  const SOURCE = "demo-source-002";
  const PASSAGE = "who became a symbol of resistance during the 2020 protests against Alexander Lukashenko's regime";
  const event = {
    type: "STATEMENT",
    date: "2024-09-13",
    title: "A symbol of resistance",
    publicText: PASSAGE,
    visibility: "PUBLIC",
  };
  const publicRecord = async () =>
    (await test.db.publicPerson.findUniqueOrThrow({ where: { personId: PERSON } })).record as unknown as PublicRecord;

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: true });
    process.env.DATABASE_URL = test.url;
    c = await import("../../lib/citations/mutations");
    ({ CASEWORKER: caseworker, CAMPAIGNER: campaigner } = await demoActors(test.db));
  });
  afterAll(() => test.drop());

  it("creates a timeline event from a passage together with its citation, and publishes both", async () => {
    const result = await c.createEventFromPassage(caseworker, {
      personId: PERSON,
      sourceId: SOURCE,
      quote: PASSAGE,
      values: event,
    });
    expect(result).toMatchObject({ status: "saved", slug: "maria-kalesnikava" });
    if (result.status !== "saved") return;
    const created = await test.db.timelineEvent.findUniqueOrThrow({ where: { id: result.subjectId } });
    expect(created).toMatchObject({ title: "A symbol of resistance", publicText: PASSAGE, visibility: "PUBLIC" });
    const citation = await test.db.citation.findFirstOrThrow({ where: { subjectId: created.id } });
    expect(citation).toMatchObject({
      subjectType: "TIMELINE_EVENT",
      sourceId: SOURCE,
      quote: PASSAGE,
      isPreferred: true,
      createdById: caseworker.id,
    });
    const record = await publicRecord();
    expect(record.timeline.map((t) => t.title)).toContain("A symbol of resistance");
    expect(record.citations.find((x) => x.id === citation.id)).toMatchObject({ public: true, quote: PASSAGE });
    const history = await test.db.revision.findMany({ where: { entityId: { in: [created.id, citation.id] } } });
    expect(history.map((h) => h.summary).sort()).toEqual(["Added a citation", "Added timeline event"]);
  });

  it("creates neither event nor citation when the passage is not in the source or the event is invalid", async () => {
    const before = await test.db.timelineEvent.count();
    const citations = await test.db.citation.count();
    const notThere = await c.createEventFromPassage(caseworker, {
      personId: PERSON,
      sourceId: SOURCE,
      quote: "Kalesnikava was released yesterday",
      values: event,
    });
    expect(notThere).toEqual({ status: "invalid", errors: { quote: expect.stringContaining("does not occur") } });
    const curly = await c.createEventFromPassage(caseworker, {
      personId: PERSON,
      sourceId: SOURCE,
      quote: "Belarusian Activist’s Health Deteriorates",
      values: event,
    });
    expect(curly).toEqual({
      status: "invalid",
      errors: { quote: expect.stringContaining("“Belarusian Activist's Health Deteriorates”") },
    });
    const noDate = await c.createEventFromPassage(caseworker, {
      personId: PERSON,
      sourceId: SOURCE,
      quote: PASSAGE,
      values: { ...event, date: "" },
    });
    expect(noDate).toEqual({ status: "invalid", errors: { date: expect.stringContaining("Enter a date") } });
    expect(await test.db.timelineEvent.count()).toBe(before);
    expect(await test.db.citation.count()).toBe(citations);
  });

  it("lets only editors cite, and a passage with CRLF line breaks matches the stored LF text", async () => {
    await expect(
      c.createEventFromPassage(campaigner, { personId: PERSON, sourceId: SOURCE, quote: PASSAGE, values: event }),
    ).rejects.toThrow();
    const text = (await test.db.source.findUniqueOrThrow({ where: { id: SOURCE } })).text;
    const at = text.indexOf("\n\n");
    const spanning = text.slice(at - 20, at + 22);
    expect(spanning).toContain("\n");
    const result = await c.addCitation(caseworker, {
      personId: PERSON,
      kind: "person",
      subjectId: PERSON,
      values: { sourceId: SOURCE, quote: spanning.replaceAll("\n", "\r\n"), field: "bio" },
    });
    expect(result.status).toBe("saved");
  });

  it("records a source that disagrees with the record, shows the disagreement publicly, and can follow it instead", async () => {
    const detention = await test.db.detentionEpisode.findFirstOrThrow({
      where: { personId: PERSON, visibility: "PUBLIC" },
    });
    const base = { personId: PERSON, kind: "detentionEpisode" as const, subjectId: detention.id };
    const noNote = await c.addCitation(caseworker, {
      ...base,
      values: { sourceId: "demo-source-003", quote: "Maria Kalesnikava", disagrees: "on" },
    });
    expect(noNote).toEqual({
      status: "invalid",
      errors: { note: expect.stringContaining("Say what this source says instead") },
    });

    const saved = await c.addCitation(caseworker, {
      ...base,
      values: {
        sourceId: "demo-source-003",
        quote: "Maria Kalesnikava",
        disagrees: "on",
        note: "gives the arrest date as 8 September 2020",
      },
    });
    expect(saved.status).toBe("saved");
    const differing = await test.db.citation.findFirstOrThrow({
      where: { subjectId: detention.id, isPreferred: false },
    });
    expect(differing.note).toBe("gives the arrest date as 8 September 2020");

    let cited = (await publicRecord()).citations.filter((x) => x.subjectId === detention.id);
    expect(cited.filter((x) => !x.isPreferred)).toEqual([
      expect.objectContaining({ id: differing.id, note: "gives the arrest date as 8 September 2020" }),
    ]);
    expect(cited.some((x) => x.isPreferred)).toBe(true);

    await c.followCitation(caseworker, PERSON, differing.id);
    cited = (await publicRecord()).citations.filter((x) => x.subjectId === detention.id);
    expect(cited.find((x) => x.id === differing.id)).toMatchObject({ isPreferred: true });
    expect(cited.filter((x) => x.id !== differing.id).every((x) => !x.isPreferred)).toBe(true);
    const history = await test.db.revision.findMany({
      where: { entityId: differing.id },
      orderBy: { changedAt: "asc" },
    });
    expect(history.map((h) => h.summary)).toEqual([
      "Added a citation that disagrees with the record",
      "The record now follows this source",
    ]);
  });

  it("never carries the note of a disagreeing internal source to the public record", async () => {
    const internal = await test.db.source.create({
      data: {
        title: "Internal memo",
        language: "en",
        text: "The family says the arrest was on 10 September 2020.",
        textHash: "memo",
        visibility: "INTERNAL",
      },
    });
    const detention = await test.db.detentionEpisode.findFirstOrThrow({
      where: { personId: PERSON, visibility: "PUBLIC" },
    });
    const result = await c.addCitation(caseworker, {
      personId: PERSON,
      kind: "detentionEpisode",
      subjectId: detention.id,
      values: {
        sourceId: internal.id,
        quote: "the arrest was on 10 September 2020",
        disagrees: "on",
        note: "family memo: 10 September",
      },
    });
    expect(result.status).toBe("saved");
    const record = await publicRecord();
    const fromMemo = record.citations.filter((x) => !x.public && !x.isPreferred);
    expect(fromMemo).toHaveLength(1);
    expect(JSON.stringify(record)).not.toContain("family memo");
    expect(JSON.stringify(record)).not.toContain("10 September 2020");
  });
});
