import { describe, expect, it } from "vitest";
import { passageAt } from "./passage";

describe("passageAt", () => {
  const text = "First line.\n\n  Second paragraph, with  two spaces.\n";

  it("takes the stored characters between the offsets, without surrounding whitespace", () => {
    const from = text.indexOf("Second") - 2;
    const to = text.length;
    expect(passageAt(text, from, to)).toEqual({
      from: text.indexOf("Second"),
      to: text.length - 1,
      quote: "Second paragraph, with  two spaces.",
    });
  });

  it("accepts a selection made backwards and clamps offsets to the text", () => {
    expect(passageAt(text, 11, -5)?.quote).toBe("First line.");
    expect(passageAt(text, 13, 999)?.quote).toBe("Second paragraph, with  two spaces.");
  });

  it("refuses what is too short to cite, or not a number", () => {
    expect(passageAt(text, 0, 2)).toBeNull();
    expect(passageAt(text, 11, 14)).toBeNull();
    expect(passageAt(text, Number.NaN, 5)).toBeNull();
  });
});
