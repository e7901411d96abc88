import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublicCampaign } from "@/lib/campaigns/queries";
import { localePath, pageAlternates, recordLang } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translator } from "@/lib/i18n/translator";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([pageLocale(params), params]);
  const found = await getPublicCampaign(slug);
  return found
    ? {
        title: found.campaign.name,
        description: found.campaign.description ?? undefined,
        alternates: pageAlternates(locale, `/campaigns/${encodeURIComponent(slug)}`),
      }
    : { title: translator(locale, "notFound")("title") };
}

export default async function PublicCampaignPage({ params }: Props) {
  const [locale, { slug }] = await Promise.all([pageLocale(params), params]);
  const found = await getPublicCampaign(slug);
  if (!found) notFound();
  const { campaign, letters, actions } = found;
  const t = translator(locale, "campaign");
  // Campaign texts and letter guidance are written by the campaign's organisers, in the record's language.
  const lang = recordLang(locale);
  return (
    <article>
      <p className="text-sm font-medium uppercase tracking-wide text-muted">
        {t("eyebrow", { year: String(campaign.year) })}
      </p>
      <h1 className="mt-1 font-serif text-3xl font-semibold tracking-tight sm:text-4xl" lang={lang}>
        {campaign.name}
      </h1>
      {campaign.description && (
        <p className="mt-4 max-w-3xl whitespace-pre-line text-lg leading-relaxed" lang={lang}>
          {campaign.description}
        </p>
      )}
      <p className="mt-3 text-muted">{t("actions", { count: actions })}</p>

      <section aria-labelledby="how-heading" className="mt-6 max-w-3xl rounded-lg border border-line bg-white p-5">
        <h2 id="how-heading" className="font-serif text-xl font-semibold">
          {t("howTo")}
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5">
          <li>{t("step1")}</li>
          <li>{t("step2")}</li>
          <li>{t("step3")}</li>
          <li>{t("step4")}</li>
        </ol>
      </section>

      <ul className="mt-8 grid gap-6 md:grid-cols-2">
        {letters.map((l) => {
          const local = [l.address_line_1, l.address_line_2, l.address_line_3, l.address_line_4].filter(Boolean);
          const latin = [
            l.address_latin_line_1,
            l.address_latin_line_2,
            l.address_latin_line_3,
            l.address_latin_line_4,
          ].filter(Boolean);
          const name = localName(locale, l.name, l.names);
          return (
            <li key={l.slug} className="rounded-lg border border-line bg-white p-5">
              <h2 className="font-serif text-xl font-semibold">
                <Link href={localePath(locale, `/prisoners/${l.slug}`)} className="hover:underline">
                  {name}
                </Link>
              </h2>
              {/* The Belarusian form goes on the envelope, so it is shown whatever the page's language. */}
              {l.name_native && l.name_native !== name && (
                <p className="text-muted" lang="be">
                  {l.name_native}
                </p>
              )}
              {l.summary && (
                <p className="mt-3 leading-relaxed" lang={lang}>
                  {l.summary}
                </p>
              )}
              {local.length > 0 && (
                <div className="mt-3">
                  <h3 className="text-sm font-semibold">{t("writeTo")}</h3>
                  <address className="mt-1 whitespace-pre-line not-italic">
                    {[l.name_native || l.name, l.facility_native || l.facility, ...local].filter(Boolean).join("\n")}
                  </address>
                  {latin.length > 0 && (
                    <address className="mt-1 whitespace-pre-line text-sm not-italic text-muted">
                      {[l.name, ...latin].join("\n")}
                    </address>
                  )}
                  {/* Letter addresses (and campaign overrides) are the organisation's, not quoted from a source. */}
                  <p className="mt-1 text-xs text-muted">{translator(locale, "case")("organisationRecords")}</p>
                </div>
              )}
              {l.target_authority && (
                <div className="mt-3">
                  <h3 className="text-sm font-semibold">{t("appealTo")}</h3>
                  <address className="mt-1 whitespace-pre-line text-sm not-italic" lang={lang}>
                    {[l.target_authority, l.target_address].filter(Boolean).join("\n")}
                  </address>
                </div>
              )}
              {l.letter_guidance && (
                <p className="mt-3 text-sm">
                  <span className="font-semibold">{t("guidance")} </span>
                  <span lang={lang}>{l.letter_guidance}</span>
                </p>
              )}
              {l.letter_languages && (
                <p className="mt-1 text-sm text-muted">{t("reads", { languages: l.letter_languages })}</p>
              )}
              {l.interests && <p className="mt-1 text-sm text-muted">{t("interests", { interests: l.interests })}</p>}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
