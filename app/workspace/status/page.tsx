import type { Metadata } from "next";
import Link from "next/link";
import { SavedNotice } from "@/components/workspace/badges";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { staleStatusCases } from "@/lib/status/worklist";
import { setStaleAfterMonthsAction } from "./actions";

export const metadata: Metadata = { title: "Statuses to confirm" };

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export default async function StaleStatusPage({
  searchParams,
}: {
  searchParams: Promise<{ saved?: string; error?: string }>;
}) {
  const actor = await requirePermission("read:internal");
  const { months, cases } = await staleStatusCases(actor);
  const query = await searchParams;
  return (
    <div>
      <SavedNotice saved={query.saved} />
      <h1 className="mb-2 font-serif text-3xl font-semibold">Statuses to confirm</h1>
      <p className="mb-6 max-w-3xl text-muted">
        Held cases whose status no dated source has confirmed for more than {months} months, oldest first. Public pages
        count their days in detention only up to the last confirmation (“at least N days”). Cite a recent passage for
        the case’s custody status (or its detention) to confirm it, or record the release.
      </p>
      {cases.length === 0 ? (
        <p className="rounded border border-dashed border-line bg-white p-6 text-muted">
          Every held case has a confirmation from the last {months} months.
        </p>
      ) : (
        <table className="w-full text-sm" data-testid="stale-statuses">
          <caption className="sr-only">Held cases with a stale status</caption>
          <thead>
            <tr className="text-left text-muted">
              <th scope="col" className="py-2 font-medium">
                Case
              </th>
              <th scope="col" className="py-2 font-medium">
                Last confirmed
              </th>
              <th scope="col" className="py-2 font-medium">
                Held since
              </th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr key={c.slug} className="border-t border-line align-top">
                <th scope="row" className="py-2 pr-4 text-left font-normal">
                  <Link href={`/workspace/prisoners/${c.slug}`} className="text-accent hover:underline">
                    {c.displayName}
                  </Link>
                  {!c.published && <span className="text-muted"> (not published)</span>}
                </th>
                <td className="py-2 pr-4">
                  {c.confirmedOn ? `${day.format(c.confirmedOn)} · ${c.sourceTitle}` : "Never (no dated source)"}
                </td>
                <td className="py-2">{c.heldSince ? day.format(c.heldSince) : "Date not known"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can(actor.role, "manage:users") && (
        <form action={setStaleAfterMonthsAction} className="mt-8 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="stale-months" className="block text-sm font-medium">
              A status is stale after (months)
            </label>
            <input
              id="stale-months"
              name="months"
              inputMode="numeric"
              defaultValue={months}
              aria-invalid={query.error ? true : undefined}
              aria-describedby={query.error ? "stale-months-error" : undefined}
              className="mt-1 w-24 rounded border border-line bg-white px-3 py-2"
            />
            {query.error && (
              <p id="stale-months-error" className="mt-1 text-sm text-red-800">
                Enter a whole number of months from 1 to 60.
              </p>
            )}
          </div>
          <button className="rounded border border-accent px-4 py-2 text-sm font-medium text-accent">Save</button>
        </form>
      )}
    </div>
  );
}
