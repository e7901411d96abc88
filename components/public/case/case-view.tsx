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
  t: Translator<"case">;
  date: (value: string | Date | null, precision: Parameters<typeof formatDate>[2]) => string;
  cite: (type: string, id: string, field?: string) => React.ReactNode;
  notes: Footnotes;
  /** Text caseworkers wrote (bio, events, charges…) is in the record's language, whatever the page's. */
  lang: Locale | undefined;
};

export function caseView(locale: Locale, record: PublicRecord, held: boolean): CaseView {
  const notes = new Footnotes(record.citations);
  return {
    locale,
    record,
    held,
    t: translator(locale, "case"),
    date: (value, precision) => formatDate(locale, value, precision),
    cite: (type, id, field) => <CitationMarks notes={notes.for(type, id, field)} locale={locale} />,
    notes,
    lang: recordLang(locale),
  };
}
