// Whether an address fits its box at a readable size, measured with the same font and
// writer that prints it. An address that fits at no size from ADDRESS_SIZE.max down to
// ADDRESS_SIZE.min is reported, never shrunk further, wrapped or cut.
import PDFDocument from "pdfkit";
import { ADDRESS_SIZE, LINE_GAP, type Box } from "./formats";
import { FONT } from "./fonts";

let measurer: PDFKit.PDFDocument | null = null;
function measure(): PDFKit.PDFDocument {
  measurer ??= new PDFDocument({ autoFirstPage: false, font: FONT.mono });
  return measurer;
}

/** The largest size at which every line fits on one line of the box, all lines within its height; null if none. */
export function fittingSize(lines: string[], box: Box, doc: PDFKit.PDFDocument = measure()): number | null {
  doc.font(FONT.mono);
  for (let size = ADDRESS_SIZE.max; size >= ADDRESS_SIZE.min; size -= 0.5) {
    doc.fontSize(size);
    const lineHeight = doc.currentLineHeight(true) + LINE_GAP;
    const wide = lines.some((l) => doc.widthOfString(l) > box.width);
    if (!wide && lines.length * lineHeight <= box.height) return size;
  }
  return null;
}
