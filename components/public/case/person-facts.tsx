import { daysSince } from "@/lib/dates/partial-date";
import { label } from "@/lib/i18n/translator";
import { lastFamilyContact } from "@/lib/public/case-facts";
import { Fact } from "./case-layout";
import type { CaseView } from "./case-view";

/** Occupation, the last contact with family, and who recognised the person as a political prisoner. */
export function PersonFacts({ view }: { view: CaseView }) {
  const { locale, record, held, t, date, cite, lang } = view;
  const { person } = record;
  const contact = lastFamilyContact(record);
  return (
    <>
      {person.occupation && (
        <Fact label={t("occupation")}>
          <span lang={lang}>{person.occupation}</span>
          {cite("PERSON", person.id, "occupation")}
        </Fact>
      )}
      {contact && (
        <Fact label={t("lastFamilyContact")}>
          {date(contact.date, contact.precision)}
          {held && <> — {t("daysAgo", { days: daysSince(contact.date) })}</>}
        </Fact>
      )}
      {record.designations.map((g) => (
        <Fact key={g.id} label={t("recognisedAs")}>
          {t("designation", { kind: label(locale, "designation", g.kind), organisation: g.organisation })}
          {g.date && <>, {date(g.date, g.datePrecision)}</>}
          {cite("DESIGNATION", g.id)}
        </Fact>
      ))}
    </>
  );
}
