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
import { parsePublicRecord } from "../public/record";
import { unsourcedFacts } from "../public/unsourced";
import { CitationsNeedReview, confirmedCitationsOf, resolveCitations } from "./citation-review";
import { checkCustodyNow, explainCustodyRefusal } from "../records/custody-rules";
import { NO_REVIEW, type CitationReviewInput } from "../forms/citation-review";
import { firstFreeSlug, slugify } from "../text/slug";
import { isRetryableConflict, isTransientDatabaseError } from "../forms/unavailable";
import { sealColumns } from "../vault/seal";
import { maskSealedChanges } from "../vault/mask";

export type { SaveResult } from "../revisions/save-result";

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
  const now = snapshot(current);
  const changes = maskSealedChanges(entity, diffSnapshots(entity, then, now), then, now).map((c) => ({ ...c, by }));
  return new Conflict({ status: "conflict", changes, currentVersion: Number(current.version) });
}

/**
 * Runs one save's transaction. A stale version, an unresolved citation or a custody rule
 * answers instead of throwing. A deadlock victim is run again (its transaction was rolled
 * back whole); a database that does not answer becomes "unavailable", so the form says to
 * try again instead of losing what was typed.
 */
export async function runSave(
  work: () => Promise<SaveResult>,
  personId?: string,
  exceptId?: string,
): Promise<SaveResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (error instanceof Conflict) return error.result;
      if (error instanceof CitationsNeedReview)
        return { status: "review", citations: error.citations, sources: error.sources, errors: error.errors };
      if (isRetryableConflict(error) && attempt < 3) continue;
      if (isTransientDatabaseError(error)) return { status: "unavailable" };
      const refusal = personId ? await explainCustodyRefusal(error, personId, exceptId) : null;
      if (refusal) return { status: "refused", message: refusal };
      throw error;
    }
  }
}

