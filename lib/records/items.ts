// The thirteen item tables seen through one narrow interface.
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { KINDS, type ItemKind } from "./kinds";

export type ItemRow = Record<string, unknown> & {
  id: string;
  version: number;
  personId: string;
  visibility: "PUBLIC" | "INTERNAL" | "RESTRICTED";
};

// The item tables share a shape (id, personId, visibility, version), so one narrow
// interface over Prisma's delegates serves all of them.
export interface ItemDelegate {
  findUnique(args: { where: { id: string } }): Promise<ItemRow | null>;
  findMany(args: { where: Record<string, unknown>; orderBy?: Record<string, "asc" | "desc">[] }): Promise<ItemRow[]>;
  updateMany(args: {
    where: { id: string; version: number };
    data: Record<string, unknown>;
  }): Promise<{ count: number }>;
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
    return { ...rest, personId: prosecution?.personId ?? "" };
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
