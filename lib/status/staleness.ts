// When a custody status counts as stale: its newest confirming source is older than a
// configurable number of months (setting "status.staleAfterMonths", default 6). Pure
// helpers here; the setting is read in ./settings.ts.
import { daysSince } from "../dates/partial-date";

export const DEFAULT_STALE_AFTER_MONTHS = 6;

/** The date before which a confirmation is stale, `months` before `today`. */
export function staleBefore(months: number, today = new Date()): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
}

export function isStale(confirmedOn: string | null | undefined, months: number, today = new Date()): boolean {
  if (!confirmedOn) return true;
  return new Date(`${confirmedOn.slice(0, 10)}T00:00:00Z`) < staleBefore(months, today);
}

/**
 * Days in detention as the evidence supports them: up to today when the status was
 * confirmed recently, otherwise only up to the newest confirmation ("at least N days").
 */
export function daysHeld(
  arrestDate: string,
  confirmedOn: string | null | undefined,
  months: number,
  today = new Date(),
): { days: number; atLeast: boolean } {
  if (!confirmedOn || !isStale(confirmedOn, months, today)) {
    return { days: daysSince(arrestDate, today), atLeast: false };
  }
  const until = new Date(`${confirmedOn.slice(0, 10)}T00:00:00Z`);
  return { days: Math.max(0, daysSince(arrestDate, until)), atLeast: true };
}
