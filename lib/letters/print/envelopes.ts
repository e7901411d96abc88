// Envelope addresses on an A4 2×7 label sheet, or one per C6 or DL envelope. Each address
// is drawn line by line exactly as envelopeFor() built it, at the largest size that fits
// (lib/letters/print/fit.ts); preflight has refused anything that fits at no readable size.
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { fittingSize } from "./fit";
import { envelopeLayout, LABEL_SHEET, LINE_GAP, labelBox, type Box, type EnvelopeFormat } from "./formats";
import { taggedDocument, tagged } from "./document";

export type EnvelopeItem = { name: string; lines: string[]; language: string };

function drawAddress(doc: PDFKit.PDFDocument, item: EnvelopeItem, box: Box) {
  const size = fittingSize(item.lines, box, doc);
  if (size === null) throw new Error(`The address for ${item.name} does not fit: preflight should have refused it`);
  doc.font("mono").fontSize(size).fillColor("#000000");
  tagged(doc, "P", item.language, () => {
    doc.text(item.lines.join("\n"), box.x, box.y, { width: box.width, lineGap: LINE_GAP, lineBreak: false });
  });
}

export async function writeEnvelopes(
  items: EnvelopeItem[],
  out: Writable,
  format: EnvelopeFormat,
  title: string,
): Promise<number> {
  const done = finished(out);
  const doc = taggedDocument(out, {
    title,
    lang: items[0]?.language ?? "en",
    size: format === "a4-2x7" ? LABEL_SHEET.page : envelopeLayout(format).page,
    margin: 0,
  });
  const perPage = format === "a4-2x7" ? LABEL_SHEET.columns * LABEL_SHEET.rows : 1;
  items.forEach((item, i) => {
    if (i % perPage === 0) doc.addPage();
    drawAddress(doc, item, format === "a4-2x7" ? labelBox(i % perPage) : envelopeLayout(format).box);
  });
  if (items.length === 0) doc.addPage().font("regular").fontSize(11).text("No addresses to print.", 40, 40);
  doc.end();
  await done;
  return items.length;
}
