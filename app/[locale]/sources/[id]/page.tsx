import { pageMetadata } from "@/lib/i18n/page-metadata";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { DatePrecision } from "@/lib/dates/partial-date";
import { formatDate } from "@/lib/i18n/format";
import { localePath, recordLang, type Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import { pageLocale } from "@/lib/i18n/page-locale";
import { label, translator, type MessageKey } from "@/lib/i18n/translator";
import { getPublicSource, type CitedFact } from "@/lib/public/queries";
import { highlightQuotes } from "@/lib/sources/highlight";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ cite?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { id }] = await Promise.all([pageLocale(params), params]);
  const found = await getPublicSource(id);
  return found
    ? { title: found.source.title, ...pageMetadata(locale, `/sources/${encodeURIComponent(id)}`) }
    : { title: translator(locale, "notFound")("title") };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const [locale, { id }, { cite: selected }] = await Promise.all([pageLocale(params), params, searchParams]);
  const found = await getPublicSource(id);
  if (!found) notFound();
  const { source, citedBy } = found;
  const t = translator(locale, "source");

  const citations = citedBy.flatMap((p) => p.citations);
  const segments = highlightQuotes(
    source.text,
    citations.map((c) => ({ id: c.id, quote: c.quote })),
  );
  const anchored = new Set<string>();

  return (
    <article className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div>
        <p className="text-sm font-medium uppercase tracking-wide text-muted">{t("eyebrow")}</p>
        <h1 className="mt-1 break-words font-serif text-3xl font-semibold tracking-tight" lang={source.language}>
          {source.title}
        </h1>
        <p className="mt-2 text-muted">
          {[
            source.publisher,
            source.author,
            source.publishedDate &&
              formatDate(locale, source.publishedDate, source.publishedDatePrecision as DatePrecision),
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
        {source.url && (
          <p className="mt-2 text-sm">
            {t("original")}{" "}
            <a href={source.url} rel="noopener noreferrer nofollow" className="break-all text-accent underline">
              {source.url}
            </a>
          </p>
        )}
        {source.nextVersionId && (
          <p className="mt-4 rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-sm">
            {t.rich("earlierCopy", {
              link: (chunks) => (
                <Link
                  href={localePath(locale, `/sources/${source.nextVersionId}`)}
                  className="font-medium text-accent underline"
                >
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
        {source.previousVersionId && (
          <p className="mt-4 text-sm text-muted">
            {t.rich("correctedCopy", {
              version: source.version,
              link: (chunks) => (
                <Link
                  href={localePath(locale, `/sources/${source.previousVersionId}`)}
                  className="text-accent underline"
                >
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
        <p className="mt-4 rounded-md bg-stone-100 px-4 py-3 text-sm text-muted">{t("storedCopy")}</p>
        <div className="mt-6 whitespace-pre-line font-serif text-lg leading-relaxed" lang={source.language}>
          {segments.map((segment) => {
            if (segment.citationIds.length === 0) return <span key={segment.start}>{segment.text}</span>;
            const isSelected = selected !== undefined && segment.citationIds.includes(selected);
            // The anchor goes on the first segment of each citation, so #cite-ID scrolls to its start.
            // A segment carries one id: where citations quote the same words, the one the reader
            // followed (?cite=) gets it, or following it would not scroll to the passage.
            const anchorId =
              isSelected && !anchored.has(selected) ? selected : segment.citationIds.find((cid) => !anchored.has(cid));
            if (anchorId) anchored.add(anchorId);
            return (
              <mark
                key={segment.start}
                id={anchorId && (anchorId === selected || !isSelected) ? `cite-${anchorId}` : undefined}
                data-selected={isSelected ? "true" : undefined}
                className="scroll-mt-24 rounded-sm bg-mark px-0.5 text-inherit"
              >
                {segment.text}
              </mark>
            );
          })}
        </div>
      </div>

      <aside aria-labelledby="cited-heading" className="lg:sticky lg:top-6 lg:self-start">
        <h2 id="cited-heading" className="font-serif text-lg font-semibold">
          {t("citedOn")}
        </h2>
        {citedBy.length === 0 ? (
          <p className="mt-2 text-sm text-muted">{t("notCited")}</p>
        ) : (
          <ul className="mt-3 space-y-4 text-sm">
            {citedBy.map((person) => (
              <li key={person.slug}>
                <Link
                  href={localePath(locale, `/prisoners/${person.slug}`)}
                  className="font-semibold text-accent hover:underline"
                >
                  {localName(locale, person.displayName, person.names)}
                </Link>
                <ul className="mt-1 space-y-1 text-muted">
                  {person.citations.map((c) => (
                    <li key={c.id}>
                      <a
                        href={`?cite=${c.id}#cite-${c.id}`}
                        className={`hover:text-ink ${c.id === selected ? "font-semibold text-ink" : ""}`}
                      >
                        <FactLabel locale={locale} fact={c.fact} />
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </aside>
    </article>
  );
}

/** "Timeline: Released with 122 other prisoners", "Профіль: род заняткаў". */
function FactLabel({ locale, fact }: { locale: Locale; fact: CitedFact }) {
  const t = translator(locale, "source");
  const subject = t.has(`subjects.${fact.subjectType}`)
    ? t(`subjects.${fact.subjectType}` as MessageKey<"source">)
    : fact.subjectType;
  if (fact.subjectType === "PERSON") {
    const field = fact.field ?? "details";
    return (
      <>
        {t("factProfile", { field: t.has(`fields.${field}`) ? t(`fields.${field}` as MessageKey<"source">) : field })}
      </>
    );
  }
  if (fact.detail === null) return <>{subject}</>;
  switch (fact.subjectType) {
    case "TIMELINE_EVENT":
      return <>{t.rich("factTimeline", { title: <span lang={recordLang(locale)}>{fact.detail}</span> })}</>;
    case "NAME_VARIANT":
      return <>{t("factName", { name: fact.detail })}</>;
    case "CONDITION_PERIOD":
      return <>{t("factCondition", { condition: lowerFirst(label(locale, "condition", fact.detail)) })}</>;
    default:
      return <>{subject}</>;
  }
}

/** "Solitary confinement" → "solitary confinement" after a colon; acronyms (ШІЗА) stay. */
function lowerFirst(text: string) {
  return /^\p{Lu}\p{Lu}/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
