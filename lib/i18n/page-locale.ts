import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./locales";

/**
 * The language of a public page, from its [locale] segment. English pages arrive here
 * through the rewrites in next.config.js (/prisoners → /en/prisoners); any other first
 * segment is not a page, so it answers 404.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
