// The printable pack: a cover page (with the tallies), then the cases, several to a page,
// each with the summary, the envelope address exactly as it must be written (decision
// 019), the guidance and the letters recorded; then the sample letters. Tagged, with the
// document's language and each passage's own, and every font embedded.
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
const MONO = path.join(fontDir, "DejaVuSansMono.ttf");
const P = (doc: PDFKit.PDFDocument, draw: () => void, lang?: string) =>
  doc.addStructure(doc.struct("P", lang ? { lang } : {}, () => draw()));

/**
 * A consented photo stored with the app (a path under public/, e.g. /photos/x.jpg).
 * Exports never fetch remote images: a pack must not depend on, or call out to, other sites.
 */
function localPhoto(url: string): string | null {
  if (!/^\/[\w./-]+\.(jpe?g|png)$/i.test(url) || url.includes("..")) return null;
  const file = path.join(process.cwd(), "public", url);
  return fs.existsSync(file) ? file : null;
}

export type PackCover = {
  title: string;
  subtitle?: string;
  introduction?: string;
  samples?: { language: string; body: string; for: string | null }[];
};

type PackRow = LetterRow & { letters_recorded?: string; campaign_section?: string };

export async function writeLetterPdf(rows: AsyncIterable<PackRow>, out: Writable, cover: PackCover): Promise<number> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    info: { Title: cover.title, Creator: "Casebook" },
    autoFirstPage: true,
    tagged: true,
    lang: "en",
    pdfVersion: "1.7",
    displayTitle: true,
  });
  doc.registerFont("mono", MONO);
  doc.registerFont("regular", REGULAR);
  doc.registerFont("bold", BOLD);
  doc.registerFont("serif", SERIF);
  doc.pipe(out);
  const done = finished(out);
  // Awaited at the end; if the download is cancelled first, the writer stops before then.
  done.catch(() => undefined);

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
  let released = false;
  for await (const row of rows) {
    count++;
    // Several cases to a page: a new page only when less than a third of this one is left.
    if (count === 1 || doc.y > doc.page.height * 0.62) {
      doc.addPage();
    } else {
      doc.moveDown(1);
      doc
        .moveTo(56, doc.y)
        .lineTo(doc.page.width - 56, doc.y)
        .strokeColor("#d6d3d1")
        .stroke();
      doc.moveDown(1);
    }
    if (row.campaign_section && row.campaign_section !== "appeal" && !released) {
      released = true;
      P(doc, () =>
        doc
          .font("bold")
          .fontSize(13)
          .fillColor("#0f5257")
          .text("Released during the campaign: send congratulations", 56),
      );
      doc.moveDown(0.5);
    }
    const top = doc.y;
    const photo = localPhoto(row.photo_url);
    if (photo) doc.image(photo, 455, top, { fit: [84, 105], align: "right" });
    doc
      .font("serif")
      .fontSize(18)
      .fillColor("#1c1917")
      .text(row.name, 56, top, { width: photo ? 390 : undefined });
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
    const envelope = [
      row.envelope_line_1,
      row.envelope_line_2,
      row.envelope_line_3,
      row.envelope_line_4,
      row.envelope_line_5,
      row.envelope_line_6,
    ].filter(Boolean);
    if (row.letters_recorded !== undefined)
      doc
        .moveDown(0.3)
        .font("bold")
        .fontSize(10)
        .fillColor("#0f5257")
        .text(`Letters recorded: ${row.letters_recorded}`);
    if (row.campaign_section && row.campaign_section !== "appeal") {
      // Free (or dead): no prison address, no appeal.
    } else if (envelope.length === 0) {
      doc.moveDown(0.6).font("bold").fontSize(11).fillColor("#1c1917").text("Address for the envelope");
      doc.font("regular").fontSize(10).fillColor("#57534e").text("No address is known: see the case page.");
    } else {
      doc.moveDown(0.6).font("bold").fontSize(11).fillColor("#1c1917").text("Address for the envelope");
      const boxTop = doc.y + 4;
      doc.font("mono").fontSize(11).fillColor("#000000");
      P(doc, () => doc.text(envelope.join("\n"), 68, boxTop + 6, { lineGap: 1.5 }), row.envelope_language || "ru");
      doc
        .rect(60, boxTop, 475, doc.y - boxTop + 6)
        .strokeColor("#a8a29e")
        .dash(3, { space: 2 })
        .stroke()
        .undash();
      doc.x = 56;
      doc.moveDown(0.8);
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
    doc.moveDown(0.5).fontSize(8).fillColor("#57534e").text(row.case_url, { link: row.case_url });
  }
  if (cover.samples?.length) {
    doc.addPage();
    doc.font("serif").fontSize(20).fillColor("#1c1917").text("Sample letters");
    for (const sample of cover.samples) {
      doc.moveDown(1).font("bold").fontSize(10).fillColor("#57534e");
      doc.text(`${sample.for ? `For ${sample.for}` : "For everyone"} · ${sample.language}`);
      doc.font("serif").fontSize(11).fillColor("#1c1917");
      P(doc, () => doc.text(sample.body, { lineGap: 2 }), sample.language);
    }
  }
  doc.end();
  await done;
  return count;
}
