// Which spelling of a person's name a reader sees. Belarusian and Russian forms are
// different names (Калеснікава / Колесникова), so a Belarusian page shows the Belarusian
// Cyrillic variant and a Russian page the Russian one, when the record has it; English
// pages, and pages in a language with no variant, show the display name.
import type { PublicRecord } from "../public/record";
import type { Locale } from "./locales";

type NameVariant = Pick<PublicRecord["names"][number], "text" | "script" | "language" | "kind" | "isPrimary">;

/** The variant to show in `locale`, or null when the display name should be shown. */
export function localNameVariant<V extends NameVariant>(locale: Locale, variants: V[]): V | null {
  if (locale === "en") return null;
  const own = variants.filter((v) => v.script === "CYRL" && v.language === locale);
  return own.find((v) => v.kind === "NATIVE") ?? own.find((v) => v.isPrimary) ?? own[0] ?? null;
}

/** The name to show a reader of `locale`. */
export function localName(locale: Locale, displayName: string, variants: NameVariant[]): string {
  return localNameVariant(locale, variants)?.text ?? displayName;
}
