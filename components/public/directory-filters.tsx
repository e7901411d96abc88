import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/locales";
import { translator, type MessageKey } from "@/lib/i18n/translator";
import { SENTENCE_BANDS, SORTS, STATUSES, type DirectoryParams } from "@/lib/public/directory-params";

// A plain GET form: it works without JavaScript, with the keyboard, and leaves the whole
// state in the URL so a search can be shared.

type Facets = { regions: string[]; facilities: string[]; articles: string[]; designations: string[] };

export function DirectoryFilters({ params, facets, locale }: { params: DirectoryParams; facets: Facets; locale: Locale }) {
  const t = translator(locale, "directory");
  const labels = translator(locale, "labels");
  const active = [params.status, params.custody, params.region, params.facility, params.article, params.designation, params.sentence].some(Boolean);
  const any = t("any");
  return (
    <form action={localePath(locale, "/prisoners")} method="get" role="search" aria-label={t("searchRecords")} className="mt-6 space-y-4">
      <div className="flex gap-2">
        <label htmlFor="q" className="sr-only">{t("searchBox")}</label>
        <input
          id="q" name="q" type="search" defaultValue={params.q ?? ""} autoComplete="off" spellCheck={false}
          placeholder={t("searchPlaceholder")}
          className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 py-2.5 text-base placeholder:text-stone-500 focus:border-accent"
        />
        <button type="submit" className="rounded-md bg-accent px-4 py-2.5 font-semibold text-white hover:bg-teal-900">{t("search")}</button>
      </div>
      <details open={active} className="group rounded-lg border border-line bg-white">
        <summary className="cursor-pointer select-none px-4 py-3 text-sm font-semibold text-ink">
          {t("filters")}{active && <span className="ml-2 font-normal text-muted">{t("filtersApplied")}</span>}
        </summary>
        <div className="grid gap-4 border-t border-line px-4 py-4 sm:grid-cols-2 lg:grid-cols-4">
          <Select name="custody" label={t("custody")} value={params.custody} any={any} options={[["held", t("heldNow")], ["released", t("released")]]} />
          <Select name="status" label={t("status")} value={params.status} any={any} options={STATUSES.map((s) => [s, labels(`status.${s}`)])} />
          <Select name="region" label={t("region")} value={params.region} any={any} options={facets.regions.map((r) => [r, r])} />
          <Select name="facility" label={t("facility")} value={params.facility} any={any} options={facets.facilities.map((f) => [f, f])} />
          <Select name="article" label={t("article")} value={params.article} any={any} options={facets.articles.map((a) => [a, t("articleOption", { article: a })])} />
          <Select name="sentence" label={t("sentence")} value={params.sentence} any={any}
            options={(Object.keys(SENTENCE_BANDS) as (keyof typeof SENTENCE_BANDS)[]).map((band) => [band, labels(`sentenceBand.${band}` as MessageKey<"labels">)])} />
          <Select name="designation" label={t("designation")} value={params.designation} any={any} options={facets.designations.map((d) => [d, d])} />
          <Select name="sort" label={t("sort")} value={params.sort} any={t("defaultSort")} options={SORTS.map((s) => [s, labels(`sort.${s}`)])} />
          <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
            <button type="submit" className="rounded-md border border-accent px-4 py-2 text-sm font-semibold text-accent hover:bg-accent-soft">{t("apply")}</button>
            <a href={localePath(locale, "/prisoners")} className="text-sm font-medium text-muted underline hover:text-ink">{t("clear")}</a>
          </div>
        </div>
      </details>
    </form>
  );
}

function Select({ name, label, value, options, any }: { name: string; label: string; value?: string; options: [string, string][]; any: string }) {
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
