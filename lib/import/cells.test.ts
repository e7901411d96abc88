import { describe, expect, it } from "vitest";
import { parseArticlesCell, parseDateCell, parseGenderCell, parseReleaseTypeCell, parseSentenceCell } from "./cells";

const value = <T>(r: { ok: true; value: T } | { ok: false; reason: string }) => (r.ok ? r.value : r.reason);

describe("import cells", () => {
  it("reads dates in the forms lists use, keeping their precision", () => {
    expect(value(parseDateCell("07.09.2020"))).toMatchObject({
      precision: "DAY",
      date: new Date("2020-09-07T00:00:00Z"),
    });
    expect(value(parseDateCell("2020-09-07"))).toMatchObject({ precision: "DAY" });
    expect(value(parseDateCell("09.2020"))).toMatchObject({
      precision: "MONTH",
      date: new Date("2020-09-01T00:00:00Z"),
    });
    expect(value(parseDateCell("2021"))).toMatchObject({ precision: "YEAR" });
    expect(value(parseDateCell("c. 2021-07"))).toMatchObject({ precision: "APPROXIMATE" });
    expect(parseDateCell("31.02.2021").ok).toBe(false);
    expect(value(parseDateCell("next week"))).toMatch(/not a date/);
    expect(value(parseDateCell("2099-01-01"))).toMatch(/not a plausible date/);
  });

  it("reads criminal-code articles written many ways", () => {
    expect(value(parseArticlesCell("342 ч.1; ч. 2 ст. 361-1, 130.3, ст. 369, Art. 293 part 1"))).toEqual([
      { article: "342", part: "1" },
      { article: "361-1", part: "2" },
      { article: "130", part: "3" },
      { article: "369", part: "" },
      { article: "293", part: "1" },
    ]);
    expect(value(parseArticlesCell("hooliganism"))).toMatch(/not a criminal-code article/);
  });

  it("reads sentence lengths in months", () => {
    expect(value(parseSentenceCell("3 years 6 months"))).toBe(42);
    expect(value(parseSentenceCell("3 г. 6 мес."))).toBe(42);
    expect(value(parseSentenceCell("11 гадоў"))).toBe(132);
    expect(value(parseSentenceCell("18 months"))).toBe(18);
    expect(value(parseSentenceCell("2,5"))).toBe(30);
    expect(value(parseSentenceCell("30"))).toMatch(/write the unit/);
    expect(value(parseSentenceCell("life"))).toMatch(/not a sentence length/);
  });

  it("reads gender and release type", () => {
    expect(value(parseGenderCell("ж"))).toBe("FEMALE");
    expect(value(parseGenderCell("M"))).toBe("MALE");
    expect(parseGenderCell("?").ok).toBe(false);
    expect(value(parseReleaseTypeCell("Pardon"))).toBe("PARDON");
    expect(value(parseReleaseTypeCell("escaped"))).toMatch(/not a release type/);
  });
});
