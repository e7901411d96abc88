import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { DirectoryEntry } from "@/lib/public/directory";
import { formatTerm } from "@/lib/public/labels";

export function DirectoryResults({ people }: { people: DirectoryEntry[] }) {
  return (
    <ul className="mt-4 divide-y divide-line overflow-hidden rounded-lg border border-line bg-white">
      {people.map((person) => {
        const otherNames = person.names.filter((n) => n !== person.displayName).slice(0, 3);
        const term = formatTerm(person.sentenceMonths);
        return (
          <li key={person.slug}>
            <Link href={`/prisoners/${person.slug}`} className="flex flex-col gap-1 px-4 py-4 hover:bg-stone-50 sm:flex-row sm:items-center sm:justify-between sm:px-5">
              <div>
                <span className="font-semibold text-ink">{person.displayName}</span>
                <MatchNote match={person.match} fallback={otherNames.join(" · ")} />
              </div>
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
                {person.held && person.detainedSince && <span>Held since {formatPartialDate(person.detainedSince, person.detainedSincePrecision)}</span>}
                {!person.held && person.releasedOn && <span>Released {formatPartialDate(person.releasedOn, person.releasedOnPrecision)}</span>}
                {term && <span>Sentence: {term}</span>}
                <StatusBadge status={person.status} held={person.held} />
              </div>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function MatchNote({ match, fallback }: { match: DirectoryEntry["match"]; fallback: string }) {
  if (!match) return fallback ? <span className="block text-sm text-muted">{fallback}</span> : null;
  if ("field" in match) {
    return <span className="block text-sm text-muted">Matched in {match.field === "facility" ? "the place of detention" : "the case details"}</span>;
  }
  return (
    <span className="block text-sm text-muted" data-testid="matched-name">
      Matched <span className="font-medium text-ink">{match.name}</span>
      {match.spelling && <> (as <span className="italic">{match.spelling}</span>, {match.system})</>}
    </span>
  );
}
