// Letters recorded per case of a campaign: the organiser's tallies plus visitors' "I wrote"
// for the person within the campaign's dates. One number, used for the public count
// against the goal, the "fewest letters first" order and the exports.
import type { Database } from "../db/client";

export async function lettersRecorded(
  db: Database,
  campaign: { id: string; startDate: Date | null; endDate: Date | null },
): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ id: string; total: bigint }[]>`
    SELECT cc.id,
      coalesce((SELECT sum(t.count) FROM campaign_tally t WHERE t.campaign_case_id = cc.id), 0)
      + coalesce((SELECT sum(v.count) FROM visitor_letter_daily v WHERE v.person_id = cc.person_id
          AND (${campaign.startDate}::date IS NULL OR v.day >= ${campaign.startDate}::date)
          AND (${campaign.endDate}::date IS NULL OR v.day <= ${campaign.endDate}::date)), 0) AS total
    FROM campaign_case cc WHERE cc.campaign_id = ${campaign.id}`;
  return new Map(rows.map((r) => [r.id, Number(r.total)]));
}
