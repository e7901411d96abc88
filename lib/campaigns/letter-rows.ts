// A campaign's letter list: each case's public record (the projection) with the
// organiser's per-campaign overrides applied. Nothing else is read, so restricted data
// cannot be offered or exported. Which section a person is in follows the record at the
// moment of reading (lib/letters/sections.ts): a release, a death or a transfer recorded
// on the case reaches every campaign holding the person with no step of the organiser's.
import type { Database } from "../db/client";
import { addressLines, envelopeColumns, LETTER_COLUMNS, toLetterRow, type LetterRow } from "../exports/letter-row";
import { envelopeFor } from "../letters/envelope";
import { campaignSection, type CampaignSection } from "../letters/sections";
import { parsePublicRecord, type PublicRecord } from "../public/record";
import { lettersRecorded } from "./tallies";

export type CampaignLetterRow = LetterRow & {
  target_authority: string;
  target_address: string;
  letter_languages: string;
  campaign_section: CampaignSection;
  letters_recorded: string;
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

type Projected = { status: string; held: boolean; record: PublicRecord };

export function applyOverrides(row: LetterRow, o: Override, person?: Projected, recorded = 0): CampaignLetterRow {
  const out: CampaignLetterRow = {
    ...row,
    target_authority: o.targetAuthority ?? "",
    target_address: o.targetAddress ?? "",
    letter_languages: o.letterLanguages.join(", ") || row.reads_languages,
    campaign_section: person ? campaignSection(person.status, person.held) : "appeal",
    letters_recorded: String(recorded),
  };
  if (o.appealSummary) out.summary = o.appealSummary;
  if (o.letterGuidance) out.letter_guidance = o.letterGuidance;
  if (o.interests) out.interests = o.interests;
  // An address override is for a person in prison: once released, there is nowhere to send it.
  if (o.prisonerAddressLocal && (!person || person.held)) {
    [out.address_line_1, out.address_line_2, out.address_line_3, out.address_line_4] = addressLines(
      o.prisonerAddressLocal,
    );
    if (person)
      Object.assign(out, envelopeColumns(envelopeFor(person.record, person.held, o.prisonerAddressLocal).lines));
  }
  if (o.prisonerAddressLatin && (!person || person.held))
    [out.address_latin_line_1, out.address_latin_line_2, out.address_latin_line_3, out.address_latin_line_4] =
      addressLines(o.prisonerAddressLatin);
  return out;
}

export type CampaignForRows = {
  id: string;
  startDate: Date | null;
  endDate: Date | null;
  releasedHandling: "CONGRATULATE" | "HIDE";
};

/**
 * In campaign order; a case whose person is no longer published is left out, and so is a
 * released person when the organiser chose to hide released people.
 */
export async function* campaignLetterRows(
  db: Database,
  campaign: CampaignForRows,
  baseUrl: string,
): AsyncGenerator<CampaignLetterRow & { personId: string }> {
  const cases = await db.campaignCase.findMany({ where: { campaignId: campaign.id }, orderBy: { position: "asc" } });
  const recorded = await lettersRecorded(db, campaign);
  for (let i = 0; i < cases.length; i += 200) {
    const batch = cases.slice(i, i + 200);
    const people = await db.publicPerson.findMany({
      where: { personId: { in: batch.map((c) => c.personId) } },
      select: { personId: true, slug: true, status: true, held: true, lastUpdatedAt: true, record: true },
    });
    const byId = new Map(people.map((p) => [p.personId, p]));
    for (const c of batch) {
      const found = byId.get(c.personId);
      if (!found) continue;
      const person = { ...found, record: parsePublicRecord(found.record) };
      const row = applyOverrides(toLetterRow(person, baseUrl), c, person, recorded.get(c.id) ?? 0);
      if (row.campaign_section !== "appeal" && campaign.releasedHandling === "HIDE") continue;
      yield { ...row, personId: c.personId };
    }
  }
}

/** The letter-list columns plus the campaign's own: documented in docs/exports.md. */
export const CAMPAIGN_COLUMNS = [
  ...LETTER_COLUMNS,
  "target_authority",
  "target_address",
  "letter_languages",
  "campaign_section",
  "letters_recorded",
] as const;
