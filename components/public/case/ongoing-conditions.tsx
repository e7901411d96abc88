import { label } from "@/lib/i18n/translator";
import { ongoingConditions, PROLONGED_SOLITARY_DAYS } from "@/lib/public/case-facts";
import type { CaseView } from "./case-view";

/** Conditions of detention still going on (solitary, incommunicado…), above everything else. */
export function OngoingConditions({ view }: { view: CaseView }) {
  const { locale, record, held, t, cite } = view;
  const ongoing = ongoingConditions(record, held);
  if (ongoing.length === 0) return null;
  return (
    <section aria-label={t("ongoingConditions")} className="mt-6 space-y-2">
      {ongoing.map((c) => (
        <p key={c.id} className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-amber-950">
          <strong>{label(locale, "condition", c.kind)}</strong>
          {c.days !== null && <> {t("conditionFor", { exact: c.exact, days: c.days })}</>}
          {c.prolonged && <> {t("prolonged", { limit: PROLONGED_SOLITARY_DAYS })}</>}
          {cite("CONDITION_PERIOD", c.id)}
        </p>
      ))}
    </section>
  );
}
