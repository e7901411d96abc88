import Link from "next/link";
import { formatDate } from "@/lib/i18n/format";
import { localePath, recordLang, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { Footnote } from "@/lib/public/footnotes";

/** The numbered list of sources at the foot of a case page, each quoting its passage. */
export function SourceNotes({ notes, locale }: { notes: Footnote[]; locale: Locale }) {
  if (notes.length === 0) return null;
  const t = translator(locale, "case");
  return (
    <section aria-labelledby="sources-heading" className="mt-12 border-t border-line pt-6">
      <h2 id="sources-heading" className="font-serif text-xl font-semibold">{t("sources")}</h2>
      <ol className="mt-4 space-y-3 text-sm">
        {notes.map(({ number, citation }) => (
          <li key={number} id={`note-${number}`} className="flex gap-3 scroll-mt-20">
            <span className="w-7 shrink-0 text-right font-semibold text-muted">{number}.</span>
            {citation.public ? (
              <div>
                {!citation.isPreferred && (
                  <p className="mb-1 font-medium text-amber-900">
                    {citation.note
                      ? t.rich("differsWithNote", { note: <span lang={recordLang(locale)}>{citation.note}</span> })
                      : t("differs")}
                  </p>
                )}
                <q className="text-ink">{citation.quote}</q>{" "}
                <span className="text-muted">
                  —{" "}
                  {/* Not prefetched: a case page has a note per cited fact (50 events' worth on a
                      long timeline), and each would ask the server for its source page. */}
                  <Link
                    href={localePath(locale, `/sources/${citation.sourceId}?cite=${citation.id}#cite-${citation.id}`)}
                    prefetch={false}
                    className="font-medium text-accent underline-offset-2 hover:underline"
                  >
                    {citation.sourceTitle}
                  </Link>
                  {citation.sourcePublisher ? `, ${citation.sourcePublisher}` : ""}
                  {citation.sourceDate ? `, ${formatDate(locale, citation.sourceDate, citation.sourceDatePrecision)}` : ""}
                </span>
              </div>
            ) : (
              <div className="text-muted">{t(citation.isPreferred ? "internalRecord" : "internalRecordDiffers")}</div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
