import type { Metadata } from "next";
import Link from "next/link";
import { SavedNotice, VisibilityBadge } from "@/components/workspace/badges";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatPartialDate, type DatePrecision } from "@/lib/dates/partial-date";
import { listSources } from "@/lib/sources/queries";
import { SOURCE_RELIABILITY, SOURCE_TYPES, sourceFilterSchema } from "@/lib/sources/schemas";
import { VISIBILITY_LABEL } from "@/lib/forms/fields";

export const metadata: Metadata = { title: "Sources" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const select = "mt-1 w-full rounded border border-line bg-white px-3 py-2";

export default async function SourcesPage({ searchParams }: Props) {
  const actor = await requirePermission("read:internal");
  const query = await searchParams;
  const filter = sourceFilterSchema.parse(query);
  const { q, page } = filter;
  const { sources, total, pageCount, languages } = await listSources(actor, filter);
  const filtered = Boolean(q || filter.type || filter.reliability || filter.visibility || filter.language);
  const chosen = Object.fromEntries(
    Object.entries({
      q,
      type: filter.type,
      reliability: filter.reliability,
      visibility: filter.visibility,
      language: filter.language,
    }).filter(([, v]) => v),
  );
  const choices = (name: string, label: string, options: Record<string, string>) => (
    <div className="min-w-36">
      <label htmlFor={`source-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={`source-${name}`}
        name={name}
        defaultValue={(filter as Record<string, unknown>)[name] as string}
        className={select}
      >
        <option value="">Any</option>
        {Object.entries(options).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div>
      <SavedNotice saved={query.saved} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="font-serif text-3xl font-semibold">Sources</h1>
        {can(actor.role, "edit:case") && (
          <Link href="/workspace/sources/new" className="rounded bg-accent px-4 py-2 text-sm font-medium text-white">
            New source
          </Link>
        )}
      </div>
      <form role="search" className="mt-6 flex flex-wrap items-end gap-3" action="/workspace/sources">
        <div className="min-w-56 flex-1">
          <label htmlFor="source-q" className="block text-sm font-medium">
            Title, publisher or words in the text
          </label>
          <input
            id="source-q"
            name="q"
            defaultValue={q}
            className="mt-1 w-full rounded border border-line bg-white px-3 py-2"
          />
        </div>
        {choices("type", "Type", SOURCE_TYPES)}
        {choices("reliability", "Reliability", SOURCE_RELIABILITY)}
        {choices("visibility", "Visibility", VISIBILITY_LABEL)}
        {choices("language", "Language", Object.fromEntries(languages.map((l) => [l, l])))}
        <button type="submit" className="rounded border border-accent px-4 py-2 text-sm font-medium text-accent">
          Search
        </button>
        {filtered && (
          <Link href="/workspace/sources" className="px-2 py-2 text-sm text-accent underline">
            Clear
          </Link>
        )}
      </form>
      <p className="mt-4 text-sm text-muted">
        {total.toLocaleString("en-GB")} {total === 1 ? "source" : "sources"}
      </p>
      {sources.length === 0 ? (
        <p className="mt-4 rounded border border-dashed border-line bg-white p-6 text-muted">
          {filtered ? "No source matches these filters." : "No sources yet."}
        </p>
      ) : (
        <ul className="mt-2 divide-y divide-line rounded-lg border border-line bg-white">
          {sources.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
              <div className="min-w-0">
                <p className="font-medium">
                  <Link href={`/workspace/sources/${s.id}`} className="text-accent hover:underline">
                    {s.title}
                  </Link>
                </p>
                <p className="text-sm text-muted">
                  {[
                    s.publisher,
                    s.publishedDate && formatPartialDate(s.publishedDate, s.publishedDatePrecision as DatePrecision),
                    `${s.citations} citations`,
                    `reliability ${s.reliability.toLowerCase()}`,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              </div>
              <VisibilityBadge visibility={s.visibility} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(n) =>
          `/workspace/sources?${new URLSearchParams({ ...chosen, ...(n > 1 ? { page: String(n) } : {}) })}`
        }
      />
    </div>
  );
}
