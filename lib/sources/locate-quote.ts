// Where a pasted quote stands in a source's stored text. Citations must match the text
// exactly (a database trigger enforces it); when a caseworker's paste differs only in
// quotation marks, apostrophes, dashes or spacing, this finds the real passage so the
// form can offer it instead of just refusing.

export type QuoteLocation = { found: true; start: number; end: number } | { found: false; suggestion: string | null };

const EQUIVALENT: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
  "\u00A0": " ",
  "\u2009": " ",
  "\u202F": " ",
};

/** The normalised text and, for each of its characters, the index in the original. */
function normalise(text: string) {
  let out = "";
  const origin: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const original = text.charAt(i);
    const c = EQUIVALENT[original] ?? original;
    const space = /\s/.test(c);
    if (space && lastWasSpace) continue;
    out += space ? " " : c;
    origin.push(i);
    lastWasSpace = space;
  }
  return { out, origin };
}

export function locateQuote(text: string, quote: string): QuoteLocation {
  const exact = quote.length > 0 ? text.indexOf(quote) : -1;
  if (exact >= 0) return { found: true, start: exact, end: exact + quote.length };
  const haystack = normalise(text);
  const needle = normalise(quote.trim()).out;
  if (!needle) return { found: false, suggestion: null };
  const at = haystack.out.indexOf(needle);
  if (at < 0) return { found: false, suggestion: null };
  const start = haystack.origin[at];
  const last = haystack.origin[at + needle.length - 1];
  // origin has one entry per normalised character, so both are found whenever the needle is.
  if (start === undefined || last === undefined) return { found: false, suggestion: null };
  return { found: false, suggestion: text.slice(start, last + 1) };
}
