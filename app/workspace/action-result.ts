import "server-only";
import type { SaveResult } from "@/lib/revisions/save-result";
import type { FormState } from "@/lib/forms/form-state";
import type { FormValues } from "@/lib/forms/fields";

/** Turns a data-layer answer into what the form shows, always with the user's own input. */
export function toFormState(result: Exclude<SaveResult, { status: "saved" }>, values: FormValues): FormState {
  const submission = Date.now();
  if (result.status === "invalid") return { status: "invalid", errors: result.errors, values, submission };
  return { status: "conflict", changes: result.changes, version: result.currentVersion, values, submission };
}

export function versionOf(form: FormData): number {
  const n = Number(form.get("$version"));
  return Number.isInteger(n) ? n : -1;
}
