import { label } from "@/lib/i18n/translator";
import { Section } from "./case-layout";
import type { CaseView } from "./case-view";

/** Lawyers and the relatives whose names are public. */
export function PeopleSection({ view }: { view: CaseView }) {
  const { locale, record, t, cite, lang } = view;
  if (record.lawyers.length === 0 && record.relatives.length === 0) return null;
  return (
    <Section id="people" title={t("lawyersAndFamily")}>
      <ul className="space-y-2">
        {record.lawyers.map((l) => (
          <li key={l.id}>
            {t.rich("lawyer", {
              name: <span className="font-medium">{l.lawyerName}</span>,
              status: label(locale, "representation", l.status),
            })}
            {l.note && (
              <span className="text-muted">
                . <span lang={lang}>{l.note}</span>
              </span>
            )}
            {cite("LEGAL_REPRESENTATION", l.id)}
          </li>
        ))}
        {record.relatives.map((r) => (
          <li key={r.id}>
            <span className="font-medium">{r.name}</span>, <span lang={lang}>{r.relation}</span>
            {cite("RELATIVE", r.id)}
          </li>
        ))}
      </ul>
    </Section>
  );
}
