import { pageMetadata } from "@/lib/i18n/page-metadata";
import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { localePath, recordLang } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translator } from "@/lib/i18n/translator";
import { cachedPublicCounts, listRecentUpdates } from "@/lib/public/queries";
import { listActivePublicCampaigns } from "@/lib/campaigns/queries";
import { CampaignLinks } from "@/components/public/letters/campaign-links";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { ...pageMetadata(await pageLocale(params), "/") };
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = translator(locale, "home");
  const href = (path: string) => localePath(locale, path);
  const [counts, recent, campaigns] = await Promise.all([
    cachedPublicCounts(),
    listRecentUpdates(6),
    listActivePublicCampaigns(),
  ]);
  const stats = [
    { label: t("heldNow"), value: counts.held, href: href("/prisoners?custody=held") },
    { label: t("released"), value: counts.released, href: href("/prisoners?custody=released") },
    { label: t("tracked"), value: counts.total, href: href("/prisoners") },
  ];
  return (
    <>
      <section className="max-w-3xl py-6">
        <h1 className="break-words font-serif text-4xl font-semibold leading-tight tracking-tight sm:text-5xl">
          {t("heading")}
        </h1>
        <p className="mt-4 text-lg leading-relaxed text-muted">{t("lead")}</p>
        <form
          action={href("/prisoners")}
          method="get"
          role="search"
          aria-label={t("findPerson")}
          className="mt-6 flex max-w-xl gap-2"
        >
          <label htmlFor="home-q" className="sr-only">
            {t("searchBox")}
          </label>
          <input
            id="home-q"
            name="q"
            type="search"
            placeholder={t("searchPlaceholder")}
            autoComplete="off"
            spellCheck={false}
            className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 py-2.5 text-base placeholder:text-stone-500 focus:border-accent"
          />
          <button type="submit" className="rounded-md bg-accent px-5 py-2.5 font-semibold text-white hover:bg-teal-900">
            {t("search")}
          </button>
        </form>
      </section>
      <dl className="mt-6 grid gap-4 sm:grid-cols-3">
        {stats.map((s) => (
          <div key={s.label} className="rounded-lg border border-line bg-white p-5">
            <dt className="text-sm font-medium text-muted">{s.label}</dt>
            <dd className="mt-1 font-serif text-3xl font-semibold">
              <Link href={s.href} className="hover:text-accent">
                {formatNumber(locale, s.value)}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <CampaignLinks locale={locale} campaigns={campaigns} />
      <section aria-labelledby="recent-heading" className="mt-10">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="recent-heading" className="font-serif text-xl font-semibold">
            {t("recentUpdates")}
          </h2>
          <a href="/feed.xml" hrefLang="en" className="text-sm font-medium text-accent underline">
            {t("atomFeed")}
          </a>
        </div>
        <ul className="mt-4 divide-y divide-line overflow-hidden rounded-lg border border-line bg-white">
          {recent.map((p) => (
            <li key={p.slug}>
              <Link
                href={href(`/prisoners/${p.slug}`)}
                className="flex flex-col gap-1 px-4 py-3 hover:bg-stone-50 sm:flex-row sm:items-center sm:justify-between sm:px-5"
              >
                <span>
                  <span className="font-semibold text-ink">{localName(locale, p.displayName, p.names)}</span>
                  {p.latestEvent && (
                    <span className="block text-sm text-muted">
                      {formatDate(locale, p.latestEvent.date, p.latestEvent.datePrecision)}:{" "}
                      <span lang={recordLang(locale)}>{p.latestEvent.title}</span>
                    </span>
                  )}
                </span>
                <span className="flex items-center gap-3 text-sm text-muted">
                  <span>{t("updated", { date: formatDate(locale, p.lastUpdatedAt, "DAY") })}</span>
                  <StatusBadge status={p.status} held={p.held} locale={locale} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
