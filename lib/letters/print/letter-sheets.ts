// A printable letter sheet per person and sample letter: the envelope address to copy,
// the sample text, and ruled lines to write on. A long sample flows onto further pages;
// nothing is cut.
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { taggedDocument, tagged } from "./document";

export type LetterSheet = {
  name: string;
  envelope: string[];
  envelopeLanguage: string;
  sample: { language: string; body: string } | null;
  labels: { address: string; sample: string; write: string; noAddress: string };
};

export async function writeLetterSheets(sheets: LetterSheet[], out: Writable, title: string, lang: string) {
  const done = finished(out);
  const doc = taggedDocument(out, { title, lang, margin: 56 });
  for (const sheet of sheets) {
    doc.addPage();
    tagged(doc, "H1", undefined, () => doc.font("serif").fontSize(18).fillColor("#1c1917").text(sheet.name));
    doc.moveDown(0.6);
    tagged(doc, "H2", undefined, () => doc.font("bold").fontSize(10).fillColor("#57534e").text(sheet.labels.address));
    if (sheet.envelope.length)
      tagged(doc, "P", sheet.envelopeLanguage, () =>
        doc.font("mono").fontSize(11).fillColor("#000000").text(sheet.envelope.join("\n"), { lineGap: 1.5 }),
      );
    else tagged(doc, "P", undefined, () => doc.font("regular").fontSize(10).text(sheet.labels.noAddress));
    if (sheet.sample) {
      doc.moveDown(1);
      tagged(doc, "H2", undefined, () => doc.font("bold").fontSize(10).fillColor("#57534e").text(sheet.labels.sample));
      const body = sheet.sample.body;
      tagged(doc, "P", sheet.sample.language, () =>
        doc.font("serif").fontSize(12).fillColor("#1c1917").text(body, { lineGap: 3 }),
      );
    }
    doc.moveDown(1);
    tagged(doc, "H2", undefined, () => doc.font("bold").fontSize(10).fillColor("#57534e").text(sheet.labels.write));
    // Ruled lines to the foot of the page: space to write by hand. Decoration, not content.
    const left = doc.page.margins.left;
    const right = doc.page.width - doc.page.margins.right;
    doc.markContent("Artifact", { type: "Layout" });
    for (let y = doc.y + 24; y < doc.page.height - doc.page.margins.bottom; y += 26)
      doc.moveTo(left, y).lineTo(right, y).strokeColor("#d6d3d1").lineWidth(0.5).stroke();
    doc.endMarkedContent();
  }
  if (sheets.length === 0) doc.addPage().font("regular").fontSize(11).text("No letter sheets to print.");
  doc.end();
  await done;
  return sheets.length;
}
