import "server-only";
// The campaign's printed materials, all built from campaignLetterRows (the public record
// plus overrides): the pack, the envelope sheets and the letter sheets. Preflight runs
// first; while it finds problems nothing is printed (the organiser sees them on the page).
import { db } from "../db";
import { NotFound } from "../errors/app-error";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import type { CampaignLetterRow } from "./letter-rows";
import { campaignLetterRows } from "./letter-rows";
import { preflight, type PrintItem } from "../letters/print/preflight";
import type { CaseSnapshot } from "../letters/changes";
import { z } from "zod";

export const envelopeLines = (r: CampaignLetterRow) =>
  [
    r.envelope_line_1,
    r.envelope_line_2,
    r.envelope_line_3,
    r.envelope_line_4,
    r.envelope_line_5,
    r.envelope_line_6,
  ].filter(Boolean);

export async function campaignForPrint(actor: Actor, slug: string, baseUrl = "") {
  authorize(actor, "manage:campaigns");
  const campaign = await db.campaign.findFirst({ where: { slug, deletedAt: null } });
  if (!campaign) throw new NotFound();
  const rows: (CampaignLetterRow & { personId: string })[] = [];
  for await (const row of campaignLetterRows(db, campaign, baseUrl)) rows.push(row);
  const samples = await db.sampleLetter.findMany({
    where: { campaignId: campaign.id },
    orderBy: [{ personId: "asc" }, { language: "asc" }],
    include: { person: { select: { displayName: true } } },
  });
  const items: PrintItem[] = rows
    .filter((r) => r.campaign_section === "appeal")
    .map((r) => ({
      name: r.name,
      envelope: envelopeLines(r),
      texts: [
        { material: "name", text: `${r.name} ${r.name_native}` },
        { material: "summary", text: r.summary },
        { material: "letter guidance", text: r.letter_guidance },
      ],
    }));
  const problems = preflight(
    items,
    samples.map((s) => ({ subject: s.person?.displayName ?? "everyone", language: s.language, body: s.body })),
  );
  return { campaign, rows, samples, problems };
}

const snapshotSchema = z.array(
  z.object({
    personId: z.string(),
    name: z.string(),
    section: z.enum(["appeal", "released", "memorial"]),
    status: z.string(),
    envelope: z.array(z.string()),
  }),
);

export function snapshotOf(rows: (CampaignLetterRow & { personId: string })[]): CaseSnapshot[] {
  return rows.map((r) => ({
    personId: r.personId,
    name: r.name,
    section: r.campaign_section,
    status: r.status,
    envelope: envelopeLines(r),
  }));
}

export function readSnapshot(value: unknown): CaseSnapshot[] | null {
  const parsed = snapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Remembers what this export showed, for "what changed since the last export". */
export async function rememberExport(campaignId: string, rows: (CampaignLetterRow & { personId: string })[]) {
  await db.campaign.update({
    where: { id: campaignId },
    data: { lastExportedAt: new Date(), lastExportSnapshot: snapshotOf(rows) },
  });
}
