import { SENTENCE_BANDS, SORTS, STATUSES, type DirectoryParams } from "@/lib/public/directory-params";
import { statusLabel } from "@/lib/public/labels";

// A plain GET form: it works without JavaScript, with the keyboard, and leaves the whole
// state in the URL so a search can be shared.

const sentenceLabel: Record<keyof typeof SENTENCE_BANDS, string> = {
  "under-2": "Under 2 years", "2-5": "2 to 5 years", "5-10": "5 to 10 years", "over-10": "Over 10 years",
};
const sortLabel: Record<(typeof SORTS)[number], string> = {
  relevance: "Best match", name: "Name", "detained-newest": "Detained most recently", "detained-oldest": "Detained longest ago",
  sentence: "Longest sentence", updated: "Recently updated",
};

type Facets = { regions: string[]; facilities: string[]; articles: string[]; designations: string[] };

export function DirectoryFilters({ params, facets }: { params: DirectoryParams; facets: Facets }) {
  const active = [params.status, params.custody, params.region, params.facility, params.article, params.designation, params.sentence].some(Boolean);
  return (
    <form action="/prisoners" method="get" role="search" aria-label="Search the records" className="mt-6 space-y-4">
      <div className="flex gap-2">
        <label htmlFor="q" className="sr-only">Name, in any spelling or script, or a charge, prison or word</label>
        <input
          id="q" name="q" type="search" defaultValue={params.q ?? ""} autoComplete="off" spellCheck={false}
          placeholder="Any spelling: Kolesnikova, Калеснікава…"
          className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 py-2.5 text-base placeholder:text-stone-500 focus:border-accent"
        />
        <button type="submit" className="rounded-md bg-accent px-4 py-2.5 font-semibold text-white hover:bg-teal-900">Search</button>
      </div>
      <details open={active} className="group rounded-lg border border-line bg-white">
        <summary className="cursor-pointer select-none px-4 py-3 text-sm font-semibold text-ink">
          Filters and sorting{active && <span className="ml-2 font-normal text-muted">(filters applied)</span>}
        </summary>
        <div className="grid gap-4 border-t border-line px-4 py-4 sm:grid-cols-2 lg:grid-cols-4">
          <Select name="custody" label="Held or released" value={params.custody} options={[["held", "Held now"], ["released", "Released"]]} />
          <Select name="status" label="Status" value={params.status} options={STATUSES.map((s) => [s, statusLabel[s] ?? s])} />
          <Select name="region" label="Region" value={params.region} options={facets.regions.map((r) => [r, r])} />
          <Select name="facility" label="Held at" value={params.facility} options={facets.facilities.map((f) => [f, f])} />
          <Select name="article" label="Criminal-code article" value={params.article} options={facets.articles.map((a) => [a, `Art. ${a}`])} />
          <Select name="sentence" label="Sentence" value={params.sentence} options={Object.entries(sentenceLabel)} />
          <Select name="designation" label="Recognised by" value={params.designation} options={facets.designations.map((d) => [d, d])} />
          <Select name="sort" label="Sort by" value={params.sort} options={SORTS.map((s) => [s, sortLabel[s]])} any="Default" />
          <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
            <button type="submit" className="rounded-md border border-accent px-4 py-2 text-sm font-semibold text-accent hover:bg-accent-soft">Apply</button>
            <a href="/prisoners" className="text-sm font-medium text-muted underline hover:text-ink">Clear all</a>
          </div>
        </div>
      </details>
    </form>
  );
}

function Select({ name, label, value, options, any = "Any" }: { name: string; label: string; value?: string; options: [string, string][]; any?: string }) {
  return (
    <label className="block text-sm font-medium text-muted">
      {label}
      <select name={name} defaultValue={value ?? ""} className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-2 text-base text-ink">
        <option value="">{any}</option>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </label>
  );
}
