"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { formValues, type FormState } from "@/lib/cases/form-state";
import { createSource } from "@/lib/sources/mutations";
import { guarded, toFormState } from "../action-result";

export async function createSourceAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(form);
  const file = form.get("$html");
  const html = file instanceof File && file.size > 0 ? await file.text() : null;
  const result = await guarded(() => createSource(actor, values, { html, confirmDuplicate: form.get("$confirmDuplicate") === "on" }));
  if (result.status === "duplicate") {
    const list = result.duplicates.map((d) => `“${d.title}” (${d.reason})`).join("; ");
    return { status: "error", message: `This looks like a source already in the library: ${list}. Tick “Save it anyway” to add it all the same.`, values, submission: Date.now() };
  }
  if (result.status === "invalid" && result.errors.html) return { status: "error", message: result.errors.html, values, submission: Date.now() };
  if (result.status !== "saved") return toFormState(result, values);
  redirect(`/workspace/sources?saved=source`);
}
