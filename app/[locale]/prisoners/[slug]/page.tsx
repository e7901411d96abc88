import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseBody } from "@/components/public/case/case-body";
import { caseView } from "@/components/public/case/case-view";
import { ViewBeacon } from "@/components/public/view-beacon";
import { WriteTo } from "@/components/public/letters/write-to";
import { activeCampaignsFor } from "@/lib/campaigns/queries";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { localePath } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import { pageLocale } from "@/lib/i18n/page-locale";
import { label, translator } from "@/lib/i18n/translator";
import { personJsonLd } from "@/lib/public/json-ld";
import { getCachedPublicCase } from "@/lib/public/case-cache";

// Served from the cache (ISR) and rebuilt when a caseworker publishes (lib/public/case-cache.ts);
// at most 10 s stale even if a writer forgets to revalidate. No page is built at deploy time.
// Each language is its own cached page (/prisoners/…, /be/prisoners/…, /ru/prisoners/…); all
// three read the one cached record, so one revalidation refreshes them together.
export const revalidate = 10;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([pageLocale(params), params]);
  const found = await getCachedPublicCase(slug);
  if (!found) return { title: translator(locale, "notFound")("title") };
  const { person } = found.record;
  const name = localName(locale, person.displayName, found.record.names);
  const description =
    person.bio ?? translator(locale, "case")("description", { name, status: label(locale, "status", found.status) });
  return {
    title: name,
    description,
    ...pageMetadata(locale, `/prisoners/${person.slug}`, {
      types: { "application/atom+xml": `/prisoners/${person.slug}/feed.xml` },
      // The case's own card (./card.png/route.ts): public fields only.
      card: `/prisoners/${person.slug}/card.png`,
      openGraph: { type: "profile", title: name, description },
    }),
  };
}

export default async function CasePage({ params }: Props) {
  const [locale, { slug }] = await Promise.all([pageLocale(params), params]);
  const found = await getCachedPublicCase(slug);
  if (!found) notFound();
  const { record, status, held, lastUpdatedAt, staleAfterMonths } = found;
  const view = caseView(locale, record, held, { staleAfterMonths });
  const name = localName(locale, record.person.displayName, record.names);
  const campaigns = held ? await activeCampaignsFor(record.person.id) : [];

  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: personJsonLd(record, name) }} />
      <ViewBeacon slug={record.person.slug} />
      <CaseBody
        view={view}
        name={name}
        status={status}
        lastUpdatedAt={lastUpdatedAt}
        letters={<WriteTo locale={locale} record={record} held={held} name={name} campaigns={campaigns} />}
        fullTimelineHref={localePath(locale, `/prisoners/${record.person.slug}/timeline`)}
      />
    </article>
  );
}
