import { describe, expect, it } from "vitest";
import { firstFreeSlug, slugify } from "./slug";

describe("slugs", () => {
  it("romanise Cyrillic, drop accents and punctuation", () => {
    expect(slugify("Алесь Бяляцкі", "case")).toBe("ales-bialiatski");
    expect(slugify("Aleś Bialacki", "case")).toBe("ales-bialacki");
    expect(slugify("Write for Rights 2026: Belarus", "campaign")).toBe("write-for-rights-2026-belarus");
    expect(slugify("???", "case")).toBe("case");
  });

  it("take the first free suffix", async () => {
    const taken = new Set(["anna-lis", "anna-lis-2"]);
    expect(await firstFreeSlug("anna-lis", (s) => taken.has(s))).toBe("anna-lis-3");
    expect(await firstFreeSlug("ihar", (s) => taken.has(s))).toBe("ihar");
  });
});
