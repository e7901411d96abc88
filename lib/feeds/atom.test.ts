import { describe, expect, it } from "vitest";
import { renderAtom } from "./atom";

describe("Atom feed", () => {
  it("escapes text and writes the required elements", () => {
    const xml = renderAtom({
      id: "https://x.test/feed.xml",
      title: "A & B",
      self: "https://x.test/feed.xml",
      link: "https://x.test/",
      updated: new Date("2026-01-02T03:04:05Z"),
      entries: [
        {
          id: "https://x.test/p/a",
          title: "<script>",
          updated: new Date("2026-01-01T00:00:00Z"),
          link: "https://x.test/p/a",
          summary: '"quoted"',
        },
      ],
    });
    expect(xml).toContain("<title>A &amp; B</title>");
    expect(xml).toContain("<title>&lt;script&gt;</title>");
    expect(xml).toContain("<summary>&quot;quoted&quot;</summary>");
    expect(xml).toContain("<updated>2026-01-02T03:04:05.000Z</updated>");
    expect(xml).not.toContain("<script>");
  });
});
