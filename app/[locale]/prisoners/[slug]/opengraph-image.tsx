import { notFound } from "next/navigation";
import { localName } from "@/lib/i18n/names";
import { pageLocale } from "@/lib/i18n/page-locale";
import { label, translator } from "@/lib/i18n/translator";
import { getCachedPublicCase } from "@/lib/public/case-cache";
import { CARD_SIZE, cardImage } from "@/lib/site/card-image";

// A case's Open Graph card: its name in the page's language and its status, from the
// public record (the same cached read as the page, so it 404s with it).
export const size = CARD_SIZE;
export const contentType = "image/png";
export const alt = "Casebook";

export default async function CaseCard({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const [locale, { slug }] = await Promise.all([pageLocale(params), params]);
  const found = await getCachedPublicCase(slug);
  if (!found) notFound();
  const name = localName(locale, found.record.person.displayName, found.record.names);
  return cardImage({
    title: name,
    subtitle: label(locale, "status", found.status),
    site: translator(locale, "site")("name"),
  });
}
