import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/load-demo";
import { refreshPublicPerson, refreshPublicSource } from "../../lib/publication/projection";
import { createTestDatabase, type TestDatabase } from "../support/database";

// The public side reads only public_person and public_source. These tests prove that
// what reaches them is published and public, whatever else the record holds.
describe("public projection", () => {
  let test: TestDatabase;
  let queries: typeof import("../../lib/public/queries");
  let directory: typeof import("../../lib/public/directory");
  // The public directory's first page with no search or filter, as a visitor opens it.
  const listPublicPeople = async () =>
    directory.searchDirectory((await import("../../lib/public/directory-params")).parseDirectoryParams({}));

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: false });
    process.env.DATABASE_URL = test.url;
    queries = await import("../../lib/public/queries");
    directory = await import("../../lib/public/directory");
  });
  afterAll(() => test.drop());

  it("lists published people only", async () => {
    const { people, total } = await listPublicPeople();
    const slugs = people.map((p) => p.slug);
    expect(slugs).toEqual([
      "viktor-babaryka",
      "ales-bialiatski",
      "maria-kalesnikava",
      "syarhey-tsikhanouski",
      "maksim-znak",
    ]);
    expect(total).toBe(5);
    expect(slugs).not.toContain("unpublished-example");
    expect(await queries.getPublicCase("unpublished-example")).toBeNull();
  });

  it("holds no restricted or internal data anywhere in the public tables", async () => {
    const leaks = await test.db.$queryRaw<{ table: string }[]>`
      SELECT 'public_person' AS table FROM public_person t WHERE to_jsonb(t)::text ILIKE ANY (ARRAY['%CANARY%', '%Unpublished Example%', '%Kept internal%', '%rapidly declining%', '%add a source on%'])
      UNION ALL
      SELECT 'public_source' FROM public_source t WHERE to_jsonb(t)::text ILIKE '%CANARY%'`;
    expect(leaks).toEqual([]);
  });

  it("shows a case's public facts with their citations, and leaves out internal ones", async () => {
    const found = await queries.getPublicCase("maria-kalesnikava");
    expect(found).not.toBeNull();
    const { record } = found!;
    expect(record.timeline.map((t) => t.title)).toContain(
      "Released with 122 other prisoners after US-mediated negotiations",
    );
    expect(record.timeline.map((t) => t.title)).not.toContain("Sister reports her health is rapidly declining");
    expect(record.healthNotes).toEqual([]);
    expect(JSON.stringify(record.relatives)).not.toContain("contact");
    const release = record.timeline.find((t) => t.type === "RELEASE")!;
    const cites = record.citations.filter((c) => c.subjectId === release.id);
    expect(cites.length).toBe(2);
    expect(cites.every((c) => c.public)).toBe(true);
    // Citations of facts that are not public are not carried either.
    const internalEvent = await test.db.timelineEvent.findFirstOrThrow({ where: { visibility: "INTERNAL" } });
    expect(record.citations.some((c) => c.subjectId === internalEvent.id)).toBe(false);
  });

  it("orders events known only to the month after dated events in that month", async () => {
    const { record } = (await queries.getPublicCase("maria-kalesnikava"))!;
    const titles = record.timeline.map((t) => t.title);
    expect(titles.indexOf("Forcibly disappeared; refuses to be expelled")).toBeLessThan(
      titles.indexOf("Detained as a criminal suspect with Maksim Znak"),
    );
  });

  it("removes a person at once when unpublished, and restores them when republished", async () => {
    await test.db.person.update({ where: { slug: "maksim-znak" }, data: { published: false } });
    await refreshPublicPerson(test.db, "demo-maksim-znak");
    expect(await queries.getPublicCase("maksim-znak")).toBeNull();
    expect((await listPublicPeople()).people.map((p) => p.slug)).not.toContain("maksim-znak");

    await test.db.person.update({ where: { slug: "maksim-znak" }, data: { published: true } });
    await refreshPublicPerson(test.db, "demo-maksim-znak");
    expect(await queries.getPublicCase("maksim-znak")).not.toBeNull();
  });

  it("cites a non-public source only as an internal record, without its text", async () => {
    await test.db.source.update({ where: { id: "demo-source-004" }, data: { visibility: "INTERNAL" } });
    await refreshPublicSource(test.db, "demo-source-004");
    expect(await queries.getPublicSource("demo-source-004")).toBeNull();
    const { record } = (await queries.getPublicCase("viktor-babaryka"))!;
    const internal = record.citations.filter((c) => !c.public);
    expect(internal.length).toBeGreaterThan(0);
    expect(JSON.stringify(internal)).not.toContain("banker");
    expect(JSON.stringify(record.citations)).not.toContain("demo-source-004");
  });

  it("derives status, detention dates and their precision", async () => {
    const { people } = await listPublicPeople();
    const znak = people.find((p) => p.slug === "maksim-znak")!;
    expect(znak).toMatchObject({ held: true, status: "DETAINED", detainedSincePrecision: "MONTH" });
    const maria = people.find((p) => p.slug === "maria-kalesnikava")!;
    expect(maria).toMatchObject({ held: false, status: "RELEASED", releasedOnPrecision: "MONTH", sentenceMonths: 132 });
  });

  it("lists the cases citing a public source", async () => {
    const found = await queries.getPublicSource("demo-source-003");
    expect(found?.citedBy.map((p) => p.slug)).toEqual(["maria-kalesnikava", "maksim-znak"]);
  });

  it("keeps people findable by name after a bulk refresh (as imports do)", async () => {
    const { refreshPublicPeople } = await import("../../lib/publication/projection");
    await refreshPublicPeople(test.db, ["demo-maksim-znak", "demo-ales-bialiatski"]);
    const keyed = await test.db.publicPerson.findMany({
      where: { personId: { in: ["demo-maksim-znak", "demo-ales-bialiatski"] } },
      select: { nameKeys: true },
    });
    expect(keyed.every((p) => p.nameKeys !== "")).toBe(true);
    const params = (await import("../../lib/public/directory-params")).parseDirectoryParams({ q: "Byalyatsky" });
    expect((await directory.searchDirectory(params)).people.map((p) => p.slug)).toEqual(["ales-bialiatski"]);
  });

  // Issues 13 and 17 each redefined refresh_public_person(); the later migration once dropped
  // the earlier one's fields. One projected record must carry both sets.
  it("projects status evidence and confirmed-only citations together with letter delivery and facility translations", async () => {
    const person = await test.db.person.findUniqueOrThrow({ where: { slug: "maksim-znak" } });
    const facility = await test.db.facility.create({
      data: { slug: "penal-colony-9", name: "Penal Colony No. 9", nameRu: "ИК-9", type: "PENAL_COLONY" },
    });
    await test.db.placement.create({ data: { personId: person.id, facilityId: facility.id } });
    await refreshPublicPerson(test.db, person.id);
    const [row] = await test.db.$queryRaw<{ keys: string[]; personKeys: string[]; placementKeys: string[] | null }[]>`
      SELECT array(SELECT jsonb_object_keys(record) ORDER BY 1) AS keys,
        array(SELECT jsonb_object_keys(record->'person') ORDER BY 1) AS "personKeys",
        (SELECT array(SELECT jsonb_object_keys(pl->'facility') ORDER BY 1) FROM jsonb_array_elements(record->'placements') pl LIMIT 1)
          AS "placementKeys"
      FROM public_person WHERE slug = 'maksim-znak'`;
    expect(row!.keys).toContain("statusEvidence");
    expect(row!.personKeys).toEqual(expect.arrayContaining(["letterDelivery", "letterDeliveryAsOf", "readsLanguages"]));
    expect(row!.placementKeys).toEqual(expect.arrayContaining(["nameBe", "nameRu", "letterGuidanceRu"]));
    const citation = await test.db.citation.findFirstOrThrow({ where: { person: { slug: "maksim-znak" } } });
    await test.db.citation.update({ where: { id: citation.id }, data: { confirmed: false } });
    await refreshPublicPerson(test.db, citation.personId);
    const [after] = await test.db.$queryRaw<{ ids: string[] }[]>`
      SELECT array(SELECT c->>'id' FROM jsonb_array_elements(record->'citations') c) AS ids
      FROM public_person WHERE person_id = ${citation.personId}`;
    expect(after!.ids.length).toBeGreaterThan(0);
    expect(after!.ids).not.toContain(citation.id);
  });
});
