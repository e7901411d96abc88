import "server-only";
import { PassThrough, Readable } from "node:stream";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { streamLetters, type ExportFormat } from "../exports/stream";
import { writeEnvelopes } from "../letters/print/envelopes";
import type { EnvelopeFormat } from "../letters/print/formats";
import { writeLetterSheets } from "../letters/print/letter-sheets";
import { CAMPAIGN_COLUMNS } from "./letter-rows";
import { campaignForPrint, envelopeLines, rememberExport } from "./print";

export type PrintKind = EnvelopeFormat | "letter-sheets";
export const PRINT_KINDS: readonly PrintKind[] = ["a4-2x7", "c6", "dl", "letter-sheets"];

/** Preflight found problems: nothing is printed until they are fixed. */
export class PrintRefused extends Error {
  constructor(readonly problems: { subject: string; material: string; message: string }[]) {
    super("print refused");
  }
}

async function audited(
  actor: Actor,
  campaignId: string,
  slug: string,
  format: string,
  rows: number,
  ip: string | null,
) {
  await recordAudit(db, {
    action: "export",
    actor,
    subjectType: "Campaign",
    subjectId: campaignId,
    ipAddress: ip,
    details: { format, rows, campaign: slug },
  });
}

/**
 * Streams a campaign's letter list (CSV, XLSX or the PDF pack); audited before it starts,
 * and remembered for "what changed since the last export". A PDF is refused while
 * preflight finds characters the font lacks or addresses that do not fit.
 */
export async function exportCampaign(
  actor: Actor,
  slug: string,
  format: ExportFormat,
  baseUrl: string,
  ipAddress: string | null,
) {
  authorize(actor, "export:data");
  const { campaign, rows, samples, problems } = await campaignForPrint(actor, slug, baseUrl);
  if (format === "pdf" && problems.length) throw new PrintRefused(problems);
  await audited(actor, campaign.id, slug, format, rows.length, ipAddress);
  await rememberExport(campaign.id, rows);
  const total = rows.reduce((n, r) => n + Number(r.letters_recorded), 0);
  return streamLetters(format, Readable.from(rows), {
    fileName: slug,
    sheetName: "Letters",
    columns: CAMPAIGN_COLUMNS,
    cover: {
      title: campaign.name,
      subtitle: `${campaign.year} · ${total}${campaign.goal ? ` of ${campaign.goal}` : ""} letters and actions recorded`,
      introduction: campaign.description ?? undefined,
      samples: samples.map((s) => ({ language: s.language, body: s.body, for: s.person?.displayName ?? null })),
    },
  });
}

/** Envelope labels (A4 2×7, C6, DL) or letter sheets for the people still held. */
export async function printCampaign(actor: Actor, slug: string, kind: PrintKind, ipAddress: string | null) {
  authorize(actor, "export:data");
  const { campaign, rows, samples, problems } = await campaignForPrint(actor, slug);
  if (problems.length) throw new PrintRefused(problems);
  const appeal = rows.filter((r) => r.campaign_section === "appeal");
  await audited(actor, campaign.id, slug, kind, appeal.length, ipAddress);
  await rememberExport(campaign.id, rows);
  const out = new PassThrough();
  const title = `${campaign.name}: ${kind === "letter-sheets" ? "letter sheets" : "envelope addresses"}`;
  const writing =
    kind === "letter-sheets"
      ? writeLetterSheets(
          appeal.flatMap((r) => {
            const own = samples.filter((s) => s.personId === r.personId);
            const chosen = own.length ? own : samples.filter((s) => s.personId === null);
            const sheet = (sample: { language: string; body: string } | null) => ({
              name: r.name,
              envelope: envelopeLines(r),
              envelopeLanguage: r.envelope_language || "ru",
              sample,
              labels: {
                address: "Address for the envelope",
                sample: "Sample letter",
                write: "Your letter",
                noAddress: "No address is known: see the case page.",
              },
            });
            return chosen.length ? chosen.map((s) => sheet({ language: s.language, body: s.body })) : [sheet(null)];
          }),
          out,
          title,
          "en",
        )
      : writeEnvelopes(
          appeal
            .filter((r) => envelopeLines(r).length > 0)
            .map((r) => ({ name: r.name, lines: envelopeLines(r), language: r.envelope_language || "ru" })),
          out,
          kind,
          title,
        );
  writing.catch((error: unknown) => {
    console.error(`Print ${slug} ${kind} failed`, error);
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return {
    body: Readable.toWeb(out) as ReadableStream<Uint8Array>,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${slug}-${kind}.pdf"`,
      "Cache-Control": "no-store",
    },
  };
}
