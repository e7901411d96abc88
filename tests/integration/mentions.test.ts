import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { findMentions, type KnownPerson } from "../../lib/sources/mentions";
import { demoCases } from "../../prisma/seed/demo-cases";
import { demoSources } from "../../prisma/seed/sources";

// The people docs/domain.md names, as a caseworker would record them (Latin and Cyrillic
// spellings), and which of the five articles mention them.
const people: KnownPerson[] = [
  ...demoCases.map((c) => ({ personId: c.slug, names: c.names.map((n) => n.text) })),
  { personId: "sviatlana-tsikhanouskaya", names: ["Sviatlana Tsikhanouskaya", "Святлана Ціханоўская"] },
  { personId: "veranika-tsapkala", names: ["Veranika Tsapkala", "Вераніка Цапкала", "Вероника Цепкало"] },
  { personId: "raman-pratasevich", names: ["Raman Pratasevich", "Раман Пратасевіч", "Роман Протасевич"] },
  { personId: "tatsiana-khomich", names: ["Tatsiana Khomich", "Таццяна Хоміч"] },
  { personId: "john-coale", names: ["John Coale"] },
];

const EXPECTED: Record<string, string[]> = {
  a000: ["john-coale", "maria-kalesnikava", "sviatlana-tsikhanouskaya", "veranika-tsapkala"],
  a001: ["ales-bialiatski", "john-coale", "maria-kalesnikava", "viktor-babaryka"],
  a002: [
    "ales-bialiatski",
    "maria-kalesnikava",
    "sviatlana-tsikhanouskaya",
    "syarhey-tsikhanouski",
    "tatsiana-khomich",
  ],
  a003: ["maksim-znak", "maria-kalesnikava", "raman-pratasevich", "sviatlana-tsikhanouskaya", "veranika-tsapkala"],
  a004: ["ales-bialiatski", "john-coale", "maria-kalesnikava", "viktor-babaryka"],
};

describe("mentions of known people in the five articles", () => {
  for (const source of demoSources) {
    it(`${source.key}: finds exactly the people it names, under every spelling`, () => {
      const text = fs.readFileSync(`prisma/seed/articles/${source.file}`, "utf8");
      const mentions = findMentions(text, people);
      expect([...new Set(mentions.map((m) => m.personId))].sort()).toEqual(EXPECTED[source.key]);
      // Every highlighted span is a name, never another word.
      for (const m of mentions) expect(m.text).toMatch(/^(\p{Lu}[\p{L}'’-]+)( \p{Lu}[\p{L}'’-]+)?$/u);
    });
  }

  it("links every spelling to the same person, and keeps a wife apart from her husband", () => {
    const text =
      "Kolesnikova, Kalesnikava's sister, Maryia Kalesnikova and Калеснікава; Sviatlana Tsikhanouskaya and Syarhey Tsikhanouski.";
    const found = findMentions(text, people).map((m) => [m.text, m.personId]);
    expect(found).toEqual([
      ["Kolesnikova", "maria-kalesnikava"],
      ["Kalesnikava", "maria-kalesnikava"],
      ["Maryia Kalesnikova", "maria-kalesnikava"],
      ["Калеснікава", "maria-kalesnikava"],
      ["Sviatlana Tsikhanouskaya", "sviatlana-tsikhanouskaya"],
      ["Syarhey Tsikhanouski", "syarhey-tsikhanouski"],
    ]);
  });
});
