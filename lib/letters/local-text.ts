// Interface-language forms of letter facts: a facility's name and guidance in the reader's
// language where the record has a translation, and language codes as names.
import type { Locale } from "../i18n/locales";
import { label } from "../i18n/translator";
import type { PublicRecord } from "../public/record";

type Facility = PublicRecord["placements"][number]["facility"];

/** The name and guidance in `locale` where translated; otherwise the record's (English) text, marked so. */
export function localFacilityText(locale: Locale, f: Facility) {
  const name = (locale === "be" ? f.nameBe : locale === "ru" ? f.nameRu : null) ?? null;
  const guidance = (locale === "be" ? f.letterGuidanceBe : locale === "ru" ? f.letterGuidanceRu : null) ?? null;
  return {
    name: name ?? f.name,
    nameLang: name || locale === "en" ? undefined : "en",
    guidance: guidance ?? f.letterGuidance,
    guidanceLang: guidance || locale === "en" ? undefined : "en",
  };
}

/** "be, ru" → "Belarusian, Russian" in the reader's language; unknown codes stay as codes. */
export function languageNames(locale: Locale, codes: string | null | undefined): string | null {
  const list = (codes ?? "")
    .split(/[,;\s]+/)
    .map((c) => c.trim().toLowerCase())
    .filter((c) => /^[a-z]{2,3}$/.test(c));
  if (list.length === 0) return null;
  return list.map((c) => label(locale, "nameLanguage", c)).join(", ");
}
