import "server-only";
import type { SaveResult } from "@/lib/revisions/save-result";
import type { FormState } from "@/lib/forms/form-state";
import type { FormValues } from "@/lib/forms/fields";
import { guarded } from "@/lib/errors/http";
import { isTransientDatabaseError, UNAVAILABLE_MESSAGE } from "@/lib/forms/unavailable";

/**
 * For a form's save: like guarded, and a database that does not answer becomes
 * "unavailable" (the form keeps the input and says to try again) instead of an error page.
 */
export async function guardedSave<T>(work: () => Promise<T | SaveResult>): Promise<T | SaveResult> {
  try {
    return await guarded(work);
  } catch (error) {
    if (!isTransientDatabaseError(error)) throw error;
    console.warn("Save refused, database unavailable", error);
    return { status: "unavailable" };
  }
}

/** Turns a data-layer answer into what the form shows, always with the user's own input. */
export function toFormState(
  result: Exclude<SaveResult, { status: "saved" }>,
  values: FormValues,
  /** The version the form was submitted with: kept when the answer asks about citations. */
  submittedVersion?: number,
): FormState {
  const submission = Date.now();
  if (result.status === "invalid") return { status: "invalid", errors: result.errors, values, submission };
  if (result.status === "unavailable") return { status: "error", message: UNAVAILABLE_MESSAGE, values, submission };
  if (result.status === "refused") return { status: "error", message: result.message, values, submission };
  if (result.status === "review")
    return {
      status: "review",
      version: submittedVersion,
      citations: result.citations,
      sources: result.sources,
      errors: result.errors,
      values,
      submission,
      message: result.errors.$newQuote,
    };
  return { status: "conflict", changes: result.changes, version: result.currentVersion, values, submission };
}

export function versionOf(form: FormData): number {
  const n = Number(form.get("$version"));
  return Number.isInteger(n) ? n : -1;
}
