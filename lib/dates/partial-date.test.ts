import { describe, expect, it } from "vitest";
import { daysSince, formatPartialDate, parsePartialDate, partialDateAttribute } from "./partial-date";

describe("partial dates", () => {
  it("keeps the precision a source gives", () => {
    expect(parsePartialDate("2020-09-07")).toEqual({ date: new Date("2020-09-07T00:00:00Z"), precision: "DAY" });
    expect(parsePartialDate("2023-02")).toEqual({ date: new Date("2023-02-01T00:00:00Z"), precision: "MONTH" });
    expect(parsePartialDate("2024")).toEqual({ date: new Date("2024-01-01T00:00:00Z"), precision: "YEAR" });
    expect(parsePartialDate("2024-07", true).precision).toBe("APPROXIMATE");
  });

  it("rejects what is not a calendar date", () => {
    expect(() => parsePartialDate("2023-02-30")).toThrow(/calendar/);
    expect(() => parsePartialDate("2023-13")).toThrow(/calendar/);
    expect(() => parsePartialDate("July 2024")).toThrow(/YYYY/);
  });

  it("shows a date no more precisely than it is known", () => {
    expect(formatPartialDate("2020-09-07", "DAY")).toBe("7 September 2020");
    expect(formatPartialDate("2023-02-01", "MONTH")).toBe("February 2023");
    expect(formatPartialDate("2024-01-01", "YEAR")).toBe("2024");
    expect(formatPartialDate("2024-07-01", "APPROXIMATE")).toBe("c. July 2024");
    expect(formatPartialDate(null, "DAY")).toBe("date unknown");
    expect(partialDateAttribute("2023-02-01", "MONTH")).toBe("2023-02");
    expect(partialDateAttribute("2024-01-01", "YEAR")).toBe("2024");
  });

  it("counts whole days", () => {
    expect(daysSince("2020-09-07", new Date("2020-09-08T23:00:00Z"))).toBe(1);
    expect(daysSince("2024-01-01", new Date("2025-01-01T00:00:00Z"))).toBe(366);
  });
});
