import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { findDuplicateSources } from "../../lib/sources/duplicates";
import { normaliseUrl } from "../../lib/sources/fingerprint";
import { useTestDatabase } from "../support/database";
import { seedSource } from "../support/factories";

// The five demo articles as sources (only the sources: no cases are needed here). They
// report the same events in different words, which is what must not count as a duplicate.
const ARTICLES = "prisma/seed/articles";
const read = (file: string) => fs.readFileSync(path.join(ARTICLES, file), "utf8");
const FILES = fs
  .readdirSync(ARTICLES)
  .filter((f) => f.endsWith(".txt"))
  .sort();

describe("duplicate sources", () => {
  const test = useTestDatabase();
  const article = read("004_bf5da36ee2e3d076.txt");
  const idOf: Record<string, string> = {};
  beforeAll(async () => {
    for (const file of FILES) {
      const text = read(file);
      const url = file.startsWith("002") ? "https://www.example.org/belarus/health?utm_source=tw#top" : undefined;
      idOf[file.slice(0, 3)] = (await seedSource(test.db, { title: file, text, passage: text.slice(0, 40), url })).id;
    }
  });

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
    ).toEqual([{ id: idOf["002"], title: expect.any(String), reason: "the same URL" }]);
    expect((await findDuplicateSources(test.db, { text: `  ${article.replace(/\n/g, "\n\n")}  ` }))[0]).toMatchObject({
      id: idOf["004"],
      reason: "the same text",
    });
    const edited = article
      .replace("Rumours of a major prisoner release", "Rumours of a big prisoner release")
      .replace("red-lipsticked", "red lipstick");
    const near = await findDuplicateSources(test.db, { text: edited });
    expect(near).toHaveLength(1);
    expect(near[0]).toMatchObject({ id: idOf["004"] });
    expect(near[0]?.reason).toMatch(/nearly the same text \(\d+% alike\)/);
    // Articles on the same events, in other words, are not duplicates.
    const other = read("000_089b8e98762fdf81.txt");
    expect((await findDuplicateSources(test.db, { text: other })).map((d) => d.id)).toEqual([idOf["000"]]);
    expect(
      await findDuplicateSources(test.db, {
        text: "A new statement from a family about a transfer to another colony.",
      }),
    ).toEqual([]);
  });
});
