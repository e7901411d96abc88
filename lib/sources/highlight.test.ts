import { describe, expect, it } from "vitest";
import { highlightQuotes } from "./highlight";

describe("highlightQuotes", () => {
  const text = "She was abducted on 7 September. She tore her passport in protest.";

  it("marks each quoted passage and keeps the rest plain", () => {
    const segments = highlightQuotes(text, [{ id: "a", quote: "abducted on 7 September" }]);
    expect(segments.map((s) => [s.text, s.citationIds])).toEqual([
      ["She was ", []],
      ["abducted on 7 September", ["a"]],
      [". She tore her passport in protest.", []],
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("handles overlapping and nested quotes", () => {
    const segments = highlightQuotes(text, [
      { id: "outer", quote: "She tore her passport in protest." },
      { id: "inner", quote: "passport" },
      { id: "overlap", quote: "7 September. She tore" },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.find((s) => s.text === "passport")?.citationIds.sort()).toEqual(["inner", "outer"]);
    expect(segments.find((s) => s.text === "She tore")?.citationIds.sort()).toEqual(["outer", "overlap"]);
  });

  it("ignores a quote that is not in the text", () => {
    expect(highlightQuotes(text, [{ id: "x", quote: "not there" }])).toEqual([{ text, citationIds: [], start: 0 }]);
  });
});
