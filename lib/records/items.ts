// The thirteen item tables seen through one narrow interface.
import "server-only";
import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import type { ItemKind } from "./kinds";

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

type Client = Prisma.TransactionClient;
type ProsecutionItemKind = "charge" | "sentence";

// Each entry is checked by the compiler: Prisma's delegate must fit ItemDelegate, so a
// schema change that breaks the shared shape fails the build instead of a request.
const PERSON_ITEMS: Record<Exclude<ItemKind, ProsecutionItemKind>, (client: Client) => ItemDelegate> = {
  nameVariant: (c) => c.nameVariant,
  prosecution: (c) => c.prosecution,
  detentionEpisode: (c) => c.detentionEpisode,
  placement: (c) => c.placement,
  conditionPeriod: (c) => c.conditionPeriod,
  relative: (c) => c.relative,
  familyContactEvent: (c) => c.familyContactEvent,
  legalRepresentation: (c) => c.legalRepresentation,
  healthNote: (c) => c.healthNote,
  designation: (c) => c.designation,
  timelineEvent: (c) => c.timelineEvent,
};

/**
 * A charge or sentence table. Prisma types its answers by the include passed, which no
 * narrow interface can express; they are parsed below instead of cast.
 */
interface ProsecutionItemDelegate {
  findUnique(args: object): Promise<unknown>;
  findMany(args: object): Promise<unknown[]>;
  updateMany(args: { where: { id: string; version: number }; data: object }): Promise<{ count: number }>;
  update(args: object): Promise<unknown>;
  create(args: object): Promise<unknown>;
  delete(args: object): Promise<unknown>;
}

const PROSECUTION_ITEMS: Record<ProsecutionItemKind, (client: Client) => ProsecutionItemDelegate> = {
  charge: (c) => c.charge,
  sentence: (c) => c.sentence,
};

const isProsecutionItem = (kind: ItemKind): kind is ProsecutionItemKind => kind in PROSECUTION_ITEMS;

export function items(client: Client, kind: ItemKind): ItemDelegate {
  return isProsecutionItem(kind) ? throughProsecution(PROSECUTION_ITEMS[kind](client)) : PERSON_ITEMS[kind](client);
}

// Charges and sentences belong to a prosecution, not directly to a person. Seen through
// this wrapper they carry their case's personId like every other item, so access checks,
// revisions and restores treat all items alike.
const include = { prosecution: { select: { personId: true } } };
const prosecutionItemRow = z.looseObject({
  id: z.string(),
  version: z.number(),
  visibility: z.enum(["PUBLIC", "INTERNAL", "RESTRICTED"]),
  prosecution: z.object({ personId: z.string() }),
});

function withPerson(row: unknown): ItemRow {
  const { prosecution, ...rest } = prosecutionItemRow.parse(row);
  return { ...rest, personId: prosecution.personId };
}

function throughProsecution(table: ProsecutionItemDelegate): ItemDelegate {
  const withoutPerson = (data: Record<string, unknown>) => {
    const { personId: _ignored, ...rest } = data;
    return rest;
  };
  return {
    findUnique: async (args) => {
      const row = await table.findUnique({ ...args, include });
      return row === null ? null : withPerson(row);
    },
    findMany: async ({ where, orderBy }) => {
      const { personId, ...rest } = where;
      const rows = await table.findMany({ where: { ...rest, prosecution: { personId } }, orderBy, include });
      return rows.map(withPerson);
    },
    updateMany: (args) => table.updateMany({ ...args, data: withoutPerson(args.data) }),
    update: async (args) => withPerson(await table.update({ ...args, data: withoutPerson(args.data), include })),
    create: async (args) => withPerson(await table.create({ data: withoutPerson(args.data), include })),
    delete: async (args) => withPerson(await table.delete({ ...args, include })),
  };
}
