import { CitationMarks } from "@/components/public/citation-marks";
import { formatDate } from "@/lib/i18n/format";
import { recordLang, type Locale } from "@/lib/i18n/locales";
import { translator, type Translator } from "@/lib/i18n/translator";
import { Footnotes } from "@/lib/public/footnotes";
import type { PublicRecord } from "@/lib/public/record";

/**
 * What every section of a public case page shares: the language, the case's messages,
 * dates in that language, and the one footnote numbering (so sections cite in page order).
 */
export type CaseView = {
  locale: Locale;
  record: PublicRecord;
  held: boolean;
  /** Months after which the custody status's newest confirmation counts as stale. */
  staleAfterMonths: number;
  /** The workspace's publication preview: unsourced facts are marked loudly. */
  preview: boolean;
  t: Translator<"case">;
  date: (value: string | Date | null, precision: Parameters<typeof formatDate>[2]) => string;
  cite: (type: string, id: string, field?: string) => React.ReactNode;
  notes: Footnotes;
  /** Text caseworkers wrote (bio, events, charges…) is in the record's language, whatever the page's. */
  lang: Locale | undefined;
};

export function caseView(
  locale: Locale,
  record: PublicRecord,
  held: boolean,
  { staleAfterMonths, preview = false }: { staleAfterMonths: number; preview?: boolean },
): CaseView {
  const notes = new Footnotes(record.citations);
  const t = translator(locale, "case");
  return {
    locale,
    record,
    held,
    staleAfterMonths,
    preview,
    t,
    date: (value, precision) => formatDate(locale, value, precision),
    // A fact with no confirmed citation says so (docs/decisions/015), rather than borrowing the page's promise.
    // The preview also marks facts whose only support is an internal record: visitors cannot check those.
    cite: (type, id, field) => {
      const marks = notes.for(type, id, field);
      const supported = marks.some((m) => m.citation.isPreferred && (m.citation.public || !preview));
      return (
        <>
          {marks.length > 0 && <CitationMarks notes={marks} locale={locale} />}
          {!supported && <NotYetSourced label={t("notYetSourced")} preview={preview} />}
        </>
      );
    },
    notes,
    lang: recordLang(locale),
  };
}

function NotYetSourced({ label, preview }: { label: string; preview: boolean }) {
  return (
    <span
      data-testid="not-yet-sourced"
      className={
        preview
          ? "ml-1 whitespace-nowrap rounded bg-red-50 px-1 text-xs font-semibold text-red-900 ring-1 ring-red-300"
          : "ml-1 whitespace-nowrap text-xs text-muted"
      }
    >
      ({label})
    </span>
  );
}
