import { isLocale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import { label, translator } from "@/lib/i18n/translator";
import { getCachedPublicCase } from "@/lib/public/case-cache";
import { cardImage } from "@/lib/site/card-image";

// A case's Open Graph card: its name in the page's language and its status, from the
// public record (the same cached read as the page, so it answers 404 with it).
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const found = isLocale(locale) ? await getCachedPublicCase(slug) : null;
  if (!found || !isLocale(locale)) return new Response("Not found", { status: 404 });
  const name = localName(locale, found.record.person.displayName, found.record.names);
  return cardImage({
    title: name,
    subtitle: label(locale, "status", found.status),
    site: translator(locale, "site")("name"),
  });
}
