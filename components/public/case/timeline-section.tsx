import { partialDateAttribute } from "@/lib/dates/partial-date";
import { Section } from "./case-layout";
import type { CaseView } from "./case-view";

/** The dated timeline of events, oldest first. */
export function TimelineSection({ view }: { view: CaseView }) {
  const { record, t, date, cite, lang } = view;
  return (
    <Section id="timeline" title={t("timeline")}>
      {record.timeline.length === 0 ? (
        <p className="text-muted">{t("noEvents")}</p>
      ) : (
        <ol className="relative space-y-6 border-l-2 border-line pl-6">
          {record.timeline.map((event) => (
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
      )}
    </Section>
  );
}
