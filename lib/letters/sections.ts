// Where a person in a campaign belongs, decided from their public record each time it is
// read, never stored: so a release, death or transfer recorded once on the case reaches
// every campaign at once (issue 17).

/** appeal: held, write to them; released: free, send congratulations; memorial: died. */
export type CampaignSection = "appeal" | "released" | "memorial";

export function campaignSection(status: string, held: boolean): CampaignSection {
  if (status === "DECEASED") return "memorial";
  return held ? "appeal" : "released";
}
