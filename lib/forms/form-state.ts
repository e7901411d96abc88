// What a record form's server action answers; shared by the actions and the client form.
import type { CitationToReview } from "./citation-review";
import type { FieldErrors, FormValues } from "./fields";

export type FormState = {
  status: "idle" | "invalid" | "conflict" | "error" | "review";
  errors?: FieldErrors;
  /** The user's own input, sent back so that nothing typed is lost. */
  values?: FormValues;
  /** On a conflict: what changed meanwhile, and the version to save over it deliberately. */
  changes?: { field: string; label: string; before: string; after: string; by: string | null }[];
  version?: number;
  message?: string;
  /** On "review": the citations of the changed facts, each to keep, remove or leave unconfirmed. */
  citations?: CitationToReview[];
  /** On "review": sources a new passage may be cited from. */
  sources?: { id: string; title: string }[];
  /** Changes on every answer, so the form remounts with the returned values. */
  submission?: number;
};

/** A one-field form's answer: an error to show, or nothing. */
export type MessageState = { error?: string };

/** The two-factor forms also answer with freshly issued recovery codes, shown once. */
export type TwoFactorState = MessageState & { recoveryCodes?: string[] };

export const IDLE: FormState = { status: "idle" };

export function formValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}

/** One named value of a submitted form as text (hidden "$" inputs included); "" when absent. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
