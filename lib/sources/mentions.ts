// Finds the people a source mentions, under any spelling: each word is reduced to the
// same phonetic key as the names (lib/names/search-key.ts), so "Kolesnikova",
// "Kalesnikava's" and "Калеснікава" all point to one person. Surnames carry the match;
// a first name just before one is included in the highlighted span, and decides between
// people who share a surname. Feminine and masculine forms (Tsikhanouskaya /
// Tsikhanouski) have different keys, so a wife is not taken for her husband.
import { phoneticKey } from "../names/search-key";

export type KnownPerson = { personId: string; names: string[] };
export type Mention = { personId: string; start: number; end: number; text: string };

const WORD = /[\p{L}][\p{L}'’-]*/gu;
const stripPossessive = (word: string) => word.replace(/['’]s$/i, "").replace(/['’-]+$/, "");

type Entry = { personId: string; firstKeys: Set<string> };

function surnameIndex(people: KnownPerson[]) {
  const index = new Map<string, Entry[]>();
  for (const person of people) {
    for (const name of person.names) {
      const words = name.split(/\s+/).filter(Boolean);
      const last = words.at(-1);
      if (last === undefined) continue;
      const surname = phoneticKey(last);
      // Too short a key (e.g. "Znak" → "znak" is fine; two letters are not) would match common words.
      if (surname.length < 4) continue;
      const entries = index.get(surname) ?? [];
      let entry = entries.find((e) => e.personId === person.personId);
      if (!entry) entries.push((entry = { personId: person.personId, firstKeys: new Set() }));
      for (const first of words.slice(0, -1)) entry.firstKeys.add(phoneticKey(first));
      index.set(surname, entries);
    }
  }
  return index;
}

export function findMentions(text: string, people: KnownPerson[]): Mention[] {
  const index = surnameIndex(people);
  const words = [...text.matchAll(WORD)].map((m) => ({ word: stripPossessive(m[0]), start: m.index, raw: m[0] }));
  const mentions: Mention[] = [];
  words.forEach((w, i) => {
    const entries = index.get(phoneticKey(w.word));
    if (!entries) return;
    const previous = words[i - 1];
    const adjacent = previous && /^\s+$/.test(text.slice(previous.start + previous.raw.length, w.start));
    const firstKey = adjacent ? phoneticKey(previous.word) : null;
    const byFirst = firstKey ? entries.filter((e) => e.firstKeys.has(firstKey)) : [];
    const chosen = byFirst.length > 0 ? byFirst : entries;
    const start = byFirst.length > 0 && previous ? previous.start : w.start;
    const end = w.start + w.word.length;
    for (const e of chosen) mentions.push({ personId: e.personId, start, end, text: text.slice(start, end) });
  });
  return mentions;
}
