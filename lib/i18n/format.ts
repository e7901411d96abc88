// Dates, numbers and terms in the reader's language. Dates keep their precision
// (lib/dates/partial-date.ts): "September 2020" is never shown as a day.
import type { DatePrecision } from "../dates/partial-date";
import { INTL_LOCALE, type Locale } from "./locales";
import { translator } from "./translator";

type DateValue = Date | string | null | undefined;

const numberFormats = new Map<Locale, Intl.NumberFormat>();

export function formatNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(INTL_LOCALE[locale])));
  return format.format(value);
}

function toDate(value: Date | string): Date {
  return typeof value === "string" ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
}

const DAY: Intl.DateTimeFormatOptions = { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" };

function day(locale: Locale, date: Date) {
  return date.toLocaleDateString(INTL_LOCALE[locale], DAY);
}

/** "September 2020", "верасень 2020 г.": the month as a heading names it (nominative). */
function month(locale: Locale, date: Date) {
  return date.toLocaleDateString(INTL_LOCALE[locale], { timeZone: "UTC", month: "long", year: "numeric" });
}

/**
 * The month and year as they read inside a phrase, "з верасня 2020 г.", "около сентября":
 * Belarusian and Russian put the month in the genitive there. Intl writes that form only
 * next to a day, so the day is formatted and dropped ("7 верасня 2020 г." → "верасня 2020 г.").
 */
function monthInPhrase(locale: Locale, date: Date) {
  const parts = new Intl.DateTimeFormat(INTL_LOCALE[locale], DAY).formatToParts(date);
  const dayAt = parts.findIndex((p) => p.type === "day");
  const rest = parts.filter((p, i) => i !== dayAt && !(i === dayAt + 1 && p.type === "literal"));
  return rest
    .map((p) => p.value)
    .join("")
    .trim();
}

function year(locale: Locale, date: Date) {
  return date.toLocaleDateString(INTL_LOCALE[locale], { timeZone: "UTC", year: "numeric" });
}

/** A partial date on its own: "7 September 2020", "верасень 2020 г.", "2020 г.", "около сентября 2020 г.". */
export function formatDate(locale: Locale, value: DateValue, precision: DatePrecision | null | undefined): string {
  const t = translator(locale, "dates");
  if (!value) return t("unknown");
  const date = toDate(value);
  switch (precision) {
    case "DAY":
      return day(locale, date);
    case "MONTH":
      return month(locale, date);
    case "APPROXIMATE":
      return t("approximate", { date: monthInPhrase(locale, date) });
    default:
      return year(locale, date);
  }
}

/**
 * Russian writes "со" and Belarusian "са" instead of "с"/"з" before a hard cluster of
 * consonants: "со 2 (второго) мая", "са снежня", "са студзеня". Tested against the dates
 * Intl writes, which begin with a day number, a month or a year.
 */
const VOWEL_PREPOSITION: Partial<Record<Locale, RegExp>> = {
  ru: /^2\s/,
  be: /^[зсшж][бвгджзклмнпрстфхцчшў]/i,
};

/** The date as "since …": "since 7 September 2020", "з верасня 2020 г.", "са снежня 2024 г.", "примерно с мая 2021 г.". */
export function formatSince(locale: Locale, value: DateValue, precision: DatePrecision | null | undefined): string {
  const t = translator(locale, "dates");
  if (!value) return t("unknown");
  const date = toDate(value);
  const text =
    precision === "DAY"
      ? day(locale, date)
      : precision === "YEAR" || !precision
        ? year(locale, date)
        : monthInPhrase(locale, date);
  const vowel = VOWEL_PREPOSITION[locale]?.test(text) ?? false;
  return t(precision === "APPROXIMATE" ? "sinceApproximate" : "since", { date: text, vowel });
}

/** A prison term in years and months: "11 years", "1 год 6 месяцев", "2 гады". */
export function formatTerm(locale: Locale, months: number | null | undefined): string | null {
  if (!months) return null;
  const t = translator(locale, "term");
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return [years ? t("years", { years }) : "", rest ? t("months", { months: rest }) : ""].filter(Boolean).join(" ");
}
