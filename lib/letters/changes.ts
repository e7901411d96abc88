// What changed in a campaign since the organiser's last export: the export keeps a small
// snapshot per case (section, status, envelope), and the campaign page compares it with
// the record now. Pure, so it is tested without a database.
import type { CampaignSection } from "./sections";

export type CaseSnapshot = {
  personId: string;
  name: string;
  section: CampaignSection;
  status: string;
  envelope: string[];
};
export type CampaignChange = { personId: string; name: string; change: string };

export function diffSnapshots(before: CaseSnapshot[], now: CaseSnapshot[]): CampaignChange[] {
  const old = new Map(before.map((s) => [s.personId, s]));
  const changes: CampaignChange[] = [];
  for (const s of now) {
    const was = old.get(s.personId);
    old.delete(s.personId);
    if (!was) {
      changes.push({ personId: s.personId, name: s.name, change: "added to the campaign" });
      continue;
    }
    if (was.section !== s.section)
      changes.push({
        personId: s.personId,
        name: s.name,
        change:
          s.section === "released"
            ? "released: moved from the appeal to “released: send congratulations”"
            : s.section === "memorial"
              ? "died: moved out of the appeal"
              : "held again: back in the appeal",
      });
    else if (was.envelope.join("\n") !== s.envelope.join("\n"))
      changes.push({
        personId: s.personId,
        name: s.name,
        change: s.envelope.length
          ? "new address (transferred or corrected): reprint the label"
          : "address no longer known",
      });
  }
  for (const s of old.values())
    changes.push({ personId: s.personId, name: s.name, change: "no longer in the export (removed or unpublished)" });
  return changes;
}
