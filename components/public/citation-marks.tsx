import type { Footnote } from "@/lib/public/footnotes";

/** Superscript footnote numbers after a fact; each jumps to its entry under "Sources". `label` names a mark for screen readers ("Source 3") in the page's language. */
export function CitationMarks({ notes, label = (n) => `Source ${n}` }: { notes: Footnote[]; label?: (number: number) => string }) {
  if (notes.length === 0) return null;
  return (
    <sup className="ml-0.5 whitespace-nowrap text-[0.7em] font-semibold">
      {notes.map((n, i) => (
        <span key={n.number}>
          {i > 0 && ","}
          <a href={`#note-${n.number}`} id={`ref-${n.citation.id}`} className="text-accent hover:underline" aria-label={label(n.number)}>
            [{n.number}]
          </a>
        </span>
      ))}
    </sup>
  );
}
