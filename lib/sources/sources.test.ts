import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle, ExtractionError } from "./extract-html";
import { locateQuote } from "./locate-quote";

describe("extracting an article from a saved page", () => {
  const page = fs.readFileSync("tests/fixtures/saved-article-003.html", "utf8");
  const stored = fs.readFileSync("prisma/seed/articles/003_062c9b54ee38ab7c.txt", "utf8");

  it("keeps the article's paragraphs and drops menus, comments, scripts and footers", () => {
    const article = extractArticle(page, "https://www.amnesty.org.uk/blogs/example");
    expect(article.title).toBe("Encouraging news on the end to isolation of Maria Kalesnikava");
    expect(article.language).toBe("en");
    for (const passage of [
      "Maryia Kalesnikava was forcibly disappeared on 7 September 2020.",
      "Maryia Kalesnikova’s family last heard from her in February 2023.",
      "Currently, Maryia Kalesnikova has no legal representation.",
    ]) {
      expect(article.text).toContain(passage);
      expect(stored).toContain(passage);
    }
    for (const chrome of [
      "Donate",
      "Related posts",
      "Leave a comment",
      "Cookie settings",
      "dataLayer",
      "trackPageView",
    ]) {
      expect(article.text).not.toContain(chrome);
    }
    expect(article.text.split("\n\n").length).toBeGreaterThan(5);
  });

  it("refuses a page without an article", () => {
    expect(() => extractArticle("<html><body><nav><a href='/'>Home</a></nav></body></html>")).toThrow(ExtractionError);
  });
});

describe("locating a quote", () => {
  const text =
    "Maryia Kalesnikova’s family last heard from her in February 2023.  Since then, she has not been allowed calls.";

  it("finds an exact passage", () => {
    const location = locateQuote(text, "last heard from her");
    expect(location.found && text.slice(location.start, location.end)).toBe("last heard from her");
  });

  it("suggests the stored passage when only apostrophes or spacing differ", () => {
    expect(locateQuote(text, "Kalesnikova's family last heard")).toEqual({
      found: false,
      suggestion: "Kalesnikova’s family last heard",
    });
    expect(locateQuote(text, "February 2023. Since then")).toEqual({
      found: false,
      suggestion: "February 2023.  Since then",
    });
  });

  it("suggests nothing for words that are not there", () => {
    expect(locateQuote(text, "she was allowed visits")).toEqual({ found: false, suggestion: null });
  });
});
