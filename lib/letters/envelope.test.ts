import { describe, expect, it } from "vitest";
import type { PublicRecord } from "../public/record";
import { envelopeFor, splitLines } from "./envelope";

function record(
  over: Partial<PublicRecord["person"]> = {},
  address = "ИК-1\nул. Минская, 1\n211440 г. Новополоцк",
): PublicRecord {
  return {
    person: {
      id: "p",
      slug: "p",
      displayName: "Ivan Testau",
      gender: "MALE",
      birthDate: "1980-05-02",
      birthDatePrecision: "DAY",
      occupation: null,
      region: null,
      citizenship: null,
      bio: null,
      photoUrl: null,
      interests: null,
      publishedAt: null,
      ...over,
    },
    names: [
      { id: "n1", text: "Іван Тэстаў", script: "CYRL", language: "be", kind: "NATIVE", isPrimary: false },
      { id: "n2", text: "Тестов Иван Петрович", script: "CYRL", language: "ru", kind: "ENVELOPE", isPrimary: false },
    ],
    prosecutions: [],
    detentions: [],
    conditions: [],
    relatives: [],
    familyContacts: [],
    lawyers: [],
    healthNotes: [],
    designations: [],
    timeline: [],
    citations: [],
    placements: [
      {
        id: "pl",
        fromDate: null,
        fromDatePrecision: null,
        toDate: null,
        toDatePrecision: null,
        facility: {
          id: "f",
          slug: "f",
          name: "Colony 1",
          nameNative: "ИК-1",
          type: "PENAL_COLONY",
          addressLocal: address,
          addressLatin: null,
          region: null,
          country: "BY",
          letterGuidance: null,
        },
      },
    ],
  };
}

describe("envelopeFor", () => {
  it("puts the full Russian name with year of birth first, then the address in its order, then the country", () => {
    expect(envelopeFor(record(), true).lines).toEqual([
      "Тестов Иван Петрович, 1980 г.р.",
      "ИК-1",
      "ул. Минская, 1",
      "211440 г. Новополоцк",
      "BELARUS",
    ]);
  });

  it("leaves the year out when the birth date is not public, and says the full name is missing", () => {
    const r = record({ birthDate: null, birthDatePrecision: null });
    r.names = r.names.filter((n) => n.kind !== "ENVELOPE");
    const e = envelopeFor(r, true);
    expect(e.lines[0]).toBe("Іван Тэстаў");
    expect(e.fullName).toBe(false);
    expect(e.birthYear).toBe(false);
  });

  it("has no address for a released person or a facility without one", () => {
    expect(envelopeFor(record(), false).lines).toEqual([]);
    expect(envelopeFor(record({}, ""), true).lines).toEqual([]);
  });

  it("does not repeat a country line typed into the address", () => {
    expect(
      envelopeFor(record({}, "ИК-1\n211440 г. Новополоцк\nBelarus"), true).lines.filter((l) => /belarus/i.test(l)),
    ).toHaveLength(1);
  });
});

describe("splitLines", () => {
  it("handles every line ending an address can carry", () => {
    expect(splitLines("a\r\nb\rc\nd\u2028e\u2029f\u0085g\u000bh\u000ci")).toEqual([
      "a",
      "b",
      "c",
      "d",
      "e",
      "f",
      "g",
      "h",
      "i",
    ]);
    expect(splitLines("  a \t b \r\n\r\n")).toEqual(["a b"]);
  });
});
