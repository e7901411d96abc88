import { phoneticKey, spellingsOf } from "../names/search-key";

// Which of a person's name variants a query matched, to show under a search result
// ("matched Алесь Бяляцкі, as Byalyatski in BGN/PCGN"). The database has already
// decided that the person matches; this only explains it, for the few rows on a page.

export type NameMatch = { name: string; spelling: string | null; system: string | null };

/**
 * The words of a search, at most six. A "word" without a letter or digit (`'`, `"`, `--`)
 * finds nothing and is left out; a query of nothing else has no words, and finds no one.
 */
export function queryTokens(query: string): string[] {
  return query
    .split(/[\s,;/]+/)
    .map((t) => t.trim())
    .filter((t) => /[\p{L}\p{N}]/u.test(t))
    .slice(0, 6);
}

export function explainNameMatch(query: string, names: string[]): NameMatch | null {
  const tokens = queryTokens(query)
    .map((t) => ({ key: phoneticKey(t), literal: fold(t) }))
    .filter((t) => t.key);
  if (tokens.length === 0) return null;
  let best: (NameMatch & { score: number }) | null = null;
  for (const name of names) {
    for (const spelling of spellingsOf(name)) {
      const keyWords = phoneticKey(spelling.text).split(" ");
      const literalWords = fold(spelling.text).split(/[^\p{L}]+/u);
      const phonetic =
        tokens.reduce((sum, t) => sum + Math.max(0, ...keyWords.map((w) => similarity(t.key, w))), 0) / tokens.length;
      const literal =
        tokens.reduce((sum, t) => sum + Math.max(0, ...literalWords.map((w) => similarity(t.literal, w))), 0) /
        tokens.length;
      // Among equally good phonetic matches, the spelling closest to what was typed wins,
      // and a stored variant wins over a computed romanisation.
      const score = phonetic + 0.1 * literal - (spelling.system ? 0.001 : 0);
      if (!best || score > best.score) {
        best = { name, spelling: spelling.system ? spelling.text : null, system: spelling.system, score };
      }
    }
  }
  if (!best || best.score < 0.75) return null;
  const { score: _score, ...match } = best;
  return match;
}

/** 1 − normalised Levenshtein distance. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    // Both rows hold b.length + 1 cells, so every index below is in range.
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return 1 - previous[b.length]! / longest;
}

function fold(text: string) {
  return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}
