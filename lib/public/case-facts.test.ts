import { describe, expect, it } from "vitest";
import { detentionLength, expectedRelease, ongoingConditions } from "./case-facts";
import { publicRecord } from "../../tests/support/public-record";

const base = publicRecord({
  detentions: [{ id: "d", kind: "ARREST", arrestDate: "2024-01-01", arrestDatePrecision: "DAY", arrestPlace: null, releaseDate: null, releaseDatePrecision: null, releaseType: null, released: false }],
  conditions: [
    { id: "s", kind: "SOLITARY_CONFINEMENT", startDate: "2024-03-01", startDatePrecision: "DAY", endDate: null, endDatePrecision: null, description: null },
    { id: "i", kind: "INCOMMUNICADO", startDate: "2024-03-10", startDatePrecision: "MONTH", endDate: null, endDatePrecision: null, description: null },
    { id: "old", kind: "HUNGER_STRIKE", startDate: "2024-02-01", startDatePrecision: "DAY", endDate: "2024-02-10", endDatePrecision: "DAY", description: null },
  ],
});

describe("case facts", () => {
  const today = new Date("2024-03-20T12:00:00Z");

  it("counts days in detention from the open episode", () => {
    expect(detentionLength(base, today)).toMatchObject({ held: true, days: 79, exact: true });
    const [open] = base.detentions;
    const released = publicRecord({ ...base, detentions: open ? [{ ...open, released: true, releaseDate: "2024-02-01" }] : [] });
    expect(detentionLength(released, today)).toBeNull();
  });

  it("flags solitary beyond 15 days as prolonged and leaves out ended conditions", () => {
    const ongoing = ongoingConditions(base, true, today);
    expect(ongoing.map((c) => c.kind)).toEqual(["SOLITARY_CONFINEMENT", "INCOMMUNICADO"]);
    expect(ongoing[0]).toMatchObject({ days: 19, prolonged: true, exact: true });
    expect(ongoing[1]).toMatchObject({ days: 10, prolonged: false, exact: false });
    expect(ongoingConditions(base, true, new Date("2024-03-10T00:00:00Z"))[0]?.prolonged).toBe(false);
  });

  it("shows no ongoing conditions for someone who is free", () => {
    expect(ongoingConditions(base, false, today)).toEqual([]);
  });

  it("computes the expected end of a sentence", () => {
    expect(expectedRelease("2021-09-06", 132)?.toISOString().slice(0, 10)).toBe("2032-09-06");
    expect(expectedRelease(null, 132)).toBeNull();
  });
});
