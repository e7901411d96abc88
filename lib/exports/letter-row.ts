// One row of a letter-writing list, built only from a person's public record (the
// public projection), so an export cannot carry restricted or internal data.
import { formatPartialDate } from "../dates/partial-date";
import { formatTerm, statusLabel } from "../public/labels";
import type { LetterRecord } from "../public/record";
import { envelopeFor, splitLines } from "../letters/envelope";

/** Stable, documented column names for mail merge (docs/exports.md). Never rename; only add. */
export const LETTER_COLUMNS = [
  "case_url",
  "name",
  "name_native",
  "status",
  "detained_since",
  "sentence",
  "charges",
  "facility",
  "facility_native",
  "address_line_1",
  "address_line_2",
  "address_line_3",
  "address_line_4",
  "address_latin_line_1",
  "address_latin_line_2",
  "address_latin_line_3",
  "address_latin_line_4",
  "summary",
  "letter_guidance",
  "interests",
  "updated_on",
  "photo_url",
  // Added for issue 17: the envelope as it must be written (decision 019) and the letter facts.
  "envelope_line_1",
  "envelope_line_2",
  "envelope_line_3",
  "envelope_line_4",
  "envelope_line_5",
  "envelope_line_6",
  "envelope_language",
  "letters_reach",
  "letters_reach_as_of",
  "reads_languages",
] as const;

export type LetterColumn = (typeof LETTER_COLUMNS)[number];
export type LetterRow = Record<LetterColumn, string>;

export type ProjectedPerson = {
  slug: string;
  status: string;
  held: boolean;
  lastUpdatedAt: Date;
  record: LetterRecord;
};

const ADDRESS_LINES = 4;
export const ENVELOPE_LINES = 6;

/** The envelope's lines as the six export columns; lines beyond the last join it, so none is lost. */
export function envelopeColumns(lines: string[]) {
  const cells = [...lines];
  if (cells.length > ENVELOPE_LINES)
    cells.splice(ENVELOPE_LINES - 1, cells.length, cells.slice(ENVELOPE_LINES - 1).join(", "));
  const at = (i: number) => cells[i] ?? "";
  return {
    envelope_line_1: at(0),
    envelope_line_2: at(1),
    envelope_line_3: at(2),
    envelope_line_4: at(3),
    envelope_line_5: at(4),
    envelope_line_6: at(5),
  };
}

/** An address as the four envelope lines of the export columns; extra lines join the last. */
/** The four address columns of a letter row. */
export type AddressLines = [string, string, string, string];

export function addressLines(address: string | null | undefined): AddressLines {
  const lines = splitLines(address);
  // Keep every part: lines beyond the last column are joined onto it.
  if (lines.length > ADDRESS_LINES)
    lines.splice(ADDRESS_LINES - 1, lines.length, lines.slice(ADDRESS_LINES - 1).join(", "));
  const line = (i: number) => lines[i] ?? "";
  return [line(0), line(1), line(2), line(3)];
}

export function toLetterRow(person: ProjectedPerson, baseUrl: string): LetterRow {
  const { record } = person;
  const native =
    record.names.find((n) => n.kind === "NATIVE" && n.language === "be") ??
    record.names.find((n) => n.script === "CYRL");
  const placement = [...record.placements].reverse().find((p) => !p.toDate);
  const facility = person.held ? placement?.facility : undefined;
  const open = record.detentions.find((d) => !d.released && !d.releaseDate);
  const sentence = record.prosecutions.flatMap((p) => p.sentences).at(-1);
  const local = addressLines(facility?.addressLocal);
  const latin = addressLines(facility?.addressLatin);
  const envelope = envelopeFor(record, person.held);
  return {
    case_url: `${baseUrl.replace(/\/$/, "")}/prisoners/${person.slug}`,
    name: record.person.displayName,
    name_native: native?.text ?? "",
    status: statusLabel[person.status] ?? person.status,
    detained_since: open?.arrestDate ? isoPartial(open.arrestDate, open.arrestDatePrecision) : "",
    sentence: formatTerm(sentence?.termMonths) ?? "",
    charges: record.prosecutions
      .flatMap((p) => p.charges)
      .map((c) =>
        c.article
          ? `Art. ${c.article.article}${c.article.part ? `(${c.article.part})` : ""} ${c.article.title}`
          : (c.description ?? ""),
      )
      .filter(Boolean)
      .join("; "),
    facility: facility?.name ?? "",
    facility_native: facility?.nameNative ?? "",
    address_line_1: local[0],
    address_line_2: local[1],
    address_line_3: local[2],
    address_line_4: local[3],
    address_latin_line_1: latin[0],
    address_latin_line_2: latin[1],
    address_latin_line_3: latin[2],
    address_latin_line_4: latin[3],
    summary: record.person.bio ?? "",
    letter_guidance: facility?.letterGuidance ?? "",
    interests: record.person.interests ?? "",
    updated_on: person.lastUpdatedAt.toISOString().slice(0, 10),
    // The projection keeps a photo only when consent was given.
    photo_url: record.person.photoUrl ?? "",
    ...envelopeColumns(envelope.lines),
    envelope_language: envelope.lines.length ? envelope.language : "",
    letters_reach: record.person.letterDelivery ?? "UNKNOWN",
    letters_reach_as_of: record.person.letterDeliveryAsOf ?? "",
    reads_languages: record.person.readsLanguages ?? "",
  };
}

/** ISO 8601 at the precision known: 2020, 2020-09 or 2020-09-07. */
function isoPartial(date: string, precision: string | null) {
  return precision === "YEAR" ? date.slice(0, 4) : precision === "DAY" ? date : date.slice(0, 7);
}

/** Human wording of a partial date, for the printable pack. */
export function describeSince(row: LetterRow) {
  if (!row.detained_since) return "";
  const [y, m, d] = row.detained_since.split("-");
  return formatPartialDate(`${y}-${m ?? "01"}-${d ?? "01"}`, d ? "DAY" : m ? "MONTH" : "YEAR");
}

/**
 * Spreadsheets run cells that start with = + - @ (and tab or CR) as formulas; a campaign
 * list may hold text from anywhere. Prefix such cells with an apostrophe (OWASP CSV injection).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
