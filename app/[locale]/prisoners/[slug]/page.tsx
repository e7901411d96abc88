import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CitationMarks } from "@/components/public/citation-marks";
import { SourceNotes } from "@/components/public/source-notes";
import { ViewBeacon } from "@/components/public/view-beacon";
import { StatusBadge } from "@/components/ui/status-badge";
import { daysSince, partialDateAttribute } from "@/lib/dates/partial-date";
import { formatDate, formatSince, formatTerm } from "@/lib/i18n/format";
import { recordLang } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { localName } from "@/lib/i18n/names";
import { pageLocale } from "@/lib/i18n/page-locale";
import { label, translator } from "@/lib/i18n/translator";
import {
  detentionLength,
  expectedRelease,
  lastFamilyContact,
  ongoingConditions,
  PROLONGED_SOLITARY_DAYS,
} from "@/lib/public/case-facts";
import { Footnotes } from "@/lib/public/footnotes";
import { personJsonLd } from "@/lib/public/json-ld";
import { getCachedPublicCase } from "@/lib/public/case-cache";
import { WriteTo } from "@/components/public/letters/write-to";
import { activeCampaignsFor } from "@/lib/campaigns/queries";
import { localFacilityText } from "@/lib/letters/local-text";

// Served from the cache (ISR) and rebuilt when a caseworker publishes (lib/public/case-cache.ts);
// at most 10 s stale even if a writer forgets to revalidate. No page is built at deploy time.
// Each language is its own cached page (/prisoners/…, /be/prisoners/…, /ru/prisoners/…); all
// three read the one cached record, so one revalidation refreshes them together.
export const revalidate = 10;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([pageLocale(params), params]);
  const found = await getCachedPublicCase(slug);
  if (!found) return { title: translator(locale, "notFound")("title") };
  const { person } = found.record;
  const name = localName(locale, person.displayName, found.record.names);
  const description =
    person.bio ?? translator(locale, "case")("description", { name, status: label(locale, "status", found.status) });
  return {
    title: name,
    description,
    ...pageMetadata(locale, `/prisoners/${person.slug}`, {
      types: { "application/atom+xml": `/prisoners/${person.slug}/feed.xml` },
      // The case's own card (./card.png/route.ts): public fields only.
      card: `/prisoners/${person.slug}/card.png`,
      openGraph: { type: "profile", title: name, description },
    }),
  };
}

