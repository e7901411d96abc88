import Link from "next/link";
import { partialDateAttribute } from "@/lib/dates/partial-date";
import type { PublicRecord } from "@/lib/public/record";
import { Section } from "./case-layout";
import type { CaseView } from "./case-view";

/**
 * How many events a case page shows before it collapses the rest into the paged full
 * timeline (app/[locale]/prisoners/[slug]/timeline): a case with 1,000 cited events would
 * otherwise weigh megabytes and take seconds to render (issue 15). Footnotes are numbered
 * as facts are shown, so the sources list stays exact for what the page shows.
 */
export const TIMELINE_ON_CASE_PAGE = 50;
export const TIMELINE_PAGE_SIZE = 50;

type Event = PublicRecord["timeline"][number];

/** The dated timeline of events, oldest first; past TIMELINE_ON_CASE_PAGE, the latest of them and a link to all. */
export function TimelineSection({ view, fullTimelineHref }: { view: CaseView; fullTimelineHref?: string }) {
  const { record, t } = view;
  const total = record.timeline.length;
  const collapsed = fullTimelineHref !== undefined && total > TIMELINE_ON_CASE_PAGE;
  const events = collapsed ? record.timeline.slice(-TIMELINE_ON_CASE_PAGE) : record.timeline;
  return (
    <Section id="timeline" title={t("timeline")}>
      {total === 0 ? (
        <p className="text-muted">{t("noEvents")}</p>
      ) : (
        <>
          {collapsed && (
            <p className="mb-6 rounded border border-line bg-white px-4 py-3 text-sm" data-testid="timeline-collapsed">
              {t.rich("timelineLatest", {
                shown: events.length,
                total,
                link: (chunks) => (
                  <Link href={fullTimelineHref} className="font-medium text-accent underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          )}
          <TimelineEvents view={view} events={events} />
        </>
      )}
    </Section>
  );
}

/** A run of timeline events, each with its date, title, text and footnote marks. */
export function TimelineEvents({ view, events }: { view: CaseView; events: Event[] }) {
  const { date, cite, lang } = view;
  return (
    <ol className="relative space-y-6 border-l-2 border-line pl-6">
      {events.map((event) => (
        <li key={event.id} id={`event-${event.id}`} className="relative scroll-mt-24">
          <span
            aria-hidden
            className="absolute -left-[31px] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-accent"
          />
          <p className="text-sm font-medium text-muted">
            <time dateTime={partialDateAttribute(event.date, event.datePrecision)}>
              {date(event.date, event.datePrecision)}
            </time>
          </p>
          <h3 className="font-semibold">
            <span lang={lang}>{event.title}</span>
            {cite("TIMELINE_EVENT", event.id)}
          </h3>
          {event.text && (
            <p className="mt-1 max-w-3xl leading-relaxed text-stone-700" lang={lang}>
              {event.text}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
