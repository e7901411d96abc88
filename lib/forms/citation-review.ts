// What a save answers when it changed a cited fact in substance, and what the caseworker
// sends back: for each affected citation, keep it (it still supports the new value),
// remove it, or leave it unconfirmed; optionally a new passage; or mark the edit cosmetic.
// Shared by the client form and the server (no server-only imports here).
import { z } from "zod";

export type CitationToReview = {
  id: string;
  quote: string;
  sourceTitle: string;
  /** The cited field's label, or null when the citation supports the whole item. */
  fieldLabel: string | null;
};

export const CITATION_DECISIONS = {
  keep: "Keep: it still supports the new value",
  remove: "Remove this citation",
  unconfirmed: "Leave it unconfirmed (not shown as support on public pages)",
} as const;
export type CitationDecision = keyof typeof CITATION_DECISIONS;

export type CitationReviewInput = {
  decisions: Record<string, CitationDecision>;
  cosmetic: boolean;
  newCitation: { sourceId: string; quote: string } | null;
};

export const NO_REVIEW: CitationReviewInput = { decisions: {}, cosmetic: false, newCitation: null };

const decision = z.enum(["keep", "remove", "unconfirmed"]);

/** Reads the review's "$"-named inputs from a submitted form. */
export function citationReviewFrom(form: FormData): CitationReviewInput {
  const decisions: Record<string, CitationDecision> = {};
  for (const [key, value] of form.entries()) {
    if (!key.startsWith("$citation:")) continue;
    const parsed = decision.safeParse(value);
    if (parsed.success) decisions[key.slice("$citation:".length)] = parsed.data;
  }
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value.trim() : "";
  };
  const sourceId = text("$newSourceId");
  const quote = text("$newQuote");
  return {
    decisions,
    cosmetic: form.get("$cosmetic") === "on",
    newCitation: sourceId && quote ? { sourceId, quote } : null,
  };
}
