// "Write to …" on a held person's public page (issue 17): the envelope exactly as it must
// be written (lib/letters/envelope.ts, decision 019), a copy button, whether letters are
// known to reach the person, the guidance, the person's campaigns with their sample
// letters, and "I wrote". Everything comes from the public record and published campaigns.
import Link from "next/link";
import { formatDate } from "@/lib/i18n/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { label, translator } from "@/lib/i18n/translator";
import { envelopeFor } from "@/lib/letters/envelope";
import { languageNames, localFacilityText } from "@/lib/letters/local-text";
import type { PublicRecord } from "@/lib/public/record";
import { CopyAddress } from "./copy-address";
import { IWrote } from "./i-wrote";

export type PersonCampaign = {
  slug: string;
  name: string;
  goal: number | null;
  actions: number;
  sampleLetters: { id: string; language: string; body: string }[];
};

export function WriteTo({
  locale,
  record,
  held,
  name,
  campaigns,
}: {
  locale: Locale;
  record: PublicRecord;
  held: boolean;
  name: string;
  campaigns: PersonCampaign[];
}) {
  if (!held) return null;
  const t = translator(locale, "letters");
  const envelope = envelopeFor(record, held);
  const facility = envelope.facility ? localFacilityText(locale, envelope.facility) : null;
  const reads = languageNames(locale, record.person.readsLanguages);
  const delivery = record.person.letterDelivery ?? "UNKNOWN";
  const asOf = record.person.letterDeliveryAsOf;
  const language = (code: string) => label(locale, "nameLanguage", code);

  return (
    <section
      aria-labelledby="write-heading"
      id="write"
      className="mt-8 rounded-lg border border-line bg-white p-5 print:border-0 print:p-0"
    >
      <h2 id="write-heading" className="font-serif text-xl font-semibold">
        {t("heading", { name })}
      </h2>

      {envelope.lines.length === 0 ? (
        <p className="mt-3">{t("noAddress", { name })}</p>
      ) : (
        <>
          <p className="mt-2 text-sm text-muted">{t("envelopeIntro")}</p>
          <address
            lang={envelope.language}
            data-testid="envelope"
            className="mt-3 whitespace-pre-line rounded-md border border-dashed border-stone-400 bg-stone-50 px-4 py-3 font-mono text-sm not-italic leading-relaxed sm:text-base"
          >
            {envelope.lines.join("\n")}
          </address>
          <CopyAddress
            text={envelope.lines.join("\n")}
            labels={{ copy: t("copy"), copied: t("copied"), failed: t("copyFailed") }}
          />
          {!envelope.fullName && <p className="mt-3 text-sm text-amber-900">{t("fullNameMissing")}</p>}
          {!envelope.birthYear && <p className="mt-1 text-sm text-amber-900">{t("birthYearMissing")}</p>}
          <p className="mt-1 text-sm text-muted">{t("abroad")}</p>
        </>
      )}

      <h3 className="mt-5 font-semibold">{t("deliveryHeading", { name })}</h3>
      <p className="mt-1" data-testid="letter-delivery">
        {t("delivery", { state: delivery, name })}
        {asOf ? <> {t("deliveryAsOf", { date: formatDate(locale, asOf, "DAY") })}</> : "."}
      </p>

      <h3 className="mt-5 font-semibold">{t("howToWrite")}</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        <li>
          {reads ? t("guidanceLanguage", { name, languages: reads }) : t("guidanceLanguageUnknown")}
        </li>
        <li>{t("guidanceCensor")}</li>
        <li>{t("guidanceEnclose")}</li>
        {facility?.guidance && (
          <li>
            <span className="font-medium">{t("facilityRules")} </span>
            <span lang={facility.guidanceLang}>{facility.guidance}</span>
          </li>
        )}
      </ul>

      {campaigns.map((c) => (
        <div key={c.slug} className="mt-5 border-t border-line pt-4">
          <p>
            <Link href={localePath(locale, `/campaigns/${c.slug}`)} className="font-medium text-accent underline">
              {t("campaignLink", { campaign: c.name })}
            </Link>
            <span className="text-muted">
              {" "}
              · {c.goal ? t("campaignGoal", { count: c.actions, goal: c.goal }) : t("campaignCount", { count: c.actions })}
            </span>
          </p>
          {c.sampleLetters.length > 0 && (
            <div className="mt-3">
              <h3 className="font-semibold">{t("sampleLetters")}</h3>
              {c.sampleLetters.map((s) => (
                <details key={s.id} className="mt-2 rounded-md border border-line px-3 py-2">
                  <summary className="cursor-pointer text-sm font-medium">
                    {t("sampleIn", { language: language(s.language) })}
                  </summary>
                  <p lang={s.language} className="mt-2 whitespace-pre-line">
                    {s.body}
                  </p>
                  <a
                    className="mt-2 inline-block text-sm text-accent underline print:hidden"
                    href={`/campaigns/${c.slug}/letter-sheet.pdf?person=${encodeURIComponent(record.person.slug)}&sample=${s.id}`}
                  >
                    {t("letterSheet", { language: language(s.language) })}
                  </a>
                </details>
              ))}
            </div>
          )}
        </div>
      ))}

      {envelope.lines.length > 0 && (
        <IWrote
          slug={record.person.slug}
          locale={locale}
          labels={{ button: t("iWrote", { name }), hint: t("iWroteHint"), failed: t("countFailed") }}
        />
      )}
    </section>
  );
}
