import type { Metadata, Viewport } from "next";
import { ErrorTextProvider } from "@/components/site/error-text";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { SiteFrame } from "@/components/site/site-frame";
import { publicOrigin } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale, localePath, LOCALES, OG_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import "../globals.css";

// The root layout of the public pages. The language comes from the URL's first segment
// (English pages reach it through the rewrites in next.config.js), never from cookies or
// headers, so pages stay static or cached. See docs/decisions/009-interface-languages.md.

type Props = { params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

/** An address whose first segment is no language renders the English 404 (its pages call notFound()). */
async function layoutLocale(params: Props["params"]): Promise<Locale> {
  const { locale } = await params;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await layoutLocale(params);
  const t = translator(locale, "site");
  return {
    // Every relative URL in metadata (canonical, hreflang, og:url, og:image) becomes absolute on the public origin.
    metadataBase: new URL(publicOrigin()),
    title: { default: t("title"), template: `%s · ${t("name")}` },
    description: t("description"),
    alternates: { types: { "application/atom+xml": "/feed.xml" } },
    openGraph: { siteName: t("name"), type: "website", locale: OG_LOCALE[locale], url: localePath(locale, "/") },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function PublicLayout({ children, params }: Props & { children: React.ReactNode }) {
  const locale = await layoutLocale(params);
  const t = translator(locale, "error");
  return (
    <SiteFrame
      locale={locale}
      languages={<LanguageSwitcher current={locale} label={translator(locale, "site")("languages")} />}
    >
      <ErrorTextProvider text={{ title: t("title"), body: t("body"), retry: t("retry"), reference: t("reference") }}>
        {children}
      </ErrorTextProvider>
    </SiteFrame>
  );
}
