import type { Metadata } from "next";
import Link from "next/link";
import { UncitedFacts } from "@/components/workspace/uncited-facts";
import { requirePermission } from "@/lib/auth/session";
import { casesNeedingSources } from "@/lib/sourcing/coverage";
import { VIEW_WINDOW_DAYS } from "@/lib/sourcing/views";

export const metadata: Metadata = { title: "Facts needing sources" };

const FACTS_SHOWN = 5;

export default async function SourcingPage() {
  const actor = await requirePermission("read:internal");
  const { cases, totalCases, totalFacts } = await casesNeedingSources(actor);
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">Facts needing sources</h1>
      <p className="mt-2 text-muted">
        Public facts on published case pages with no citation yet: {totalFacts.toLocaleString("en-GB")} in{" "}
        {totalCases.toLocaleString("en-GB")} {totalCases === 1 ? "case" : "cases"}. The most-read public pages come
        first (views in the last {VIEW_WINDOW_DAYS} days), then the cases with the most unsourced facts
        {totalCases > cases.length ? `; the first ${cases.length} are shown` : ""}.
      </p>
      {cases.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-line bg-white p-8 text-center text-muted">
          Every public fact of every published case cites a source.
        </p>
      ) : (
        <ul className="mt-6 space-y-4">
          {cases.map((c) => (
            <li key={c.personId} className="rounded-lg border border-line bg-white p-4">
              <h2 className="font-semibold">
                <Link href={`/workspace/prisoners/${c.slug}`} className="text-accent underline underline-offset-2">
                  {c.displayName}
                </Link>{" "}
                <span className="font-normal text-muted">
                  · {c.facts.length} without a source · {c.views.toLocaleString("en-GB")}{" "}
                  {c.views === 1 ? "view" : "views"}
                </span>
              </h2>
              <div className="mt-2">
                {/* The first few: the whole list of 50 cases made a 500 KB page at 100,000 cases. */}
                <UncitedFacts facts={c.facts} limit={FACTS_SHOWN} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
