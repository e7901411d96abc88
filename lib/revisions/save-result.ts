// What a versioned save answers: saved, invalid input, a conflict with what changed meanwhile,
// citations to review, a refusal by a rule of the record, or an unavailable database.
import type { FieldErrors } from "../forms/fields";
import type { CitationToReview } from "../forms/citation-review";
import type { FieldChange } from "./snapshot";

export type SaveResult =
  | { status: "saved"; id: string; slug: string; version: number }
  | { status: "invalid"; errors: FieldErrors }
  | { status: "conflict"; changes: (FieldChange & { by: string | null })[]; currentVersion: number }
  /** The database did not answer (or was restarting): nothing was saved, the form keeps the input. */
  | { status: "unavailable" }
  /** The change touched cited facts: say, for each citation, whether it still supports them. */
  | {
      status: "review";
      citations: CitationToReview[];
      sources: { id: string; title: string }[];
      errors: FieldErrors;
    }
  /** A rule of the record (one open detention, one current placement…) refused the change. */
  | { status: "refused"; message: string };
