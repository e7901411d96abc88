// A passage of a source's stored text, chosen by character offsets (what the reading
// view's selection gives) rather than by the selected text, which a browser may
// re-space when it copies it. Surrounding whitespace is dropped.

export type Passage = { from: number; to: number; quote: string };

export function passageAt(text: string, from: number, to: number): Passage | null {
  if (!Number.isInteger(from) || !Number.isInteger(to)) return null;
  let start = Math.max(0, Math.min(from, to));
  let end = Math.min(text.length, Math.max(from, to));
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  if (end - start < 3) return null;
  return { from: start, to: end, quote: text.slice(start, end) };
}
