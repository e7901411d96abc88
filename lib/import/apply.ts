// Carries out an import in ONE transaction: if any row fails, or the process dies,
// nothing is written. It plans again inside the transaction and refuses to go on if
// the records changed since the caseworker's dry run. Every row created or changed (the
// person and each of their items) gets a revision attributed to the import, written by
// the one revision writer, so that the case's history reads it like any edit.
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
import { KINDS } from "../records/kinds";
import type { EntityType } from "../revisions/shape";
import { writeRevisions } from "../revisions/write";

export class ImportRefused extends Error {}

export type ApplyOptions = {
  fileName: string;
  actorId: string | null;
  /** The counts the caseworker confirmed in the dry run. */
  confirmed: ImportPlan["counts"];
  /** Per row: the id of the person to update, or "new". */
  choices?: Record<number, string>;
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
      const actor = options.actorId ? { id: options.actorId } : null;

      const slugs = new Set((await tx.person.findMany({ select: { slug: true } })).map((p) => p.slug));
      for (let i = 0; i < creates.length; i += CHUNK) {
        const batch = creates.slice(i, i + CHUNK).map((r) => ({
          plan: r,
          rows: createRows(r.record, r.articleIds, facilityIds, uniqueSlug(slugs, r.record.displayName)),
        }));
        // Every row created gets its revision, each a whole row, through the one revision writer.
        const rowOf = new Map<string, number>(batch.map((b) => [b.rows.person.id, b.plan.row]));
        const batchChanges = new Map<string, string[]>(batch.map((b) => [b.rows.person.id, b.plan.changes]));
        const personOfProsecution = new Map<string, string>(
          batch.flatMap((b) => b.rows.prosecutions.map((p) => [p.id, p.personId] as const)),
        );
        const created = (kind: EntityType, personId: string, after: { id: string; version: number }) => ({
          entity: kind,
          entityId: after.id,
          personId,
          version: after.version,
          before: null,
          after,
          actor,
          summary:
            kind === "person"
              ? summary(rowOf.get(personId)!, batchChanges.get(personId)!)
              : `Imported from ${options.fileName}, row ${rowOf.get(personId)}: added ${labelOf(kind)}`,
          origin: "import" as const,
        });
        const people = await tx.person.createManyAndReturn({ data: batch.map((b) => b.rows.person) });
        const names = await tx.nameVariant.createManyAndReturn({ data: batch.flatMap((b) => b.rows.names) });
        const prosecutions = await tx.prosecution.createManyAndReturn({
          data: batch.flatMap((b) => b.rows.prosecutions),
        });
        const charges = await tx.charge.createManyAndReturn({ data: batch.flatMap((b) => b.rows.charges) });
        const sentences = await tx.sentence.createManyAndReturn({ data: batch.flatMap((b) => b.rows.sentences) });
        const detentions = await tx.detentionEpisode.createManyAndReturn({
          data: batch.flatMap((b) => b.rows.detentions),
        });
        const placements = await tx.placement.createManyAndReturn({ data: batch.flatMap((b) => b.rows.placements) });
        await writeRevisions(tx, [
          ...people.map((p) => created("person", p.id, p)),
          ...names.map((n) => created("nameVariant", n.personId, n)),
          ...prosecutions.map((p) => created("prosecution", p.personId, p)),
          ...charges.map((c) => created("charge", personOfProsecution.get(c.prosecutionId)!, c)),
          ...sentences.map((x) => created("sentence", personOfProsecution.get(x.prosecutionId)!, x)),
          ...detentions.map((d) => created("detentionEpisode", d.personId, d)),
          ...placements.map((p) => created("placement", p.personId, p)),
        ]);
        for (const b of batch) options.afterRow?.(b.plan.row);
      }

      for (const update of updates) {
        const changed = await applyUpdate(tx, update, facilityIds);
        await writeRevisions(
          tx,
          changed.map((change) => ({
            ...change,
            personId: update.person.personId,
            actor,
            summary:
              change.entity === "person"
                ? summary(update.row, update.changes)
                : `Imported from ${options.fileName}, row ${update.row}: ${change.before ? "updated" : "added"} ${labelOf(change.entity)}`,
            origin: "import" as const,
          })),
        );
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

/** A change applyUpdate made, for its revision: the whole row before (null: added) and after. */
type ImportedChange = {
  entity: EntityType;
  entityId: string;
  version: number;
  before: { id: string } | null;
  after: { id: string };
};

async function applyUpdate(
  tx: Prisma.TransactionClient,
  update: Extract<RowPlan, { action: "update" }>,
  facilityIds: Map<string, string>,
): Promise<ImportedChange[]> {
  const { record, ops, person } = update;
  const personId = person.personId;
  const changes: ImportedChange[] = [];
  const added = (entity: EntityType, after: { id: string; version: number }) =>
    changes.push({ entity, entityId: after.id, version: after.version, before: null, after });
  const updated = (entity: EntityType, before: { id: string }, after: { id: string; version: number }) =>
    changes.push({ entity, entityId: after.id, version: after.version, before, after });

  const personBefore = await tx.person.findUniqueOrThrow({ where: { id: personId } });
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
  updated("person", personBefore, await tx.person.findUniqueOrThrow({ where: { id: personId } }));
  if (ops.addNames.length) {
    const names = await tx.nameVariant.createManyAndReturn({ data: ops.addNames.map((n) => ({ personId, ...n })) });
    names.forEach((n) => added("nameVariant", n));
  }
  let prosecutionId: string | null = null;
  if (ops.prosecution && "createWith" in ops.prosecution) {
    const created = await tx.prosecution.create({
      data: { personId, status: record.release ? "RELEASED" : record.sentenceMonths ? "CONVICTED" : "PRE_TRIAL" },
    });
    added("prosecution", created);
    prosecutionId = created.id;
    const charges = await tx.charge.createManyAndReturn({
      data: ops.prosecution.createWith.map((legalArticleId) => ({ prosecutionId: created.id, legalArticleId })),
    });
    charges.forEach((c) => added("charge", c));
  } else if (ops.prosecution) {
    const id = ops.prosecution.id;
    prosecutionId = id;
    const charges = await tx.charge.createManyAndReturn({
      data: ops.prosecution.addArticleIds.map((legalArticleId) => ({ prosecutionId: id, legalArticleId })),
    });
    charges.forEach((c) => added("charge", c));
  }
  if (ops.sentence && "updateId" in ops.sentence) {
    const before = await tx.sentence.findUniqueOrThrow({ where: { id: ops.sentence.updateId } });
    const after = await tx.sentence.update({
      where: { id: ops.sentence.updateId },
      data: { termMonths: record.sentenceMonths, regime: record.regime ?? undefined, version: { increment: 1 } },
    });
    updated("sentence", before, after);
  } else if (ops.sentence) {
    prosecutionId ??=
      (await tx.prosecution.findFirst({ where: { personId }, orderBy: { createdAt: "asc" }, select: { id: true } }))
        ?.id ?? null;
    if (prosecutionId)
      added(
        "sentence",
        await tx.sentence.create({ data: { prosecutionId, termMonths: record.sentenceMonths, regime: record.regime } }),
      );
  }
  if (ops.detention && "create" in ops.detention) {
    added(
      "detentionEpisode",
      await tx.detentionEpisode.create({ data: detentionRow(record, personId, prosecutionId) }),
    );
  } else if (ops.detention) {
    // A release closes the open placement and ongoing conditions with the detention (lib/cases/release.ts).
    if (record.release) await closeCustodyAt(tx, personId, record.release.date, record.release.precision, updated);
    const before = await tx.detentionEpisode.findUniqueOrThrow({ where: { id: ops.detention.updateId } });
    const after = await tx.detentionEpisode.update({
      where: { id: ops.detention.updateId },
      data: {
        releaseDate: record.release?.date,
        releaseDatePrecision: record.release?.precision,
        released: true,
        releaseType: record.releaseType as Prisma.DetentionEpisodeUpdateInput["releaseType"],
        version: { increment: 1 },
      },
    });
    updated("detentionEpisode", before, after);
  }
  if (ops.placement) {
    // The sheet says where the person is now, not when they moved: the earlier placement is
    // closed at the import date (DAY precision), and the new one starts with no date.
    const closedOn = record.release ?? { date: today(), precision: "DAY" as const };
    if (ops.placement.closeId) {
      const before = await tx.placement.findUniqueOrThrow({ where: { id: ops.placement.closeId } });
      // Already closed by the release above: nothing more to change.
      if (before.toDate === null) {
        const after = await tx.placement.update({
          where: { id: ops.placement.closeId },
          data: { toDate: closedOn.date, toDatePrecision: closedOn.precision, version: { increment: 1 } },
        });
        updated("placement", before, after);
      }
    }
    added(
      "placement",
      await tx.placement.create({
        data: {
          personId,
          facilityId: facilityIds.get(fold(ops.placement.facility))!,
          ...(record.release ? { toDate: record.release.date, toDatePrecision: record.release.precision } : {}),
        },
      }),
    );
  }
  return changes;
}

function labelOf(entity: EntityType) {
  return entity === "person" || entity === "facility" || entity === "citation"
    ? entity
    : KINDS[entity].label.toLowerCase();
}

/** Closes the open placement and ongoing condition periods at the release, each with its revision. */
async function closeCustodyAt(
  tx: Prisma.TransactionClient,
  personId: string,
  date: Date,
  precision: DatePrecision,
  updated: (entity: EntityType, before: { id: string }, after: { id: string; version: number }) => void,
) {
  for (const before of await tx.placement.findMany({ where: { personId, toDate: null } })) {
    const after = await tx.placement.update({
      where: { id: before.id },
      data: { toDate: date, toDatePrecision: precision, version: { increment: 1 } },
    });
    updated("placement", before, after);
  }
  for (const before of await tx.conditionPeriod.findMany({ where: { personId, endDate: null } })) {
    const after = await tx.conditionPeriod.update({
      where: { id: before.id },
      data: { endDate: date, endDatePrecision: precision, version: { increment: 1 } },
    });
    updated("conditionPeriod", before, after);
  }
}

function today() {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

function sortNameOf(displayName: string) {
  const parts = displayName.trim().split(/\s+/);
  return parts.length > 1 ? `${parts.at(-1)}, ${parts.slice(0, -1).join(" ")}` : displayName;
}
