import { describe, expect, it } from "vitest";
import { formatPartialDate } from "../dates/partial-date";
import { formatDate as format, formatNumber, formatSince as since, formatTerm } from "./format";

// Intl puts narrow no-break spaces before "г."; the assertions read plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const formatDate = (...args: Parameters<typeof format>) => plain(format(...args));
const formatSince = (...args: Parameters<typeof since>) => plain(since(...args));

describe("dates in the reader's language", () => {
  it("reads in English exactly as before", () => {
    for (const [value, precision] of [
      ["2020-09-07", "DAY"],
      ["2023-02-01", "MONTH"],
      ["2024-01-01", "YEAR"],
      ["2024-07-01", "APPROXIMATE"],
    ] as const) {
      expect(formatDate("en", value, precision)).toBe(formatPartialDate(value, precision));
    }
    expect(formatSince("en", "2020-09-07", "DAY")).toBe("since 7 September 2020");
    expect(formatSince("en", "2024-07-01", "APPROXIMATE")).toBe("since c. July 2024");
  });

  it("names a month in the nominative on its own and in the genitive inside a phrase", () => {
    expect(formatDate("be", "2020-09-07", "DAY")).toBe("7 верасня 2020 г.");
    expect(formatDate("be", "2020-09-01", "MONTH")).toBe("верасень 2020");
    expect(formatDate("be", "2020-09-01", "APPROXIMATE")).toBe("каля верасня 2020 г.");
    expect(formatDate("ru", "2020-09-01", "MONTH")).toBe("сентябрь 2020 г.");
    expect(formatDate("ru", "2020-09-01", "APPROXIMATE")).toBe("около сентября 2020 г.");
    expect(formatDate("ru", "2024-01-01", "YEAR")).toBe("2024");
    expect(formatSince("be", "2024-01-01", "YEAR")).toBe("з 2024");
    expect(formatSince("be", "2020-09-01", "MONTH")).toBe("з верасня 2020 г.");
    expect(formatSince("ru", "2020-09-07", "DAY")).toBe("с 7 сентября 2020 г.");
    expect(formatSince("ru", "2021-05-01", "APPROXIMATE")).toBe("примерно с мая 2021 г.");
  });

  it("writes со and са before a cluster of consonants", () => {
    expect(formatSince("ru", "2021-05-02", "DAY")).toBe("со 2 мая 2021 г.");
    expect(formatSince("ru", "2021-05-12", "DAY")).toBe("с 12 мая 2021 г.");
    expect(formatSince("be", "2024-12-01", "MONTH")).toBe("са снежня 2024 г.");
    expect(formatSince("be", "2024-01-01", "MONTH")).toBe("са студзеня 2024 г.");
    expect(formatSince("be", "2024-03-01", "MONTH")).toBe("з сакавіка 2024 г.");
  });

  it("says so when a date is not known", () => {
    expect(formatDate("en", null, "DAY")).toBe("date unknown");
    expect(formatDate("be", null, "DAY")).toBe("дата невядомая");
  });
});

describe("numbers and terms", () => {
  it("groups digits the local way", () => {
    expect(formatNumber("en", 12345)).toBe("12,345");
    expect(formatNumber("ru", 12345).replace(/\s/g, " ")).toBe("12 345");
  });

  it("declines years and months", () => {
    expect([12, 18, 132].map((m) => formatTerm("en", m))).toEqual(["1 year", "1 year 6 months", "11 years"]);
    expect([12, 24, 60, 132, 254].map((m) => formatTerm("be", m))).toEqual([
      "1 год",
      "2 гады",
      "5 гадоў",
      "11 гадоў",
      "21 год 2 месяцы",
    ]);
    expect([12, 24, 60, 132, 17].map((m) => formatTerm("ru", m))).toEqual([
      "1 год",
      "2 года",
      "5 лет",
      "11 лет",
      "1 год 5 месяцев",
    ]);
    expect(formatTerm("ru", null)).toBeNull();
  });
});
