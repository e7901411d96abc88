// Derived facts a visitor needs at a glance, computed from the public record at render
// time (never stored): days in detention, expected release, prolonged solitary.
import { daysSince, type DatePrecision } from "../dates/partial-date";
import type { PublicRecord } from "./record";

/** UN Mandela Rules 43–44: solitary confinement beyond 15 consecutive days is prolonged. */
export const PROLONGED_SOLITARY_DAYS = 15;

export function detentionLength(record: PublicRecord, today = new Date()) {
  const open = record.detentions.find((d) => !d.released && !d.releaseDate);
  if (open?.arrestDate) {
    return { held: true, days: daysSince(open.arrestDate, today), exact: open.arrestDatePrecision === "DAY", since: open.arrestDate, precision: open.arrestDatePrecision };
  }
  return null;
}

export function expectedRelease(startDate: string | null, termMonths: number | null) {
  if (!startDate || !termMonths) return null;
  const start = new Date(`${startDate}T00:00:00Z`);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + termMonths, start.getUTCDate()));
}

export type OngoingCondition = { id: string; kind: string; days: number | null; exact: boolean; prolonged: boolean };

/** Conditions still open while the person is held; none once they are free. */
export function ongoingConditions(record: PublicRecord, held: boolean, today = new Date()): OngoingCondition[] {
  if (!held) return [];
  return record.conditions
    .filter((c) => !c.endDate)
    .map((c) => {
      const days = c.startDate ? daysSince(c.startDate, today) : null;
      return {
        id: c.id,
        kind: c.kind,
        days,
        exact: c.startDatePrecision === "DAY",
        prolonged: c.kind === "SOLITARY_CONFINEMENT" && days !== null && days > PROLONGED_SOLITARY_DAYS,
      };
    });
}

export function lastFamilyContact(record: PublicRecord): { date: string; precision: DatePrecision; kind: string } | null {
  // The projection orders contacts by the end of their known period.
  const last = record.familyContacts.at(-1);
  return last ? { date: last.date, precision: last.datePrecision, kind: last.kind } : null;
}
