import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatPartialDate, type DatePrecision } from "@/lib/dates/partial-date";
import { getPublicSource } from "@/lib/public/queries";
import { highlightQuotes } from "@/lib/sources/highlight";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ cite?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getPublicSource((await params).id);
  return found ? { title: found.source.title } : { title: "Not found" };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const [{ id }, { cite: selected }] = await Promise.all([params, searchParams]);
  const found = await getPublicSource(id);
  if (!found) notFound();
  const { source, citedBy } = found;

  const citations = citedBy.flatMap((p) => p.citations);
  const segments = highlightQuotes(source.text, citations.map((c) => ({ id: c.id, quote: c.quote })));
  const anchored = new Set<string>();

  return (
    <article className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div>
        <p className="text-sm font-medium uppercase tracking-wide text-muted">Source</p>
        <h1 className="mt-1 font-serif text-3xl font-semibold tracking-tight">{source.title}</h1>
        <p className="mt-2 text-muted">
          {[source.publisher, source.author, source.publishedDate && formatPartialDate(source.publishedDate, source.publishedDatePrecision as DatePrecision)]
            .filter(Boolean)
            .join(" · ")}
        </p>
        {source.url && (
          <p className="mt-2 text-sm">
            Original: <a href={source.url} rel="noopener noreferrer nofollow" className="break-all text-accent underline">{source.url}</a>
          </p>
        )}
        {source.nextVersionId && (
          <p className="mt-4 rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-sm">
            This is an earlier copy of the source. <Link href={`/sources/${source.nextVersionId}`} className="font-medium text-accent underline">Read the corrected text</Link>. Passages cited from this copy stay highlighted here.
          </p>
        )}
        {source.previousVersionId && (
          <p className="mt-4 text-sm text-muted">
            Corrected copy (version {source.version}). <Link href={`/sources/${source.previousVersionId}`} className="text-accent underline">See the earlier copy</Link>.
          </p>
        )}
        <p className="mt-4 rounded-md bg-stone-100 px-4 py-3 text-sm text-muted">
          The text below is the copy Casebook stored when the source was added. Highlighted passages are cited on case pages.
        </p>
        <div className="mt-6 whitespace-pre-line font-serif text-lg leading-relaxed" lang={source.language}>
          {segments.map((segment) => {
            if (segment.citationIds.length === 0) return <span key={segment.start}>{segment.text}</span>;
            const isSelected = selected !== undefined && segment.citationIds.includes(selected);
            // The anchor goes on the first segment of each citation, so #cite-ID scrolls to its start.
            const anchorId = segment.citationIds.find((cid) => !anchored.has(cid));
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
        <h2 id="cited-heading" className="font-serif text-lg font-semibold">Cited on</h2>
        {citedBy.length === 0 ? (
          <p className="mt-2 text-sm text-muted">No published case cites this source yet.</p>
        ) : (
          <ul className="mt-3 space-y-4 text-sm">
            {citedBy.map((person) => (
              <li key={person.slug}>
                <Link href={`/prisoners/${person.slug}`} className="font-semibold text-accent hover:underline">{person.displayName}</Link>
                <ul className="mt-1 space-y-1 text-muted">
                  {person.citations.map((c) => (
                    <li key={c.id}>
                      <a href={`?cite=${c.id}#cite-${c.id}`} className={`hover:text-ink ${c.id === selected ? "font-semibold text-ink" : ""}`}>
                        {c.fact}
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
