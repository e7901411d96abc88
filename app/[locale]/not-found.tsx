import Link from "next/link";
import { locale as rootLocale } from "next/root-params";
import { DEFAULT_LOCALE, isLocale, localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export default async function NotFound() {
  // not-found.tsx receives no params; the root parameter names the page's language.
  // next/root-params is typed by `next build` (.next/types); lint may run before it.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-call
  const requested: unknown = await rootLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const t = translator(locale, "notFound");
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">404</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("body")}</p>
      <Link
        href={localePath(locale, "/prisoners")}
        className="mt-6 inline-block font-semibold text-accent hover:underline"
      >
        {t("browse")}
      </Link>
    </div>
  );
}
