import { describe, expect, it } from "vitest";
import { dateStatedIn, proposeEvent } from "./passage-proposal";

describe("what the cite flow proposes from a passage", () => {
  it("takes a date only when the passage states one", () => {
    expect(dateStatedIn("He was released on 21 June 2025 after five years.")).toBe("2025-06-21");
    expect(dateStatedIn("On September 7, 2020 she was abducted")).toBe("2020-09-07");
    expect(dateStatedIn("detained in September 2020 with Maksim Znak")).toBe("2020-09");
    expect(dateStatedIn("remain incarcerated.")).toBeNull();
    expect(dateStatedIn("released from a 10-year sentence")).toBeNull();
  });

  it("proposes a type and a short title instead of copying the fragment", () => {
    expect(proposeEvent("Out too is Viktor Babaryka, who was released today", "Some title")).toEqual({
      type: "RELEASE",
      title: "Released",
    });
    expect(proposeEvent("She was then placed in detention as a criminal suspect", "T")).toEqual({
      type: "ARREST",
      title: "Arrested",
    });
    expect(proposeEvent("A statement about the weather", "123 political prisoners released (title supplied)")).toEqual({
      type: "OTHER",
      title: "Reported: 123 political prisoners released",
    });
  });
});
