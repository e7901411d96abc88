import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeCursor } from "../../lib/api/cursor";
import { apiListParams, getPrisoner, getSource, listPrisoners } from "../../lib/api/prisoners";
import { takeRequest } from "../../lib/api/rate-limit";
import { generateSynthetic } from "../../lib/synthetic/generate";
import { seedDemo } from "../../prisma/seed/load-demo";
import { createTestDatabase, type TestDatabase } from "../support/database";

const BASE = "https://casebook.example";

describe("public API", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: false });
    await generateSynthetic(test.url, { persons: 60 });
  });
  afterAll(() => test.drop());

  async function everyPage(query: Record<string, string>) {
    const slugs: string[] = [];
    let cursor: string | null = null;
    do {
      const params = apiListParams.parse({ ...query, ...(cursor ? { cursor } : {}) });
      const decoded = decodeCursor(params.cursor);
      const page = await listPrisoners(test.db, params, decoded === "invalid" ? null : decoded, BASE);
      slugs.push(...page.data.map((p) => p.slug));
      cursor = page.nextCursor;
    } while (cursor);
    return slugs;
  }

  it("pages through every published person exactly once, never the unpublished", async () => {
    const slugs = await everyPage({ limit: "7" });
    const published = await test.db.publicPerson.findMany({
      orderBy: [{ sortName: "asc" }, { personId: "asc" }],
      select: { slug: true },
    });
    expect(slugs).toEqual(published.map((p) => p.slug));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).not.toContain("unpublished-example");
    const unpublishedSynthetic = await test.db.person.findMany({ where: { published: false }, select: { slug: true } });
    for (const { slug } of unpublishedSynthetic) expect(slugs).not.toContain(slug);
  });

  it("filters as the directory does", async () => {
    const held = await everyPage({ custody: "held" });
    expect(held.length).toBe(await test.db.publicPerson.count({ where: { held: true } }));
    expect(held).toContain("maksim-znak");
    expect(held).not.toContain("maria-kalesnikava");
  });

  it("returns one person's public record and sources, and nothing for the hidden", async () => {
    const maria = await getPrisoner(test.db, "maria-kalesnikava", BASE);
    expect(maria?.record.names.map((n) => n.text)).toContain("Марыя Калеснікава");
    expect(JSON.stringify(maria)).not.toContain("CANARY");
    expect(maria?.record.healthNotes).toEqual([]);
    expect(await getPrisoner(test.db, "unpublished-example", BASE)).toBeNull();
    const source = await getSource(test.db, "demo-source-003", BASE);
    expect(source?.citedBy.map((c) => c.slug)).toContain("maria-kalesnikava");
    expect(await getSource(test.db, "no-such-source", BASE)).toBeNull();
  });

  it("counts requests per client and window, shared through the database", async () => {
    const key = `ip:test-${Date.now()}`;
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await takeRequest(test.db, key, 3, 60));
    expect(results.map((r) => [r.allowed, r.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ]);
    expect(results[3]?.resetSeconds).toBeGreaterThan(0);
    expect((await takeRequest(test.db, `${key}-other`, 3, 60)).allowed).toBe(true);
  });
});

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 description of every public route", async () => {
    const { validate } = await import("@readme/openapi-parser");
    const { openApiDocument } = await import("../../lib/api/openapi");
    const result = await validate(structuredClone(openApiDocument) as never);
    expect(result.valid, JSON.stringify(result)).toBe(true);
    expect(Object.keys(openApiDocument.paths).sort()).toEqual(["/prisoners", "/prisoners/{slug}", "/sources/{id}"]);
  });
});
