// The interface languages of the public pages and how they appear in URLs. English keeps
// the unprefixed addresses (/prisoners/…); Belarusian and Russian live under /be and /ru.
// Safe to import from client components. See docs/decisions/009-interface-languages.md.

export const LOCALES = ["en", "be", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language's name in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", be: "Беларуская", ru: "Русский" };

/** The locale Intl formats dates and numbers with ("7 September 2020", "12,345"). */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", be: "be", ru: "ru" };

/** Open Graph's og:locale. */
export const OG_LOCALE: Record<Locale, string> = { en: "en_GB", be: "be_BY", ru: "ru_RU" };

/** The language caseworkers write records in: text from the record is marked with it on the other pages. */
export const RECORD_LANGUAGE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The address of a public path ("/prisoners?q=…") in a language: "/be/prisoners?q=…"; English is unprefixed. */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : path.startsWith("/?") ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}

/** The language of an address and the address without its prefix: "/ru/stats" → ru, "/stats". */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  const [, first, ...rest] = pathname.split("/");
  if (isLocale(first)) return { locale: first, path: `/${rest.join("/")}` };
  return { locale: DEFAULT_LOCALE, path: pathname || "/" };
}

/** A page's canonical address and its other languages, for `metadata.alternates` (hreflang links). */
export function pageAlternates(
  locale: Locale,
  path: string,
  types: Record<string, string> = { "application/atom+xml": "/feed.xml" },
) {
  return {
    canonical: localePath(locale, path),
    languages: {
      ...Object.fromEntries(LOCALES.map((l) => [l, localePath(l, path)])),
      "x-default": localePath(DEFAULT_LOCALE, path),
    },
    types,
  };
}

/** The lang attribute for text from the record on a page in `locale`; none when they agree. */
export function recordLang(locale: Locale): Locale | undefined {
  return locale === RECORD_LANGUAGE ? undefined : RECORD_LANGUAGE;
}
