import { CITATION_DECISIONS } from "@/lib/forms/citation-review";
import type { FormState } from "@/lib/forms/form-state";

const input = "mt-1 w-full rounded border border-line bg-white px-3 py-2";

/**
 * Shown in a record form when a save changed cited facts: each quote, and whether it
 * still supports the new value. Nothing is saved until every citation has an answer.
 */
export function CitationReview({ state, idPrefix }: { state: FormState; idPrefix: string }) {
  if (state.status !== "review" || !state.citations) return null;
  return (
    <fieldset
      className="space-y-4 rounded border border-amber-400 bg-amber-50 p-4 text-sm"
      data-testid="citation-review"
      aria-describedby={`${idPrefix}-review-help`}
    >
      <legend className="px-1 font-semibold">Do the sources still support this?</legend>
      <p id={`${idPrefix}-review-help`} role="alert">
        Nothing is saved yet. This change alters a cited fact. For each quote below, say whether it still supports the
        new value; your other input is kept.
      </p>
      {state.citations.map((c) => (
        <div key={c.id} className="rounded border border-line bg-white p-3" data-testid="review-citation">
          <blockquote className="font-serif italic">“{c.quote}”</blockquote>
          <p className="mt-1 text-muted">
            {c.sourceTitle}
            {c.fieldLabel ? ` · cited for ${c.fieldLabel.toLowerCase()}` : ""}
          </p>
          <div className="mt-2 space-y-1" role="radiogroup" aria-label={`What to do with “${c.quote.slice(0, 60)}”`}>
            {Object.entries(CITATION_DECISIONS).map(([value, label]) => (
              <label key={value} className="flex items-center gap-2">
                <input type="radio" name={`$citation:${c.id}`} value={value} required />
                {label}
              </label>
            ))}
          </div>
        </div>
      ))}
      <div>
        <p className="font-medium">Cite a new passage for the new value (optional)</p>
        <label htmlFor={`${idPrefix}-new-source`} className="mt-2 block">
          Source
        </label>
        <select id={`${idPrefix}-new-source`} name="$newSourceId" className={input} defaultValue="">
          <option value="">—</option>
          {(state.sources ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
        <label htmlFor={`${idPrefix}-new-quote`} className="mt-2 block">
          Passage, exactly as in the source
        </label>
        <textarea
          id={`${idPrefix}-new-quote`}
          name="$newQuote"
          rows={3}
          className={input}
          aria-invalid={state.errors?.$newQuote ? true : undefined}
        />
        {state.errors?.$newQuote && <p className="mt-1 text-red-800">{state.errors.$newQuote}</p>}
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="$cosmetic" />
        This is a cosmetic change (a typo or spacing): every quote still supports it. The history will say so.
      </label>
    </fieldset>
  );
}
