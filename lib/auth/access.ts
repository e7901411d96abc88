// Authorization of the acting user, in one place: every lib/ read and write checks here.
import "server-only";
import { can, readableVisibilities, type Permission } from "./permissions";
import type { Actor } from "./session-user";
import { NotFound } from "../errors/app-error";

/** Throws NotFound (a 404, never a 403) when the actor lacks the permission. */
export function authorize(actor: Actor, permission: Permission) {
  if (!can(actor.role, permission)) throw new NotFound();
}

export function mayRead(actor: Actor, visibility: string) {
  return (readableVisibilities(actor.role) as string[]).includes(visibility);
}

/** Removes fields whose own visibility the actor may not read (relatives' contacts, birth dates). */
export function redactRow(actor: Actor, row: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...row };
  if ("contactVisibility" in copy && !mayRead(actor, String(copy.contactVisibility))) copy.contactDetails = null;
  if ("birthDateVisibility" in copy && !mayRead(actor, String(copy.birthDateVisibility))) {
    copy.birthDate = null;
    copy.birthDatePrecision = null;
  }
  return copy;
}

/** Whether a row holds restricted data, for the audit log of restricted views. */
export function holdsRestricted(row: Record<string, unknown>) {
  return (
    row.visibility === "RESTRICTED" ||
    (row.contactVisibility === "RESTRICTED" && row.contactDetails) ||
    (row.birthDateVisibility === "RESTRICTED" && row.birthDate)
  );
}
