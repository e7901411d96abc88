import type { Metadata } from "next";
import Link from "next/link";
import { YearChart } from "@/components/public/year-chart";
import { statusLabel } from "@/lib/public/labels";
import { getPublicStats } from "@/lib/public/stats";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Statistics", description: "Published cases by status, region and year of detention and release." };

const number = new Intl.NumberFormat("en-GB");

export default async function StatsPage() {
  const { byStatus, byRegion, byYear } = await getPublicStats();
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold tracking-tight">Statistics</h1>
      <p className="mt-2 max-w-3xl text-muted">Counts of published cases only. A case appears here once a caseworker has published it, so these are lower bounds.</p>

      <section aria-labelledby="years-heading" className="mt-8">
        <h2 id="years-heading" className="font-serif text-xl font-semibold">Detentions and releases by year</h2>
        <YearChart data={byYear} />
        <Table caption="Detentions and releases by year" headers={["Year", "Detained", "Released"]}
          rows={byYear.map((y) => [String(y.year), number.format(y.detentions), number.format(y.releases)])} />
      </section>

      <div className="mt-10 grid gap-10 md:grid-cols-2">
        <section aria-labelledby="status-heading">
          <h2 id="status-heading" className="font-serif text-xl font-semibold">By status</h2>
          <Table caption="Published cases by status" headers={["Status", "Cases"]}
            rows={byStatus.map((s) => [<Link key={s.status} href={`/prisoners?status=${s.status}`} className="text-accent underline">{statusLabel[s.status] ?? s.status}</Link>, number.format(s.count)])} />
        </section>
        <section aria-labelledby="region-heading">
          <h2 id="region-heading" className="font-serif text-xl font-semibold">By region</h2>
          <Table caption="Published cases by region" headers={["Region", "Cases"]}
            rows={byRegion.map((r) => [r.region ? <Link key={r.region} href={`/prisoners?region=${encodeURIComponent(r.region)}`} className="text-accent underline">{r.region}</Link> : "Not recorded", number.format(r.count)])} />
        </section>
      </div>
    </>
  );
}

function Table({ caption, headers, rows }: { caption: string; headers: string[]; rows: React.ReactNode[][] }) {
  return (
    <table className="mt-4 w-full max-w-xl border-collapse overflow-hidden rounded-lg border border-line bg-white text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-line bg-stone-50 text-left">
          {headers.map((h, i) => <th key={h} scope="col" className={`px-4 py-2 font-semibold ${i > 0 ? "text-right" : ""}`}>{h}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r} className="border-b border-line last:border-0">
            {row.map((cell, i) => i === 0
              ? <th key={i} scope="row" className="px-4 py-2 text-left font-normal">{cell}</th>
              : <td key={i} className="px-4 py-2 text-right tabular-nums">{cell}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
