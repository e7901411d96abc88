import Link from "next/link";
import type { Footnote } from "@/lib/public/footnotes";
import { formatPartialDate } from "@/lib/dates/partial-date";

/** The numbered list of sources at the foot of a case page, each quoting its passage. */
export function SourceNotes({ notes }: { notes: Footnote[] }) {
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading" className="mt-12 border-t border-line pt-6">
      <h2 id="sources-heading" className="font-serif text-xl font-semibold">Sources</h2>
      <ol className="mt-4 space-y-3 text-sm">
        {notes.map(({ number, citation }) => (
          <li key={number} id={`note-${number}`} className="flex gap-3 scroll-mt-20">
            <span className="w-7 shrink-0 text-right font-semibold text-muted">{number}.</span>
            {citation.public ? (
              <div>
                {!citation.isPreferred && (
                  <p className="mb-1 font-medium text-amber-900">
                    Differs from this record{citation.note ? `: ${citation.note}` : ""}. The record follows its other sources.
                  </p>
                )}
                <q className="text-ink">{citation.quote}</q>{" "}
                <span className="text-muted">
                  —{" "}
                  <Link href={`/sources/${citation.sourceId}?cite=${citation.id}#cite-${citation.id}`} className="font-medium text-accent underline-offset-2 hover:underline">
                    {citation.sourceTitle}
                  </Link>
                  {citation.sourcePublisher ? `, ${citation.sourcePublisher}` : ""}
                  {citation.sourceDate ? `, ${formatPartialDate(citation.sourceDate, citation.sourceDatePrecision)}` : ""}
                </span>
              </div>
            ) : (
              <div className="text-muted">Internal record held by the documenting organisation{citation.isPreferred ? "" : "; it differs from this record"}.</div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
