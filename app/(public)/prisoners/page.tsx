import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { formatTerm } from "@/lib/public/labels";
import { listPublicPeople } from "@/lib/public/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Prisoners", description: "Published records of political prisoners." };

export default async function PrisonersPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { page: pageParam } = await searchParams;
  const page = Math.max(1, Number.parseInt(pageParam ?? "1", 10) || 1);
  const { people, total, pageCount } = await listPublicPeople({ page });

  return (
    <>
      <h1 className="font-serif text-3xl font-semibold tracking-tight">Prisoners</h1>
      <p className="mt-2 text-muted">{total === 1 ? "1 published record" : `${total} published records`}</p>

      {people.length === 0 ? (
        <p className="mt-10 rounded-lg border border-dashed border-line bg-white p-8 text-center text-muted">
          No records are published yet.
        </p>
      ) : (
        <ul className="mt-6 divide-y divide-line overflow-hidden rounded-lg border border-line bg-white">
          {people.map((person) => {
            const otherNames = person.names.filter((n) => n !== person.displayName).slice(0, 3);
            const term = formatTerm(person.sentenceMonths);
            return (
              <li key={person.slug}>
                <Link href={`/prisoners/${person.slug}`} className="flex flex-col gap-1 px-4 py-4 hover:bg-stone-50 sm:flex-row sm:items-center sm:justify-between sm:px-5">
                  <div>
                    <span className="font-semibold text-ink">{person.displayName}</span>
                    {otherNames.length > 0 && <span className="block text-sm text-muted">{otherNames.join(" · ")}</span>}
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
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `/prisoners?page=${p}`} />
    </>
  );
}
