import type { Footnote } from "@/lib/public/footnotes";

/** Superscript footnote numbers after a fact; each jumps to its entry under "Sources". */
export function CitationMarks({ notes }: { notes: Footnote[] }) {
  if (notes.length === 0) return null;
  return (
    <sup className="ml-0.5 whitespace-nowrap text-[0.7em] font-semibold">
      {notes.map((n, i) => (
        <span key={n.number}>
          {i > 0 && ","}
          <a href={`#note-${n.number}`} id={`ref-${n.citation.id}`} className="text-accent hover:underline" aria-label={`Source ${n.number}`}>
            [{n.number}]
          </a>
        </span>
      ))}
    </sup>
  );
}
