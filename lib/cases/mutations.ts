import "server-only";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import { NotFound } from "../errors/app-error";
import type { Actor } from "../auth/session-user";
import { refreshPublicPerson } from "../publication/projection";
import { writeRevision } from "../revisions/write";
import { diffSnapshots, snapshot } from "../revisions/snapshot";
import { readRevision, type EntityType } from "../revisions/shape";
import type { CitedSubject } from "../generated/prisma/client";
import { authorize, mayRead } from "../auth/access";
import { items, type ItemRow } from "../records/items";
import type { Tx } from "../db/client";
import { fieldErrors, formSchema, toColumns, type FieldErrors, type FormValues } from "../forms/fields";
import { KINDS, type ItemKind } from "../records/kinds";
import { PERSON_FIELDS } from "../records/person-fields";
import type { SaveResult } from "../revisions/save-result";
import { firstFreeSlug, slugify } from "../text/slug";
import { isRetryableConflict, isTransientDatabaseError } from "../forms/unavailable";

/** Thrown inside a transaction to roll it back and answer with a conflict. */
class Conflict extends Error {
  constructor(readonly result: Extract<SaveResult, { status: "conflict" }>) {
    super("conflict");
  }
}

/**
 * What changed since the version the user's form was loaded at: the state then (the
 * `before` of the next revision) against the state now, with who made the changes.
 */
async function conflictWith(
  tx: Tx,
  entity: EntityType,
  id: string,
  readVersion: number,
  current: ItemRow | Record<string, unknown>,
): Promise<Conflict> {
  const later = await tx.revision.findMany({
    where: { entityType: entity, entityId: id, version: { gt: readVersion } },
    orderBy: { version: "asc" },
    include: { changedBy: { select: { name: true } } },
  });
  const then = later[0] ? readRevision(later[0]).before : null;
  const by = [...new Set(later.map((r) => r.changedBy?.name).filter(Boolean))].join(", ") || null;
  const changes = diffSnapshots(entity, then, snapshot(current)).map((c) => ({ ...c, by }));
  return new Conflict({ status: "conflict", changes, currentVersion: Number(current.version) });
}

/**
 * Runs one save's transaction. A deadlock victim is run again (its transaction was rolled
 * back whole); a database that does not answer becomes "unavailable", so the form says to
 * try again instead of losing what was typed.
 */
async function runSave(work: () => Promise<SaveResult>): Promise<SaveResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (error instanceof Conflict) return error.result;
      if (isRetryableConflict(error) && attempt < 3) continue;
      if (isTransientDatabaseError(error)) return { status: "unavailable" };
      throw error;
    }
  }
}

export async function createPerson(actor: Actor, values: FormValues): Promise<SaveResult> {
  authorize(actor, "edit:case");
  const parsed = formSchema(PERSON_FIELDS).safeParse(values);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const data = toColumns(PERSON_FIELDS, parsed.data);
  return runSave(() =>
    db.$transaction(async (tx) => {
      const slug = await firstFreeSlug(
        slugify(String(data.displayName), "case"),
        async (s) => !!(await tx.person.findUnique({ where: { slug: s }, select: { id: true } })),
      );
      const person = await tx.person.create({ data: { ...(data as { displayName: string; sortName: string }), slug } });
      await writeRevision(tx, {
        entity: "person",
        entityId: person.id,
        personId: person.id,
        version: person.version,
        before: null,
        after: person,
        actor,
        summary: "Created the case",
      });
      return { status: "saved" as const, id: person.id, slug, version: person.version };
    }),
  );
}

