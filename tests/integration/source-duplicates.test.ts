import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findDuplicateSources } from "../../lib/sources/duplicates";
import { normaliseUrl } from "../../lib/sources/fingerprint";
import { seedDemo } from "../../prisma/seed/load-demo";
import { createTestDatabase, type TestDatabase } from "../support/database";

describe("duplicate sources", () => {
  let test: TestDatabase;
  const article = fs.readFileSync("prisma/seed/articles/004_bf5da36ee2e3d076.txt", "utf8");
  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db, { accounts: false });
    await test.db.source.update({
      where: { id: "demo-source-002" },
      data: { url: "https://www.example.org/belarus/health?utm_source=tw#top" },
    });
  });
  afterAll(() => test.drop());

  it("normalises URLs the way people paste them", () => {
    expect(normaliseUrl("http://www.Example.org/belarus/health/?utm_campaign=x&b=2&a=1#p3")).toBe(
      "https://example.org/belarus/health?a=1&b=2",
    );
    expect(normaliseUrl("not a url")).toBeNull();
  });

  it("flags the same URL, the same text and a lightly edited copy, and nothing else", async () => {
    expect(
      await findDuplicateSources(test.db, {
        url: "http://example.org/belarus/health/",
        text: "Some other text entirely.",
      }),
    ).toEqual([{ id: "demo-source-002", title: expect.any(String), reason: "the same URL" }]);
    expect((await findDuplicateSources(test.db, { text: `  ${article.replace(/\n/g, "\n\n")}  ` }))[0]).toMatchObject({
      id: "demo-source-004",
      reason: "the same text",
    });
    const edited = article
      .replace("Rumours of a major prisoner release", "Rumours of a big prisoner release")
      .replace("red-lipsticked", "red lipstick");
    const near = await findDuplicateSources(test.db, { text: edited });
    expect(near).toHaveLength(1);
    expect(near[0]).toMatchObject({ id: "demo-source-004" });
    expect(near[0]?.reason).toMatch(/nearly the same text \(\d+% alike\)/);
    // Articles on the same events, in other words, are not duplicates.
    const other = fs.readFileSync("prisma/seed/articles/000_089b8e98762fdf81.txt", "utf8");
    expect((await findDuplicateSources(test.db, { text: other })).map((d) => d.id)).toEqual(["demo-source-000"]);
    expect(
      await findDuplicateSources(test.db, {
        text: "A new statement from a family about a transfer to another colony.",
      }),
    ).toEqual([]);
  });
});
