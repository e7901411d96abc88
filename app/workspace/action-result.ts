import "server-only";
import { notFound } from "next/navigation";
import { NotFound } from "@/lib/auth/errors";
import type { SaveResult } from "@/lib/cases/mutations";
import type { FormState } from "@/lib/forms/form-state";
import type { FormValues } from "@/lib/forms/fields";

/** A refused or missing target answers 404, like a page would; other failures are logged, never shown. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
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
