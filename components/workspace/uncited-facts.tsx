import Link from "next/link";
import { factHref } from "@/lib/cases/display";
import type { UncitedFact } from "@/lib/sourcing/coverage";

/** Public facts a visitor reads without a source behind them, each linking to where a citation is added. */
export function UncitedFacts({ facts }: { facts: UncitedFact[] }) {
  if (facts.length === 0) return <p className="text-sm text-emerald-900">Every public fact cites a source.</p>;
  return (
    <ul className="space-y-1 text-sm">
      {facts.map((f) => (
        <li key={`${f.kind}-${f.id}-${f.label}`}>
          <Link href={factHref(f.slug, f.kind, f.id)} className="text-accent hover:underline">
            {f.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
