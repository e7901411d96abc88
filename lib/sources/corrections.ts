import "server-only";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import { NotFound } from "../errors/app-error";
import type { Actor } from "../auth/session-user";
import { authorize, mayRead } from "../auth/access";
import type { FieldSpec } from "../forms/fields";
import { refreshPublicSource } from "../publication/projection";
import { writeRevision } from "../revisions/write";
import { sourceTextHash } from "./fingerprint";
import { withLF } from "../text/line-breaks";

export const CORRECTION_FIELDS: FieldSpec[] = [
  {
    name: "text",
    label: "Corrected text",
    type: "textarea",
    required: true,
    hint: "The whole text as it should read. The current version stays as it is, with the citations whose passage is not in the correction.",
  },
  {
    name: "reason",
    label: "What was wrong",
    type: "text",
    required: true,
    hint: "e.g. the outlet corrected the sentence length; text was cut off when saved",
  },
];

export type CorrectionResult =
  | { status: "saved"; id: string; version: number; moved: number; left: number; slugs: string[] }
  | { status: "invalid"; errors: Record<string, string> };

/**
 * Corrects a source's text by adding a new version of it; the stored text itself never
 * changes once cited (a database trigger enforces that). Each citation of the old
 * version whose quote is also in the corrected text moves to the new version (the quote
 * trigger checks it again); the others stay on the old version, which the reading view
 * lists for a caseworker to re-cite.
 */
export async function correctSource(
  actor: Actor,
  sourceId: string,
  values: { text?: string; reason?: string },
): Promise<CorrectionResult> {
  authorize(actor, "edit:case");
  const old = await db.source.findUnique({
    where: { id: sourceId },
    include: { nextVersion: { select: { id: true } } },
  });
  if (!old || old.deletedAt || !mayRead(actor, old.visibility)) throw new NotFound();
  const text = withLF(values.text ?? "").trim();
  const reason = (values.reason ?? "").trim();
  const errors: Record<string, string> = {};
  if (old.nextVersion) errors.text = "This version was already corrected. Correct the newest version instead.";
  else if (text.length < 20) errors.text = "Enter the whole corrected text (at least a sentence).";
  else if (text === old.text) errors.text = "The text is unchanged. Change what was wrong, then save.";
  if (!reason) errors.reason = "Say what was wrong, for the history.";
  else if (reason.length > 500) errors.reason = "Keep it under 500 characters.";
  if (Object.keys(errors).length) return { status: "invalid", errors };

  const result = await db.$transaction(async (tx) => {
    const created = await tx.source.create({
      data: {
        title: old.title,
        publisher: old.publisher,
        author: old.author,
        publishedDate: old.publishedDate,
        publishedDatePrecision: old.publishedDatePrecision,
        language: old.language,
        url: old.url,
        type: old.type,
        reliability: old.reliability,
        visibility: old.visibility,
        text,
        textHash: sourceTextHash(text),
        previousVersionId: old.id,
        version: old.version + 1,
        addedById: actor.id,
      },
    });
    const citations = await tx.citation.findMany({ where: { sourceId: old.id } });
    let moved = 0;
    for (const before of citations) {
      if (!text.includes(before.quote)) continue;
      const after = await tx.citation.update({ where: { id: before.id }, data: { sourceId: created.id } });
      await writeRevision(tx, {
        entity: "citation",
        entityId: before.id,
        personId: before.personId,
        version: 2,
        before,
        after,
        actor,
        summary: `Now quotes version ${created.version} of the source (corrected)`,
        origin: "source-correction",
      });
      moved++;
    }
    await refreshPublicSource(tx, old.id);
    await refreshPublicSource(tx, created.id);
    await recordAudit(tx, {
      action: "source.correct",
      actor,
      subjectType: "Source",
      subjectId: created.id,
      details: { previousVersionId: old.id, reason, moved, left: citations.length - moved },
    });
    const people = await tx.person.findMany({
      where: { id: { in: [...new Set(citations.map((c) => c.personId))] } },
      select: { slug: true },
    });
    return {
      id: created.id,
      version: created.version,
      moved,
      left: citations.length - moved,
      slugs: people.map((p) => p.slug),
    };
  });
  return { status: "saved", ...result };
}
