// The fonts every printed letter document uses, and which characters they can draw.
// DejaVu covers Latin, Cyrillic (ў, і, ё), Greek and more, but not everything: a character
// it lacks would print as a box, so preflight (lib/letters/print/preflight.ts) reports it
// to the organiser before any export, and the writers refuse to print it.
import path from "node:path";
import { openSync, type Font } from "fontkit";

// Located from the project root: inside the Next server bundle, module resolution gives
// ids, not paths. Every entry point (app, CLIs, tests) runs from the project root.
const fontDir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
export const FONT = {
  regular: path.join(fontDir, "DejaVuSans.ttf"),
  bold: path.join(fontDir, "DejaVuSans-Bold.ttf"),
  serif: path.join(fontDir, "DejaVuSerif.ttf"),
  // A monospaced face for envelope addresses: each character clear, 0 and O apart.
  mono: path.join(fontDir, "DejaVuSansMono.ttf"),
} as const;

let loaded: Map<string, Font> | null = null;
function font(file: string): Font {
  loaded ??= new Map();
  let f = loaded.get(file);
  if (!f) {
    f = openSync(file);
    loaded.set(file, f);
  }
  return f;
}

/** Characters of `text` that the font cannot draw (each once, in order); line breaks and spaces are not drawn. */
export function missingGlyphs(text: string, file: string = FONT.regular): string[] {
  const f = font(file);
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (/\s/u.test(ch) || cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    if (!f.hasGlyphForCodePoint(cp)) missing.add(ch);
  }
  return [...missing];
}

/** "U+4E2D 中" for a report. */
export function describeCharacter(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")} ${ch}`;
}
