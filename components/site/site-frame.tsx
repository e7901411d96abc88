import Link from "next/link";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/**
 * The document every page shares: skip link, header with the main navigation, footer.
 * Public pages render it in the reader's language with a language switcher; the
 * workspace renders it in English without one.
 */
export function SiteFrame({
  locale,
  languages,
  children,
}: {
  locale: Locale;
  languages?: React.ReactNode;
  children: React.ReactNode;
}) {
  const t = translator(locale, "site");
  const href = (path: string) => localePath(locale, path);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <header className="border-b border-line bg-white">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
            <Link href={href("/")} className="font-serif text-xl font-semibold tracking-tight text-accent">
              {t("name")}
            </Link>
            <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
              <nav
                aria-label={t("mainNavigation")}
                className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium text-muted"
              >
                <Link href={href("/prisoners")} className="hover:text-ink">
                  {t("prisoners")}
                </Link>
                <Link href={href("/stats")} className="hover:text-ink">
                  {t("statistics")}
                </Link>
                <Link href={href("/about")} className="hover:text-ink">
                  {t("about")}
                </Link>
              </nav>
              {languages}
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
        <footer className="border-t border-line bg-white">
          <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted sm:px-6">{t("footer")}</div>
        </footer>
      </body>
    </html>
  );
}
