"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { formText, formValues, type FormState } from "@/lib/forms/form-state";
import { saveFacility } from "@/lib/facilities/mutations";
import { guardedSave, toFormState, versionOf } from "@/app/workspace/action-result";

export async function saveFacilityAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(form);
  const id = formText(form, "$id") || undefined;
  const result = await guardedSave(() =>
    saveFacility(actor, { id, version: id ? versionOf(form) : undefined, values }),
  );
  if (result.status !== "saved") return toFormState(result, values);
  redirect("/workspace/facilities?saved=1");
}
