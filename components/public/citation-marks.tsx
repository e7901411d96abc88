import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { Footnote } from "@/lib/public/footnotes";

/**
 * Superscript footnote numbers after a fact; each jumps to its entry under "Sources".
 * Sources that disagree with the record follow a "sources differ" mark, so a reader
 * sees at the fact itself that its evidence is not unanimous.
 */
export function CitationMarks({ notes, locale = "en" }: { notes: Footnote[]; locale?: Locale }) {
  if (notes.length === 0) return null;
  const t = translator(locale, "case");
  const follows = notes.filter((n) => n.citation.isPreferred);
  const differs = notes.filter((n) => !n.citation.isPreferred);
  const link = (n: Footnote) => (
    <a href={`#note-${n.number}`} id={`ref-${n.citation.id}`} className="text-accent hover:underline" aria-label={t("sourceNumber", { number: n.number })}>
      [{n.number}]
    </a>
  );
  return (
    <sup className="ml-0.5 whitespace-nowrap text-[0.7em] font-semibold">
      {follows.map((n, i) => (
        <span key={n.number}>
          {i > 0 && ","}
          {link(n)}
        </span>
      ))}
      {differs.length > 0 && (
        <span className="ml-1 rounded bg-amber-50 px-1 font-medium text-amber-900" data-testid="sources-differ">
          {t("sourcesDiffer")}{" "}
          {differs.map((n, i) => (
            <span key={n.number}>
              {i > 0 && ","}
              {link(n)}
            </span>
          ))}
        </span>
      )}
    </sup>
  );
}
