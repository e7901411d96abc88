import type { Metadata } from "next";
import Link from "next/link";
import { SavedNotice } from "@/components/workspace/badges";
import { can } from "@/lib/auth/permissions";
import { FieldChanges } from "@/components/workspace/field-changes";
import { Pagination } from "@/components/ui/pagination";
import { guarded } from "@/lib/errors/http";
import { requestAddress, requirePermission } from "@/lib/auth/session";
import { caseHistory, HISTORY_KINDS, historyFilterSchema, type HistoryFilter } from "@/lib/revisions/queries";

export const metadata: Metadata = { title: "History" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const input = "mt-1 rounded border border-line bg-white px-3 py-2";

function hrefFor(slug: string, filter: HistoryFilter, page: number) {
  const query = new URLSearchParams();
  if (filter.kind) query.set("kind", filter.kind);
  if (filter.from) query.set("from", filter.from);
  if (filter.to) query.set("to", filter.to);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return `/workspace/prisoners/${slug}/history${text ? `?${text}` : ""}`;
}

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePermission("edit:case");
  const { slug } = await params;
  const query = await searchParams;
  const filter = historyFilterSchema.parse(query);
  const mayReveal = can(actor.role, "read:restricted");
  const options = { reveal: mayReveal ? query.reveal : undefined, ipAddress: await requestAddress() };
  const { person, entries, total, pages } = await guarded(() => caseHistory(actor, slug, filter, options));
  return (
    <div>
      <SavedNotice saved={query.saved} />
      <p className="text-sm">
        <Link href={`/workspace/prisoners/${slug}`} className="text-accent hover:underline">
          ← {person.displayName}
        </Link>
      </p>
      <h1 className="mb-2 mt-2 font-serif text-3xl font-semibold">History</h1>
      <p className="mb-4 text-sm text-muted">
        Every change to this case, newest first (times in UTC). Restoring puts back what was there before a change,
        after showing what it would do; the restore is itself recorded. Restricted values (contact details, health and
        internal notes) are hidden; showing them is recorded in the audit log.
      </p>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-4 rounded border border-line bg-white p-4">
        <div>
          <label htmlFor="history-kind" className="block text-sm font-medium">
            Kind
          </label>
          <select id="history-kind" name="kind" defaultValue={filter.kind ?? ""} className={input}>
            <option value="">Any</option>
            {Object.entries(HISTORY_KINDS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="history-from" className="block text-sm font-medium">
            From
          </label>
          <input id="history-from" name="from" type="date" defaultValue={filter.from ?? ""} className={input} />
        </div>
        <div>
          <label htmlFor="history-to" className="block text-sm font-medium">
            To
          </label>
          <input id="history-to" name="to" type="date" defaultValue={filter.to ?? ""} className={input} />
        </div>
        <button className="rounded border border-accent px-4 py-2 text-sm font-medium text-accent">Filter</button>
        <p className="text-sm text-muted" data-testid="history-count">
          {total} change{total === 1 ? "" : "s"}
        </p>
      </form>
      {entries.length === 0 ? (
        <p className="rounded border border-dashed border-line bg-white p-6 text-muted">
          {total === 0 && !filter.kind && !filter.from && !filter.to
            ? "No changes recorded yet. Changes made in the workspace appear here."
            : "No changes match these filters."}
        </p>
      ) : (
        <ol className="space-y-4">
          {entries.map((e) => (
            <li
              key={e.id}
              id={`revision-${e.id}`}
              className="rounded border border-line bg-white p-4"
              data-testid="revision"
            >
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
              {e.changes.length > 0 && <FieldChanges changes={e.changes} caption="Changed fields" />}
              {e.sealed && mayReveal && !e.revealed && (
                <p className="mt-2 text-sm">
                  <Link
                    href={`/workspace/prisoners/${slug}/history?reveal=${e.id}#revision-${e.id}`}
                    className="text-accent hover:underline"
                  >
                    Show the restricted values of this change
                  </Link>
                </p>
              )}
              {e.restorable && (
                <Link
                  href={`/workspace/prisoners/${slug}/history/restore/${e.id}`}
                  className="mt-3 inline-block rounded border border-accent px-3 py-1 text-sm font-medium text-accent"
                >
                  Restore the version before this change…
                </Link>
              )}
            </li>
          ))}
        </ol>
      )}
      <Pagination page={filter.page} pageCount={pages} hrefFor={(page) => hrefFor(slug, filter, page)} />
    </div>
  );
}
