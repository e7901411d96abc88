"use server";

import { redirect } from "next/navigation";
import { requestAddress, requireUser } from "@/lib/auth/session";
import { formText, type MessageState as UploadState } from "@/lib/forms/form-state";
import { runImport, saveUpload } from "@/lib/import/workspace";
import { guarded } from "@/lib/errors/http";

export async function uploadAction(_state: UploadState, form: FormData): Promise<UploadState> {
  const actor = await requireUser();
  const file = form.get("file");
  const result = await guarded(() => saveUpload(actor, file instanceof File ? file : null));
  if (!result.ok) return { error: result.error };
  redirect(`/workspace/import/${result.id}`);
}

/** Confirms a dry run: the counts the caseworker saw travel with the form and are re-checked. */
export async function importAction(form: FormData) {
  const actor = await requireUser();
  const id = formText(form, "$uploadId");
  const entries = [...form.entries()].filter((e): e is [string, string] => typeof e[1] === "string");
  const chosen = Object.fromEntries(entries.filter(([k]) => k.startsWith("map.")));
  const choices = Object.fromEntries(
    entries.filter(([k]) => k.startsWith("choice.")).map(([k, v]) => [Number(k.slice(7)), v]),
  );
  const outcome = await guarded(async () =>
    runImport(actor, id, chosen, formText(form, "$counts"), choices, await requestAddress()),
  );
  if (!outcome.ok) {
    const query = new URLSearchParams(chosen);
    query.set("refused", outcome.error);
    redirect(`/workspace/import/${id}?${query}`);
  }
  const { create, update, unchanged } = outcome.counts;
  redirect(`/workspace/import?done=${create}-${update}-${unchanged}`);
}
