import { formatTerm } from "@/lib/i18n/format";
import { expectedRelease } from "@/lib/public/case-facts";
import { Fact } from "./case-layout";
import type { CaseView } from "./case-view";

/** Each prosecution's sentences and charges. */
export function ProsecutionFacts({ view }: { view: CaseView }) {
  const { locale, record, held, t, date, cite, lang } = view;
  return (
    <>
      {record.prosecutions.flatMap((p) => [
        ...p.sentences.map((s) => (
          <Fact key={s.id} label={t("sentence")}>
            {formatTerm(locale, s.termMonths) ?? t("termNotKnown")}
            {s.regime && (
              <>
                , <span lang={lang}>{s.regime}</span>
              </>
            )}
            {held && expectedRelease(s.startDate, s.termMonths) && (
              <span className="block text-muted">
                {t("expectedRelease", {
                  date: date(expectedRelease(s.startDate, s.termMonths), s.startDatePrecision),
                })}
              </span>
            )}
            {cite("SENTENCE", s.id)}
          </Fact>
        )),
        p.charges.length > 0 && (
          <Fact key={`${p.id}-charges`} label={t("charges")}>
            <ul className="space-y-1">
              {p.charges.map((c) => (
                <li key={c.id}>
                  {c.article && (
                    <span className="font-medium">
                      {t("articleReference", {
                        article: `${c.article.article}${c.article.part ? `(${c.article.part})` : ""}`,
                      })}{" "}
                      <span lang={lang}>{c.article.title}</span>
                    </span>
                  )}
                  {c.article && c.description && " — "}
                  {c.description && <span lang={lang}>{c.description}</span>}
                  {cite("CHARGE", c.id)}
                </li>
              ))}
            </ul>
          </Fact>
        ),
      ])}
    </>
  );
}
