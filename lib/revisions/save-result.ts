// What a versioned save answers: saved, invalid input, or a conflict with what changed meanwhile.
import type { FieldErrors } from "../forms/fields";
import type { FieldChange } from "./snapshot";

export type SaveResult =
  | { status: "saved"; id: string; slug: string; version: number }
  | { status: "invalid"; errors: FieldErrors }
  | { status: "conflict"; changes: (FieldChange & { by: string | null })[]; currentVersion: number }
  /** The database did not answer (or was restarting): nothing was saved, the form keeps the input. */
  | { status: "unavailable" };
