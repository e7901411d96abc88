"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { LOCALES, LOCALE_NAMES, localePath, splitLocalePath, type Locale } from "@/lib/i18n/locales";

/**
 * Links to the page the reader is on, in each language. Plain links (no prefetch, a
 * full load) so the document's lang is right from the first byte; the choice lives in the
 * URL only, so cached pages need not vary by cookie.
 */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  // A static (cached) page is rendered without its query; the links gain it in the browser.
  return (
    <Suspense fallback={<Links current={current} label={label} search="" />}>
      <LinksWithQuery current={current} label={label} />
    </Suspense>
  );
}

function LinksWithQuery({ current, label }: { current: Locale; label: string }) {
  const query = useSearchParams().toString();
  return <Links current={current} label={label} search={query ? `?${query}` : ""} />;
}

function Links({ current, label, search }: { current: Locale; label: string; search: string }) {
  // On the server an English page is rendered at its rewritten address (/en/…), in the browser at /…; both give the same path.
  const { path } = splitLocalePath(usePathname() ?? "/");
  return (
    <nav aria-label={label} className="sm:border-l sm:border-line sm:pl-4">
      <ul className="-mx-2 flex gap-1 text-sm sm:mx-0">
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={`${localePath(locale, path)}${search}`}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              className={
                locale === current
                  ? "block rounded px-2 py-1 font-semibold text-ink underline decoration-accent decoration-2 underline-offset-4"
                  : "block rounded px-2 py-1 text-muted hover:bg-stone-100 hover:text-ink"
              }
            >
              {LOCALE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
