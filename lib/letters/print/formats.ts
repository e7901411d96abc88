// Paper formats for envelope addresses, in PDF points (1 mm = 72 / 25.4 pt).
// A4 2×7 is the common 99.1 × 38.1 mm address-label sheet (14 labels, e.g. Avery L7163);
// C6 (114 × 162 mm) takes an A4 sheet folded in four, DL (110 × 220 mm) one folded in three.
// On an envelope the recipient's address goes in the lower right part, clear of the stamp
// area at the top right and of the sender's address at the top left (the UPU's and most
// posts' layout, decision 019).
export const MM = 72 / 25.4;

export type Box = { x: number; y: number; width: number; height: number };

export type EnvelopeFormat = "a4-2x7" | "c6" | "dl";
export const ENVELOPE_FORMATS: readonly EnvelopeFormat[] = ["a4-2x7", "c6", "dl"];

export const LABEL_SHEET = {
  page: [210 * MM, 297 * MM] as [number, number],
  columns: 2,
  rows: 7,
  width: 99.1 * MM,
  height: 38.1 * MM,
  top: 15.15 * MM,
  left: 4.65 * MM,
  pitchX: 101.6 * MM,
  pitchY: 38.1 * MM,
  padding: 4 * MM,
};

/** The text box of label `index` (0–13) on its sheet. */
export function labelBox(index: number): Box {
  const column = index % LABEL_SHEET.columns;
  const row = Math.floor(index / LABEL_SHEET.columns) % LABEL_SHEET.rows;
  const p = LABEL_SHEET.padding;
  return {
    x: LABEL_SHEET.left + column * LABEL_SHEET.pitchX + p,
    y: LABEL_SHEET.top + row * LABEL_SHEET.pitchY + p,
    width: LABEL_SHEET.width - 2 * p,
    height: LABEL_SHEET.height - 2 * p,
  };
}

/** An envelope page (landscape) and the recipient's box on it. */
export function envelopeLayout(format: "c6" | "dl"): { page: [number, number]; box: Box } {
  const [w, h] = format === "c6" ? [162 * MM, 114 * MM] : [220 * MM, 110 * MM];
  return { page: [w, h], box: { x: w * 0.42, y: h * 0.45, width: w * 0.58 - 12 * MM, height: h * 0.55 - 10 * MM } };
}

export function addressBox(format: EnvelopeFormat): Box {
  return format === "a4-2x7" ? labelBox(0) : envelopeLayout(format).box;
}

/** Largest and smallest type for an address; below the smallest it is no longer readable by sorting machines. */
export const ADDRESS_SIZE = { max: 11, min: 8 };
export const LINE_GAP = 1.5;
