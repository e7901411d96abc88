import type { Metadata } from "next";
import { localePath, OG_LOCALE, pageAlternates, type Locale } from "./locales";
import { translator } from "./translator";

/**
 * A public page's canonical and hreflang links and its Open Graph card. Paths are relative
 * here; the root layout's metadataBase (CASEBOOK_PUBLIC_URL) makes every one absolute.
 * The card's image comes from the opengraph-image files (the site's, or the case's own).
 */
export function pageMetadata(
  locale: Locale,
  path: string,
  options: { types?: Record<string, string>; openGraph?: Metadata["openGraph"] } = {},
): Pick<Metadata, "alternates" | "openGraph"> {
  return {
    alternates: pageAlternates(locale, path, options.types),
    openGraph: {
      siteName: translator(locale, "site")("name"),
      type: "website",
      locale: OG_LOCALE[locale],
      url: localePath(locale, path),
      ...options.openGraph,
    },
  };
}
