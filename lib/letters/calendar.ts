// Dates that help choose whom to write to: upcoming birthdays (a card that arrives on the
// day) and upcoming trial dates (a letter before a hearing). Only public fields are read:
// the birth date is in the record only when its visibility is PUBLIC, and only a birth
// date known to the day makes a birthday.
import type { PublicRecord } from "../public/record";

export type Birthday = { month: number; day: number; year: number };

export function birthdayOf(record: PublicRecord): Birthday | null {
  const { birthDate, birthDatePrecision } = record.person;
  if (!birthDate || birthDatePrecision !== "DAY") return null;
  const [year, month, day] = birthDate.split("-").map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  return { year, month, day };
}

/** The next occurrence on or after `today` (UTC), 29 February falling on 28 February in other years. */
export function nextBirthday(b: Birthday, today = new Date()): Date {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  for (const year of [today.getUTCFullYear(), today.getUTCFullYear() + 1]) {
    const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
    const day = b.month === 2 && b.day === 29 && !leap ? 28 : b.day;
    const at = new Date(Date.UTC(year, b.month - 1, day));
    if (at.getTime() >= start) return at;
  }
  throw new Error("unreachable");
}

/** Trial or appeal hearings on the public timeline dated to the day, from today on. */
export function upcomingTrials(record: PublicRecord, today = new Date()): string[] {
  const from = today.toISOString().slice(0, 10);
  return record.timeline
    .filter((e) => (e.type === "TRIAL" || e.type === "APPEAL") && e.datePrecision === "DAY" && e.date >= from)
    .map((e) => e.date);
}

const escapeText = (text: string) =>
  text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

/** RFC 5545 lines are folded at 75 octets, continuation lines starting with a space. */
function fold(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  for (const ch of line) {
    if (Buffer.byteLength(current + ch, "utf8") > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
    }
    current += ch;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

export type CalendarPerson = { slug: string; name: string; birthday: Birthday; url: string };

/** A yearly all-day event per birthday: an iCalendar feed any calendar app can subscribe to. */
export function birthdayCalendar(title: string, host: string, people: CalendarPerson[], now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
  const pad = (n: number) => String(n).padStart(2, "0");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Casebook//Letters//EN",
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${escapeText(title)}`,
    ...people.flatMap((p) => [
      "BEGIN:VEVENT",
      `UID:birthday-${p.slug}@${host}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${p.birthday.year}${pad(p.birthday.month)}${pad(p.birthday.day)}`,
      "RRULE:FREQ=YEARLY",
      `SUMMARY:${escapeText(`Birthday: ${p.name}`)}`,
      `URL:${p.url}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    ]),
    "END:VCALENDAR",
  ];
  return lines.map(fold).join("\r\n") + "\r\n";
}
