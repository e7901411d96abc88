import { describe, expect, it } from "vitest";
import { explainNameMatch, similarity } from "./match";

const kalesnikava = [
  "Maria Kalesnikava",
  "Maria Kolesnikova",
  "Maryia Kalesnikava",
  "Maryia Kalesnikova",
  "Марыя Калеснікава",
  "Мария Колесникова",
];
const bialiatski = ["Ales Bialiatski", "Алесь Бяляцкі", "Алесь Беляцкий"];

describe("which name variant a query matched", () => {
  it.each([
    ["Kolesnikova", "Maria Kolesnikova", kalesnikava],
    ["Калеснікава", "Марыя Калеснікава", kalesnikava],
    ["Колесникова", "Мария Колесникова", kalesnikava],
    ["Maryia", "Maryia Kalesnikava", kalesnikava],
    ["Mariya", "Мария Колесникова", kalesnikava],
    ["Беляцкий", "Алесь Беляцкий", bialiatski],
  ])("%s → %s", (query, name, names) => {
    expect(explainNameMatch(query, names)?.name).toBe(name);
  });

  it("names the romanisation system when no stored variant is spelled that way", () => {
    expect(explainNameMatch("Byalyatsky", bialiatski)).toEqual({
      name: "Алесь Бяляцкі",
      spelling: "Ales' Byalyatski",
      system: "BGN/PCGN (Belarusian, 1979)",
    });
  });

  it("explains a near miss, and nothing for an unrelated query", () => {
    expect(explainNameMatch("Kalesnikva", kalesnikava)?.name).toBe("Maria Kalesnikava");
    expect(explainNameMatch("Okrestina", kalesnikava)).toBeNull();
  });

  it("measures similarity as 1 − normalised edit distance", () => {
    expect(similarity("kalesnikava", "kalesnikava")).toBe(1);
    expect(similarity("kalesnikva", "kalesnikava")).toBeCloseTo(10 / 11);
  });
});
