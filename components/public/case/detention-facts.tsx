import { formatSince } from "@/lib/i18n/format";
import { label } from "@/lib/i18n/translator";
import { detentionLength } from "@/lib/public/case-facts";
import { daysHeld } from "@/lib/status/staleness";
import { Fact } from "./case-layout";
import type { CaseView } from "./case-view";

/** Days in detention and each detention episode: arrest, and release when there was one. */
export function DetentionFacts({ view }: { view: CaseView }) {
  const { locale, record, t, date, cite, lang, staleAfterMonths } = view;
  const length = detentionLength(record);
  const evidence = record.statusEvidence;
  // Counted to today only while a recent source confirms the detention; otherwise "at least" up to that source.
  const held = length && daysHeld(length.since, evidence?.date, staleAfterMonths);
  return (
    <>
      {length && held && (
        <Fact label={t("daysInDetention")}>
          {held.atLeast && evidence
            ? t("detentionAtLeast", {
                days: held.days,
                since: formatSince(locale, length.since, length.precision),
                until: date(evidence.date, evidence.precision),
              })
            : t("detentionLength", {
                exact: length.exact,
                days: held.days,
                since: formatSince(locale, length.since, length.precision),
              })}
        </Fact>
      )}
      {record.detentions.map((d) => {
        const start = t("detentionStart", {
          kind: label(locale, "detentionKind", d.kind),
          date: d.arrestDate ? date(d.arrestDate, d.arrestDatePrecision) : t("dateNotKnown"),
        });
        // Belarusian and Russian dates end in "г.": no second full stop after them.
        const stop = !d.arrestPlace && start.endsWith(".") ? " " : ". ";
        return (
          <Fact key={d.id} label={t("detention")}>
            {start}
            {d.arrestPlace && (
              <>
                , <span lang={lang}>{d.arrestPlace}</span>
              </>
            )}
            {(d.released || d.releaseDate) && (
              <>
                {stop}
                {t("releasedOn", {
                  date: d.releaseDate ? date(d.releaseDate, d.releaseDatePrecision) : t("dateNotKnown"),
                })}
                {d.releaseType && <> ({label(locale, "releaseType", d.releaseType)})</>}
              </>
            )}
            {cite("DETENTION_EPISODE", d.id)}
          </Fact>
        );
      })}
    </>
  );
}