export default async function CasePage({ params }: Props) {
  const [locale, { slug }] = await Promise.all([pageLocale(params), params]);
  const found = await getCachedPublicCase(slug);
  if (!found) notFound();
  const { record, status, held, lastUpdatedAt } = found;
  const { person } = record;
  const t = translator(locale, "case");
  const campaigns = held ? await activeCampaignsFor(person.id) : [];
  const date = (value: string | Date | null, precision: Parameters<typeof formatDate>[2]) =>
    formatDate(locale, value, precision);
  const notes = new Footnotes(record.citations);
  const cite = (type: string, id: string, field?: string) => (
    <CitationMarks notes={notes.for(type, id, field)} locale={locale} />
  );
  // Text caseworkers wrote (bio, events, charges…) is in the record's language, whatever the page's.
  const lang = recordLang(locale);

  const name = localName(locale, person.displayName, record.names);
  const length = detentionLength(record);
  const ongoing = ongoingConditions(record, held);
  const contact = lastFamilyContact(record);
  const otherNames = [
    // The display name is a name variant as a rule; shown among the others when the heading is a local spelling.
    ...(name !== person.displayName && !record.names.some((n) => n.text === person.displayName)
      ? [{ id: "display-name", text: person.displayName, script: "LATN" as const, language: "en" }]
      : []),
    ...record.names.filter((n) => n.text !== name),
  ];

  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: personJsonLd(record, name) }} />
      <ViewBeacon slug={person.slug} />
      <header className="border-b border-line pb-6">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="break-words font-serif text-3xl font-semibold tracking-tight sm:text-4xl">{name}</h1>
          <StatusBadge status={status} held={held} locale={locale} />
        </div>
        {otherNames.length > 0 && (
          <p className="mt-2 text-sm text-muted">
            <span className="font-medium">{t("alsoSpelled")} </span>
            {otherNames.map((n, i) => (
              <span key={n.id}>
                {i > 0 && " · "}
                {/* A name and its language stay on one line. */}
                <span className="whitespace-nowrap">
                  <span lang={n.language} className="text-ink">
                    {n.text}
                  </span>
                  {n.script === "CYRL" && translator(locale, "labels").has(`nameLanguage.${n.language}`) && (
                    <span> ({label(locale, "nameLanguage", n.language)})</span>
                  )}
                  {cite("NAME_VARIANT", n.id)}
                </span>
              </span>
            ))}
          </p>
        )}
        {person.bio && (
          <p className="mt-4 max-w-3xl text-lg leading-relaxed">
            <span lang={lang}>{person.bio}</span>
            {cite("PERSON", person.id, "bio")}
          </p>
        )}
        {lang && <p className="mt-3 max-w-3xl text-sm text-muted">{t("recordLanguage")}</p>}
      </header>

      {ongoing.length > 0 && (
        <section aria-label={t("ongoingConditions")} className="mt-6 space-y-2">
          {ongoing.map((c) => (
            <p key={c.id} className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-amber-950">
              <strong>{label(locale, "condition", c.kind)}</strong>
              {c.days !== null && <> {t("conditionFor", { exact: c.exact, days: c.days })}</>}
              {c.prolonged && <> {t("prolonged", { limit: PROLONGED_SOLITARY_DAYS })}</>}
              {cite("CONDITION_PERIOD", c.id)}
            </p>
          ))}
        </section>
      )}

      <section aria-labelledby="facts-heading" className="mt-8">
        <h2 id="facts-heading" className="font-serif text-xl font-semibold">
          {t("atAGlance")}
        </h2>
        <dl className="mt-4 grid gap-x-8 gap-y-5 sm:grid-cols-2">
          {length && (
            <Fact label={t("daysInDetention")}>
              {t("detentionLength", {
                exact: length.exact,
                days: length.days,
                since: formatSince(locale, length.since, length.precision),
              })}
            </Fact>
          )}
          {record.detentions.map((d) => {
            const start = t("detentionStart", {
              kind: label(locale, "detentionKind", d.kind),
              date: d.arrestDate ? date(d.arrestDate, d.arrestDatePrecision) : t("dateNotKnown"),
            });
            // Belarusian and Russian dates end in "г.": no second full stop after them.
            const stop = !d.arrestPlace && start.endsWith(".") ? " " : ". ";
            return (
              <Fact key={d.id} label={t("detention")}>
                {start}
                {d.arrestPlace && (
                  <>
                    , <span lang={lang}>{d.arrestPlace}</span>
                  </>
                )}
                {(d.released || d.releaseDate) && (
                  <>
                    {stop}
                    {t("releasedOn", {
                      date: d.releaseDate ? date(d.releaseDate, d.releaseDatePrecision) : t("dateNotKnown"),
                    })}
                    {d.releaseType && <> ({label(locale, "releaseType", d.releaseType)})</>}
                  </>
                )}
                {cite("DETENTION_EPISODE", d.id)}
              </Fact>
            );
          })}
          {record.prosecutions.flatMap((p) => [
            ...p.sentences.map((s) => (
              <Fact key={s.id} label={t("sentence")}>
                {formatTerm(locale, s.termMonths) ?? t("termNotKnown")}
                {s.regime && (
                  <>
                    , <span lang={lang}>{s.regime}</span>
                  </>
                )}
                {held && expectedRelease(s.startDate, s.termMonths) && (
                  <span className="block text-muted">
                    {t("expectedRelease", {
                      date: date(expectedRelease(s.startDate, s.termMonths), s.startDatePrecision),
                    })}
                  </span>
                )}
                {cite("SENTENCE", s.id)}
              </Fact>
            )),
            p.charges.length > 0 && (
              <Fact key={`${p.id}-charges`} label={t("charges")}>
                <ul className="space-y-1">
                  {p.charges.map((c) => (
                    <li key={c.id}>
                      {c.article && (
                        <span className="font-medium">
                          {t("articleReference", {
                            article: `${c.article.article}${c.article.part ? `(${c.article.part})` : ""}`,
                          })}{" "}
                          <span lang={lang}>{c.article.title}</span>
                        </span>
                      )}
                      {c.article && c.description && " — "}
                      {c.description && <span lang={lang}>{c.description}</span>}
                      {cite("CHARGE", c.id)}
                    </li>
                  ))}
                </ul>
              </Fact>
            ),
          ])}
          {person.occupation && (
            <Fact label={t("occupation")}>
              <span lang={lang}>{person.occupation}</span>
              {cite("PERSON", person.id, "occupation")}
            </Fact>
          )}
          {contact && (
            <Fact label={t("lastFamilyContact")}>
              {date(contact.date, contact.precision)}
              {held && <> — {t("daysAgo", { days: daysSince(contact.date) })}</>}
            </Fact>
          )}
          {record.designations.map((g) => (
            <Fact key={g.id} label={t("recognisedAs")}>
              {t("designation", { kind: label(locale, "designation", g.kind), organisation: g.organisation })}
              {g.date && <>, {date(g.date, g.datePrecision)}</>}
              {cite("DESIGNATION", g.id)}
            </Fact>
          ))}
          {record.placements
            .filter((p) => !p.toDate)
            .map((p) => (
              <Fact key={p.id} label={t("heldAt")}>
                {/* The envelope address and the letter guidance are in "Write to …" below. */}
                <span lang={localFacilityText(locale, p.facility).nameLang}>
                  {localFacilityText(locale, p.facility).name}
                </span>
                {cite("PLACEMENT", p.id)}
              </Fact>
            ))}
        </dl>
      </section>

      <WriteTo locale={locale} record={record} held={held} name={name} campaigns={campaigns} />

      {record.conditions.length > 0 && (
        <Section id="conditions" title={t("conditions")}>
          <ul className="space-y-2">
            {record.conditions.map((c) => (
              <li key={c.id}>
                <span className="font-medium">{label(locale, "condition", c.kind)}</span>
                {(c.startDate || c.endDate) && (
                  <span className="text-muted">
                    {" "}
                    ({c.startDate ? date(c.startDate, c.startDatePrecision) : t("startNotKnown")} –{" "}
                    {c.endDate ? date(c.endDate, c.endDatePrecision) : held ? t("ongoing") : t("endNotKnown")})
                  </span>
                )}
                {c.description && (
                  <>
                    : <span lang={lang}>{c.description}</span>
                  </>
                )}
                {cite("CONDITION_PERIOD", c.id)}
              </li>
            ))}
          </ul>
        </Section>
      )}

      {(record.lawyers.length > 0 || record.relatives.length > 0) && (
        <Section id="people" title={t("lawyersAndFamily")}>
          <ul className="space-y-2">
            {record.lawyers.map((l) => (
              <li key={l.id}>
                {t.rich("lawyer", {
                  name: <span className="font-medium">{l.lawyerName}</span>,
                  status: label(locale, "representation", l.status),
                })}
                {l.note && (
                  <span className="text-muted">
                    . <span lang={lang}>{l.note}</span>
                  </span>
                )}
                {cite("LEGAL_REPRESENTATION", l.id)}
              </li>
            ))}
            {record.relatives.map((r) => (
              <li key={r.id}>
                <span className="font-medium">{r.name}</span>, <span lang={lang}>{r.relation}</span>
                {cite("RELATIVE", r.id)}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="timeline" title={t("timeline")}>
        {record.timeline.length === 0 ? (
          <p className="text-muted">{t("noEvents")}</p>
        ) : (
          <ol className="relative space-y-6 border-l-2 border-line pl-6">
            {record.timeline.map((event) => (
              <li key={event.id} id={`event-${event.id}`} className="relative scroll-mt-24">
                <span
                  aria-hidden
                  className="absolute -left-[31px] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-accent"
                />
                <p className="text-sm font-medium text-muted">
                  <time dateTime={partialDateAttribute(event.date, event.datePrecision)}>
                    {date(event.date, event.datePrecision)}
                  </time>
                </p>
                <h3 className="font-semibold">
                  <span lang={lang}>{event.title}</span>
                  {cite("TIMELINE_EVENT", event.id)}
                </h3>
                {event.text && (
                  <p className="mt-1 max-w-3xl leading-relaxed text-stone-700" lang={lang}>
                    {event.text}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>

      <SourceNotes notes={notes.list} locale={locale} />

      <p className="mt-10 text-sm text-muted">
        {t.rich("lastUpdated", {
          date: <time dateTime={lastUpdatedAt}>{date(lastUpdatedAt.slice(0, 10), "DAY")}</time>,
        })}
      </p>
    </article>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-medium text-muted">{label}</dt>
      <dd className="mt-1">{children}</dd>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10">
      <h2 id={`${id}-heading`} className="mb-4 font-serif text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
