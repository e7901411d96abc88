import type { RomanisationSystem } from "./systems";

// Applies a rule table from ./systems to Cyrillic text. Letters outside the table
// (Latin, digits, punctuation) pass through unchanged.

const VOWELS = new Set("аеёіиоуыэюя");
const SOFTENS_L = new Set("еёіюяь");
const RESETS_TO_INITIAL = new Set(["'", "’", "ь", "ъ", "й", "ў"]);

export function transliterate(text: string, system: RomanisationSystem): string {
  let out = "";
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    // charAt, not [i]: lower-casing can lengthen a string ("İ"), so text may end first.
    const letter = lower.charAt(i);
    const original = text.charAt(i);
    const isUpper = original !== letter;
    const cluster = system.clusters && matchCluster(lower, i, system.clusters);
    if (cluster) {
      out += applyCase(cluster.latin, isUpper, text[i + 1]);
      i += cluster.length - 1;
      continue;
    }
    const rule = system.letters[letter];
    if (rule === undefined) {
      out += original;
      continue;
    }
    let latin: string;
    if (typeof rule === "string") {
      latin = rule;
      if (system.lacinkaL && letter === "л" && SOFTENS_L.has(lower[i + 1] ?? "")) latin = "l";
    } else {
      latin = afterSoftening(lower, i) ? rule.soft : rule.initial;
      if (system.lacinkaL && lower[i - 1] === "л" && latin.startsWith("i") && latin.length > 1) latin = latin.slice(1);
    }
    if (system.softSign && lower[i + 1] === "ь") latin = system.softSign[latin] ?? latin;
    out += applyCase(latin, isUpper, text[i + 1]);
  }
  return out;
}

function afterSoftening(lower: string, i: number) {
  const previous = lower[i - 1];
  if (previous === undefined || /[\s\-–—(«"]/.test(previous)) return false;
  if (VOWELS.has(previous) || RESETS_TO_INITIAL.has(previous)) return false;
  return /\p{Script=Cyrillic}/u.test(previous);
}

function matchCluster(lower: string, i: number, clusters: Record<string, string>) {
  for (const [cyrillic, latin] of Object.entries(clusters)) {
    // Clusters are word endings (e.g. -ий, -ей): only match at the end of a word.
    if (lower.startsWith(cyrillic, i) && !/\p{L}/u.test(lower[i + cyrillic.length] ?? ""))
      return { latin, length: cyrillic.length };
  }
  return undefined;
}

function applyCase(latin: string, isUpper: boolean, next: string | undefined) {
  if (!isUpper || latin.length === 0) return latin;
  // "Ш" in "Шура" is "Sh", but in "ШУРА" it is "SH".
  const wholeWordUpper = next !== undefined && next !== next.toLowerCase();
  return wholeWordUpper ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
}
