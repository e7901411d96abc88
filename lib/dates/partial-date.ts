// Dates known only to the month or year ("since early July 2024") are stored as the
// first day of the known period plus a precision, and shown no more precisely than known.

export type DatePrecision = "DAY" | "MONTH" | "YEAR" | "APPROXIMATE";

export type PartialDate = { date: Date; precision: DatePrecision };

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2020", "2020-09" or "2020-09-07"; `approximate` marks a date that is itself uncertain. */
export function parsePartialDate(text: string, approximate = false): PartialDate {
  const match = PATTERN.exec(text.trim());
  if (!match) throw new Error(`Not a date: "${text}" (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1));
  if (date.getUTCMonth() !== (month ? Number(month) - 1 : 0) || (day && date.getUTCDate() !== Number(day))) {
    throw new Error(`Not a calendar date: "${text}"`);
  }
  const precision: DatePrecision = approximate ? "APPROXIMATE" : day ? "DAY" : month ? "MONTH" : "YEAR";
  return { date, precision };
}

/** Formats a stored partial date, e.g. "7 September 2020", "September 2020", "2020", "c. 2020". */
export function formatPartialDate(
  value: Date | string | null | undefined,
  precision: DatePrecision | null | undefined,
  locale = "en-GB",
): string {
  if (!value) return "date unknown";
  const date = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
  const options: Intl.DateTimeFormatOptions = { timeZone: "UTC" };
  switch (precision) {
    case "DAY":
      return date.toLocaleDateString(locale, { ...options, day: "numeric", month: "long", year: "numeric" });
    case "MONTH":
      return date.toLocaleDateString(locale, { ...options, month: "long", year: "numeric" });
    case "APPROXIMATE":
      return `c. ${date.toLocaleDateString(locale, { ...options, month: "long", year: "numeric" })}`;
    default:
      return String(date.getUTCFullYear());
  }
}

/** Whole days from a partial date to `today`, counting from the start of its known period. */
export function daysSince(value: Date | string, today = new Date()): number {
  const date = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
  const start = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.max(0, Math.floor((end - start) / 86_400_000));
}

/** The machine-readable form for <time dateTime>: "2020", "2020-09" or "2020-09-07". */
export function partialDateAttribute(value: string, precision: DatePrecision | null | undefined): string {
  if (precision === "YEAR") return value.slice(0, 4);
  if (precision === "MONTH" || precision === "APPROXIMATE") return value.slice(0, 7);
  return value.slice(0, 10);
}
