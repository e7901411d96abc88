"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { formText, formValues, type FormState } from "@/lib/forms/form-state";
import { ITEM_KINDS, type ItemKind } from "@/lib/records/kinds";
import type { FormValues } from "@/lib/forms/fields";
import { addCitation, createEventFromPassage } from "@/lib/citations/mutations";
import { revalidatePublicPerson } from "@/lib/public/case-cache";
import { correctSource } from "@/lib/sources/corrections";
import { createSource } from "@/lib/sources/mutations";
import { guarded } from "@/lib/errors/http";
import { guardedSave, toFormState } from "@/app/workspace/action-result";

export async function createSourceAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(form);
  const file = form.get("$html");
  const result = await guardedSave(() =>
    createSource(actor, values, {
      page: file instanceof File ? file : null,
      confirmDuplicate: form.get("$confirmDuplicate") === "on",
    }),
  );
  if (result.status === "duplicate") {
    const list = result.duplicates.map((d) => `“${d.title}” (${d.reason})`).join("; ");
    return {
      status: "error",
      message: `This looks like a source already in the library: ${list}. Tick “Save it anyway” to add it all the same.`,
      values,
      submission: Date.now(),
    };
  }
  if (result.status === "invalid" && result.errors.html)
    return { status: "error", message: result.errors.html, values, submission: Date.now() };
  if (result.status !== "saved") return toFormState(result, values);
  redirect(`/workspace/sources?saved=source`);
}

/** Errors about the passage itself have no field in these forms: say them above the form. */
function passageRefusal(errors: Record<string, string>, values: FormValues): FormState | null {
  const message = errors.quote ?? errors.sourceId;
  return message ? { status: "error", message, values, submission: Date.now() } : null;
}

/** Attaches the passage chosen in the reading view to an existing fact of a case. */
export async function citeFactAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(form);
  const [kind, subjectId, field] = (values.target ?? "").split(":");
  if (!kind || !subjectId || !(kind === "person" || (ITEM_KINDS as readonly string[]).includes(kind))) {
    return {
      status: "invalid",
      errors: { target: "Choose the fact this passage supports" },
      values,
      submission: Date.now(),
    };
  }
  const citation = {
    ...values,
    sourceId: formText(form, "$sourceId"),
    quote: formText(form, "$quote"),
    field: field ?? "",
  };
  const result = await guarded(() =>
    addCitation(actor, {
      personId: formText(form, "$personId"),
      kind: kind as ItemKind | "person",
      subjectId,
      values: citation,
    }),
  );
  if (result.status === "invalid")
    return (
      passageRefusal(result.errors, values) ?? {
        status: "invalid",
        errors: result.errors,
        values,
        submission: Date.now(),
      }
    );
  revalidatePublicPerson(result.slug);
  redirect(
    kind === "person"
      ? `/workspace/prisoners/${result.slug}?saved=citation`
      : `/workspace/prisoners/${result.slug}/items/${kind}/${subjectId}?saved=citation`,
  );
}

/** Creates a timeline event from the passage, citing it. */
export async function createEventFromPassageAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(form);
  const result = await guarded(() =>
    createEventFromPassage(actor, {
      personId: formText(form, "$personId"),
      sourceId: formText(form, "$sourceId"),
      quote: formText(form, "$quote"),
      values,
    }),
  );
  if (result.status === "invalid")
    return (
      passageRefusal(result.errors, values) ?? {
        status: "invalid",
        errors: result.errors,
        values,
        submission: Date.now(),
      }
    );
  revalidatePublicPerson(result.slug);
  redirect(`/workspace/prisoners/${result.slug}/items/timelineEvent/${result.subjectId}?saved=event-from-passage`);
}

/** Saves a corrected text as the source's next version. */
export async function correctSourceAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(form);
  const result = await guarded(() => correctSource(actor, formText(form, "$sourceId"), values));
  if (result.status === "invalid") return { status: "invalid", errors: result.errors, values, submission: Date.now() };
  revalidatePublicPerson(...result.slugs);
  redirect(`/workspace/sources/${result.id}?saved=corrected&moved=${result.moved}&left=${result.left}`);
}
