// A campaign's letter list: each case's public record (the projection) with the
// organiser's per-campaign overrides applied. Nothing else is read, so restricted data
// cannot be offered or exported.
import type { Database } from "../db/client";
import { addressLines, LETTER_COLUMNS, toLetterRow, type LetterRow } from "../exports/letter-row";
import { parsePublicRecord } from "../public/record";

export type CampaignLetterRow = LetterRow & {
  target_authority: string;
  target_address: string;
  letter_languages: string;
};

type Override = {
  appealSummary: string | null;
  targetAuthority: string | null;
  targetAddress: string | null;
  prisonerAddressLocal: string | null;
  prisonerAddressLatin: string | null;
  letterGuidance: string | null;
  letterLanguages: string[];
  interests: string | null;
};

export function applyOverrides(row: LetterRow, o: Override): CampaignLetterRow {
  const out: CampaignLetterRow = {
    ...row,
    target_authority: o.targetAuthority ?? "",
    target_address: o.targetAddress ?? "",
    letter_languages: o.letterLanguages.join(", "),
  };
  if (o.appealSummary) out.summary = o.appealSummary;
  if (o.letterGuidance) out.letter_guidance = o.letterGuidance;
  if (o.interests) out.interests = o.interests;
  if (o.prisonerAddressLocal)
    [out.address_line_1, out.address_line_2, out.address_line_3, out.address_line_4] = addressLines(
      o.prisonerAddressLocal,
    );
  if (o.prisonerAddressLatin)
    [out.address_latin_line_1, out.address_latin_line_2, out.address_latin_line_3, out.address_latin_line_4] =
      addressLines(o.prisonerAddressLatin);
  return out;
}

/** In campaign order; a case whose person is no longer published is left out. */
export async function* campaignLetterRows(
  db: Database,
  campaignId: string,
  baseUrl: string,
): AsyncGenerator<CampaignLetterRow> {
  const cases = await db.campaignCase.findMany({ where: { campaignId }, orderBy: { position: "asc" } });
  for (let i = 0; i < cases.length; i += 200) {
    const batch = cases.slice(i, i + 200);
    const people = await db.publicPerson.findMany({
      where: { personId: { in: batch.map((c) => c.personId) } },
      select: { personId: true, slug: true, status: true, held: true, lastUpdatedAt: true, record: true },
    });
    const byId = new Map(people.map((p) => [p.personId, p]));
    for (const c of batch) {
      const person = byId.get(c.personId);
      if (person)
        yield applyOverrides(toLetterRow({ ...person, record: parsePublicRecord(person.record) }, baseUrl), c);
    }
  }
}

/** The letter-list columns plus the campaign's own: documented in docs/exports.md. */
export const CAMPAIGN_COLUMNS = [...LETTER_COLUMNS, "target_authority", "target_address", "letter_languages"] as const;
