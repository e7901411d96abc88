import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/load-demo";
import { refreshPublicPerson } from "../../lib/publication/projection";
import { directoryParamsSchema, type DirectoryParams } from "../../lib/public/directory-params";
import { createTestDatabase, type TestDatabase } from "../support/database";

// Search and filters of the public directory, on the demo data in a real PostgreSQL
// (pg_trgm, unaccent). Visitors arrive with the spelling their newspaper used.
describe("public directory search", () => {
  let test: TestDatabase;
  let directory: typeof import("../../lib/public/directory");
  const search = async (params: Partial<DirectoryParams>) =>
    directory.searchDirectory(directoryParamsSchema.parse(params));
  const slugsFor = async (q: string) => (await search({ q })).people.map((p) => p.slug);

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: false });
    process.env.DATABASE_URL = test.url;
    directory = await import("../../lib/public/directory");
  });
  afterAll(() => test.drop());

  it.each([
    "Калеснікава",
    "Колесникова",
    "Kalesnikava",
    "Kolesnikova",
    "Kalesnikova",
    "Maryia",
    "Mariya",
    "Maria",
    "kalesnikava maria",
    "Kalesnikva",
    "Kolesnicova",
  ])("%s finds Maria Kalesnikava first", async (q) => expect((await slugsFor(q))[0]).toBe("maria-kalesnikava"));

  it.each(["Бяляцкі", "Беляцкий", "Bialiatski", "Byalyatsky", "Bialacki", "Bialiatsky", "ales bialiatski"])(
    "%s finds Ales Bialiatski first",
    async (q) => expect((await slugsFor(q))[0]).toBe("ales-bialiatski"),
  );

  it("shows which spelling matched", async () => {
    const [first] = (await search({ q: "Kolesnikova" })).people;
    expect(first?.match).toMatchObject({ name: "Maria Kolesnikova" });
    const [bialiatski] = (await search({ q: "Byalyatsky" })).people;
    expect(bialiatski?.match).toMatchObject({ name: "Алесь Бяляцкі", spelling: "Ales' Byalyatski" });
  });

  it("matches bio text, charges and facilities, and finds nothing for an unknown name", async () => {
    expect(await slugsFor("Nobel")).toContain("ales-bialiatski");
    expect(await slugsFor("crimes against the state")).toContain("maria-kalesnikava");
    expect(await slugsFor("Zzyzx")).toEqual([]);
  });

  it("never finds an unpublished person or restricted text", async () => {
    expect(await slugsFor("Unpublished Example")).toEqual([]);
    expect(await slugsFor("CANARY-RESTRICTED")).toEqual([]);
    expect(await slugsFor("rapidly declining")).toEqual([]);
  });

  it("filters by custody and status, and sorts", async () => {
    const held = await search({ custody: "held" });
    expect(held.people.every((p) => p.held)).toBe(true);
    expect(held.people.map((p) => p.slug)).toContain("maksim-znak");
    const released = await search({ custody: "released", status: "RELEASED" });
    expect(released.people.map((p) => p.slug)).toContain("maria-kalesnikava");
    expect(released.people.map((p) => p.slug)).not.toContain("maksim-znak");
    const bySentence = await search({ sort: "sentence" });
    const terms = bySentence.people.map((p) => p.sentenceMonths).filter((m) => m !== null);
    expect(terms).toEqual([...terms].sort((a, b) => b - a));
    expect((await search({ sentence: "over-10" })).people.every((p) => (p.sentenceMonths ?? 0) > 120)).toBe(true);
  });

  it("counts the whole listing, and a search's matches even on a page past the end", async () => {
    expect((await search({})).total).toBe(5);
    const pastTheEnd = await search({ q: "Kalesnikava", page: 3 });
    expect(pastTheEnd.people).toEqual([]);
    expect(pastTheEnd.total).toBe((await search({ q: "Kalesnikava" })).total);
    expect(pastTheEnd.total).toBeGreaterThan(0);
  });

  it("offers only facet values that published people have", async () => {
    const facets = await directory.directoryFacets();
    expect(facets.designations.length).toBeGreaterThan(0);
    const filtered = await search({ designation: facets.designations[0] });
    expect(filtered.total).toBeGreaterThan(0);
  });

  it("stays findable by every spelling after a caseworker's refresh", async () => {
    await refreshPublicPerson(test.db, "demo-ales-bialiatski");
    expect((await slugsFor("Byalyatsky"))[0]).toBe("ales-bialiatski");
    const [row] = await test.db.$queryRaw<
      { name_keys: string }[]
    >`SELECT name_keys FROM public_person WHERE slug = 'ales-bialiatski'`;
    expect(row?.name_keys).toContain("belecki");
  });
});
