import "server-only";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { kindOfSubject, type ItemKind } from "../records/kinds";
import { VIEW_WINDOW_DAYS } from "./views";

// Citation coverage: public facts that no source supports yet. Only public facts are
// counted, since those are what visitors read; a fact becomes "sourced" with its first
// confirmed citation (an unconfirmed one no longer supports it: docs/decisions/015).
// Person fields (bio, occupation…) count when filled in.

export type UncitedFact = {
  personId: string;
  slug: string;
  displayName: string;
  kind: ItemKind | "person";
  id: string;
  label: string;
};

/** The uncited public facts of these people (the filter is in every branch, so each table is read by person). */
function uncitedSql(personIds: string[]) {
  const item = (
    table: string,
    subject: string,
    label: Prisma.Sql,
    personColumn = Prisma.sql`f.person_id`,
    join = Prisma.empty,
  ) => Prisma.sql`
    SELECT ${personColumn} AS person_id, ${subject} AS subject, f.id, ${label} AS label
    FROM ${Prisma.raw(`"${table}"`)} f ${join}
    WHERE ${personColumn} = ANY (${personIds}::text[]) AND f.visibility = 'PUBLIC' AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = ${subject}::"CitedSubject" AND c.subject_id = f.id AND c.confirmed)`;
  const viaProsecution = Prisma.sql`JOIN prosecution pr ON pr.id = f.prosecution_id`;
  return Prisma.sql`
    SELECT u.person_id, p.slug, p.display_name, u.subject, u.id, u.label FROM (
      ${item("name_variant", "NAME_VARIANT", Prisma.sql`'Name: ' || f.text`)}
      UNION ALL ${item("prosecution", "PROSECUTION", Prisma.sql`'Prosecution' || coalesce(' ' || f.case_number, '')`)}
      UNION ALL ${item("charge", "CHARGE", Prisma.sql`'Charge' || coalesce(': ' || left(f.description, 60), '')`, Prisma.sql`pr.person_id`, viaProsecution)}
      UNION ALL ${item("sentence", "SENTENCE", Prisma.sql`'Sentence' || coalesce(': ' || f.term_months || ' months', '')`, Prisma.sql`pr.person_id`, viaProsecution)}
      UNION ALL ${item("detention_episode", "DETENTION_EPISODE", Prisma.sql`'Detention' || coalesce(' from ' || f.arrest_date, '')`)}
      UNION ALL ${item("placement", "PLACEMENT", Prisma.sql`'Placement'`)}
      UNION ALL ${item("condition_period", "CONDITION_PERIOD", Prisma.sql`'Condition: ' || lower(replace(f.kind::text, '_', ' '))`)}
      UNION ALL ${item("relative", "RELATIVE", Prisma.sql`'Relative: ' || f.name`)}
      UNION ALL ${item("family_contact_event", "FAMILY_CONTACT_EVENT", Prisma.sql`'Family contact: ' || f.date`)}
      UNION ALL ${item("legal_representation", "LEGAL_REPRESENTATION", Prisma.sql`'Lawyer: ' || f.lawyer_name`)}
      UNION ALL ${item("designation", "DESIGNATION", Prisma.sql`'Designation: ' || f.organisation`)}
      UNION ALL ${item("timeline_event", "TIMELINE_EVENT", Prisma.sql`f.date || ': ' || f.title`, Prisma.sql`f.person_id`, Prisma.sql`JOIN person tp ON tp.id = f.person_id AND f.deleted_at IS NULL`)}
      UNION ALL SELECT p2.id, 'PERSON', p2.id, 'Profile: ' || field FROM person p2
        CROSS JOIN LATERAL (VALUES ('bio', p2.bio IS NOT NULL), ('occupation', p2.occupation IS NOT NULL), ('citizenship', p2.citizenship IS NOT NULL)) AS fields(field, present)
        WHERE p2.id = ANY (${personIds}::text[]) AND present AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = 'PERSON' AND c.subject_id = p2.id AND c.field = fields.field AND c.confirmed)
    ) u JOIN person p ON p.id = u.person_id
    WHERE p.deleted_at IS NULL AND p.published`;
}

type Row = { person_id: string; slug: string; display_name: string; subject: string; id: string; label: string };

const toFact = (r: Row): UncitedFact => ({
  personId: r.person_id,
  slug: r.slug,
  displayName: r.display_name,
  kind: kindOfSubject(r.subject),
  id: r.id,
  label: r.label,
});

/** One case's public facts without a citation. */
export async function uncitedFactsOf(actor: Actor, personId: string): Promise<UncitedFact[]> {
  authorize(actor, "read:internal");
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`${uncitedSql([personId])} ORDER BY u.subject, u.label`);
  return rows.map(toFact);
}

/**
 * Published cases with unsourced public facts: the most-viewed first (views of the public
 * page over the last VIEW_WINDOW_DAYS days), then those with the most unsourced facts.
 * Ranked from the counts kept on each case's public record (public_person.uncited_facts,
 * recounted whenever the record is rebuilt), so the ranking reads one row per case, not
 * every fact; only the facts of the `limit` cases shown are read.
 */
export async function casesNeedingSources(actor: Actor, limit = 50) {
  authorize(actor, "read:internal");
  const ranked = await db.$queryRaw<
    { person_id: string; facts: number; views: bigint; total_cases: bigint; total_facts: bigint }[]
  >(Prisma.sql`
    WITH viewed AS (
      SELECT person_id, sum(views) AS views FROM case_view_daily
      WHERE day > current_date - ${VIEW_WINDOW_DAYS}::int GROUP BY person_id)
    SELECT pp.person_id, pp.uncited_facts AS facts, coalesce(v.views, 0) AS views,
      count(*) OVER () AS total_cases, sum(pp.uncited_facts) OVER () AS total_facts
    FROM public_person pp LEFT JOIN viewed v USING (person_id)
    WHERE pp.uncited_facts > 0
    ORDER BY coalesce(v.views, 0) DESC, pp.uncited_facts DESC, pp.sort_name, pp.person_id
    LIMIT ${limit}`);
  const ids = ranked.map((r) => r.person_id);
  const rows =
    ids.length === 0 ? [] : await db.$queryRaw<Row[]>(Prisma.sql`${uncitedSql(ids)} ORDER BY u.subject, u.label`);
  const factsOf = new Map<string, UncitedFact[]>();
  for (const row of rows) factsOf.set(row.person_id, [...(factsOf.get(row.person_id) ?? []), toFact(row)]);
  const cases = ranked.map((r) => {
    const facts = factsOf.get(r.person_id) ?? [];
    return {
      personId: r.person_id,
      slug: facts[0]?.slug ?? "",
      displayName: facts[0]?.displayName ?? "",
      views: Number(r.views),
      facts,
    };
  });
  return {
    cases,
    totalCases: Number(ranked[0]?.total_cases ?? 0),
    totalFacts: Number(ranked[0]?.total_facts ?? 0),
  };
}
