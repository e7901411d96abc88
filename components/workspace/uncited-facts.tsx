import Link from "next/link";
import { factHref } from "@/lib/cases/display";
import type { UncitedFact } from "@/lib/sourcing/coverage";

/**
 * Public facts a visitor reads without a source behind them, each linking to where a
 * citation is added. With `limit`, the first few and a link to the rest on the case page.
 */
export function UncitedFacts({ facts, limit }: { facts: UncitedFact[]; limit?: number }) {
  if (facts.length === 0) return <p className="text-sm text-emerald-900">Every public fact cites a source.</p>;
  const shown = limit === undefined ? facts : facts.slice(0, limit);
  const first = facts[0];
  return (
    <ul className="space-y-1 text-sm">
      {shown.map((f) => (
        <li key={`${f.kind}-${f.id}-${f.label}`}>
          <Link href={factHref(f.slug, f.kind, f.id)} className="text-accent hover:underline">
            {f.label}
          </Link>
        </li>
      ))}
      {first && shown.length < facts.length && (
        <li className="text-muted">
          and {facts.length - shown.length} more:{" "}
          <Link href={`/workspace/prisoners/${first.slug}#uncited`} className="text-accent underline">
            all on the case page
          </Link>
        </li>
      )}
    </ul>
  );
}
