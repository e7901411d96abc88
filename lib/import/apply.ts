// Carries out an import in ONE transaction: if any row fails, or the process dies,
// nothing is written. It plans again inside the transaction and refuses to go on if
// the records changed since the caseworker's dry run. Every person created or changed
// gets a revision attributed to the import.
import { randomUUID } from "node:crypto";
import type { DatePrecision } from "../dates/partial-date";
import type { Database } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { refreshPublicPeople } from "../publication/projection";
import { headerSignature, type ColumnMapping } from "./fields";
import { fold, planImport, type ImportPlan, type RowPlan } from "./plan";
import type { Sheet } from "./read-sheet";
import type { ImportRecord } from "./rows";
import { slugify } from "../text/slug";

export class ImportRefused extends Error {}

export type ApplyOptions = {
  fileName: string;
  actorId: string | null;
  /** The counts the caseworker confirmed in the dry run. */
  confirmed: ImportPlan["counts"];
  choices?: Record<number, string | "new">;
  /** Called after each row is written; tests use it to fail midway. */
  afterRow?: (row: number) => void;
};

const CHUNK = 1000;

export async function applyImport(db: Database, sheet: Sheet, mapping: ColumnMapping, options: ApplyOptions) {
  return db.$transaction(
    async (tx) => {
      // The dry run the caseworker confirmed was planned before any ambiguous row was
      // resolved: compare like with like, then carry out the plan with their choices.
      const seen = await planImport(tx, sheet, mapping);
      if (seen.counts.errors > 0)
        throw new ImportRefused(`The file has ${seen.counts.errors} error(s): fix them and run the dry run again.`);
      if (JSON.stringify(seen.counts) !== JSON.stringify(options.confirmed)) {
        throw new ImportRefused(
          "The records changed since the dry run. Run the dry run again and review it before importing.",
        );
      }
      const plan =
        options.choices && Object.keys(options.choices).length
          ? await planImport(tx, sheet, mapping, options.choices)
          : seen;
      if (plan.counts.ambiguous > 0)
        throw new ImportRefused(`${plan.counts.ambiguous} row(s) match more than one person: choose for each first.`);
      const facilityIds = await createFacilities(tx, plan, sheet, mapping);
      const creates = plan.rows.filter((r): r is Extract<RowPlan, { action: "create" }> => r.action === "create");
      const updates = plan.rows.filter((r): r is Extract<RowPlan, { action: "update" }> => r.action === "update");
      const summary = (row: number, changes: string[]) =>
        `Imported from ${options.fileName}, row ${row}: ${changes.join("; ")}`;

      const slugs = new Set((await tx.person.findMany({ select: { slug: true } })).map((p) => p.slug));
      for (let i = 0; i < creates.length; i += CHUNK) {
        const batch = creates.slice(i, i + CHUNK).map((r) => ({
          plan: r,
          rows: createRows(r.record, r.articleIds, facilityIds, uniqueSlug(slugs, r.record.displayName)),
        }));
        await tx.person.createMany({ data: batch.map((b) => b.rows.person) });
        await tx.nameVariant.createMany({ data: batch.flatMap((b) => b.rows.names) });
        await tx.prosecution.createMany({ data: batch.flatMap((b) => b.rows.prosecutions) });
        await tx.charge.createMany({ data: batch.flatMap((b) => b.rows.charges) });
        await tx.sentence.createMany({ data: batch.flatMap((b) => b.rows.sentences) });
        await tx.detentionEpisode.createMany({ data: batch.flatMap((b) => b.rows.detentions) });
        await tx.placement.createMany({ data: batch.flatMap((b) => b.rows.placements) });
        await tx.revision.createMany({
          data: batch.map((b) => ({
            entityType: "Person",
            entityId: b.rows.person.id,
            personId: b.rows.person.id,
            version: 1,
            before: undefined,
            after: b.rows.person as unknown as Prisma.InputJsonValue,
            summary: summary(b.plan.row, b.plan.changes),
            origin: "import",
            changedById: options.actorId,
          })),
        });
        for (const b of batch) options.afterRow?.(b.plan.row);
      }

      for (const update of updates) {
        await applyUpdate(tx, update, facilityIds);
        await tx.revision.create({
          data: {
            entityType: "Person",
            entityId: update.person.personId,
            personId: update.person.personId,
            version: update.person.version + 1,
            before: { version: update.person.version } as Prisma.InputJsonValue,
            after: { changes: update.changes } as Prisma.InputJsonValue,
            summary: summary(update.row, update.changes),
            origin: "import",
            changedById: options.actorId,
          },
        });
        options.afterRow?.(update.row);
      }

      // New people start unpublished; changed published people are re-projected now.
      await refreshPublicPeople(
        tx,
        updates.map((u) => u.person.personId),
      );
      const signature = headerSignature(sheet.headers);
      await tx.importLayout.upsert({
        where: { headerSignature: signature },
        create: { headerSignature: signature, mapping },
        update: { mapping },
      });
      return plan.counts;
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
}

/** The first free slug for `name` among `taken` (all slugs loaded once for the batch), claimed. */
function uniqueSlug(taken: Set<string>, name: string) {
  const base = slugify(name, "person");
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

async function createFacilities(tx: Prisma.TransactionClient, plan: ImportPlan, sheet: Sheet, mapping: ColumnMapping) {
  const facilities = await tx.facility.findMany({ select: { id: true, name: true, slug: true } });
  const ids = new Map(facilities.map((f) => [fold(f.name), f.id]));
  const slugs = new Set(facilities.map((f) => f.slug));
  for (const name of plan.newFacilities) {
    const row = sheet.rows.find(
      (cells) => mapping.facility !== undefined && fold(cells[mapping.facility] ?? "") === fold(name),
    );
    const address = mapping.address !== undefined ? row?.[mapping.address]?.trim() || null : null;
    const created = await tx.facility.create({
      data: { name, slug: uniqueSlug(slugs, name), type: "OTHER", addressLocal: address },
    });
    ids.set(fold(name), created.id);
  }
  return ids;
}

function createRows(record: ImportRecord, articleIds: string[], facilityIds: Map<string, string>, slug: string) {
  const personId = randomUUID();
  const prosecutionId = articleIds.length || record.sentenceMonths ? randomUUID() : null;
  return {
    person: {
      id: personId,
      slug,
      displayName: record.displayName,
      sortName: sortNameOf(record.displayName),
      externalId: record.externalId,
      birthDate: record.birthDate?.date,
      birthDatePrecision: record.birthDate?.precision,
      gender: record.gender ?? "UNKNOWN",
      region: record.region,
      occupation: record.occupation,
      published: false,
    },
    names: record.names.map((n, i) => ({ id: randomUUID(), personId, ...n, isPrimary: i === 0 })),
    prosecutions: prosecutionId
      ? [
          {
            id: prosecutionId,
            personId,
            status: record.release
              ? ("RELEASED" as const)
              : record.sentenceMonths
                ? ("CONVICTED" as const)
                : ("PRE_TRIAL" as const),
          },
        ]
      : [],
    charges: prosecutionId
      ? articleIds.map((legalArticleId) => ({ id: randomUUID(), prosecutionId, legalArticleId }))
      : [],
    sentences:
      prosecutionId && record.sentenceMonths
        ? [{ id: randomUUID(), prosecutionId, termMonths: record.sentenceMonths, regime: record.regime }]
        : [],
    detentions: record.arrest || record.release ? [detentionRow(record, personId, prosecutionId)] : [],
    // A released person's prison is where they were last held: closed at the release, so it lies within the detention.
    placements: record.facility
      ? [
          {
            id: randomUUID(),
            personId,
            facilityId: facilityIds.get(fold(record.facility))!,
            toDate: record.release?.date,
            toDatePrecision: record.release?.precision,
          },
        ]
      : [],
  };
}

function detentionRow(record: ImportRecord, personId: string, prosecutionId: string | null) {
  return {
    id: randomUUID(),
    personId,
    prosecutionId,
    arrestDate: record.arrest?.date,
    arrestDatePrecision: record.arrest?.precision,
    releaseDate: record.release?.date,
    releaseDatePrecision: record.release?.precision,
    releaseType: record.releaseType as Prisma.DetentionEpisodeCreateManyInput["releaseType"],
    released: !!record.release,
  };
}

async function applyUpdate(
  tx: Prisma.TransactionClient,
  update: Extract<RowPlan, { action: "update" }>,
  facilityIds: Map<string, string>,
) {
  const { record, ops, person } = update;
  const personId = person.personId;
  // Optimistic concurrency: the version read by the plan must still be current.
  const bumped = await tx.person.updateMany({
    where: { id: personId, version: person.version },
    data: {
      version: { increment: 1 },
      ...(ops.set.birthDate
        ? { birthDate: ops.set.birthDate.date, birthDatePrecision: ops.set.birthDate.precision }
        : {}),
      ...(ops.set.gender ? { gender: ops.set.gender } : {}),
      ...(ops.set.region ? { region: ops.set.region } : {}),
      ...(ops.set.occupation ? { occupation: ops.set.occupation } : {}),
    },
  });
  if (bumped.count !== 1)
    throw new ImportRefused(
      `${person.displayName} was changed by someone else during the import. Run the dry run again.`,
    );
  if (ops.addNames.length) await tx.nameVariant.createMany({ data: ops.addNames.map((n) => ({ personId, ...n })) });
  let prosecutionId: string | null = null;
  if (ops.prosecution && "createWith" in ops.prosecution) {
    const created = await tx.prosecution.create({
      data: { personId, status: record.release ? "RELEASED" : record.sentenceMonths ? "CONVICTED" : "PRE_TRIAL" },
    });
    prosecutionId = created.id;
    await tx.charge.createMany({
      data: ops.prosecution.createWith.map((legalArticleId) => ({ prosecutionId: created.id, legalArticleId })),
    });
  } else if (ops.prosecution) {
    prosecutionId = ops.prosecution.id;
    await tx.charge.createMany({
      data: ops.prosecution.addArticleIds.map((legalArticleId) => ({ prosecutionId: prosecutionId!, legalArticleId })),
    });
  }
  if (ops.sentence && "updateId" in ops.sentence) {
    await tx.sentence.update({
      where: { id: ops.sentence.updateId },
      data: { termMonths: record.sentenceMonths, regime: record.regime ?? undefined, version: { increment: 1 } },
    });
  } else if (ops.sentence) {
    prosecutionId ??=
      (await tx.prosecution.findFirst({ where: { personId }, orderBy: { createdAt: "asc" }, select: { id: true } }))
        ?.id ?? null;
    if (prosecutionId)
      await tx.sentence.create({ data: { prosecutionId, termMonths: record.sentenceMonths, regime: record.regime } });
  }
  if (ops.detention && "create" in ops.detention) {
    await tx.detentionEpisode.create({ data: detentionRow(record, personId, prosecutionId) });
  } else if (ops.detention) {
    // A release closes the open placement and ongoing conditions with the detention (lib/cases/release.ts).
    if (record.release) await closeCustodyAt(tx, personId, record.release.date, record.release.precision);
    await tx.detentionEpisode.update({
      where: { id: ops.detention.updateId },
      data: {
        releaseDate: record.release?.date,
        releaseDatePrecision: record.release?.precision,
        released: true,
        releaseType: record.releaseType as Prisma.DetentionEpisodeUpdateInput["releaseType"],
        version: { increment: 1 },
      },
    });
  }
  if (ops.placement) {
    // The sheet says where the person is now, not when they moved: the earlier placement is
    // closed at the import date (DAY precision), and the new one starts with no date.
    const closedOn = record.release ?? { date: today(), precision: "DAY" as const };
    if (ops.placement.closeId)
      await tx.placement.updateMany({
        where: { id: ops.placement.closeId, toDate: null },
        data: { toDate: closedOn.date, toDatePrecision: closedOn.precision, version: { increment: 1 } },
      });
    await tx.placement.create({
      data: {
        personId,
        facilityId: facilityIds.get(fold(ops.placement.facility))!,
        ...(record.release ? { toDate: record.release.date, toDatePrecision: record.release.precision } : {}),
      },
    });
  }
}

async function closeCustodyAt(tx: Prisma.TransactionClient, personId: string, date: Date, precision: DatePrecision) {
  const closed = { toDate: date, toDatePrecision: precision, version: { increment: 1 } };
  await tx.placement.updateMany({ where: { personId, toDate: null }, data: closed });
  await tx.conditionPeriod.updateMany({
    where: { personId, endDate: null },
    data: { endDate: date, endDatePrecision: precision, version: { increment: 1 } },
  });
}

function today() {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

function sortNameOf(displayName: string) {
  const parts = displayName.trim().split(/\s+/);
  return parts.length > 1 ? `${parts.at(-1)}, ${parts.slice(0, -1).join(" ")}` : displayName;
}
