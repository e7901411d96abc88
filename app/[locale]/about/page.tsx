import { pageMetadata } from "@/lib/i18n/page-metadata";
import type { Metadata } from "next";

import { pageLocale } from "@/lib/i18n/page-locale";
import { translator } from "@/lib/i18n/translator";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: translator(locale, "about")("title"), ...pageMetadata(locale, "/about") };
}

export default async function AboutPage({ params }: Props) {
  const t = translator(await pageLocale(params), "about");
  return (
    <article className="max-w-3xl space-y-4 leading-relaxed">
      <h1 className="font-serif text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <p>{t("kept")}</p>
      <p>{t("dates")}</p>
      <p>{t("neverPublished")}</p>
      <p>{t("languages")}</p>
    </article>
  );
}
