// A tagged PDF (PDF/UA-style structure tree, /Lang on the document and on every passage in
// another language) with Casebook's embedded fonts. pdfkit embeds a subset of each TrueType
// font it uses, so the file prints the same everywhere (pdffonts shows "emb yes").
import type { Writable } from "node:stream";
import PDFDocument from "pdfkit";
import { FONT } from "./fonts";

export function taggedDocument(
  out: Writable,
  {
    title,
    lang,
    size = "A4",
    margin = 48,
  }: { title: string; lang: string; size?: string | [number, number]; margin?: number },
): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size,
    margin,
    tagged: true,
    lang,
    pdfVersion: "1.7",
    displayTitle: true,
    info: { Title: title, Creator: "Casebook" },
    autoFirstPage: false,
    font: FONT.regular,
  });
  for (const [name, file] of Object.entries(FONT)) doc.registerFont(name, file);
  doc.pipe(out);
  return doc;
}

/** Text as one tagged structure element (P, H1…), in `lang` when it differs from the document's. */
export function tagged(doc: PDFKit.PDFDocument, tag: string, lang: string | undefined, draw: () => void) {
  doc.addStructure(doc.struct(tag, lang ? { lang } : {}, () => draw()));
}

/** Every printed line's text, with the line endings splitLines already made one kind. */
export const joinLines = (lines: string[]) => lines.join("\n");
