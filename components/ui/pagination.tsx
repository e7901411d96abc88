import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/** Previous/next links that keep the rest of the query string, so a search can be shared. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  locale = "en",
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  locale?: Locale;
}) {
  if (pageCount <= 1) return null;
  const t = translator(locale, "pagination");
  const linkClass =
    "rounded-md border border-line bg-white px-3 py-1.5 text-sm font-medium hover:border-accent hover:text-accent";
  return (
    <nav aria-label={t("label")} className="mt-8 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link className={linkClass} href={hrefFor(page - 1)} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">{t("page", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link className={linkClass} href={hrefFor(page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
