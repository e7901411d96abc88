import "server-only";
import { db } from "../db";
import { NotFound } from "../errors/app-error";
import type { Actor } from "../auth/session-user";
import { authorize, mayRead } from "../auth/access";
import { items } from "../records/items";
import type { Tx } from "../db/client";
import { insertItem, personForEdit } from "../cases/mutations";
import { fieldErrors, formSchema, toColumns, type FieldErrors, type FormValues } from "../forms/fields";
import { KINDS, type ItemKind } from "../records/kinds";
import type { CitedSubject } from "../generated/prisma/client";
import { refreshPublicPerson } from "../publication/projection";
import { writeRevision } from "../revisions/write";
import { QUOTE_NOT_IN_SOURCE, quoteProblem } from "../sources/quote-check";
import { citationSchema } from "./schemas";
import { checkCustodyNow, explainCustodyRefusal } from "../records/custody-rules";
import { applyRelease, type On } from "../cases/release";

export type CitationResult =
  { status: "saved"; slug: string; subjectId: string } | { status: "invalid"; errors: FieldErrors };

type Cited = {
  personId: string;
  subject: CitedSubject;
  subjectId: string;
  sourceId: string;
  quote: string;
  field: string | null;
  disagrees: boolean;
  note: string | null;
};

/** The source to cite, if this actor may read it; its text checks the quote before the database does. */
async function citableSource(actor: Actor, sourceId: string) {
  const source = await db.source.findUnique({
    where: { id: sourceId },
    select: { text: true, visibility: true, deletedAt: true },
  });
  return source && !source.deletedAt && mayRead(actor, source.visibility) ? source : null;
}

/** Creates a citation with its revision inside the caller's transaction. */
async function insertCitation(tx: Tx, actor: Actor, c: Cited) {
  const citation = await tx.citation.create({
    data: {
      personId: c.personId,
      subjectType: c.subject,
      subjectId: c.subjectId,
      sourceId: c.sourceId,
      quote: c.quote,
      field: c.field,
      isPreferred: !c.disagrees,
      note: c.note,
      createdById: actor.id,
    },
  });
  await writeRevision(tx, {
    entity: "citation",
    entityId: citation.id,
    personId: c.personId,
    version: 1,
    before: null,
    after: citation,
    actor,
    summary: c.disagrees ? "Added a citation that disagrees with the record" : "Added a citation",
  });
  return citation;
}

// The trigger citation_quote_in_source (init migration) is the real check of a quote;
// the text check before it only gives a better message. A race (the source replaced by
// a correction meanwhile) still ends at the trigger, reported at the same field.
const isQuoteRefusal = (error: unknown) =>
  String(error).includes("citation_quote_in_source") || String(error).includes("not found in the text of source");

/** Cites a source for an existing fact of a case (an item, or the person's own fields). */
export async function addCitation(
  actor: Actor,
  input: { personId: string; kind: ItemKind | "person"; subjectId: string; values: FormValues },
): Promise<CitationResult> {
  authorize(actor, "edit:case");
  const parsed = citationSchema.safeParse(input.values);
  if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error) };
  const subject = (input.kind === "person" ? "PERSON" : KINDS[input.kind].subject) as CitedSubject;
  const owner =
    input.kind === "person"
      ? { personId: input.subjectId, visibility: "PUBLIC" }
      : await items(db, input.kind).findUnique({ where: { id: input.subjectId } });
  if (!owner || owner.personId !== input.personId || !mayRead(actor, String(owner.visibility))) throw new NotFound();
  const source = await citableSource(actor, parsed.data.sourceId);
  if (!source) return { status: "invalid", errors: { sourceId: "Choose one of the sources" } };
  const problem = quoteProblem(source.text, parsed.data.quote);
  if (problem) return { status: "invalid", errors: { quote: problem } };
  try {
    const slug = await db.$transaction(async (tx) => {
      const person = await personForEdit(tx, input.personId);
      await insertCitation(tx, actor, { personId: person.id, subject, subjectId: input.subjectId, ...parsed.data });
      await refreshPublicPerson(tx, person.id);
      return person.slug;
    });
    return { status: "saved", slug, subjectId: input.subjectId };
  } catch (error) {
    if (isQuoteRefusal(error)) return { status: "invalid", errors: { quote: QUOTE_NOT_IN_SOURCE } };
    throw error;
  }
}

/**
 * A new timeline event for a case, created from a passage of a source and citing it:
 * both or neither. The event's fields come from the caseworker's form (pre-filled with
 * the passage); a quote not in the source refuses the whole thing.
 */
