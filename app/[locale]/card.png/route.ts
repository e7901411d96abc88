import { isLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { cardImage } from "@/lib/site/card-image";

// The site's Open Graph card (lib/i18n/page-metadata.ts points every public page without one of its own here).
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: requested } = await params;
  if (!isLocale(requested)) return new Response("Not found", { status: 404 });
  const t = translator(requested, "site");
  return cardImage({ title: t("title"), subtitle: t("description"), site: t("name") });
}
