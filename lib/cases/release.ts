// Recording a release is one action: the open detention is closed with its date and
// type, the current placement and the ongoing conditions end on that date, the case's
// status follows, a RELEASE event joins the timeline, and ONE cited passage supports
// all of it. The detention's earlier citations (e.g. "remains incarcerated") are left
// unconfirmed by the database (migration 20261201130000), so they stop supporting it.
// Other features react to releases through this one function (e.g. campaigns).
import "server-only";
import { db } from "../db";
import { recordAudit } from "../audit/log";
import { authorize } from "../auth/access";
import type { Actor } from "../auth/session-user";
import { quoteProblem } from "../sources/quote-check";
import type { Tx } from "../db/client";
import type { CitedSubject } from "../generated/prisma/client";
import { fieldErrors, formSchema, toColumns, type FieldSpec, type FormValues } from "../forms/fields";
import { releaseTypeLabel } from "../public/labels";
import { refreshPublicPerson } from "../publication/projection";
import { writeRevision } from "../revisions/write";
import { checkCustodyNow } from "../records/custody-rules";
import { personForEdit, runSave } from "./mutations";
import type { SaveResult } from "../revisions/save-result";

export const RELEASE_FIELDS: FieldSpec[] = [
  {
    name: "releaseDate",
    label: "Release date",
    type: "date",
    required: true,
    hint: "As precisely as the source says: 2025, 2025-12 or 2025-12-13. The placement and ongoing conditions end on it.",
  },
  { name: "releaseType", label: "Release type", type: "select", required: true, options: releaseTypeLabel },
  // A select in the form (the page fills in the sources); checked against the library on save.
  { name: "sourceId", label: "Source", type: "text", required: true },
  {
    name: "quote",
    label: "Passage that reports the release",
    type: "textarea",
    required: true,
    hint: "Exactly as written in the source. It is cited for the release, the end of the placement and conditions, and the status.",
  },
  { name: "updateBio", label: "Update the short biography too", type: "checkbox" },
  { name: "bio", label: "Short biography", type: "textarea" },
];

const EXILE = new Set(["FORCED_EXPULSION", "DEPORTATION"]);

export type ReleaseInput = { personId: string; values: FormValues; ipAddress: string | null };

/** Records the release of a held person; refuses, naming the field, when something is missing. */
export async function recordRelease(actor: Actor, input: ReleaseInput): Promise<SaveResult> {
  authorize(actor, "edit:case");
  const parsed = formSchema(RELEASE_FIELDS).safeParse(input.values);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const data = toColumns(RELEASE_FIELDS, parsed.data) as {
    releaseDate: Date;
    releaseDatePrecision: "DAY" | "MONTH" | "YEAR" | "APPROXIMATE";
    releaseType: string;
    sourceId: string;
    quote: string;
    updateBio: boolean;
    bio: string | null;
  };
  const source = await db.source.findUnique({ where: { id: data.sourceId }, select: { text: true, deletedAt: true } });
  if (!source || source.deletedAt) return { status: "invalid", errors: { sourceId: "Choose one of the sources" } };
  const problem = quoteProblem(source.text, data.quote);
  if (problem) return { status: "invalid", errors: { quote: problem } };

  return runSave(
    () =>
      db.$transaction(async (tx) => {
        const person = await personForEdit(tx, input.personId);
        const open = await tx.detentionEpisode.findFirst({
          where: { personId: person.id, released: false, releaseDate: null },
        });
        if (!open)
          return {
            status: "refused" as const,
            message: "This case has no open detention to release. Add the detention first, or edit the past one.",
          };
        if (open.arrestDate && data.releaseDate < open.arrestDate)
          return {
            status: "invalid" as const,
            errors: { releaseDate: "The release date is before the arrest. Check the date." },
          };
        const on = { date: data.releaseDate, precision: data.releaseDatePrecision };
        await applyRelease(tx, actor, person.id, open.id, on, {
          releaseType: data.releaseType,
          sourceId: data.sourceId,
          quote: data.quote,
          addEvent: true,
        });
        if (data.updateBio) await updateBio(tx, actor, person.id, data.bio);

        await checkCustodyNow(tx);
        await refreshPublicPerson(tx, person.id);
        await recordAudit(tx, {
          action: "case.release",
          actor,
          subjectType: "person",
          subjectId: person.id,
          ipAddress: input.ipAddress,
          details: { detentionId: open.id, releaseType: data.releaseType, sourceId: data.sourceId },
        });
        return { status: "saved" as const, id: open.id, slug: person.slug, version: open.version + 1 };
      }),
    input.personId,
  );
}

/**
 * The release itself, inside the caller's transaction: closes the open detention, the
 * current placement and ongoing conditions on one date, sets the prosecution's status,
 * and cites one passage for each (and, with addEvent, adds the RELEASE timeline event).
 * The reading view's cite flow calls this when a passage reports a release.
 */
