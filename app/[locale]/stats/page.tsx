import { pageMetadata } from "@/lib/i18n/page-metadata";
import type { Metadata } from "next";
import Link from "next/link";
import { YearChart } from "@/components/public/year-chart";
import { formatNumber } from "@/lib/i18n/format";
import { localePath } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";
import { label, translator } from "@/lib/i18n/translator";
import { getPublicStats } from "@/lib/public/stats";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = translator(locale, "stats");
  return { title: t("title"), description: t("description"), ...pageMetadata(locale, "/stats") };
}

export default async function StatsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = translator(locale, "stats");
  const number = (value: number) => formatNumber(locale, value);
  const { byStatus, byRegion, byYear } = await getPublicStats();
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t("lead")}</p>

      <section aria-labelledby="years-heading" className="mt-8">
        <h2 id="years-heading" className="font-serif text-xl font-semibold">
          {t("byYear")}
        </h2>
        <YearChart data={byYear} locale={locale} />
        <Table
          caption={t("byYear")}
          headers={[t("year"), t("detained"), t("released")]}
          rows={byYear.map((y) => [String(y.year), number(y.detentions), number(y.releases)])}
        />
      </section>

      <div className="mt-10 grid gap-10 md:grid-cols-2">
        <section aria-labelledby="status-heading">
          <h2 id="status-heading" className="font-serif text-xl font-semibold">
            {t("byStatus")}
          </h2>
          <Table
            caption={t("byStatusCaption")}
            headers={[t("status"), t("cases")]}
            rows={byStatus.map((s) => [
              <Link
                key={s.status}
                href={localePath(locale, `/prisoners?status=${s.status}`)}
                className="text-accent underline"
              >
                {label(locale, "status", s.status)}
              </Link>,
              number(s.count),
            ])}
          />
        </section>
        <section aria-labelledby="region-heading">
          <h2 id="region-heading" className="font-serif text-xl font-semibold">
            {t("byRegion")}
          </h2>
          <Table
            caption={t("byRegionCaption")}
            headers={[t("region"), t("cases")]}
            rows={byRegion.map((r) => [
              r.region ? (
                <Link
                  key={r.region}
                  href={localePath(locale, `/prisoners?region=${encodeURIComponent(r.region)}`)}
                  className="text-accent underline"
                >
                  {r.region}
                </Link>
              ) : (
                t("notRecorded")
              ),
              number(r.count),
            ])}
          />
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
          {headers.map((h, i) => (
            <th key={h} scope="col" className={`px-2 py-2 font-semibold sm:px-4 ${i > 0 ? "text-right" : ""}`}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r} className="border-b border-line last:border-0">
            {row.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row" className="px-2 py-2 text-left font-normal sm:px-4">
                  {cell}
                </th>
              ) : (
                <td key={i} className="px-2 py-2 text-right tabular-nums sm:px-4">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
