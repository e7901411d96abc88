// Splits a source's text into plain and quoted segments for highlighting cited
// passages. Quotes may overlap or nest; each segment knows every citation covering it.

export type Segment = { text: string; citationIds: string[]; start: number };

export function highlightQuotes(text: string, quotes: { id: string; quote: string }[]): Segment[] {
  const ranges = quotes
    .map((q) => ({ id: q.id, start: text.indexOf(q.quote), end: 0, length: q.quote.length }))
    .filter((r) => r.start >= 0 && r.length > 0)
    .map((r) => ({ ...r, end: r.start + r.length }));
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) cuts.add(r.start).add(r.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  // The points start at 0: each segment runs from the previous point to the next.
  let start = 0;
  for (const end of points.slice(1)) {
    const citationIds = ranges.filter((r) => r.start <= start && r.end >= end).map((r) => r.id);
    const last = segments.at(-1);
    if (last && sameIds(last.citationIds, citationIds)) last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), citationIds, start });
    start = end;
  }
  return segments;
}

function sameIds(a: string[], b: string[]) {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
