// The printable pack: a cover page, then one page per case with the summary, the
// address ready to copy onto an envelope (local script and Latin), and the guidance.
// DejaVu fonts cover Belarusian and Russian (ў, і, ё). Pages stream to `out` as written.
import fs from "node:fs";
import path from "node:path";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import PDFDocument from "pdfkit";
import { describeSince, type LetterRow } from "./letter-row";

// Located from the project root: inside the Next server bundle, module resolution gives
// ids, not paths. Every entry point (app, CLIs, tests) runs from the project root.
const fontDir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const REGULAR = path.join(fontDir, "DejaVuSans.ttf");
const BOLD = path.join(fontDir, "DejaVuSans-Bold.ttf");
const SERIF = path.join(fontDir, "DejaVuSerif.ttf");

/**
 * A consented photo stored with the app (a path under public/, e.g. /photos/x.jpg).
 * Exports never fetch remote images: a pack must not depend on, or call out to, other sites.
 */
function localPhoto(url: string): string | null {
  if (!/^\/[\w./-]+\.(jpe?g|png)$/i.test(url) || url.includes("..")) return null;
  const file = path.join(process.cwd(), "public", url);
  return fs.existsSync(file) ? file : null;
}

export type PackCover = { title: string; subtitle?: string; introduction?: string };

export async function writeLetterPdf(rows: AsyncIterable<LetterRow>, out: Writable, cover: PackCover): Promise<number> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    info: { Title: cover.title, Creator: "Casebook" },
    autoFirstPage: true,
  });
  doc.registerFont("regular", REGULAR);
  doc.registerFont("bold", BOLD);
  doc.registerFont("serif", SERIF);
  doc.pipe(out);
  const done = finished(out);

  doc.font("serif").fontSize(28).fillColor("#0f5257").text(cover.title, { align: "left" });
  if (cover.subtitle) doc.moveDown(0.5).font("regular").fontSize(14).fillColor("#57534e").text(cover.subtitle);
  if (cover.introduction)
    doc.moveDown(1.5).font("regular").fontSize(11).fillColor("#1c1917").text(cover.introduction, { lineGap: 3 });
  doc
    .moveDown(2)
    .font("regular")
    .fontSize(9)
    .fillColor("#57534e")
    .text(
      "Every fact in this pack comes from a published, cited case record. Check the case page before sending: addresses change when prisoners are moved.",
    );

  let count = 0;
  for await (const row of rows) {
    count++;
    doc.addPage();
    const photo = localPhoto(row.photo_url);
    if (photo) doc.image(photo, 420, 56, { fit: [120, 150], align: "right" });
    doc
      .font("serif")
      .fontSize(22)
      .fillColor("#1c1917")
      .text(row.name, 56, 56, { width: photo ? 350 : undefined });
    if (row.name_native) doc.font("regular").fontSize(13).fillColor("#57534e").text(row.name_native);
    const facts = [
      row.status,
      row.detained_since && `detained since ${describeSince(row)}`,
      row.sentence && `sentence: ${row.sentence}`,
    ]
      .filter(Boolean)
      .join(" · ");
    doc.moveDown(0.4).font("regular").fontSize(10).fillColor("#57534e").text(facts);
    if (row.charges) doc.text(`Charges: ${row.charges}`);
    if (row.summary) {
      doc.moveDown(0.8).font("regular").fontSize(11).fillColor("#1c1917").text(row.summary, { lineGap: 2 });
    }
    const local = [row.address_line_1, row.address_line_2, row.address_line_3, row.address_line_4].filter(Boolean);
    const latin = [
      row.address_latin_line_1,
      row.address_latin_line_2,
      row.address_latin_line_3,
      row.address_latin_line_4,
    ].filter(Boolean);
    doc.moveDown(1).font("bold").fontSize(11).text("Address for the envelope");
    if (local.length === 0) {
      doc.font("regular").fontSize(10).fillColor("#57534e").text("No current address is published: see the case page.");
    } else {
      const top = doc.y + 4;
      doc
        .font("regular")
        .fontSize(12)
        .fillColor("#1c1917")
        .text(
          [row.name_native || row.name, row.facility_native || row.facility, ...local].filter(Boolean).join("\n"),
          72,
          top + 8,
          { lineGap: 2 },
        );
      if (latin.length)
        doc
          .moveDown(0.5)
          .fontSize(10)
          .fillColor("#57534e")
          .text([row.name, row.facility, ...latin].join("\n"), { lineGap: 1 });
      doc
        .rect(60, top, 475, doc.y - top + 8)
        .strokeColor("#e7e5e4")
        .stroke();
      doc.x = 56;
      doc.moveDown(1);
    }
    const appeal = row as LetterRow & { target_authority?: string; target_address?: string };
    if (appeal.target_authority) {
      doc.moveDown(0.8).font("bold").fontSize(11).fillColor("#1c1917").text("Appeal to");
      doc
        .font("regular")
        .fontSize(10)
        .text([appeal.target_authority, appeal.target_address].filter(Boolean).join("\n"), { lineGap: 1 });
    }
    if (row.letter_guidance) {
      doc.moveDown(0.8).font("bold").fontSize(11).fillColor("#1c1917").text("What to write");
      doc.font("regular").fontSize(10).text(row.letter_guidance, { lineGap: 2 });
    }
    if (row.interests) doc.moveDown(0.5).font("regular").fontSize(10).text(`Interests: ${row.interests}`);
    doc.moveDown(1).fontSize(8).fillColor("#57534e").text(row.case_url, { link: row.case_url });
  }
  doc.end();
  await done;
  return count;
}
