import type { Metadata } from "next";
import Link from "next/link";
import { SavedNotice } from "@/components/workspace/badges";
import { guarded } from "@/lib/errors/http";
import { requirePermission } from "@/lib/auth/session";
import { caseHistory } from "@/lib/revisions/queries";
import { restoreRevisionAction } from "../actions";

export const metadata: Metadata = { title: "History" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ saved?: string; before?: string }>;
}) {
  const actor = await requirePermission("edit:case");
  const { slug } = await params;
  const { saved, before } = await searchParams;
  const { person, entries, total, older, paged } = await guarded(() => caseHistory(actor, slug, before));
  return (
    <div>
      <SavedNotice saved={saved} />
      <p className="text-sm">
        <Link href={`/workspace/prisoners/${slug}`} className="text-accent hover:underline">
          ← {person.displayName}
        </Link>
      </p>
      <h1 className="mb-2 mt-2 font-serif text-3xl font-semibold">History</h1>
      <p className="mb-6 text-sm text-muted">
        Every change to this case, newest first (times in UTC). Restoring puts back what was there before a change; the
        restore is itself recorded. {total.toLocaleString("en-GB")} {total === 1 ? "change" : "changes"} in all
        {total > entries.length ? `, ${entries.length} on this page` : ""}.
      </p>
      {entries.length === 0 ? (
        <p className="rounded border border-dashed border-line bg-white p-6 text-muted">
          No changes recorded yet. Changes made in the workspace appear here.
        </p>
      ) : (
        <ol className="space-y-4">
          {entries.map((e) => (
            <li key={e.id} className="rounded border border-line bg-white p-4" data-testid="revision">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p>
                  <span className="font-medium">{e.summary}</span>
                  {e.itemTitle && (
                    <span className="text-muted">
                      {" "}
                      · {e.entityLabel}: {e.itemTitle.slice(0, 80)}
                    </span>
                  )}
                </p>
                <p className="text-sm text-muted">
                  <time dateTime={e.at.toISOString()}>{when.format(e.at)}</time>
                  {e.by ? ` · ${e.by}` : ""}
                </p>
              </div>
              {e.changes.length > 0 && (
                <table className="mt-3 w-full text-sm">
                  <caption className="sr-only">Changed fields</caption>
                  <thead>
                    <tr className="text-left text-muted">
                      <th scope="col" className="w-1/4 font-medium">
                        Field
                      </th>
                      <th scope="col" className="font-medium">
                        Before
                      </th>
                      <th scope="col" className="font-medium">
                        After
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {e.changes.map((c) => (
                      <tr key={c.field} className="align-top">
                        <th scope="row" className="py-1 pr-2 text-left font-normal text-muted">
                          {c.label}
                        </th>
                        <td className="py-1 pr-2">
                          <del className="bg-red-50 text-red-900 decoration-red-400">{c.before}</del>
                        </td>
                        <td className="py-1">
                          <ins className="bg-emerald-50 text-emerald-900 no-underline">{c.after}</ins>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {e.restorable && (
                <form action={restoreRevisionAction} className="mt-3">
                  <input type="hidden" name="$revisionId" value={e.id} />
                  <button
                    type="submit"
                    className="rounded border border-accent px-3 py-1 text-sm font-medium text-accent"
                  >
                    Restore the version before this change
                  </button>
                </form>
              )}
            </li>
          ))}
        </ol>
      )}
      {(older || paged) && (
        <nav aria-label="History pages" className="mt-6 flex gap-4 text-sm">
          {paged && (
            <Link href={`/workspace/prisoners/${slug}/history`} className="text-accent hover:underline">
              ← Newest changes
            </Link>
          )}
          {older && (
            <Link
              href={`/workspace/prisoners/${slug}/history?before=${encodeURIComponent(older)}`}
              className="text-accent hover:underline"
            >
              Older changes →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
