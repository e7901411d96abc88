import { label } from "@/lib/i18n/translator";
import { Section } from "./case-layout";
import type { CaseView } from "./case-view";

/** Every condition of detention, past and ongoing. */
export function ConditionsSection({ view }: { view: CaseView }) {
  const { locale, record, held, t, date, cite, lang } = view;
  if (record.conditions.length === 0) return null;
  return (
    <Section id="conditions" title={t("conditions")}>
      <ul className="space-y-2">
        {record.conditions.map((c) => (
          <li key={c.id}>
            <span className="font-medium">{label(locale, "condition", c.kind)}</span>
            {(c.startDate || c.endDate) && (
              <span className="text-muted">
                {" "}
                ({c.startDate ? date(c.startDate, c.startDatePrecision) : t("startNotKnown")} –{" "}
                {c.endDate ? date(c.endDate, c.endDatePrecision) : held ? t("ongoing") : t("endNotKnown")})
              </span>
            )}
            {c.description && (
              <>
                : <span lang={lang}>{c.description}</span>
              </>
            )}
            {cite("CONDITION_PERIOD", c.id)}
          </li>
        ))}
      </ul>
    </Section>
  );
}