export async function applyRelease(
  tx: Tx,
  actor: Actor,
  personId: string,
  detentionId: string,
  on: On,
  release: { releaseType: string | null; sourceId: string; quote: string; addEvent: boolean },
) {
  const cite = (subject: CitedSubject, subjectId: string, field: string | null = null) =>
    citeRelease(tx, actor, personId, subject, subjectId, field, release.sourceId, release.quote);
  await closeDetention(tx, actor, detentionId, on, release.releaseType);
  await cite("DETENTION_EPISODE", detentionId);
  for (const id of await closePlacements(tx, actor, personId, on)) await cite("PLACEMENT", id);
  for (const id of await closeConditions(tx, actor, personId, on)) await cite("CONDITION_PERIOD", id);
  const prosecutionId = await setProsecutionStatus(tx, actor, personId, EXILE.has(release.releaseType ?? ""));
  if (prosecutionId) await cite("PROSECUTION", prosecutionId, "status");
  await cite("PERSON", personId, "status");
  if (!release.addEvent) return;
  const typeLabel = release.releaseType ? releaseTypeLabel[release.releaseType] : null;
  const event = await tx.timelineEvent.create({
    data: {
      personId,
      type: "RELEASE",
      date: on.date,
      datePrecision: on.precision,
      title: typeLabel ? `Released (${typeLabel.toLowerCase()})` : "Released",
      visibility: "PUBLIC",
      createdById: actor.id,
    },
  });
  await writeRevision(tx, {
    entity: "timelineEvent",
    entityId: event.id,
    personId,
    version: event.version,
    before: null,
    after: event,
    actor,
    summary: "Added the release to the timeline",
  });
  await cite("TIMELINE_EVENT", event.id);
}

export type On = { date: Date; precision: "DAY" | "MONTH" | "YEAR" | "APPROXIMATE" };

async function closeDetention(tx: Tx, actor: Actor, id: string, on: On, releaseType: string | null) {
  const before = await tx.detentionEpisode.findUniqueOrThrow({ where: { id } });
  const after = await tx.detentionEpisode.update({
    where: { id },
    data: {
      released: true,
      releaseDate: on.date,
      releaseDatePrecision: on.precision,
      releaseType: releaseType as typeof before.releaseType,
      version: { increment: 1 },
    },
  });
  await writeRevision(tx, {
    entity: "detentionEpisode",
    entityId: id,
    personId: before.personId,
    version: after.version,
    before,
    after,
    actor,
    summary: "Recorded the release",
  });
}

/** Ends the current placement on the release date; returns the ids closed. */
async function closePlacements(tx: Tx, actor: Actor, personId: string, on: On) {
  const current = await tx.placement.findMany({ where: { personId, toDate: null } });
  for (const before of current) {
    const after = await tx.placement.update({
      where: { id: before.id },
      data: { toDate: on.date, toDatePrecision: on.precision, version: { increment: 1 } },
    });
    await keepEarlierCitations(tx, "PLACEMENT", before.id);
    await writeRevision(tx, {
      entity: "placement",
      entityId: before.id,
      personId,
      version: after.version,
      before,
      after,
      actor,
      summary: "Ended the placement at the release",
    });
  }
  return current.map((p) => p.id);
}

async function closeConditions(tx: Tx, actor: Actor, personId: string, on: On) {
  const ongoing = await tx.conditionPeriod.findMany({ where: { personId, endDate: null } });
  for (const before of ongoing) {
    const after = await tx.conditionPeriod.update({
      where: { id: before.id },
      data: { endDate: on.date, endDatePrecision: on.precision, version: { increment: 1 } },
    });
    await keepEarlierCitations(tx, "CONDITION_PERIOD", before.id);
    await writeRevision(tx, {
      entity: "conditionPeriod",
      entityId: before.id,
      personId,
      version: after.version,
      before,
      after,
      actor,
      summary: "Ended the condition at the release",
    });
  }
  return ongoing.map((c) => c.id);
}

/**
 * A placement's or condition's earlier quotes still support where and what it was; the
 * release passage, cited alongside, supports its end. (The detention's earlier quotes are
 * different: "remains incarcerated" contradicts "released", so they stay unconfirmed.)
 */
async function keepEarlierCitations(tx: Tx, subject: CitedSubject, id: string) {
  await tx.citation.updateMany({
    where: { subjectType: subject, subjectId: id, confirmed: false },
    data: { confirmed: true, unconfirmedAt: null },
  });
}

/** The latest prosecution says Released (or Exiled, for an expulsion) instead of Convicted. */
async function setProsecutionStatus(tx: Tx, actor: Actor, personId: string, exiled: boolean) {
  const latest = await tx.prosecution.findFirst({
    where: { personId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  if (!latest || !["PRE_TRIAL", "CONVICTED", "UNDER_APPEAL"].includes(latest.status)) return null;
  const after = await tx.prosecution.update({
    where: { id: latest.id },
    data: { status: exiled ? "EXILED" : "RELEASED", version: { increment: 1 } },
  });
  // Its case number, court and charges are unchanged; the release passage supports the new status.
  await keepEarlierCitations(tx, "PROSECUTION", latest.id);
  await writeRevision(tx, {
    entity: "prosecution",
    entityId: latest.id,
    personId,
    version: after.version,
    before: latest,
    after,
    actor,
    summary: "Status set at the release",
  });
  return latest.id;
}

async function updateBio(tx: Tx, actor: Actor, personId: string, bio: string | null) {
  const before = await tx.person.findUniqueOrThrow({ where: { id: personId } });
  if ((before.bio ?? null) === bio) return;
  // The database leaves the old biography's citations unconfirmed: they described the detention.
  const after = await tx.person.update({ where: { id: personId }, data: { bio, version: { increment: 1 } } });
  await writeRevision(tx, {
    entity: "person",
    entityId: personId,
    personId,
    version: after.version,
    before,
    after,
    actor,
    summary: "Updated the biography at the release",
  });
}

async function citeRelease(
  tx: Tx,
  actor: Actor,
  personId: string,
  subject: CitedSubject,
  subjectId: string,
  field: string | null,
  sourceId: string,
  quote: string,
) {
  const citation = await tx.citation.create({
    data: { personId, subjectType: subject, subjectId, field, sourceId, quote, createdById: actor.id },
  });
  await writeRevision(tx, {
    entity: "citation",
    entityId: citation.id,
    personId,
    version: 1,
    before: null,
    after: citation,
    actor,
    summary: "Cited the release",
  });
}
