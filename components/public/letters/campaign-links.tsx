import Link from "next/link";
import { localePath, recordLang, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/** The running letter-writing campaigns, so visitors find where to start writing. */
export function CampaignLinks({ locale, campaigns }: { locale: Locale; campaigns: { slug: string; name: string }[] }) {
  if (campaigns.length === 0) return null;
  const t = translator(locale, "home");
  return (
    <section aria-labelledby="write-letters-heading" className="mt-10 rounded-lg border border-line bg-white p-5">
      <h2 id="write-letters-heading" className="font-serif text-xl font-semibold">
        {t("writeLetters")}
      </h2>
      <p className="mt-1 text-muted">{t("writeLettersLead")}</p>
      <ul className="mt-3 space-y-1">
        {campaigns.map((c) => (
          <li key={c.slug}>
            <Link href={localePath(locale, `/campaigns/${c.slug}`)} className="font-medium text-accent underline">
              <span lang={recordLang(locale)}>{c.name}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
