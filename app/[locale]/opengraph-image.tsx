import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { CARD_SIZE, cardImage } from "@/lib/site/card-image";

// The site's Open Graph card, for every public page without one of its own.
export const size = CARD_SIZE;
export const contentType = "image/png";
export const alt = "Casebook";

export default async function SiteCard({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: requested } = await params;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const t = translator(locale, "site");
  return cardImage({ title: t("title"), subtitle: t("description"), site: t("name") });
}
