// Citations follow the facts they support. A trigger (migration 20261201130000) marks the
// citations of a fact unconfirmed whenever the fact changes in substance, whatever wrote
// it; here, inside the same transaction, a workspace save applies the caseworker's
// decision for each one, or refuses the save and asks for one.
import "server-only";
import type { Actor } from "../auth/session-user";
import type { Tx } from "../db/client";
import type { CitedSubject } from "../generated/prisma/client";
import type { CitationReviewInput, CitationToReview } from "../forms/citation-review";
import { quoteProblem } from "../sources/quote-check";
import { writeRevision } from "../revisions/write";
import { fieldsOf } from "../revisions/snapshot";
import type { EntityType } from "../revisions/shape";

/** Thrown inside a save's transaction to roll it back and ask about these citations. */
export class CitationsNeedReview extends Error {
  constructor(
    readonly citations: CitationToReview[],
    readonly sources: { id: string; title: string }[],
    readonly errors: Record<string, string> = {},
  ) {
    super("citations need review");
  }
}

type Subject = { entity: EntityType; subject: CitedSubject; subjectId: string; personId: string };

/** The confirmed citations of a fact, read before it is written. */
export async function confirmedCitationsOf(tx: Tx, s: Subject) {
  return tx.citation.findMany({
    where: { subjectType: s.subject, subjectId: s.subjectId, confirmed: true },
    include: { source: { select: { title: true } } },
    orderBy: { createdAt: "asc" },
  });
}

const squeeze = (v: unknown) => (typeof v === "string" ? v.replace(/\s+/g, " ").trim() : JSON.stringify(v ?? null));

/** True when every changed value differs only in whitespace. */
function onlyWhitespace(before: Record<string, unknown>, after: Record<string, unknown>, columns: string[]) {
  return columns.every((c) => squeeze(before[c]) === squeeze(after[c]));
}

/**
 * After the write: the citations the trigger unconfirmed, resolved as the caseworker chose.
 * Returns a note for the revision's summary ("" when nothing was cited).
 */
export async function resolveCitations(
  tx: Tx,
  actor: Actor,
  s: Subject,
  confirmedBefore: Awaited<ReturnType<typeof confirmedCitationsOf>>,
  review: CitationReviewInput,
  change: { before: Record<string, unknown>; after: Record<string, unknown>; columns: string[] },
): Promise<string> {
  if (confirmedBefore.length === 0) return "";
  const stillConfirmed = await tx.citation.findMany({
    where: { id: { in: confirmedBefore.map((c) => c.id) }, confirmed: true },
    select: { id: true },
  });
  const affected = confirmedBefore.filter((c) => !stillConfirmed.some((k) => k.id === c.id));
  if (affected.length === 0) return "";

  const reconfirm = (ids: string[]) =>
    tx.citation.updateMany({ where: { id: { in: ids } }, data: { confirmed: true, unconfirmedAt: null } });
  if (review.cosmetic || onlyWhitespace(change.before, change.after, change.columns)) {
    await reconfirm(affected.map((c) => c.id));
    return ` (cosmetic edit: ${affected.length} citation${affected.length === 1 ? "" : "s"} kept)`;
  }

  const labels = Object.fromEntries(fieldsOf(s.entity).map((f) => [f.name, f.label]));
  const asked = affected.map((c) => ({
    id: c.id,
    quote: c.quote,
    sourceTitle: c.source.title,
    fieldLabel: c.field ? (labels[c.field] ?? c.field) : null,
  }));
  const undecided = affected.filter((c) => !review.decisions[c.id]);
  const newProblem = review.newCitation ? await newCitationProblem(tx, review.newCitation) : null;
  if (undecided.length > 0 || newProblem) {
    throw new CitationsNeedReview(asked, await sourcesFor(tx, s.personId), newProblem ? { $newQuote: newProblem } : {});
  }

  const keep = affected.filter((c) => review.decisions[c.id] === "keep");
  const remove = affected.filter((c) => review.decisions[c.id] === "remove");
  await reconfirm(keep.map((c) => c.id));
  for (const citation of remove) {
    const { source: _source, ...row } = citation;
    await tx.citation.delete({ where: { id: citation.id } });
    await writeRevision(tx, {
      entity: "citation",
      entityId: citation.id,
      personId: s.personId,
      version: 2,
      before: row,
      after: null,
      actor,
      summary: "Removed a citation that no longer supports its fact",
    });
  }
  if (review.newCitation) {
    const created = await tx.citation.create({
      data: {
        personId: s.personId,
        subjectType: s.subject,
        subjectId: s.subjectId,
        sourceId: review.newCitation.sourceId,
        quote: review.newCitation.quote,
        field: affected.find((c) => c.field)?.field ?? null,
        createdById: actor.id,
      },
    });
    await writeRevision(tx, {
      entity: "citation",
      entityId: created.id,
      personId: s.personId,
      version: 1,
      before: null,
      after: created,
      actor,
      summary: "Added a citation for the changed fact",
    });
  }
  const left = affected.length - keep.length - remove.length;
  const parts = [
    keep.length && `${keep.length} kept`,
    remove.length && `${remove.length} removed`,
    left && `${left} left unconfirmed`,
    review.newCitation && "1 new",
  ].filter(Boolean);
  return ` (citations re-checked: ${parts.join(", ")})`;
}

async function newCitationProblem(tx: Tx, c: { sourceId: string; quote: string }): Promise<string | null> {
  const source = await tx.source.findUnique({ where: { id: c.sourceId }, select: { text: true, deletedAt: true } });
  if (!source || source.deletedAt) return "Choose one of the sources";
  return quoteProblem(source.text, c.quote);
}

/** Sources to cite a new passage from: those this case already cites, newest first. */
async function sourcesFor(tx: Tx, personId: string) {
  const rows = await tx.source.findMany({
    where: { deletedAt: null, citations: { some: { personId } } },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true },
    take: 50,
  });
  return rows;
}
