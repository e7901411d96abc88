import Link from "next/link";
import { countPublicPeople } from "@/lib/public/queries";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const counts = await countPublicPeople();
  const stats = [
    { label: "Held now", value: counts.held },
    { label: "Released", value: counts.released },
    { label: "Tracked in total", value: counts.total },
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
        <Link href="/prisoners" className="mt-6 inline-flex rounded-md bg-accent px-5 py-2.5 font-semibold text-white hover:bg-teal-900">
          Browse the records
        </Link>
      </section>
      <dl className="mt-8 grid gap-4 sm:grid-cols-3">
        {stats.map((s) => (
          <div key={s.label} className="rounded-lg border border-line bg-white p-5">
            <dt className="text-sm font-medium text-muted">{s.label}</dt>
            <dd className="mt-1 font-serif text-3xl font-semibold">{s.value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
