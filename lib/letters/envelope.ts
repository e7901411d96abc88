// The address exactly as it goes on the envelope to a prisoner, built from the public
// record only. The rule per destination country is in ADDRESS_RULES and explained, with
// where it comes from, in docs/decisions/019-envelope-addresses.md. Pure: safe for client
// components, the PDF writer and tests alike.
import type { PublicRecord } from "../public/record";

type Name = Pick<PublicRecord["names"][number], "text" | "script" | "language" | "kind" | "isPrimary">;
type Facility = PublicRecord["placements"][number]["facility"];

export type AddressRule = {
  /** BCP 47 code of the language the envelope is written in: one language throughout. */
  language: string;
  /** The recipient's year of birth as prison mail writes it after the name. */
  birthYear: (year: string) => string;
  /** The destination country's name on the last line, for mail from abroad (UPU: in capitals, in Latin letters). */
  country: string;
};

/**
 * Belarus and Russia: the prison administrations and both posts file prisoners' mail under
 * the full Russian-language name with patronymic and year of birth (decision 019); the
 * recipient comes first, then the institution and its postal address, then the country.
 */
export const ADDRESS_RULES: Record<string, AddressRule> = {
  BY: { language: "ru", birthYear: (y) => `${y} г.р.`, country: "BELARUS" },
  RU: { language: "ru", birthYear: (y) => `${y} г.р.`, country: "RUSSIA" },
};

const FALLBACK_RULE: AddressRule = { language: "en", birthYear: (y) => `born ${y}`, country: "" };

export function addressRule(country: string | null | undefined): AddressRule {
  return ADDRESS_RULES[(country ?? "").toUpperCase()] ?? { ...FALLBACK_RULE, country: (country ?? "").toUpperCase() };
}

/**
 * Every line ending an address can arrive with: CRLF and CR (forms, Windows, old Macs),
 * LF, NEL (U+0085), vertical tab, form feed, and the Unicode line and paragraph separators
 * (U+2028, U+2029) that a paste from a web page or a word processor can carry.
 */
export const LINE_BREAK = /\r\n|[\r\n\u0085\u000b\u000c\u2028\u2029]/;

/** An address typed in any way, as its non-empty lines, each trimmed and with runs of spaces made one. */
export function splitLines(text: string | null | undefined): string[] {
  return (text ?? "")
    .split(LINE_BREAK)
    .map((l) => l.replace(/[\t \u00a0]+/g, " ").trim())
    .filter(Boolean);
}

export type Envelope = {
  /** The lines in order, recipient first; empty when no address is known. */
  lines: string[];
  language: string;
  /** True when the full name with patronymic (an ENVELOPE name variant) is known. */
  fullName: boolean;
  /** True when the year of birth is on the recipient line. */
  birthYear: boolean;
  facility: Facility | null;
  /** The address came from the campaign's own override, not from the facility. */
  overridden: boolean;
};

/** The current placement of a held person: the open one, latest last. */
export function currentFacility(record: Pick<PublicRecord, "placements">, held: boolean): Facility | null {
  if (!held) return null;
  return [...record.placements].reverse().find((p) => !p.toDate)?.facility ?? null;
}

/** The name for the recipient line: the envelope form in the envelope's language, else the best Cyrillic one. */
export function recipientName(names: Name[], language: string): { text: string; full: boolean } | null {
  const inLanguage = names.filter((n) => n.language === language);
  const envelope = inLanguage.find((n) => n.kind === "ENVELOPE") ?? names.find((n) => n.kind === "ENVELOPE");
  if (envelope) return { text: envelope.text, full: true };
  // Else a Cyrillic name in the language, else any Cyrillic one: Belarusian is also a state
  // language of the Belarusian post, and a Cyrillic name is closer to the prison's file than a Latin one.
  const own =
    inLanguage.find((n) => n.kind === "NATIVE") ??
    inLanguage.find((n) => n.script === "CYRL") ??
    names.find((n) => n.script === "CYRL" && n.kind === "NATIVE") ??
    names.find((n) => n.script === "CYRL");
  return own ? { text: own.text, full: false } : null;
}

/**
 * The envelope for a held person: recipient line (name, year of birth when public), then
 * the facility's postal address in its own order, then the country. `override` is a
 * campaign's own address for the person (the facility part only), used in its place.
 */
export function envelopeFor(
  record: Pick<PublicRecord, "person" | "names" | "placements">,
  held: boolean,
  override?: string | null,
  displayName = record.person.displayName,
): Envelope {
  const facility = currentFacility(record, held);
  const rule = addressRule(facility?.country);
  const postal = splitLines(override || facility?.addressLocal);
  if (!held || postal.length === 0)
    return { lines: [], language: rule.language, fullName: false, birthYear: false, facility, overridden: false };
  const name = recipientName(record.names, rule.language);
  const year = record.person.birthDate ? record.person.birthDate.slice(0, 4) : null;
  const recipient = [name?.text ?? displayName, year ? rule.birthYear(year) : null].filter(Boolean).join(", ");
  const lines = [recipient, ...postal];
  // A country line already typed into the address is not repeated.
  if (rule.country && !postal.some((l) => l.toUpperCase() === rule.country)) lines.push(rule.country);
  return {
    lines,
    language: rule.language,
    fullName: !!name?.full,
    birthYear: !!year,
    facility,
    overridden: !!override,
  };
}
