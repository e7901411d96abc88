import "server-only";
import { can, readableVisibilities, type Permission } from "../auth/permissions";
import type { Actor } from "../auth/session-user";
import { NotFound } from "../auth/errors";
import type { Prisma } from "../generated/prisma/client";
import { KINDS, type ItemKind } from "./schemas";

/** Throws NotFound (a 404, never a 403) when the actor lacks the permission. */
export function authorize(actor: Actor, permission: Permission) {
  if (!can(actor.role, permission)) throw new NotFound();
}

export type ItemRow = Record<string, unknown> & { id: string; version: number; personId: string; visibility: "PUBLIC" | "INTERNAL" | "RESTRICTED" };

// The item tables share a shape (id, personId, visibility, version), so one narrow
// interface over Prisma's delegates serves all of them.
export interface ItemDelegate {
  findUnique(args: { where: { id: string } }): Promise<ItemRow | null>;
  findMany(args: { where: Record<string, unknown>; orderBy?: Record<string, "asc" | "desc">[] }): Promise<ItemRow[]>;
  updateMany(args: { where: { id: string; version: number }; data: Record<string, unknown> }): Promise<{ count: number }>;
  update(args: { where: { id: string }; data: Record<string, unknown> }): Promise<ItemRow>;
  create(args: { data: Record<string, unknown> }): Promise<ItemRow>;
  delete(args: { where: { id: string } }): Promise<ItemRow>;
}

export function items(client: Prisma.TransactionClient | object, kind: ItemKind): ItemDelegate {
  return (client as unknown as Record<string, ItemDelegate>)[KINDS[kind].model];
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
  return row.visibility === "RESTRICTED" || (row.contactVisibility === "RESTRICTED" && row.contactDetails) || (row.birthDateVisibility === "RESTRICTED" && row.birthDate);
}

export type Tx = Prisma.TransactionClient;
