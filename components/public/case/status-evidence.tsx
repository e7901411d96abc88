import { localePath } from "@/lib/i18n/locales";
import type { CaseView } from "./case-view";

/** When, and by which source, the custody status was last confirmed ("Held · last confirmed 13 September 2024"). */
export function StatusEvidence({ view }: { view: CaseView }) {
  const { locale, record, t, date } = view;
  const evidence = record.statusEvidence;
  return (
    <p className="mt-2 text-sm text-muted" data-testid="status-evidence">
      {evidence
        ? t.rich("statusConfirmed", {
            date: <time dateTime={evidence.date}>{date(evidence.date, evidence.precision)}</time>,
            source: evidence.sourceTitle,
            link: (chunks) => (
              <a href={localePath(locale, `/sources/${evidence.sourceId}`)} className="text-accent hover:underline">
                {chunks}
              </a>
            ),
          })
        : t("statusUnconfirmed")}
    </p>
  );
}
