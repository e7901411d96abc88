import type { Metadata } from "next";
import { localePath, OG_LOCALE, pageAlternates, type Locale } from "./locales";
import { translator } from "./translator";

/**
 * A public page's canonical and hreflang links and its Open Graph card. Paths are relative
 * here; the root layout's metadataBase (CASEBOOK_PUBLIC_URL) makes every one absolute.
 * The card image is the site's (app/[locale]/card.png) unless the page names its own.
 */
export function pageMetadata(
  locale: Locale,
  path: string,
  options: { types?: Record<string, string>; openGraph?: Metadata["openGraph"]; card?: string } = {},
): Pick<Metadata, "alternates" | "openGraph"> {
  return {
    alternates: pageAlternates(locale, path, options.types),
    openGraph: {
      siteName: translator(locale, "site")("name"),
      type: "website",
      locale: OG_LOCALE[locale],
      url: localePath(locale, path),
      images: [{ url: localePath(locale, options.card ?? "/card.png"), width: 1200, height: 630 }],
      ...options.openGraph,
    },
  };
}
