import { SourceNotes } from "@/components/public/source-notes";
import type { CaseView } from "./case-view";

/** The numbered sources, then when the page's public content last changed. */
export function CaseFooter({ view, lastUpdatedAt }: { view: CaseView; lastUpdatedAt: string | null }) {
  const { locale, t, date, notes } = view;
  return (
    <>
      <SourceNotes notes={notes.list} locale={locale} />
      {lastUpdatedAt && (
        <p className="mt-10 text-sm text-muted">
          {t.rich("lastUpdated", {
            date: <time dateTime={lastUpdatedAt}>{date(lastUpdatedAt.slice(0, 10), "DAY")}</time>,
          })}
        </p>
      )}
    </>
  );
}
