import { pageMetadata } from "@/lib/i18n/page-metadata";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublicCampaign } from "@/lib/campaigns/queries";
import { localePath, recordLang } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import { pageLocale } from "@/lib/i18n/page-locale";
import { label, translator } from "@/lib/i18n/translator";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { nextBirthday, type Birthday } from "@/lib/letters/calendar";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([pageLocale(params), params]);
  const found = await getPublicCampaign(slug);
  return found
    ? {
        title: found.campaign.name,
        description: found.campaign.description ?? undefined,
        ...pageMetadata(locale, `/campaigns/${encodeURIComponent(slug)}`),
      }
    : { title: translator(locale, "notFound")("title") };
}

export default async function PublicCampaignPage({ params }: Props) {
  const [locale, { slug }] = await Promise.all([pageLocale(params), params]);
  const found = await getPublicCampaign(slug);
  if (!found) notFound();
  const { campaign, appeal, released, memorial, actions, samples } = found;
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
      <p className="mt-3 text-muted" data-testid="campaign-count">
        {campaign.goal ? t("goal", { count: actions, goal: campaign.goal }) : t("actions", { count: actions })}
      </p>
      {campaign.goal && (
        <div className="mt-2 h-2 max-w-md rounded bg-stone-200" aria-hidden>
          <div
            className="h-2 rounded bg-accent"
            style={{ width: `${Math.min(100, (actions / campaign.goal) * 100)}%` }}
          />
        </div>
      )}
      <Upcoming locale={locale} people={appeal} />
      <p className="mt-2 text-sm print:hidden">
        <a className="text-accent underline" href={`/campaigns/${campaign.slug}/birthdays.ics`}>
          {t("calendar")}
        </a>
      </p>

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

      <h2 id="held-heading" className="mt-8 font-serif text-2xl font-semibold">
        {t("heldHeading")}
      </h2>
      {campaign.publicOrder === "FEWEST_LETTERS" && <p className="mt-1 text-sm text-muted">{t("orderedByFewest")}</p>}
      <ul aria-labelledby="held-heading" className="mt-4 grid gap-6 md:grid-cols-2" data-testid="appeal">
        {appeal.map((l) => {
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
              {l.envelope.lines.length > 0 ? (
                <div className="mt-3">
                  <h3 className="text-sm font-semibold">{t("writeTo")}</h3>
                  <address lang={l.envelope.language} className="mt-1 whitespace-pre-line font-mono text-sm not-italic">
                    {l.envelope.lines.join("\n")}
                  </address>
                  {/* Letter addresses (and campaign overrides) are the organisation's, not quoted from a source. */}
                  <p className="mt-1 text-xs text-muted">{translator(locale, "case")("organisationRecords")}</p>
                </div>
              ) : (
                <p className="mt-3 text-sm text-muted">{t("noAddress")}</p>
              )}
              <p className="mt-2 text-sm text-muted">{t("lettersSoFar", { count: l.letters })}</p>
              <SampleLetters
                locale={locale}
                campaignSlug={campaign.slug}
                personSlug={l.slug}
                samples={
                  samples.filter((s) => s.personId === l.personId).length
                    ? samples.filter((s) => s.personId === l.personId)
                    : samples.filter((s) => s.personId === null)
                }
              />
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

      {released.length > 0 && (
        <section aria-labelledby="released-heading" className="mt-10" data-testid="released">
          <h2 id="released-heading" className="font-serif text-2xl font-semibold">
            {t("releasedHeading")}
          </h2>
          <p className="mt-1 max-w-3xl text-muted">{t("releasedIntro")}</p>
          <ul className="mt-3 space-y-1">
            {released.map((l) => (
              <li key={l.slug}>
                <Link href={localePath(locale, `/prisoners/${l.slug}`)} className="text-accent underline">
                  {localName(locale, l.name, l.names)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {memorial.length > 0 && (
        <section aria-labelledby="memorial-heading" className="mt-10">
          <h2 id="memorial-heading" className="font-serif text-2xl font-semibold">
            {t("memorialHeading")}
          </h2>
          <ul className="mt-3 space-y-1">
            {memorial.map((l) => (
              <li key={l.slug}>
                <Link href={localePath(locale, `/prisoners/${l.slug}`)} className="text-accent underline">
                  {localName(locale, l.name, l.names)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

type Person = {
  slug: string;
  name: string;
  names: { text: string; script: "LATN" | "CYRL"; language: string; kind: string; isPrimary: boolean }[];
  birthday: Birthday | null;
  trials: string[];
};

/** Birthdays and hearings in the next 60 days: a card that arrives on the day, a letter before a trial. */
function Upcoming({ locale, people }: { locale: Locale; people: Person[] }) {
  const t = translator(locale, "campaign");
  const today = new Date();
  const horizon = today.getTime() + 60 * 86_400_000;
  const items = people
    .flatMap((p) => [
      ...(p.birthday ? [{ at: nextBirthday(p.birthday, today), kind: "birthday" as const, p }] : []),
      ...p.trials.map((d) => ({ at: new Date(`${d}T00:00:00Z`), kind: "trial" as const, p })),
    ])
    .filter((i) => i.at.getTime() <= horizon)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="upcoming-heading" className="mt-4">
      <h2 id="upcoming-heading" className="font-semibold">
        {t("upcoming")}
      </h2>
      <ul className="mt-1 text-sm">
        {items.map((i) => (
          <li key={`${i.kind}-${i.p.slug}-${i.at.toISOString()}`}>
            {t(i.kind, {
              name: localName(locale, i.p.name, i.p.names),
              date: formatDate(locale, i.at.toISOString().slice(0, 10), "DAY"),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

function SampleLetters({
  locale,
  campaignSlug,
  personSlug,
  samples,
}: {
  locale: Locale;
  campaignSlug: string;
  personSlug: string;
  samples: { id: string; language: string; body: string }[];
}) {
  const t = translator(locale, "letters");
  if (samples.length === 0) return null;
  return (
    <div className="mt-3">
      <h3 className="text-sm font-semibold">{t("sampleLetters")}</h3>
      {samples.map((s) => (
        <details key={s.id} className="mt-1 rounded border border-line px-3 py-1">
          <summary className="cursor-pointer text-sm">
            {t("sampleIn", { language: label(locale, "nameLanguage", s.language) })}
          </summary>
          <p lang={s.language} className="mt-1 whitespace-pre-line text-sm">
            {s.body}
          </p>
          <a
            className="text-sm text-accent underline"
            href={`/campaigns/${campaignSlug}/letter-sheet.pdf?person=${encodeURIComponent(personSlug)}&sample=${s.id}`}
          >
            {t("letterSheet", { language: label(locale, "nameLanguage", s.language) })}
          </a>
        </details>
      ))}
    </div>
  );
}
