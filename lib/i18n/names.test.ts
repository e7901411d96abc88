import { describe, expect, it } from "vitest";
import { localName } from "./names";

const kalesnikava = [
  { text: "Maria Kalesnikava", script: "LATN", language: "en", kind: "PRESS", isPrimary: true },
  { text: "Maryia Kalesnikava", script: "LATN", language: "be", kind: "TRANSLITERATION", isPrimary: false },
  { text: "Марыя Калеснікава", script: "CYRL", language: "be", kind: "NATIVE", isPrimary: false },
  { text: "Мария Колесникова", script: "CYRL", language: "ru", kind: "NATIVE", isPrimary: false },
] as const;

describe("a person's name in the reader's language", () => {
  it("is the Cyrillic variant of that language, else the display name", () => {
    expect(localName("en", "Maria Kalesnikava", [...kalesnikava])).toBe("Maria Kalesnikava");
    expect(localName("be", "Maria Kalesnikava", [...kalesnikava])).toBe("Марыя Калеснікава");
    expect(localName("ru", "Maria Kalesnikava", [...kalesnikava])).toBe("Мария Колесникова");
    // A Latin transliteration in Belarusian is not what a Belarusian reader reads.
    expect(
      localName(
        "be",
        "Maria Kalesnikava",
        kalesnikava.filter((n) => n.script === "LATN"),
      ),
    ).toBe("Maria Kalesnikava");
  });

  it("prefers the native form among several", () => {
    const names = [
      { text: "Алесь Бялацкі", script: "CYRL", language: "be", kind: "PRESS", isPrimary: false },
      { text: "Алесь Бяляцкі", script: "CYRL", language: "be", kind: "NATIVE", isPrimary: false },
    ] as const;
    expect(localName("be", "Ales Bialiatski", [...names])).toBe("Алесь Бяляцкі");
  });
});