/** The columns a form writes whose values differ between two rows. */
function changedColumns(data: Record<string, unknown>, before: object, after: object) {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return Object.keys(data).filter((k) => JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null));
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
      const sealed = await sealColumns(tx, "person", data);
      const person = await tx.person.create({
        data: { ...(sealed as { displayName: string; sortName: string }), slug },
      });
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
  review: CitationReviewInput = NO_REVIEW,
): Promise<SaveResult> {
  authorize(actor, "edit:case");
  const parsed = formSchema(PERSON_FIELDS).safeParse(values);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const data = toColumns(PERSON_FIELDS, parsed.data);
  return runSave(() =>
    db.$transaction(async (tx) => {
      const before = await tx.person.findUnique({ where: { id: personId } });
      if (!before || before.deletedAt) throw new NotFound();
      const subject = { entity: "person" as const, subject: "PERSON" as const, subjectId: personId, personId };
      const cited = await confirmedCitationsOf(tx, subject);
      const { count } = await tx.person.updateMany({
        where: { id: personId, version: readVersion },
        data: { ...(await sealColumns(tx, "person", data, before)), version: { increment: 1 } },
      });
      // Compared with the row as it is now: `before` may predate a save that committed while this one waited.
      if (count === 0) {
        const current = (await tx.person.findUnique({ where: { id: personId } })) ?? before;
        throw await conflictWith(tx, "person", personId, readVersion, current);
      }
      const after = await tx.person.findUniqueOrThrow({ where: { id: personId } });
      const note = await resolveCitations(tx, actor, subject, cited, review, {
        before,
        after,
        columns: changedColumns(data, before, after),
      });
      await writeRevision(tx, {
        entity: "person",
        entityId: personId,
        personId,
        version: after.version,
        before,
        after,
        actor,
        summary: `Edited the person${note}`,
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
  input: { personId: string; id?: string; version?: number; values: FormValues; review?: CitationReviewInput },
): Promise<SaveResult> {
  authorize(actor, "edit:case");
  const spec = KINDS[kind];
  const parsed = formSchema(spec.fields).safeParse(input.values);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const data = toColumns(spec.fields, parsed.data);
  return runSave(
    async () => {
      const refErrors = await checkReferences(actor, kind, input.personId, data);
      if (refErrors) return { status: "invalid", errors: refErrors };
      return db.$transaction(async (tx) => {
        const person = await personForEdit(tx, input.personId);
        const table = items(tx, kind);
        if (!input.id) {
          const created = await insertItem(tx, actor, kind, person.id, data);
          await checkCustodyNow(tx);
          await refreshPublicPerson(tx, person.id);
          return { status: "saved" as const, id: created.id, slug: person.slug, version: created.version };
        }
        const before = await table.findUnique({ where: { id: input.id } });
        if (!before || before.personId !== person.id || !mayRead(actor, before.visibility) || before.deletedAt)
          throw new NotFound();
        const subject = {
          entity: kind,
          subject: spec.subject as CitedSubject,
          subjectId: input.id,
          personId: person.id,
        };
        const cited = await confirmedCitationsOf(tx, subject);
        const { count } = await table.updateMany({
          where: { id: input.id, version: input.version ?? -1 },
          data: { ...(await sealColumns(tx, kind, data, before)), version: { increment: 1 } },
        });
        // Compared with the row as it is now: `before` may predate a save that committed while this one waited.
        if (count === 0) {
          const current = (await table.findUnique({ where: { id: input.id } })) ?? before;
          throw await conflictWith(tx, kind, input.id, input.version ?? -1, current);
        }
        const after = (await table.findUnique({ where: { id: input.id } }))!;
        const note = await resolveCitations(tx, actor, subject, cited, input.review ?? NO_REVIEW, {
          before,
          after,
          columns: changedColumns(data, before, after),
        });
        await writeRevision(tx, {
          entity: kind,
          entityId: input.id,
          personId: person.id,
          version: after.version,
          before,
          after,
          actor,
          summary: `Edited ${spec.label.toLowerCase()}${note}`,
        });
        await checkCustodyNow(tx);
        await refreshPublicPerson(tx, person.id);
        return { status: "saved" as const, id: input.id, slug: person.slug, version: after.version };
      });
    },
    input.personId,
    input.id,
  );
}

/** Adds an item to a case inside the caller's transaction, with its first revision. */
export async function insertItem(
  tx: Tx,
  actor: Actor,
  kind: ItemKind,
  personId: string,
  data: Record<string, unknown>,
) {
  const created = await items(tx, kind).create({ data: { ...(await sealColumns(tx, kind, data)), personId } });
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
  return runSave(
    () =>
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
        await checkCustodyNow(tx);
        await refreshPublicPerson(tx, person.id);
        return { status: "saved" as const, id, slug: person.slug, version: before.version + 1 };
      }),
    personId,
    id,
  );
}

export type PublishResult =
  | { status: "done" }
  /** Publishing would show facts no public source supports: confirm with their number. */
  | { status: "needs-confirmation"; unsourced: number };

/** Rolls back a publication that still needs the caseworker's confirmation. */
class NeedsConfirmation extends Error {
  constructor(readonly unsourced: number) {
    super("needs confirmation");
  }
}

/**
 * Publishing makes the person visible to the public at once; unpublishing hides them at
 * once. A case with public facts that no public source supports is published only when
 * the caseworker confirmed that number (after the preview); the audit entry keeps it.
 */
export async function setPublished(
  actor: Actor,
  personId: string,
  published: boolean,
  ipAddress: string | null,
  confirmedUnsourced: number | null = null,
): Promise<PublishResult> {
  authorize(actor, "publish:case");
  try {
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
      let unsourced = 0;
      if (published) {
        const row = await tx.publicPerson.findUniqueOrThrow({ where: { personId }, select: { record: true } });
        unsourced = unsourcedFacts(parsePublicRecord(row.record)).length;
        if (unsourced > 0 && confirmedUnsourced !== unsourced) throw new NeedsConfirmation(unsourced);
      }
      await recordAudit(tx, {
        action: published ? "case.publish" : "case.unpublish",
        actor,
        subjectType: "person",
        subjectId: personId,
        ipAddress,
        ...(published ? { details: { unsourcedFacts: unsourced } } : {}),
      });
    });
  } catch (error) {
    if (error instanceof NeedsConfirmation) return { status: "needs-confirmation", unsourced: error.unsourced };
    throw error;
  }
  return { status: "done" };
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
