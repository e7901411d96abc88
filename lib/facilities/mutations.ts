import "server-only";
import { db } from "../db";
import { NotFound } from "../errors/app-error";
import type { Actor } from "../auth/session-user";
import { authorize } from "../auth/access";
import { fieldErrors, formSchema, toColumns, type FormValues } from "../forms/fields";
import type { SaveResult } from "../revisions/save-result";
import { refreshPublicPeople } from "../publication/projection";
import { writeRevision } from "../revisions/write";
import { diffSnapshots, snapshot } from "../revisions/snapshot";
import { readRevision } from "../revisions/shape";
import { FACILITY_FIELDS } from "../records/facility-fields";
import { firstFreeSlug, slugify } from "../text/slug";

/** Creates or updates a facility; every case placed there shows the new address at once. */
export async function saveFacility(
  actor: Actor,
  input: { id?: string; version?: number; values: FormValues },
): Promise<SaveResult> {
  authorize(actor, "edit:case");
  const parsed = formSchema(FACILITY_FIELDS).safeParse(input.values);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const data = toColumns(FACILITY_FIELDS, parsed.data) as { name: string; type: "PRISON"; country: string };
  return db.$transaction(async (tx) => {
    if (!input.id) {
      const slug = await firstFreeSlug(
        slugify(data.name, "facility"),
        async (s) => !!(await tx.facility.findUnique({ where: { slug: s }, select: { id: true } })),
      );
      const created = await tx.facility.create({ data: { ...data, slug } });
      await writeRevision(tx, {
        entity: "facility",
        entityId: created.id,
        personId: null,
        version: created.version,
        before: null,
        after: created,
        actor,
        summary: "Added facility",
      });
      return { status: "saved" as const, id: created.id, slug: created.slug, version: created.version };
    }
    const before = await tx.facility.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFound();
    const { count } = await tx.facility.updateMany({
      where: { id: input.id, version: input.version ?? -1 },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) {
      // The row as it is now: `before` may predate a save that committed while this one waited.
      const current = (await tx.facility.findUnique({ where: { id: input.id } })) ?? before;
      const later = await tx.revision.findFirst({
        where: { entityType: "facility", entityId: input.id, version: { gt: input.version ?? -1 } },
        orderBy: { version: "asc" },
        include: { changedBy: { select: { name: true } } },
      });
      const changes = diffSnapshots("facility", later ? readRevision(later).before : null, snapshot(current)).map(
        (c) => ({ ...c, by: later?.changedBy?.name ?? null }),
      );
      return { status: "conflict" as const, changes, currentVersion: current.version };
    }
    const after = await tx.facility.findUniqueOrThrow({ where: { id: input.id } });
    await writeRevision(tx, {
      entity: "facility",
      entityId: after.id,
      personId: null,
      version: after.version,
      before,
      after,
      actor,
      summary: "Edited facility",
    });
    const placed = await tx.placement.findMany({
      where: { facilityId: after.id },
      distinct: ["personId"],
      select: { personId: true },
    });
    await refreshPublicPeople(
      tx,
      placed.map((p) => p.personId),
    );
    return { status: "saved" as const, id: after.id, slug: after.slug, version: after.version };
  });
}