export async function updatePerson(
  actor: Actor,
  personId: string,
  readVersion: number,
  values: FormValues,
): Promise<SaveResult> {
  authorize(actor, "edit:case");
  const parsed = formSchema(PERSON_FIELDS).safeParse(values);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const data = toColumns(PERSON_FIELDS, parsed.data);
  return runSave(() =>
    db.$transaction(async (tx) => {
      const before = await tx.person.findUnique({ where: { id: personId } });
      if (!before || before.deletedAt) throw new NotFound();
      const { count } = await tx.person.updateMany({
        where: { id: personId, version: readVersion },
        data: { ...data, version: { increment: 1 } },
      });
      // Compared with the row as it is now: `before` may predate a save that committed while this one waited.
      if (count === 0) {
        const current = (await tx.person.findUnique({ where: { id: personId } })) ?? before;
        throw await conflictWith(tx, "person", personId, readVersion, current);
      }
      const after = await tx.person.findUniqueOrThrow({ where: { id: personId } });
      await writeRevision(tx, {
        entity: "person",
        entityId: personId,
        personId,
        version: after.version,
        before,
        after,
        actor,
        summary: "Edited the person",
      });
      await refreshPublicPerson(tx, personId);
      return { status: "saved" as const, id: personId, slug: after.slug, version: after.version };
    }),
  );
}

export async function personForEdit(tx: Tx, personId: string) {
  const person = await tx.person.findUnique({
    where: { id: personId },
    select: { id: true, slug: true, deletedAt: true },
  });
  if (!person || person.deletedAt) throw new NotFound();
  return person;
}

/** Creates (no id) or updates an item of a case; the item must belong to that case. */
export async function saveItem(
  actor: Actor,
  kind: ItemKind,
  input: { personId: string; id?: string; version?: number; values: FormValues },
): Promise<SaveResult> {
  authorize(actor, "edit:case");
  const spec = KINDS[kind];
  const parsed = formSchema(spec.fields).safeParse(input.values);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const data = toColumns(spec.fields, parsed.data);
  return runSave(async () => {
    const refErrors = await checkReferences(actor, kind, input.personId, data);
    if (refErrors) return { status: "invalid", errors: refErrors };
    return db.$transaction(async (tx) => {
      const person = await personForEdit(tx, input.personId);
      const table = items(tx, kind);
      if (!input.id) {
        const created = await insertItem(tx, actor, kind, person.id, data);
        await refreshPublicPerson(tx, person.id);
        return { status: "saved" as const, id: created.id, slug: person.slug, version: created.version };
      }
      const before = await table.findUnique({ where: { id: input.id } });
      if (!before || before.personId !== person.id || !mayRead(actor, before.visibility) || before.deletedAt)
        throw new NotFound();
      const { count } = await table.updateMany({
        where: { id: input.id, version: input.version ?? -1 },
        data: { ...data, version: { increment: 1 } },
      });
      // Compared with the row as it is now: `before` may predate a save that committed while this one waited.
      if (count === 0) {
        const current = (await table.findUnique({ where: { id: input.id } })) ?? before;
        throw await conflictWith(tx, kind, input.id, input.version ?? -1, current);
      }
      const after = (await table.findUnique({ where: { id: input.id } }))!;
      await writeRevision(tx, {
        entity: kind,
        entityId: input.id,
        personId: person.id,
        version: after.version,
        before,
        after,
        actor,
        summary: `Edited ${spec.label.toLowerCase()}`,
      });
      await refreshPublicPerson(tx, person.id);
      return { status: "saved" as const, id: input.id, slug: person.slug, version: after.version };
    });
  });
}

/** Adds an item to a case inside the caller's transaction, with its first revision. */
export async function insertItem(
  tx: Tx,
  actor: Actor,
  kind: ItemKind,
  personId: string,
  data: Record<string, unknown>,
) {
  const created = await items(tx, kind).create({ data: { ...data, personId } });
  await writeRevision(tx, {
    entity: kind,
    entityId: created.id,
    personId,
    version: created.version,
    before: null,
    after: created,
    actor,
    summary: `Added ${KINDS[kind].label.toLowerCase()}`,
  });
  return created;
}

/** References chosen in a form must be the case's own items (or a visible facility). */
async function checkReferences(
  actor: Actor,
  kind: ItemKind,
  personId: string,
  data: Record<string, unknown>,
): Promise<FieldErrors | null> {
  for (const field of KINDS[kind].fields) {
    if (field.type !== "ref" || !data[field.name]) continue;
    const id = String(data[field.name]);
    const found =
      field.ref === "facility"
        ? await db.facility.findUnique({ where: { id }, select: { visibility: true } })
        : field.ref === "legalArticle"
          ? await db.legalArticle
              .findUnique({ where: { id }, select: { id: true } })
              .then((a) => (a ? { visibility: "PUBLIC" } : null))
          : await items(db, field.ref!)
              .findUnique({ where: { id } })
              .then((r) => (r && r.personId === personId ? r : null));
    if (!found || !mayRead(actor, found.visibility)) return { [field.name]: "Choose one of the options" };
  }
  return null;
}

