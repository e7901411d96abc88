import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CitationMarks } from "@/components/public/citation-marks";
import { SourceNotes } from "@/components/public/source-notes";
import { ViewBeacon } from "@/components/public/view-beacon";
import { StatusBadge } from "@/components/ui/status-badge";
import { daysSince, formatPartialDate, partialDateAttribute } from "@/lib/dates/partial-date";
import { detentionLength, expectedRelease, lastFamilyContact, ongoingConditions, PROLONGED_SOLITARY_DAYS } from "@/lib/public/case-facts";
import { Footnotes } from "@/lib/public/footnotes";
import { personJsonLd } from "@/lib/public/json-ld";
import { conditionLabel, designationLabel, detentionKindLabel, formatTerm, languageLabel, releaseTypeLabel, representationLabel, statusLabel } from "@/lib/public/labels";
import { getCachedPublicCase } from "@/lib/public/case-cache";

// Served from the cache (ISR) and rebuilt when a caseworker publishes (lib/public/case-cache.ts);
// at most 10 s stale even if a writer forgets to revalidate. No page is built at deploy time.
export const revalidate = 10;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getCachedPublicCase((await params).slug);
  if (!found) return { title: "Not found" };
  const { person } = found.record;
  const description = person.bio ?? `${person.displayName}: ${statusLabel[found.status] ?? found.status}. Case record on Casebook.`;
  return {
    title: person.displayName,
    description,
    alternates: { types: { "application/atom+xml": `/prisoners/${person.slug}/feed.xml` } },
    openGraph: { type: "profile", title: person.displayName, description, images: person.photoUrl ? [person.photoUrl] : undefined },
  };
}

const number = new Intl.NumberFormat("en-GB");

