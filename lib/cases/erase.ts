// Erasing a restricted value for good ("a family asks for their number to be removed"):
// the value leaves the record, and every data key it was ever sealed under is shredded, so
// the copies in revisions (and in backups made from now on) can never be opened again.
import "server-only";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import { NotFound } from "../errors/app-error";
import { authorize, mayRead } from "../auth/access";
import type { Actor } from "../auth/session-user";
import type { Tx } from "../db/client";
import { refreshPublicPerson } from "../publication/projection";
import { writeRevision } from "../revisions/write";
import { parseSealed } from "../vault/envelope";
import { shredDataKeys } from "../vault/data-keys";
import { fieldWord, sealableFields } from "../vault/fields";
import { items } from "../records/items";
import { ITEM_KINDS, type ItemKind } from "../records/kinds";

export type ErasableEntity = ItemKind | "person";

async function loadRow(tx: Tx, entity: ErasableEntity, id: string) {
  if (entity === "person") return tx.person.findUnique({ where: { id } });
  return items(tx, entity).findUnique({ where: { id } });
}

/** Every data key this field of this record was sealed under, now or in its history. */
async function keysOfField(tx: Tx, entity: ErasableEntity, id: string, field: string, current: unknown) {
  const revisions = await tx.revision.findMany({
    where: { entityType: entity, entityId: id },
    select: { before: true, after: true },
  });
  const ids = new Set<string>();
  for (const value of [current, ...revisions.flatMap((r) => [r.before, r.after])].map((v) =>
    v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>)[field] : v,
  )) {
    const parsed = typeof value === "string" ? parseSealed(value) : null;
    if (parsed) ids.add(parsed.dataKeyId);
  }
  return ids;
}

export async function eraseRestrictedValue(
  actor: Actor,
  input: { entity: string; personId: string; id: string; field: string },
  ipAddress: string | null,
): Promise<{ slug: string }> {
  authorize(actor, "edit:case");
  authorize(actor, "read:restricted");
  const entity = input.entity as ErasableEntity;
  if (entity !== "person" && !(ITEM_KINDS as readonly string[]).includes(entity)) throw new NotFound();
  if (!sealableFields(entity).includes(input.field)) throw new NotFound();
  return db.$transaction(async (tx) => {
    const person = await tx.person.findUnique({ where: { id: input.personId }, select: { id: true, slug: true } });
    const before = await loadRow(tx, entity, input.id);
    const owner = before && (entity === "person" ? before.id : (before as { personId: string }).personId);
    if (!person || !before || owner !== person.id) throw new NotFound();
    if (entity !== "person" && !mayRead(actor, String((before as { visibility: string }).visibility)))
      throw new NotFound();
    const record = before as Record<string, unknown>;
    const keys = await keysOfField(tx, entity, input.id, input.field, record[input.field]);
    if (record[input.field] === null && keys.size === 0) throw new NotFound();
    const data = { [input.field]: null, version: { increment: 1 } };
    const after =
      entity === "person"
        ? await tx.person.update({ where: { id: input.id }, data })
        : await items(tx, entity).update({ where: { id: input.id }, data });
    const shredded = await shredDataKeys(tx, keys);
    await writeRevision(tx, {
      entity,
      entityId: input.id,
      personId: person.id,
      version: Number((after as { version: number }).version),
      before,
      after,
      actor,
      summary: `Erased the ${fieldWord(input.field)} for good`,
      origin: "erasure",
    });
    await recordAudit(tx, {
      action: "restricted.erase",
      actor,
      subjectType: entity,
      subjectId: input.id,
      ipAddress,
      details: { person: person.id, field: input.field, dataKeysShredded: shredded },
    });
    await refreshPublicPerson(tx, person.id);
    return { slug: person.slug };
  });
}