export async function createEventFromPassage(
  actor: Actor,
  input: { personId: string; sourceId: string; quote: string; values: FormValues },
): Promise<CitationResult> {
  authorize(actor, "edit:case");
  const fields = KINDS.timelineEvent.fields;
  const parsedEvent = formSchema(fields).safeParse(input.values);
  const parsedCitation = citationSchema.safeParse({ sourceId: input.sourceId, quote: input.quote });
  if (!parsedEvent.success || !parsedCitation.success) {
    return {
      status: "invalid",
      errors: {
        ...(parsedEvent.error ? fieldErrors(parsedEvent.error) : {}),
        ...(parsedCitation.error ? fieldErrors(parsedCitation.error) : {}),
      },
    };
  }
  const source = await citableSource(actor, input.sourceId);
  if (!source) throw new NotFound();
  const problem = quoteProblem(source.text, parsedCitation.data.quote);
  if (problem) return { status: "invalid", errors: { quote: problem } };
  try {
    return await db.$transaction(async (tx) => {
      const person = await personForEdit(tx, input.personId);
      const columns = toColumns(fields, parsedEvent.data);
      const event = await insertItem(tx, actor, "timelineEvent", person.id, columns);
      await insertCitation(tx, actor, {
        personId: person.id,
        subject: "TIMELINE_EVENT",
        subjectId: event.id,
        ...parsedCitation.data,
      });
      // An arrest or a release is also a change of custody: made here, in the same step, with the same passage.
      await custodyFromEvent(tx, actor, person.id, columns, parsedCitation.data);
      await checkCustodyNow(tx);
      await refreshPublicPerson(tx, person.id);
      return { status: "saved" as const, slug: person.slug, subjectId: event.id };
    });
  } catch (error) {
    if (isQuoteRefusal(error)) return { status: "invalid", errors: { quote: QUOTE_NOT_IN_SOURCE } };
    if (error instanceof CustodyStep) return { status: "invalid", errors: { type: error.message } };
    const refusal = await explainCustodyRefusal(error, input.personId);
    if (refusal) return { status: "invalid", errors: { type: refusal } };
    throw error;
  }
}

/** A cite-flow event that cannot change custody as asked, said at the event's type. */
class CustodyStep extends Error {}

const ARRESTS: Record<string, "ARREST" | "ABDUCTION"> = { ARREST: "ARREST", ABDUCTION: "ABDUCTION" };

async function custodyFromEvent(
  tx: Tx,
  actor: Actor,
  personId: string,
  event: Record<string, unknown>,
  citation: { sourceId: string; quote: string },
) {
  const type = String(event.type);
  const date = event.date instanceof Date ? event.date : null;
  const precision = (event.datePrecision as On["precision"] | null) ?? null;
  if (ARRESTS[type]) {
    const open = await tx.detentionEpisode.findFirst({ where: { personId, released: false, releaseDate: null } });
    if (open)
      throw new CustodyStep(
        "This case already has an open detention. Record its release first, or choose another type for this event.",
      );
    const detention = await insertItem(tx, actor, "detentionEpisode", personId, {
      kind: ARRESTS[type],
      arrestDate: date,
      arrestDatePrecision: date ? precision : null,
      visibility: "PUBLIC",
    });
    await insertCitation(tx, actor, {
      personId,
      subject: "DETENTION_EPISODE",
      subjectId: detention.id,
      ...citation,
      field: null,
      disagrees: false,
      note: null,
    });
  } else if (type === "RELEASE") {
    const open = await tx.detentionEpisode.findFirst({ where: { personId, released: false, releaseDate: null } });
    if (!open) throw new CustodyStep("This case has no open detention to release. Add the detention first.");
    if (!date || !precision)
      throw new CustodyStep("A release needs its date: the placement and ongoing conditions end on it.");
    await applyRelease(
      tx,
      actor,
      personId,
      open.id,
      { date, precision },
      { ...citation, releaseType: null, addEvent: false },
    );
  }
}

/** A citation of an editable case, or NotFound (a citation of another case is not found either). */
async function citationOfCase(tx: Tx, personId: string, citationId: string) {
  await personForEdit(tx, personId);
  const citation = await tx.citation.findUnique({ where: { id: citationId } });
  if (!citation || citation.personId !== personId) throw new NotFound();
  return citation;
}

/** Removes a citation of this case; the history keeps its quote. */
export async function removeCitation(actor: Actor, personId: string, citationId: string) {
  authorize(actor, "edit:case");
  await db.$transaction(async (tx) => {
    const citation = await citationOfCase(tx, personId, citationId);
    await tx.citation.delete({ where: { id: citationId } });
    await writeRevision(tx, {
      entity: "citation",
      entityId: citationId,
      personId,
      version: 2,
      before: citation,
      after: null,
      actor,
      summary: "Removed a citation",
    });
    await refreshPublicPerson(tx, personId);
  });
}

/**
 * Where sources disagree, makes the record follow this citation: it becomes preferred
 * and the fact's other citations become the disagreeing ones (their notes kept, to be
 * filled in). The caseworker then corrects the fact itself to match.
 */
export async function followCitation(actor: Actor, personId: string, citationId: string) {
  authorize(actor, "edit:case");
  await db.$transaction(async (tx) => {
    const chosen = await citationOfCase(tx, personId, citationId);
    const siblings = await tx.citation.findMany({
      where: { subjectType: chosen.subjectType, subjectId: chosen.subjectId, field: chosen.field },
    });
    for (const before of siblings) {
      const preferred = before.id === chosen.id;
      if (before.isPreferred === preferred) continue;
      const after = await tx.citation.update({
        where: { id: before.id },
        data: { isPreferred: preferred, note: preferred ? null : before.note },
      });
      await writeRevision(tx, {
        entity: "citation",
        entityId: before.id,
        personId,
        version: 2,
        before,
        after,
        actor,
        summary: preferred ? "The record now follows this source" : "Marked as disagreeing with the record",
      });
    }
    await refreshPublicPerson(tx, personId);
  });
}
