import type { Metadata } from "next";
import Link from "next/link";
import { SavedNotice, VisibilityBadge } from "@/components/workspace/badges";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatPartialDate, type DatePrecision } from "@/lib/dates/partial-date";
import { listSources } from "@/lib/sources/queries";

export const metadata: Metadata = { title: "Sources" };

type Props = { searchParams: Promise<{ q?: string; page?: string; saved?: string }> };

export default async function SourcesPage({ searchParams }: Props) {
  const actor = await requirePermission("read:internal");
  const { q = "", page: pageText, saved } = await searchParams;
  const page = Math.max(1, Number.parseInt(pageText ?? "1", 10) || 1);
  const { sources, total, pageCount } = await listSources(actor, { q, page });
  return (
    <div>
      <SavedNotice saved={saved} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="font-serif text-3xl font-semibold">Sources</h1>
        {can(actor.role, "edit:case") && <Link href="/workspace/sources/new" className="rounded bg-accent px-4 py-2 text-sm font-medium text-white">New source</Link>}
      </div>
      <form role="search" className="mt-6 flex flex-wrap items-end gap-3" action="/workspace/sources">
        <div className="min-w-56 flex-1">
          <label htmlFor="source-q" className="block text-sm font-medium">Title, publisher or words in the text</label>
          <input id="source-q" name="q" defaultValue={q} className="mt-1 w-full rounded border border-line bg-white px-3 py-2" />
        </div>
        <button type="submit" className="rounded border border-accent px-4 py-2 text-sm font-medium text-accent">Search</button>
      </form>
      <p className="mt-4 text-sm text-muted">{total.toLocaleString("en-GB")} {total === 1 ? "source" : "sources"}</p>
      {sources.length === 0 ? (
        <p className="mt-4 rounded border border-dashed border-line bg-white p-6 text-muted">{q ? "No source matches." : "No sources yet."}</p>
      ) : (
        <ul className="mt-2 divide-y divide-line rounded-lg border border-line bg-white">
          {sources.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
              <div className="min-w-0">
                <p className="font-medium"><Link href={`/workspace/sources/${s.id}`} className="text-accent hover:underline">{s.title}</Link></p>
                <p className="text-sm text-muted">
                  {[s.publisher, s.publishedDate && formatPartialDate(s.publishedDate, s.publishedDatePrecision as DatePrecision), `${s.citations} citations`, `reliability ${s.reliability.toLowerCase()}`].filter(Boolean).join(" · ")}
                </p>
              </div>
              <VisibilityBadge visibility={s.visibility} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => `/workspace/sources?${new URLSearchParams({ q, ...(n > 1 ? { page: String(n) } : {}) })}`} />
    </div>
  );
}
