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
  const table = (client as unknown as Record<string, ItemDelegate>)[KINDS[kind].model];
  return KINDS[kind].parent === "prosecution" ? throughProsecution(table) : table;
}

// Charges and sentences belong to a prosecution, not directly to a person. Seen through
// this wrapper they carry their case's personId like every other item, so access checks,
// revisions and restores treat all items alike.
function throughProsecution(table: ItemDelegate): ItemDelegate {
  type WithParent = ItemRow & { prosecution?: { personId: string } };
  const withPerson = (row: WithParent | null): ItemRow | null => {
    if (!row) return null;
    const { prosecution, ...rest } = row;
    return { ...rest, personId: prosecution?.personId ?? "" } as ItemRow;
  };
  const include = { prosecution: { select: { personId: true } } };
  const withoutPerson = (data: Record<string, unknown>) => {
    const { personId: _ignored, ...rest } = data;
    return rest;
  };
  const loose = table as unknown as {
    findUnique(args: object): Promise<WithParent | null>;
    findMany(args: object): Promise<WithParent[]>;
    create(args: object): Promise<WithParent>;
    update(args: object): Promise<WithParent>;
  };
  return {
    findUnique: async (args) => withPerson(await loose.findUnique({ ...args, include })),
    findMany: async ({ where, orderBy }) => {
      const { personId, ...rest } = where;
      const rows = await loose.findMany({ where: { ...rest, prosecution: { personId } }, orderBy, include });
      return rows.map((r) => withPerson(r)!);
    },
    updateMany: (args) => table.updateMany({ ...args, data: withoutPerson(args.data) }),
    update: async (args) => withPerson(await loose.update({ ...args, data: withoutPerson(args.data), include }))!,
    create: async (args) => withPerson(await loose.create({ data: withoutPerson(args.data), include }))!,
    delete: (args) => table.delete(args),
  };
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
