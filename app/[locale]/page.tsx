import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { countPublicPeople, listRecentUpdates } from "@/lib/public/queries";

export const dynamic = "force-dynamic";

const number = new Intl.NumberFormat("en-GB");

export default async function HomePage() {
  const [counts, recent] = await Promise.all([countPublicPeople(), listRecentUpdates(6)]);
  const stats = [
    { label: "Held now", value: counts.held, href: "/prisoners?custody=held" },
    { label: "Released", value: counts.released, href: "/prisoners?custody=released" },
    { label: "Tracked in total", value: counts.total, href: "/prisoners" },
  ];
  return (
    <>
      <section className="max-w-3xl py-6">
        <h1 className="font-serif text-4xl font-semibold leading-tight tracking-tight sm:text-5xl">
          Political prisoners, on the record.
        </h1>
        <p className="mt-4 text-lg leading-relaxed text-muted">
          Who they are, why and where they are held, and how to write to them. Every fact links to the passage of the article or statement it comes from.
        </p>
        <form action="/prisoners" method="get" role="search" aria-label="Find a person" className="mt-6 flex max-w-xl gap-2">
          <label htmlFor="home-q" className="sr-only">Name, in any spelling or script</label>
          <input id="home-q" name="q" type="search" placeholder="Any spelling: Kolesnikova, Калеснікава…" autoComplete="off" spellCheck={false}
            className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 py-2.5 text-base placeholder:text-stone-500 focus:border-accent" />
          <button type="submit" className="rounded-md bg-accent px-5 py-2.5 font-semibold text-white hover:bg-teal-900">Search</button>
        </form>
      </section>
      <dl className="mt-6 grid gap-4 sm:grid-cols-3">
        {stats.map((s) => (
          <div key={s.label} className="rounded-lg border border-line bg-white p-5">
            <dt className="text-sm font-medium text-muted">{s.label}</dt>
            <dd className="mt-1 font-serif text-3xl font-semibold">
              <Link href={s.href} className="hover:text-accent">{number.format(s.value)}</Link>
            </dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="recent-heading" className="mt-10">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="recent-heading" className="font-serif text-xl font-semibold">Recent updates</h2>
          <a href="/feed.xml" className="text-sm font-medium text-accent underline">Atom feed</a>
        </div>
        <ul className="mt-4 divide-y divide-line overflow-hidden rounded-lg border border-line bg-white">
          {recent.map((p) => (
            <li key={p.slug}>
              <Link href={`/prisoners/${p.slug}`} className="flex flex-col gap-1 px-4 py-3 hover:bg-stone-50 sm:flex-row sm:items-center sm:justify-between sm:px-5">
                <span>
                  <span className="font-semibold text-ink">{p.displayName}</span>
                  {p.latestEvent && (
                    <span className="block text-sm text-muted">{formatPartialDate(p.latestEvent.date, p.latestEvent.datePrecision)}: {p.latestEvent.title}</span>
                  )}
                </span>
                <span className="flex items-center gap-3 text-sm text-muted">
                  <span>Updated {formatPartialDate(p.lastUpdatedAt, "DAY")}</span>
                  <StatusBadge status={p.status} held={p.held} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
