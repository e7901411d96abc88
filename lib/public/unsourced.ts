// The public facts of a case page that no public, confirmed source supports: exactly the
// facts the page marks "not yet sourced" (components/public/case), counted for the
// publication preview and its audit entry. Pure, so the preview and tests share it.
import type { PublicRecord } from "./record";

export type UnsourcedFact = { subjectType: string; id: string; field: string | null; label: string };

/** Facts the case page shows with a citation mark, in page order. */
function shownFacts(record: PublicRecord): UnsourcedFact[] {
  const { person } = record;
  const fact = (subjectType: string, id: string, label: string, field: string | null = null) => ({
    subjectType,
    id,
    field,
    label,
  });
  return [
    ...record.names.map((n) => fact("NAME_VARIANT", n.id, `Name: ${n.text}`)),
    ...(person.bio ? [fact("PERSON", person.id, "Biography", "bio")] : []),
    ...record.conditions.map((c) => fact("CONDITION_PERIOD", c.id, `Condition: ${c.kind.toLowerCase()}`)),
    ...record.detentions.map((d) => fact("DETENTION_EPISODE", d.id, `Detention${d.arrestDate ? ` from ${d.arrestDate}` : ""}`)),
    ...record.prosecutions.flatMap((p) => [
      ...p.sentences.map((s) => fact("SENTENCE", s.id, `Sentence${s.termMonths ? `: ${s.termMonths} months` : ""}`)),
      ...p.charges.map((c) => fact("CHARGE", c.id, `Charge${c.article ? `: art. ${c.article.article}` : ""}`)),
    ]),
    ...(person.occupation ? [fact("PERSON", person.id, "Occupation", "occupation")] : []),
    ...record.designations.map((g) => fact("DESIGNATION", g.id, `Designation: ${g.organisation}`)),
    ...record.placements.filter((p) => !p.toDate).map((p) => fact("PLACEMENT", p.id, `Held at ${p.facility.name}`)),
    ...record.lawyers.map((l) => fact("LEGAL_REPRESENTATION", l.id, `Lawyer: ${l.lawyerName}`)),
    ...record.relatives.map((r) => fact("RELATIVE", r.id, `Relative: ${r.name}`)),
    ...record.timeline.map((e) => fact("TIMELINE_EVENT", e.id, `${e.date}: ${e.title}`)),
  ];
}

/** The shown facts with no citation of a public source that the record follows. */
export function unsourcedFacts(record: PublicRecord): UnsourcedFact[] {
  const supported = new Set(
    record.citations
      .filter((c) => c.public && c.isPreferred)
      .map((c) => `${c.subjectType}:${c.subjectId}:${c.field ?? ""}`),
  );
  return shownFacts(record).filter((f) => !supported.has(`${f.subjectType}:${f.id}:${f.field ?? ""}`));
}
