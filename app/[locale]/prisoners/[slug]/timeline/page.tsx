import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CaseFooter } from "@/components/public/case/case-footer";
import { caseView } from "@/components/public/case/case-view";
import { TIMELINE_PAGE_SIZE, TimelineEvents } from "@/components/public/case/timeline-section";
import { Pagination } from "@/components/ui/pagination";
import { localePath } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import { pageLocale } from "@/lib/i18n/page-locale";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { translator } from "@/lib/i18n/translator";
import { getCachedPublicCase } from "@/lib/public/case-cache";

// A long case's whole timeline, page by page, oldest first (the case page shows the latest
// events only). It reads the same cached record as the case page, so a hidden case answers
// 404 here exactly when it does there; each page numbers only its own footnotes.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([pageLocale(params), params]);
  const found = await getCachedPublicCase(slug);
  if (!found) return { title: translator(locale, "notFound")("title") };
  const name = localName(locale, found.record.person.displayName, found.record.names);
  return {
    title: translator(locale, "case")("timelineTitle", { name }),
    ...pageMetadata(locale, `/prisoners/${found.record.person.slug}/timeline`),
  };
}

export default async function TimelinePage({ params, searchParams }: Props) {
  const [locale, { slug }, query] = await Promise.all([pageLocale(params), params, searchParams]);
  const found = await getCachedPublicCase(slug);
  if (!found) notFound();
  const { record, held, lastUpdatedAt, staleAfterMonths } = found;
  const view = caseView(locale, record, held, { staleAfterMonths });
  const t = view.t;
  const name = localName(locale, record.person.displayName, record.names);
  const pageCount = Math.max(1, Math.ceil(record.timeline.length / TIMELINE_PAGE_SIZE));
  const page = Math.min(pageParam.parse(query.page), pageCount);
  const events = record.timeline.slice((page - 1) * TIMELINE_PAGE_SIZE, page * TIMELINE_PAGE_SIZE);
  const casePath = localePath(locale, `/prisoners/${record.person.slug}`);
  return (
    <article>
      <p className="text-sm">
        <Link href={casePath} className="text-accent hover:underline">
          ← {t("backToCase", { name })}
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-semibold tracking-tight">{t("timelineTitle", { name })}</h1>
      <p className="mb-8 mt-2 text-sm text-muted">{t("timelinePageIntro", { pageSize: TIMELINE_PAGE_SIZE })}</p>
      {events.length === 0 ? (
        <p className="text-muted">{t("noEvents")}</p>
      ) : (
        <TimelineEvents view={view} events={events} />
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        locale={locale}
        hrefFor={(p) => `${localePath(locale, `/prisoners/${record.person.slug}/timeline`)}?page=${p}`}
      />
      <CaseFooter view={view} lastUpdatedAt={lastUpdatedAt} />
    </article>
  );
}
