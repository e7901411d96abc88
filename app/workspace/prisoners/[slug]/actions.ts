"use server";

// Thin endpoints: each re-authenticates, then hands the ids and input to lib/, which
// looks the target up on the server, checks the role and validates.
import { redirect } from "next/navigation";
import { requestAddress, requireUser } from "@/lib/auth/session";
import { createPerson, deleteItem, saveItem, setDeleted, setPublished, updatePerson } from "@/lib/cases/mutations";
import { addCitation, followCitation, removeCitation } from "@/lib/citations/mutations";
import { formText, formValues, type FormState } from "@/lib/forms/form-state";
import { citationReviewFrom } from "@/lib/forms/citation-review";
import { sameSitePath } from "@/lib/forms/return-path";
import { ITEM_KINDS, type ItemKind } from "@/lib/records/kinds";
import { revalidatePublicPerson } from "@/lib/public/case-cache";
import { restoreRevision } from "@/lib/revisions/mutations";
import { eraseRestrictedValue } from "@/lib/cases/erase";
import { guarded } from "@/lib/errors/http";
import { guardedSave, toFormState, versionOf } from "@/app/workspace/action-result";

function itemKind(form: FormData): ItemKind {
  const kind = formText(form, "$kind");
  if (!(ITEM_KINDS as readonly string[]).includes(kind)) redirect("/workspace");
  return kind as ItemKind;
}

export async function createPersonAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(form);
  const result = await guardedSave(() => createPerson(actor, values));
  if (result.status !== "saved") return toFormState(result, values);
  redirect(`/workspace/prisoners/${result.slug}`);
}

export async function updatePersonAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(form);
  const result = await guardedSave(() =>
    updatePerson(actor, formText(form, "$personId"), versionOf(form), values, citationReviewFrom(form)),
  );
  if (result.status !== "saved") return toFormState(result, values, versionOf(form));
  await revalidatePublicPerson(result.slug);
  redirect(`/workspace/prisoners/${result.slug}?saved=person`);
}

export async function saveItemAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(form);
  const kind = itemKind(form);
  const id = formText(form, "$id") || undefined;
  const result = await guardedSave(() =>
    saveItem(actor, kind, {
      personId: formText(form, "$personId"),
      id,
      version: id ? versionOf(form) : undefined,
      values,
      review: citationReviewFrom(form),
    }),
  );
  if (result.status !== "saved") return toFormState(result, values, id ? versionOf(form) : undefined);
  await revalidatePublicPerson(result.slug);
  redirect(`/workspace/prisoners/${result.slug}?saved=${kind}#${kind}`);
}

export async function deleteItemAction(form: FormData) {
  const actor = await requireUser();
  const kind = itemKind(form);
  const result = await guarded(() =>
    deleteItem(actor, kind, formText(form, "$personId"), formText(form, "$id"), versionOf(form)),
  );
  if (result.status === "saved") {
    await revalidatePublicPerson(result.slug);
    redirect(`/workspace/prisoners/${result.slug}?saved=deleted#${kind}`);
  }
  redirect(`/workspace/prisoners/${formText(form, "$slug")}/items/${kind}/${formText(form, "$id")}?conflict=1`);
}

export async function addCitationAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(form);
  const kindText = formText(form, "$kind");
  const kind = kindText === "person" ? "person" : itemKind(form);
  const result = await guarded(() =>
    addCitation(actor, {
      personId: formText(form, "$personId"),
      kind,
      subjectId: formText(form, "$subjectId"),
      values,
    }),
  );
  if (result.status === "invalid") return { status: "invalid", errors: result.errors, values, submission: Date.now() };
  await revalidatePublicPerson(formText(form, "$slug"));
  redirect(`${returnPath(form)}?saved=citation`);
}

export async function removeCitationAction(form: FormData) {
  const actor = await requireUser();
  await guarded(() => removeCitation(actor, formText(form, "$personId"), formText(form, "$citationId")));
  await revalidatePublicPerson(formText(form, "$slug"));
  redirect(`${returnPath(form)}?saved=citation-removed`);
}

export async function followCitationAction(form: FormData) {
  const actor = await requireUser();
  await guarded(() => followCitation(actor, formText(form, "$personId"), formText(form, "$citationId")));
  await revalidatePublicPerson(formText(form, "$slug"));
  redirect(`${returnPath(form)}?saved=citation-followed`);
}

export async function publishAction(form: FormData) {
  const actor = await requireUser();
  const publish = formText(form, "publish") === "1";
  const ip = await requestAddress();
  // The number of unsourced facts the caseworker saw in the preview, confirmed by ticking the box.
  const confirmed = formText(form, "$confirmUnsourced") === "on" ? Number(formText(form, "$unsourced")) : null;
  const result = await guarded(() => setPublished(actor, formText(form, "$personId"), publish, ip, confirmed));
  if (result.status === "needs-confirmation")
    redirect(`/workspace/prisoners/${formText(form, "$slug")}/preview?confirm=needed`);
  // Unpublishing must not be served from cache: the page answers 404 from the next request.
  await revalidatePublicPerson(formText(form, "$slug"));
  redirect(`/workspace/prisoners/${formText(form, "$slug")}?saved=${publish ? "published" : "unpublished"}`);
}

export async function deleteCaseAction(form: FormData) {
  const actor = await requireUser();
  const deleted = formText(form, "delete") === "1";
  const ip = await requestAddress();
  await guarded(() => setDeleted(actor, formText(form, "$personId"), deleted, ip));
  await revalidatePublicPerson(formText(form, "$slug"));
  redirect(deleted ? "/workspace?saved=deleted" : `/workspace/prisoners/${formText(form, "$slug")}?saved=undeleted`);
}

/** Restores only after the caseworker has seen the preview (history/restore/[revisionId]) and confirmed it. */
export async function restoreRevisionAction(form: FormData) {
  const actor = await requireUser();
  const revisionId = formText(form, "$revisionId");
  const result = await guarded(() => restoreRevision(actor, revisionId));
  if (result.status === "refused")
    redirect(`/workspace/prisoners/${result.slug}/history/restore/${encodeURIComponent(revisionId)}?refused=1`);
  await revalidatePublicPerson(result.slug);
  redirect(`/workspace/prisoners/${result.slug}/history?saved=restored`);
}

export async function eraseRestrictedAction(form: FormData) {
  const actor = await requireUser();
  const input = {
    entity: formText(form, "$entity"),
    personId: formText(form, "$personId"),
    id: formText(form, "$id"),
    field: formText(form, "$field"),
  };
  const ipAddress = await requestAddress();
  const { slug } = await guarded(() => eraseRestrictedValue(actor, input, ipAddress));
  await revalidatePublicPerson(slug);
  const back = input.entity === "person" ? "" : `/items/${input.entity}/${input.id}`;
  redirect(`/workspace/prisoners/${slug}${back}?saved=erased`);
}

/** Back to the page the form was on, if that is a page of this site; else to the case. */
function returnPath(form: FormData): string {
  return sameSitePath(formText(form, "$return"), `/workspace/prisoners/${encodeURIComponent(formText(form, "$slug"))}`);
}
