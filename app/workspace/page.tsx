import type { Metadata } from "next";
import Link from "next/link";
import { SavedNotice } from "@/components/workspace/badges";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listCases } from "@/lib/cases/queries";
import { caseFilterSchema } from "@/lib/cases/schemas";
import { PDF_MAX_CASES } from "@/lib/exports/cases";

export const metadata: Metadata = { title: "Cases" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const field = "mt-1 rounded border border-line bg-white px-3 py-2";

export default async function CaseListPage({ searchParams }: Props) {
  const actor = await requireUser();
  const params = await searchParams;
  const filter = caseFilterSchema.parse({
    q: params.q ?? "",
    status: params.status ?? "",
    publication: params.publication ?? "",
  });
  const page = Math.max(1, Number.parseInt(typeof params.page === "string" ? params.page : "1", 10) || 1);
  const { cases, total, pageCount } = await listCases(actor, filter, page);
  const hrefFor = (n: number) =>
    `/workspace?${new URLSearchParams({ q: filter.q, status: filter.status, publication: filter.publication, ...(n > 1 ? { page: String(n) } : {}) })}`;
  const filtered = filter.q !== "" || filter.status !== "" || filter.publication !== "";

  return (
    <div>
      <SavedNotice saved={typeof params.saved === "string" ? params.saved : undefined} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="font-serif text-3xl font-semibold">Cases</h1>
        {can(actor.role, "edit:case") && (
          <Link href="/workspace/prisoners/new" className="rounded bg-accent px-4 py-2 text-sm font-medium text-white">
            New case
          </Link>
        )}
      </div>
      <form role="search" className="mt-6 flex flex-wrap items-end gap-3" action="/workspace">
        <div className="min-w-56 flex-1">
          <label htmlFor="q" className="block text-sm font-medium">
            Name (any spelling)
          </label>
          <input id="q" name="q" defaultValue={filter.q} className={`${field} w-full`} />
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-medium">
            Status
          </label>
          <select id="status" name="status" defaultValue={filter.status} className={field}>
            <option value="">Any</option>
            <option value="held">Held</option>
            <option value="released">Not held</option>
          </select>
        </div>
        <div>
          <label htmlFor="publication" className="block text-sm font-medium">
            Publication
          </label>
          <select id="publication" name="publication" defaultValue={filter.publication} className={field}>
            <option value="">Any</option>
            <option value="published">Published</option>
            <option value="unpublished">Not published</option>
            {can(actor.role, "restore:deleted") && <option value="deleted">Deleted</option>}
          </select>
        </div>
        <button type="submit" className="rounded border border-accent px-4 py-2 text-sm font-medium text-accent">
          Search
        </button>
      </form>
      {can(actor.role, "export:data") && (
        <p className="mt-3 text-sm text-muted">
          Export the published cases in this list as a letter list:{" "}
          {(["csv", "xlsx", "pdf"] as const).map((format, n) => (
            <span key={format}>
              {n > 0 && " · "}
              <a
                className="text-accent underline"
                href={`/workspace/export?${new URLSearchParams({ format, q: filter.q, status: filter.status, publication: filter.publication })}`}
              >
                {format.toUpperCase()}
              </a>
            </span>
          ))}{" "}
          (PDF: up to {PDF_MAX_CASES.toLocaleString("en-GB")} cases.)
        </p>
      )}

      {total > 0 && (
        <p className="mt-6 text-sm text-muted">
          {total.toLocaleString("en-GB")} {total === 1 ? "case" : "cases"}
          {pageCount > 1 && `, page ${page} of ${pageCount}`}
        </p>
      )}
      {cases.length === 0 ? (
        <p className="mt-8 rounded border border-dashed border-line bg-white p-6 text-muted">
          {filtered ? "No case matches. Try another spelling, or clear the filters." : "No cases yet."}
        </p>
      ) : (
        <table className="mt-2 w-full border-collapse text-sm">
          <caption className="sr-only">Cases</caption>
          <thead>
            <tr className="border-b border-line text-left text-muted">
              <th scope="col" className="py-2 pr-3 font-medium">
                Name
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Status
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Public site
              </th>
              <th scope="col" className="hidden py-2 font-medium sm:table-cell">
                Updated
              </th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr key={c.id} className="border-b border-line">
                <td className="py-2 pr-3">
                  <Link href={`/workspace/prisoners/${c.slug}`} className="font-medium text-accent hover:underline">
                    {c.displayName}
                  </Link>
                </td>
                <td className="py-2 pr-3">{c.held ? "Held" : "Not held"}</td>
                <td className="py-2 pr-3">{c.deleted ? "Deleted" : c.published ? "Published" : "Not published"}</td>
                <td className="hidden py-2 text-muted sm:table-cell">{c.updatedAt.toISOString().slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} />
    </div>
  );
}