export async function deleteItem(
  actor: Actor,
  kind: ItemKind,
  personId: string,
  id: string,
  readVersion: number,
): Promise<SaveResult> {
  authorize(actor, "edit:case");
  return runSave(() =>
    db.$transaction(async (tx) => {
      const person = await personForEdit(tx, personId);
      const table = items(tx, kind);
      const before = await table.findUnique({ where: { id } });
      if (!before || before.personId !== person.id || !mayRead(actor, before.visibility)) throw new NotFound();
      if (before.version !== readVersion) throw await conflictWith(tx, kind, id, readVersion, before);
      const citations = await tx.citation.findMany({
        where: { subjectType: KINDS[kind].subject as CitedSubject, subjectId: id },
      });
      for (const citation of citations) {
        await tx.citation.delete({ where: { id: citation.id } });
        await writeRevision(tx, {
          entity: "citation",
          entityId: citation.id,
          personId: person.id,
          version: 2,
          before: citation,
          after: null,
          actor,
          summary: "Removed a citation (with its item)",
        });
      }
      await table.delete({ where: { id } });
      await writeRevision(tx, {
        entity: kind,
        entityId: id,
        personId: person.id,
        version: before.version + 1,
        before,
        after: null,
        actor,
        summary: `Deleted ${KINDS[kind].label.toLowerCase()}`,
      });
      await refreshPublicPerson(tx, person.id);
      return { status: "saved" as const, id, slug: person.slug, version: before.version + 1 };
    }),
  );
}

/** Publishing makes the person visible to the public at once; unpublishing hides them at once. */
export async function setPublished(actor: Actor, personId: string, published: boolean, ipAddress: string | null) {
  authorize(actor, "publish:case");
  await db.$transaction(async (tx) => {
    const before = await tx.person.findUnique({ where: { id: personId } });
    if (!before || before.deletedAt) throw new NotFound();
    if (before.published === published) return;
    const after = await tx.person.update({
      where: { id: personId },
      data: { published, publishedAt: published ? new Date() : before.publishedAt, version: { increment: 1 } },
    });
    await writeRevision(tx, {
      entity: "person",
      entityId: personId,
      personId,
      version: after.version,
      before,
      after,
      actor,
      summary: published ? "Published" : "Unpublished",
      origin: "publish",
    });
    await refreshPublicPerson(tx, personId);
    await recordAudit(tx, {
      action: published ? "case.publish" : "case.unpublish",
      actor,
      subjectType: "person",
      subjectId: personId,
      ipAddress,
    });
  });
}

/** Soft delete: the case leaves lists and the public at once, and an admin can bring it back. */
export async function setDeleted(actor: Actor, personId: string, deleted: boolean, ipAddress: string | null) {
  authorize(actor, deleted ? "edit:case" : "restore:deleted");
  await db.$transaction(async (tx) => {
    const before = await tx.person.findUnique({ where: { id: personId } });
    if (!before || (before.deletedAt !== null) === deleted) throw new NotFound();
    const after = await tx.person.update({
      where: { id: personId },
      data: { deletedAt: deleted ? new Date() : null, version: { increment: 1 } },
    });
    await writeRevision(tx, {
      entity: "person",
      entityId: personId,
      personId,
      version: after.version,
      before,
      after,
      actor,
      summary: deleted ? "Deleted the case" : "Restored the deleted case",
      origin: "lifecycle",
    });
    await refreshPublicPerson(tx, personId);
    await recordAudit(tx, {
      action: deleted ? "case.delete" : "case.undelete",
      actor,
      subjectType: "person",
      subjectId: personId,
      ipAddress,
    });
  });
}
