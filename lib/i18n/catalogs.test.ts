import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { catalogs, translator } from "./translator";

// A missing key shows a visitor a blank or an error; a message that does not parse, or
// that names different arguments than English, shows the wrong words. Every catalog must
// have exactly the English keys, and the same arguments in each message.

function leaves(node: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

const english = leaves(catalogs.en);

describe("message catalogs", () => {
  for (const locale of LOCALES) {
    const messages = leaves(catalogs[locale]);

    it(`${locale} has exactly the English keys`, () => {
      expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it(`${locale}: every message parses, is not empty and names no argument the page does not pass`, () => {
      for (const [key, text] of messages) {
        expect(text.trim(), key).not.toBe("");
        const own = argumentsOf(parse(text, { requiresOtherClause: true }));
        // A translation may word a message around other arguments than English (Russian
        // "с {date}" needs a preposition chosen in code), but each argument it names must be
        // named by English or by another translation too: a misspelt one is named by none.
        const known = new Set(
          LOCALES.filter((other) => other !== locale).flatMap((other) => [
            ...argumentsOf(parse(leaves(catalogs[other]).get(key) ?? "")),
          ]),
        );
        for (const name of own) expect(locale === "en" || known.has(name), `${locale} ${key}: {${name}}`).toBe(true);
      }
    });
  }

  it("Belarusian and Russian plurals give every CLDR category its own form", () => {
    for (const locale of ["be", "ru"] as const) {
      for (const [key, text] of leaves(catalogs[locale])) {
        for (const element of parse(text)) {
          if (element.type !== TYPE.plural) continue;
          expect(Object.keys(element.options).sort(), `${locale} ${key}`).toEqual(
            expect.arrayContaining(["few", "many", "one", "other"]),
          );
        }
      }
    }
  });

  it("formats plurals in the reader's language", () => {
    const count = (locale: "en" | "be" | "ru", n: number) => translator(locale, "directory")("count", { count: n });
    expect([1, 2, 5, 21, 1234].map((n) => count("en", n))).toEqual([
      "1 record",
      "2 records",
      "5 records",
      "21 records",
      "1,234 records",
    ]);
    expect([1, 2, 5, 21, 22, 11].map((n) => count("be", n))).toEqual([
      "1 запіс",
      "2 запісы",
      "5 запісаў",
      "21 запіс",
      "22 запісы",
      "11 запісаў",
    ]);
    expect([1, 2, 5, 21, 22, 11].map((n) => count("ru", n))).toEqual([
      "1 запись",
      "2 записи",
      "5 записей",
      "21 запись",
      "22 записи",
      "11 записей",
    ]);
    const days = (locale: "be" | "ru", n: number) => translator(locale, "case")("daysAgo", { days: n });
    expect([1, 3, 5].map((n) => days("be", n))).toEqual([
      "прыблізна 1 дзень таму",
      "прыблізна 3 дні таму",
      "прыблізна 5 дзён таму",
    ]);
    expect([1, 3, 5].map((n) => days("ru", n))).toEqual([
      "примерно 1 день назад",
      "примерно 3 дня назад",
      "примерно 5 дней назад",
    ]);
  });

  it("keeps apostrophes, which ICU could read as quotes", () => {
    expect(translator("be", "case")("lastFamilyContact")).toBe("Апошні кантакт з сям'ёй");
    expect(translator("en", "campaign")("step4")).toContain("person’s");
  });
});
