import { romanisationSystems, searchKeyCyrillic } from "./systems";
import { transliterate } from "./transliterate";

// A phonetic search key: one spelling for all the ways a Belarusian or Russian name is
// written. Cyrillic is first romanised (./systems searchKeyCyrillic), then the Latin
// text is folded by the ordered rules below, so Калеснікава, Колесникова, Kalesnikava
// and Kolesnikova all become "kalesnikava", and Maryia, Mariya and Maria "mare".
// The key is for matching only; readers always see the real spellings.

/** Letters with diacritics that stand for a digraph in other systems (š = sh). */
const DIACRITIC_LETTERS: Record<string, string> = {
  č: "ch",
  š: "sh",
  ž: "zh",
  ŭ: "u",
  ł: "l",
  ś: "s",
  ź: "z",
  ć: "c",
  ń: "n",
  ĺ: "l",
  ë: "e",
  ß: "ss",
  ż: "zh",
};

/** Ordered rewrites on folded Latin text. Each absorbs one way spellings differ. */
export const PHONETIC_RULES: [pattern: RegExp, replacement: string, why: string][] = [
  [/x/g, "ks", "кс: x in the English, German and Polish press (Alexander, Maxim) as ks (Aleksandr, Maksim)"],
  [/tsch/g, "ch", "ч: tsch in the German press (Tschernowa, Schewtschenko)"],
  [/cz/g, "ch", "ч: cz in the Polish press (Szewczenko)"],
  [/sz/g, "sh", "ш: sz in the Polish press (Szewczenko)"],
  [/shch|sch/g, "s", "щ: shch (BGN); ш and щ: sch (German press, Schewtschenko)"],
  [/kh|ch/g, "h", "х: kh (BGN, passport), ch (national, Łacinka, German and Polish press); ч: ch (press)"],
  [/g/g, "h", "г: h in Belarusian, g in Russian (Siarhei / Sergei)"],
  [/zh/g, "z", "ж: zh / ž / ż"],
  [/sh/g, "s", "ш: sh / š"],
  [/ts|tz/g, "c", "ц: ts (press), c (national, Łacinka, Polish press)"],
  [/w/g, "v", "в: w in the German and Polish press (Kolesnikowa, Tichanowski)"],
  [
    /([aoe])u(?![aeiouy])/g,
    "$1v",
    "ў after a vowel: u (passport), ŭ (national) or w, and в in Russian forms (Tsikhanouski / Тихановский)",
  ],
  [/[yj]/g, "i", "й, ы, і and the iotation of я/ю/е: y, j or i"],
  [/([a-z])\1+/g, "$1", "doubled letters, e.g. Mariia from Мария"],
  [/i[ae]/g, "e", "я and е after a consonant: ia / ie / e (Бяляцкі / Беляцкий, national ie)"],
  [/o/g, "a", "Belarusian akanye: unstressed o is written a (Kalesnikava / Kolesnikova)"],
  [/([a-z])\1+/g, "$1", "doubles made by the rules above"],
];

/**
 * Bumped whenever PHONETIC_RULES, DIACRITIC_LETTERS or the search-key romanisation change:
 * stored keys (public_person.name_keys, name_variant.key_words) made under another version
 * are rebuilt (`npm run search:rekey`, lib/names/rekey.ts). (4: version 3 was briefly
 * committed with z, s and c folded into one letter; 4 rebuilds keys made under it.)
 */
export const KEY_RULES_VERSION = 4;

function foldLatin(text: string): string {
  let out = "";
  for (const ch of text.toLowerCase()) out += DIACRITIC_LETTERS[ch] ?? ch;
  return out.normalize("NFD").replace(/\p{M}/gu, "");
}

/** The phonetic key of a name or query: lower-case Latin words separated by single spaces. */
export function phoneticKey(text: string): string {
  const latin = /\p{Script=Cyrillic}/u.test(text) ? transliterate(text, searchKeyCyrillic) : text;
  const words = foldLatin(latin)
    .replace(/['’ʼ"]/g, "")
    .split(/[^a-z]+/)
    .filter(Boolean);
  return words
    .map((word) => PHONETIC_RULES.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word))
    .filter(Boolean)
    .join(" ");
}

/** Every spelling a name variant stands for: itself and, for Cyrillic, each romanisation system's. */
export function spellingsOf(name: string): { text: string; system: string | null }[] {
  const spellings = [{ text: name, system: null as string | null }];
  if (/\p{Script=Cyrillic}/u.test(name)) {
    for (const system of romanisationSystems) {
      const text = transliterate(name, system);
      // A Russian table leaves Belarusian-only letters (і, ў) as they are, and vice versa:
      // such a half-romanised spelling is no one's spelling.
      if (!/\p{Script=Cyrillic}/u.test(text) && !spellings.some((s) => s.text === text))
        spellings.push({ text, system: system.label });
    }
  }
  return spellings;
}

/** The distinct phonetic keys of a person's public name variants, as stored in public_person.name_keys. */
export function nameKeys(names: string[]): string {
  const keys = new Set<string>();
  for (const name of names) for (const spelling of spellingsOf(name)) keys.add(phoneticKey(spelling.text));
  keys.delete("");
  return [...keys].join(" ; ");
}
