// What would print wrongly, found before any export (issue 17, "Bad input"): a character
// the font cannot draw (it would be a box), or an address that does not fit its label or
// envelope at a readable size (it would be shrunk or cut). The organiser sees the list on
// the campaign page; the PDF writers refuse to print while it is not empty.
import { ENVELOPE_FORMATS, addressBox, type EnvelopeFormat } from "./formats";
import { fittingSize } from "./fit";
import { describeCharacter, FONT, missingGlyphs } from "./fonts";

export type PrintProblem = {
  /** Whose material it is: the person's name, or "all" for a campaign-wide sample letter. */
  subject: string;
  /** Which material: "envelope address", "sample letter (ru)", "summary"… */
  material: string;
  message: string;
};

export type PrintItem = {
  name: string;
  envelope: string[];
  texts: { material: string; text: string }[];
};

export function preflight(items: PrintItem[], samples: { subject: string; language: string; body: string }[]) {
  const problems: PrintProblem[] = [];
  for (const item of items) {
    const envelopeText = item.envelope.join("\n");
    const missing = missingGlyphs(envelopeText, FONT.mono);
    if (missing.length)
      problems.push({
        subject: item.name,
        material: "envelope address",
        message: `The printing font has no ${missing.map(describeCharacter).join(", ")}: retype the address or replace the character.`,
      });
    if (item.envelope.length) {
      const tooBig = ENVELOPE_FORMATS.filter((f: EnvelopeFormat) => fittingSize(item.envelope, addressBox(f)) === null);
      if (tooBig.length)
        problems.push({
          subject: item.name,
          material: "envelope address",
          message: `Does not fit ${tooBig.map(formatName).join(", ")} at a readable size (${item.envelope.length} lines; the longest is "${longest(item.envelope)}"): shorten a line or split it.`,
        });
    }
    for (const t of item.texts) {
      const lacking = missingGlyphs(t.text);
      if (lacking.length)
        problems.push({
          subject: item.name,
          material: t.material,
          message: `The printing font has no ${lacking.map(describeCharacter).join(", ")}.`,
        });
    }
  }
  for (const s of samples) {
    const lacking = missingGlyphs(s.body, FONT.serif);
    if (lacking.length)
      problems.push({
        subject: s.subject,
        material: `sample letter (${s.language})`,
        message: `The printing font has no ${lacking.map(describeCharacter).join(", ")}.`,
      });
  }
  return problems;
}

export function formatName(f: EnvelopeFormat): string {
  return f === "a4-2x7" ? "the A4 2×7 label" : f === "c6" ? "a C6 envelope" : "a DL envelope";
}

const longest = (lines: string[]) => lines.reduce((a, b) => (b.length > a.length ? b : a), "");