export default async function CasePage({ params }: Props) {
  const found = await getCachedPublicCase((await params).slug);
  if (!found) notFound();
  const { record, status, held, lastUpdatedAt } = found;
  const { person } = record;
  const notes = new Footnotes(record.citations);
  const cite = (type: string, id: string, field?: string) => <CitationMarks notes={notes.for(type, id, field)} />;

  const length = detentionLength(record);
  const ongoing = ongoingConditions(record, held);
  const contact = lastFamilyContact(record);
  const otherNames = record.names.filter((n) => n.text !== person.displayName);

  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: personJsonLd(record) }} />
      <ViewBeacon slug={person.slug} />
      <header className="border-b border-line pb-6">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="font-serif text-3xl font-semibold tracking-tight sm:text-4xl">{person.displayName}</h1>
          <StatusBadge status={status} held={held} />
        </div>
        {otherNames.length > 0 && (
          <p className="mt-2 text-sm text-muted">
            <span className="font-medium">Also spelled </span>
            {otherNames.map((n, i) => (
              <span key={n.id}>
                {i > 0 && " · "}
                <span lang={n.language} className="text-ink">{n.text}</span>
                {languageLabel[n.language] && n.script === "CYRL" && <span> ({languageLabel[n.language]})</span>}
                {cite("NAME_VARIANT", n.id)}
              </span>
            ))}
          </p>
        )}
        {person.bio && (
          <p className="mt-4 max-w-3xl text-lg leading-relaxed">
            {person.bio}
            {cite("PERSON", person.id, "bio")}
          </p>
        )}
      </header>

      {ongoing.length > 0 && (
        <section aria-label="Ongoing conditions" className="mt-6 space-y-2">
          {ongoing.map((c) => (
            <p key={c.id} className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-amber-950">
              <strong>{conditionLabel[c.kind]}</strong>
              {c.days !== null && <> for {c.exact ? "" : "about "}{number.format(c.days)} days</>}
              {c.prolonged && <> — solitary confinement beyond {PROLONGED_SOLITARY_DAYS} days is prolonged under the UN Mandela Rules (43–44)</>}
              {cite("CONDITION_PERIOD", c.id)}
            </p>
          ))}
        </section>
      )}

      <section aria-labelledby="facts-heading" className="mt-8">
        <h2 id="facts-heading" className="font-serif text-xl font-semibold">At a glance</h2>
        <dl className="mt-4 grid gap-x-8 gap-y-5 sm:grid-cols-2">
          {length && (
            <Fact label="Days in detention">
              {length.exact ? "" : "About "}{number.format(length.days)} days, since {formatPartialDate(length.since, length.precision)}
            </Fact>
          )}
          {record.detentions.map((d) => (
            <Fact key={d.id} label="Detention">
              {detentionKindLabel[d.kind]} {d.arrestDate ? formatPartialDate(d.arrestDate, d.arrestDatePrecision) : "(date not known)"}
              {d.arrestPlace && <>, {d.arrestPlace}</>}
              {(d.released || d.releaseDate) && (
                <>
                  . Released {d.releaseDate ? formatPartialDate(d.releaseDate, d.releaseDatePrecision) : "(date not known)"}
                  {d.releaseType && <> ({releaseTypeLabel[d.releaseType]})</>}
                </>
              )}
              {cite("DETENTION_EPISODE", d.id)}
            </Fact>
          ))}
          {record.prosecutions.flatMap((p) => [
            ...p.sentences.map((s) => (
              <Fact key={s.id} label="Sentence">
                {formatTerm(s.termMonths) ?? "Term not known"}
                {s.regime && <>, {s.regime}</>}
                {held && expectedRelease(s.startDate, s.termMonths) && (
                  <span className="block text-muted">Expected release {formatPartialDate(expectedRelease(s.startDate, s.termMonths), s.startDatePrecision)}</span>
                )}
                {cite("SENTENCE", s.id)}
              </Fact>
            )),
            p.charges.length > 0 && (
              <Fact key={`${p.id}-charges`} label="Charges">
                <ul className="space-y-1">
                  {p.charges.map((c) => (
                    <li key={c.id}>
                      {c.article && <span className="font-medium">Art. {c.article.article}{c.article.part && `(${c.article.part})`} {c.article.title}</span>}
                      {c.article && c.description && " — "}
                      {c.description}
                      {cite("CHARGE", c.id)}
                    </li>
                  ))}
                </ul>
              </Fact>
            ),
          ])}
          {person.occupation && (
            <Fact label="Occupation">
              {person.occupation}
              {cite("PERSON", person.id, "occupation")}
            </Fact>
          )}
          {contact && (
            <Fact label="Last contact with family">
              {formatPartialDate(contact.date, contact.precision)}
              {held && <> — about {number.format(daysSince(contact.date))} days ago</>}
            </Fact>
          )}
          {record.designations.map((g) => (
            <Fact key={g.id} label="Recognised as">
              {designationLabel[g.kind]} by {g.organisation}
              {g.date && <>, {formatPartialDate(g.date, g.datePrecision)}</>}
              {cite("DESIGNATION", g.id)}
            </Fact>
          ))}
          {record.placements.filter((p) => !p.toDate).map((p) => (
            <Fact key={p.id} label="Held at">
              {p.facility.name}
              {p.facility.addressLocal && <address className="mt-1 whitespace-pre-line not-italic text-muted">{p.facility.addressLocal}</address>}
              {p.facility.addressLatin && <address className="mt-1 whitespace-pre-line not-italic text-muted">{p.facility.addressLatin}</address>}
              {p.facility.letterGuidance && <p className="mt-2 text-sm text-muted"><span className="font-medium text-ink">Writing a letter: </span>{p.facility.letterGuidance}</p>}
              {cite("PLACEMENT", p.id)}
            </Fact>
          ))}
        </dl>
      </section>

      {record.conditions.length > 0 && (
        <Section id="conditions" title="Conditions of detention">
          <ul className="space-y-2">
            {record.conditions.map((c) => (
              <li key={c.id}>
                <span className="font-medium">{conditionLabel[c.kind]}</span>
                {(c.startDate || c.endDate) && (
                  <span className="text-muted">
                    {" "}({c.startDate ? formatPartialDate(c.startDate, c.startDatePrecision) : "start not known"} – {c.endDate ? formatPartialDate(c.endDate, c.endDatePrecision) : held ? "ongoing" : "end not known"})
                  </span>
                )}
                {c.description && <>: {c.description}</>}
                {cite("CONDITION_PERIOD", c.id)}
              </li>
            ))}
          </ul>
        </Section>
      )}

      {(record.lawyers.length > 0 || record.relatives.length > 0) && (
        <Section id="people" title="Lawyers and family">
          <ul className="space-y-2">
            {record.lawyers.map((l) => (
              <li key={l.id}>
                <span className="font-medium">{l.lawyerName}</span>, lawyer — {representationLabel[l.status]}
                {l.note && <span className="text-muted">. {l.note}</span>}
                {cite("LEGAL_REPRESENTATION", l.id)}
              </li>
            ))}
            {record.relatives.map((r) => (
              <li key={r.id}>
                <span className="font-medium">{r.name}</span>, {r.relation}
                {cite("RELATIVE", r.id)}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="timeline" title="Timeline">
        {record.timeline.length === 0 ? (
          <p className="text-muted">No public events yet.</p>
        ) : (
          <ol className="relative space-y-6 border-l-2 border-line pl-6">
            {record.timeline.map((event) => (
              <li key={event.id} id={`event-${event.id}`} className="relative scroll-mt-24">
                <span aria-hidden className="absolute -left-[31px] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-accent" />
                <p className="text-sm font-medium text-muted">
                  <time dateTime={partialDateAttribute(event.date, event.datePrecision)}>{formatPartialDate(event.date, event.datePrecision)}</time>
                </p>
                <h3 className="font-semibold">
                  {event.title}
                  {cite("TIMELINE_EVENT", event.id)}
                </h3>
                {event.text && <p className="mt-1 max-w-3xl leading-relaxed text-stone-700">{event.text}</p>}
              </li>
            ))}
          </ol>
        )}
      </Section>

      <SourceNotes notes={notes.list} />

      <p className="mt-10 text-sm text-muted">
        Last updated <time dateTime={lastUpdatedAt}>{formatPartialDate(lastUpdatedAt.slice(0, 10), "DAY")}</time>
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
      <h2 id={`${id}-heading`} className="mb-4 font-serif text-xl font-semibold">{title}</h2>
      {children}
    </section>
  );
}
